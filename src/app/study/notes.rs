//! The notes list in the app (`E`): every entry the reader wrote a note on, in the alphabetical
//! order of the entries' titles in the language shown (as `toli notes` lists and exports them),
//! the selection kept as the note's entry so that `L` keeps it; Enter opens the entry (drawn by
//! `ui/study/notes.rs`). Each note is shown by its first line written by
//! the reader — never a line the merge of two windows' saves wrote around both versions of a
//! place — and a note holding such a place, or not saved yet, says so.

use std::sync::LazyLock;

use crate::app::action::Action;
use crate::app::state::{App, Overlay, Then};
use crate::corpus::Corpus;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// The lines a merge writes around a place both windows changed ([`crate::store::merge3`]),
/// in both languages (a note merged in one is read in the other): before this window's
/// version, between the two, after them.
static MARKS: LazyLock<Vec<[String; 3]>> = LazyLock::new(|| {
    let l10n = Localizer::shared();
    let ids = ["note-mark-ours", "note-separator", "note-mark-end"];
    (Lang::ALL.iter())
        .map(|&lang| ids.map(|id| l10n.t(lang, id)))
        .collect()
});

/// Whether `line` is one a merge wrote around the two versions of a place.
pub fn is_mark(line: &str) -> bool {
    let line = line.trim();
    MARKS.iter().flatten().any(|m| m == line)
}

/// The first non-blank line of a note that the reader wrote, trimmed: the lines marking two
/// versions of a place are passed over.
pub fn first_line(note: &str) -> &str {
    note.lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !is_mark(l))
        .unwrap_or("")
}

/// Whether the note holds a place saved differently in two windows, both versions kept
/// between marking lines for the reader to choose from.
pub fn two_versions(note: &str) -> bool {
    let opens = |l: &str| MARKS.iter().any(|[ours, ..]| ours == l.trim());
    note.lines().any(opens)
}

/// What the notes list says before a note's first line (none: nothing): that it is not saved
/// yet (its save failed; [`super::unsaved`]), or that it holds two versions to choose from.
pub fn label(app: &App, id: &str, note: &str) -> Option<String> {
    if super::unsaved::of(app, id).is_some() {
        Some(app.t("notes-not-saved"))
    } else if two_versions(note) {
        Some(app.t("notes-two-versions"))
    } else {
        None
    }
}

/// The noted entries' ids in the order the notes are listed: the entries this run loaded by
/// their titles in `lang`'s alphabetical order ([`crate::collate`]: Mongolian order in
/// Mongolian), then those it did not load, by id.
pub fn in_order<'a>(
    corpus: &Corpus,
    ids: impl IntoIterator<Item = &'a str>,
    lang: Lang,
) -> Vec<&'a str> {
    let mut ids: Vec<&str> = ids.into_iter().collect();
    ids.sort_by_cached_key(|id| {
        let rank = corpus.index_of(id).map(|i| corpus.title_rank(i, lang));
        (rank.unwrap_or(u32::MAX), *id)
    });
    ids
}

/// The notes list's ids in its order, in the language shown.
pub fn listed(app: &App) -> Vec<&str> {
    in_order(
        &app.corpus,
        app.study.notes.keys().map(String::as_str),
        app.settings.lang,
    )
}

/// The row of the selected note (`selected`: its entry's id; none or one gone: the first).
pub fn selected_row(listed: &[&str], selected: Option<&str>) -> usize {
    (selected.and_then(|id| listed.iter().position(|l| *l == id))).unwrap_or(0)
}

/// Applies an action in the notes list.
pub fn action(app: &mut App, action: Action) -> Then {
    let Some(Overlay::Notes { selected }) = &app.overlay else {
        return Then::Stay;
    };
    let listed: Vec<String> = listed(app).into_iter().map(str::to_string).collect();
    let ids: Vec<&str> = listed.iter().map(String::as_str).collect();
    let row = selected_row(&ids, selected.as_deref());
    let last = listed.len().saturating_sub(1);
    let select = |app: &mut App, row: usize| {
        if let Some(Overlay::Notes { selected }) = &mut app.overlay {
            *selected = listed.get(row).cloned();
        }
    };
    match action {
        Action::Up | Action::Wheel { down: false, .. } => select(app, row.saturating_sub(1)),
        Action::Down | Action::Wheel { down: true, .. } => select(app, (row + 1).min(last)),
        Action::Open | Action::EditNote => {
            let Some(id) = listed.get(row).cloned() else {
                return Then::Stay;
            };
            match app.corpus.index_of(&id) {
                Some(to) if action == Action::EditNote => return Then::Edit(to),
                Some(to) => return Then::Open(to),
                // Not loaded this run: the status line says why, and which folder to open.
                None => app.status.say(super::absent::said(app, &id)),
            }
        }
        Action::CarryOver => {
            let Some(id) = listed.get(row).cloned() else {
                return Then::Stay;
            };
            if let Some(new) = super::renamed::carry(app, &id)
                && let Some(Overlay::Notes { selected }) = &mut app.overlay
            {
                *selected = Some(new);
            }
        }
        Action::Escape | Action::OpenNotes => return Then::Close,
        _ => {}
    }
    Then::Stay
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::ThemeName;
    use crate::app::update;
    use crate::corpus::load::{Sources, load};
    use crate::lang::Lang;

    #[test]
    fn first_line_skips_blank_lines() {
        assert_eq!(
            first_line("\n  \n  Ask about funding \nmore"),
            "Ask about funding"
        );
        assert_eq!(first_line(""), "");
    }

    /// A note that begins with a place both windows changed is shown by the reader's first
    /// line, not the marking line, in either language's marks, and says it holds two versions.
    #[test]
    fn a_note_beginning_with_two_versions_shows_its_first_real_line() {
        for lang in Lang::ALL {
            let l10n = Localizer::shared();
            let [ours, theirs, end] =
                ["note-mark-ours", "note-separator", "note-mark-end"].map(|id| l10n.t(lang, id));
            let note = format!("\n{ours}\n  A: mine \n{theirs}\nB: theirs\n{end}\nafter\n");
            assert_eq!(first_line(&note), "A: mine", "{lang:?}");
            assert!(two_versions(&note), "{lang:?}");
            let only_marks = format!("{ours}\n{theirs}\n{end}\n");
            assert_eq!(first_line(&only_marks), "");
        }
        assert!(!two_versions("--- a line of my own ---\nmore"));
        assert_eq!(
            first_line("--- a line of my own ---"),
            "--- a line of my own ---"
        );
    }

    fn app_with_notes(lang: Lang, ids: &[&str]) -> App {
        let corpus = load(&Sources {
            builtin: true,
            dirs: vec![],
        })
        .corpus;
        let mut app = App::new(corpus, lang, ThemeName::Dark, false);
        for id in ids {
            app.study.notes.insert(id.to_string(), format!("on {id}"));
        }
        app
    }

    const NOTED: [&str; 5] = [
        "aaa-gone",
        "eu-cluster-tier-high",
        "living-lab",
        "patent-act-2006",
        "value-chain-upgrading",
    ];

    /// The list follows the titles in the language shown: in Mongolian «Амьд лаборатори»,
    /// «Өндөр гүйцэтгэлтэй…», «Патентын…», «Үнэ цэнийн…» (ө before п, as the alphabet has it,
    /// where code points put it after ү), in English "High-performing…", "Living lab",
    /// "Patent Act", "Value-chain…"; a note on an entry not loaded comes last.
    #[test]
    fn notes_are_listed_by_title_in_the_language_shown() {
        let mn = app_with_notes(Lang::Mn, &NOTED);
        assert_eq!(
            listed(&mn),
            [
                "living-lab",
                "eu-cluster-tier-high",
                "patent-act-2006",
                "value-chain-upgrading",
                "aaa-gone"
            ]
        );
        let en = app_with_notes(Lang::En, &NOTED);
        assert_eq!(
            listed(&en),
            [
                "eu-cluster-tier-high",
                "living-lab",
                "patent-act-2006",
                "value-chain-upgrading",
                "aaa-gone"
            ]
        );
    }

    /// The selection is the note's entry: after `L` reorders the list, Enter opens the entry
    /// that was selected, not the one now on its row.
    #[test]
    fn switching_the_language_keeps_the_selected_note() {
        let mut app = app_with_notes(Lang::Mn, &NOTED);
        update(&mut app, Action::OpenNotes);
        update(&mut app, Action::Down);
        update(&mut app, Action::ToggleLang);
        assert_eq!(app.settings.lang, Lang::En);
        assert!(matches!(app.overlay, Some(Overlay::Notes { .. })));
        update(&mut app, Action::Open);
        assert!(app.overlay.is_none());
        let opened = app.current().map(|i| app.corpus.entry(i).id.clone());
        assert_eq!(opened.as_deref(), Some("eu-cluster-tier-high"));
    }

    #[test]
    fn enter_opens_the_noted_entry_and_a_missing_one_stays() {
        let mut app = app_with_notes(Lang::En, &["aaa-gone", "living-lab"]);
        update(&mut app, Action::OpenNotes);
        update(&mut app, Action::Down);
        update(&mut app, Action::Open);
        assert!(
            app.overlay.is_some(),
            "a note on a missing entry opens nothing"
        );
        update(&mut app, Action::Up);
        update(&mut app, Action::Open);
        assert!(app.overlay.is_none());
        assert_eq!(
            app.current().map(|i| app.corpus.entry(i).id.clone()),
            Some("living-lab".to_string())
        );
    }
}
