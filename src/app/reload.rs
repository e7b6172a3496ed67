//! Live reload in the app: takes a merged corpus (see [`crate::corpus::reload`]) and keeps the
//! reader's place — the selected entry (by id) and its scroll, history whose entries still
//! exist — and says in the status line what the edit did (`reload_notice`), and when it took
//! away the entry being read or brought it back (`reload_gone`).

use std::path::PathBuf;
use std::sync::Arc;

use super::state::App;
use crate::corpus::load::Outcome;
use crate::corpus::reload::{Merged, merge};
use crate::search::SearchIndex;

/// A fresh load for live reload with the search index of its corpus, built off the UI thread,
/// and the entry files whose saving brought it.
pub struct Fresh {
    pub outcome: Outcome,
    pub index: SearchIndex,
    pub changed: Vec<PathBuf>,
}

impl Fresh {
    /// Decodes and indexes a fresh load (the index from its snapshot when the files were
    /// indexed before), so that the UI thread only swaps it in.
    pub fn prepare(outcome: Outcome) -> Fresh {
        Fresh::edited(outcome, Vec::new())
    }

    /// [`Fresh::prepare`] for a load brought by saving the files `changed` (the watcher's).
    pub fn edited(mut outcome: Outcome, changed: Vec<PathBuf>) -> Fresh {
        outcome.corpus.decode_all();
        let index = SearchIndex::load_or_build(&outcome.corpus, &outcome.fingerprint)
            .with_synonyms(Some(outcome.synonyms.clone()));
        Fresh {
            outcome,
            index,
            changed,
        }
    }
}

impl App {
    /// Applies a fresh load: merges it (see [`merge`]) and uses its index unless entries whose
    /// file broke were kept, which makes a corpus the index was not built for.
    pub(super) fn apply(&mut self, fresh: Fresh) {
        let merged = merge(&self.corpus, fresh.outcome);
        let index = merged.kept.is_empty().then_some(fresh.index);
        self.reload_indexed(merged, index, &fresh.changed);
    }

    /// Replaces the corpus by an already merged one (the tests' way in; the app's is
    /// [`App::apply`], through `Message::Reloaded`).
    #[cfg(test)]
    pub(super) fn reload(&mut self, merged: Merged) {
        self.reload_indexed(merged, None, &[]);
    }

    /// [`App::reload`] after the files `changed` were saved.
    #[cfg(test)]
    pub(super) fn reload_saved(&mut self, merged: Merged, changed: &[PathBuf]) {
        self.reload_indexed(merged, None, changed);
    }

    /// [`App::reload`] with the index of the merged corpus when it is already built, after
    /// the files `changed` were saved.
    fn reload_indexed(&mut self, merged: Merged, index: Option<SearchIndex>, changed: &[PathBuf]) {
        let old = Arc::clone(&self.corpus);
        let id_of = |i: usize| (i < old.len()).then(|| old.entry(i).id.clone());
        let current = self.current().and_then(id_of);
        let read = current.as_deref().and_then(|id| old.get(id));
        let took = read
            .filter(|e| merged.corpus.get(&e.id).is_none())
            .map(super::reload_gone::Gone::of);

        super::reload_notice::tell(self, &merged, changed);
        self.status
            .set_problems(merged.diagnostics.clone(), &merged.corpus);
        self.corpus = Arc::new(merged.corpus);
        let index = index.unwrap_or_else(|| {
            SearchIndex::build(&self.corpus).with_synonyms(self.index.extra_synonyms())
        });
        self.index = Arc::new(index);
        self.nav.relist(&self.corpus, self.settings.lang, false);
        let new = Arc::clone(&self.corpus);
        self.nav
            .remap_history(|i| id_of(i).and_then(|id| new.index_of(&id)));
        match current.and_then(|id| self.corpus.index_of(&id)) {
            Some(i) => self.select(i),
            None => {
                // The entry is gone: stay on its row of the same list.
                self.reading.to_top();
            }
        }
        super::reload_gone::after_reload(self, took);
        super::study::renamed::after_reload(self, &old);
        super::reading::clamp_scroll(self);
        super::search::research(self);
        super::present::after_reload(self);
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use crate::app::App;
    use crate::app::settings::ThemeName;
    use crate::corpus::load::{Sources, load};
    use crate::corpus::reload::merge;
    use crate::lang::Lang;

    fn entry(id: &str, en: &str) -> String {
        format!(
            "---\nid: {id}\nkind: definition\ntitle:\n  en: {en}\n  mn: Тодорхойлолт\nsummary:\n  en: s\n  mn: с\n---\n::: en\nBody.\n\n::: mn\nБие.\n"
        )
    }

    /// A folder with entries alpha and beta, its sources, and the app on it.
    fn alpha_and_beta() -> (tempfile::TempDir, Sources, App) {
        let dir = tempfile::tempdir().unwrap();
        let src = Sources {
            builtin: false,
            dirs: vec![dir.path().to_path_buf()],
        };
        fs::write(dir.path().join("a.md"), entry("alpha", "Alpha")).unwrap();
        fs::write(dir.path().join("b.md"), entry("beta", "Beta")).unwrap();
        let app = App::new(load(&src).corpus, Lang::En, ThemeName::Dark, false);
        (dir, src, app)
    }

    #[test]
    fn the_selected_entry_stays_selected_by_id_and_a_broken_edit_is_reported() {
        let (dir, src, mut app) = alpha_and_beta();
        let beta = app.corpus.index_of("beta").unwrap();
        app.select(beta);
        app.reading.scroll = 1;
        // A new entry sorted before beta shifts the indices; beta stays selected.
        fs::write(dir.path().join("0.md"), entry("aardvark", "Aardvark")).unwrap();
        let m = merge(&app.corpus, load(&src));
        app.reload(m);
        assert_eq!(app.corpus.entry(app.current().unwrap()).id, "beta");
        assert_eq!(app.status.notice, None);

        fs::write(dir.path().join("b.md"), "---\nid: beta\ntitle: [\n---\n").unwrap();
        let m = merge(&app.corpus, load(&src));
        app.reload(m);
        assert_eq!(app.corpus.entry(app.current().unwrap()).id, "beta");
        let notice = app.status.notice.clone().unwrap();
        assert!(notice.contains("b.md:3"), "{notice}");

        fs::remove_file(dir.path().join("b.md")).unwrap();
        let m = merge(&app.corpus, load(&src));
        app.reload(m);
        assert!(app.corpus.get("beta").is_none());
        assert!(app.current().is_some(), "a neighbour is selected");
        // Said (reload_notice_tests), not left to be guessed.
        let notice = app.status.notice.clone().unwrap_or_default();
        assert!(notice.starts_with("b.md deleted: «Beta»"), "{notice}");
    }

    /// A typo fixed during a break shows on the running presentation, which keeps its step,
    /// even when the reload shifts every entry's number.
    #[test]
    fn a_running_presentation_shows_the_edit_and_keeps_its_step() {
        let (dir, src, mut app) = alpha_and_beta();
        let tour = "---\nid: tour-t\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: s, mn: с}\nsteps:\n  - entry: alpha\n    note: {en: first, mn: эхний}\n  - entry: beta\n    note: {en: old note, mn: хуучин}\n---\n::: en\nTour.\n\n::: mn\nАялал.\n";
        fs::write(dir.path().join("t.md"), tour).unwrap();
        let m = merge(&app.corpus, load(&src));
        app.reload(m);
        let t = app.corpus.index_of("tour-t").unwrap();
        crate::app::present::start(&mut app, t, Some(2)).unwrap();
        // An entry sorted first shifts the numbers; the tour's note and beta's title change.
        fs::write(dir.path().join("0.md"), entry("aardvark", "Aardvark")).unwrap();
        fs::write(dir.path().join("b.md"), entry("beta", "Beta fixed")).unwrap();
        fs::write(
            dir.path().join("t.md"),
            tour.replace("old note", "new note"),
        )
        .unwrap();
        let m = merge(&app.corpus, load(&src));
        app.reload(m);
        let d = app.present.as_ref().expect("still presenting");
        assert_eq!(d.step, 1, "the same step");
        let shown = d.steps[d.step].entry.expect("the step's entry");
        assert_eq!(app.corpus.entry(shown).id, "beta");
        assert_eq!(app.corpus.entry(shown).title.show(Lang::En), "Beta fixed");
        assert_eq!(d.steps[d.step].note.show(Lang::En), "new note");
    }

    /// A step added before the one on screen (or one removed) does not change the room's
    /// slide: the talk moves with its entry to the step's new number.
    #[test]
    fn a_step_added_before_the_current_one_keeps_the_slide() {
        let (dir, src, mut app) = alpha_and_beta();
        let step = |id: &str| format!("  - entry: {id}\n    note: {{en: n, mn: н}}\n");
        let tour = |steps: &[&str]| {
            let steps: String = steps.iter().map(|id| step(id)).collect();
            format!(
                "---\nid: tour-t\nkind: tour\ntitle: {{en: T, mn: Т}}\nsummary: {{en: s, mn: с}}\nsteps:\n{steps}---\n::: en\nTour.\n\n::: mn\nАялал.\n"
            )
        };
        fs::write(dir.path().join("t.md"), tour(&["alpha", "beta"])).unwrap();
        app.reload(merge(&app.corpus, load(&src)));
        let t = app.corpus.index_of("tour-t").unwrap();
        crate::app::present::start(&mut app, t, Some(2)).unwrap();
        let shown = |app: &App| {
            let d = app.present.as_ref().expect("presenting");
            (d.step, d.steps[d.step].id.clone())
        };
        assert_eq!(shown(&app), (1, "beta".to_string()));
        fs::write(dir.path().join("t.md"), tour(&["alpha", "alpha", "beta"])).unwrap();
        app.reload(merge(&app.corpus, load(&src)));
        assert_eq!(shown(&app), (2, "beta".to_string()), "moved with its entry");
        fs::write(dir.path().join("t.md"), tour(&["beta"])).unwrap();
        app.reload(merge(&app.corpus, load(&src)));
        assert_eq!(
            shown(&app),
            (0, "beta".to_string()),
            "steps before it removed"
        );
        // A step whose entry left the tour: the same number, as near as the tour allows.
        fs::write(dir.path().join("t.md"), tour(&["alpha"])).unwrap();
        app.reload(merge(&app.corpus, load(&src)));
        assert_eq!(shown(&app), (0, "alpha".to_string()));
    }

    /// A file saved with a problem during a talk: a short notice on the projector, unless a
    /// notes screen follows the talk (it shows the whole problem there, the room sees none).
    #[test]
    fn a_problem_goes_to_the_notes_screen_while_one_follows() {
        let (dir, src, mut app) = alpha_and_beta();
        let tour = "---\nid: tour-t\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: s, mn: с}\nsteps:\n  - entry: alpha\n---\n::: en\nTour.\n\n::: mn\nАялал.\n";
        fs::write(dir.path().join("t.md"), tour).unwrap();
        app.reload(merge(&app.corpus, load(&src)));
        let t = app.corpus.index_of("tour-t").unwrap();
        crate::app::present::start(&mut app, t, None).unwrap();
        fs::write(
            dir.path().join("b.md"),
            "---\nid: beta\nkind: [broken\n---\n",
        )
        .unwrap();
        app.reload(merge(&app.corpus, load(&src)));
        assert!(
            app.status
                .notice
                .as_deref()
                .is_some_and(|n| n.contains("b.md")),
            "no notes screen: the projector says where: {:?}",
            app.status.notice
        );
        app.status.clear();
        crate::app::update(&mut app, crate::app::Message::NotesFollow(true));
        app.reload(merge(&app.corpus, load(&src)));
        assert_eq!(app.status.notice, None, "the room sees nothing");
    }

    #[test]
    fn a_reload_comes_in_through_update_and_keeps_the_entry_shown() {
        let (dir, src, mut app) = alpha_and_beta();
        let beta = app.corpus.index_of("beta").unwrap();
        app.select(beta);
        fs::write(dir.path().join("0.md"), entry("aardvark", "Aardvark")).unwrap();
        let fresh = super::Fresh::prepare(load(&src));
        let effects = crate::app::update(&mut app, crate::app::Message::Reloaded(Box::new(fresh)));
        assert!(effects.is_empty());
        assert!(app.corpus.get("aardvark").is_some());
        assert_eq!(app.corpus.entry(app.current().unwrap()).id, "beta");
    }

    #[test]
    fn a_fresh_load_brings_its_index_unless_a_broken_file_kept_an_entry() {
        let (dir, src, mut app) = alpha_and_beta();
        let found = |app: &App, q: &str| -> Vec<String> {
            app.index
                .search(
                    &app.corpus,
                    q,
                    &crate::search::SearchOptions::in_lang(app.settings.lang),
                )
                .iter()
                .map(|h| app.corpus.entry(h.entry).id.clone())
                .collect()
        };
        fs::write(dir.path().join("b.md"), entry("beta", "Bettany")).unwrap();
        app.apply(super::Fresh::prepare(load(&src)));
        assert_eq!(found(&app, "bettany"), vec!["beta"]);
        // A broken alpha keeps its last good version: the index must cover it.
        fs::write(
            dir.path().join("a.md"),
            "---\nid: alpha\nkind: [broken\n---\n",
        )
        .unwrap();
        app.apply(super::Fresh::prepare(load(&src)));
        assert!(app.corpus.get("alpha").is_some(), "kept");
        assert_eq!(found(&app, "alpha"), vec!["alpha"]);
        assert_eq!(found(&app, "bettany"), vec!["beta"]);
    }
}
