//! The search overlay's behaviour: typing, moving through live results, opening one, and
//! running the query here or on the worker ([`super::search_worker`]). Drawn by `ui/search.rs`.

use super::action::Action;
use super::state::{App, Overlay, Then};
use super::study::note_search;
use super::update::screen;
use crate::search::SearchOptions;

/// The longest query the search and find inputs take: a longer one is no question anybody
/// types, and a huge paste must not make every keystroke slow.
pub const MAX_QUERY_CHARS: usize = 256;

/// Appends typed or pasted text to a one-line query: line breaks and tabs become spaces, other
/// control characters are dropped, and the query stops at [`MAX_QUERY_CHARS`]. Returns whether
/// some of `text` was left out for that ([`say_cut`] tells the reader).
pub fn extend_query(query: &mut String, text: &str) -> bool {
    let room = MAX_QUERY_CHARS.saturating_sub(query.chars().count());
    let mut clean = text
        .chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !c.is_control());
    query.extend(clean.by_ref().take(room));
    clean.next().is_some()
}

/// Says in the status line that a query stops at [`MAX_QUERY_CHARS`] and the rest of what was
/// typed or pasted was left out.
pub(super) fn say_cut(app: &mut App) {
    let max = MAX_QUERY_CHARS.to_string();
    app.status.say(app.tf("search-query-cut", &[("max", max)]));
}

/// Deletes the word before the end of `query` and the spaces after it (Ctrl-W, Alt-Backspace).
pub fn delete_word(query: &mut String) {
    let kept = query.trim_end().len();
    let start = query[..kept]
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(i, c)| i + c.len_utf8());
    query.truncate(start);
}

pub(super) fn search_action(app: &mut App, action: Action) -> Then {
    let screen = crate::ui::overlay_screen(app, screen(app));
    let Some(Overlay::Search(s)) = &mut app.overlay else {
        return Then::Stay;
    };
    // A notice over the search (what the letter that opened it does in another pane, a
    // reload's) goes with the reader's next key, as in the panes.
    app.status.clear();
    let mut cut = false;
    let mut recalled = false;
    match action {
        Action::Input(c) => cut = extend_query(&mut s.query, c.encode_utf8(&mut [0; 4])),
        Action::Paste(ref text) => cut = extend_query(&mut s.query, text),
        Action::DeleteChar => {
            s.query.pop();
        }
        Action::DeleteWord => delete_word(&mut s.query),
        Action::ClearInput => s.query.clear(),
        // In an empty box, ↑ brings back the last question (there is no result to move to).
        Action::Up if s.query.is_empty() && !app.last_query.is_empty() => {
            s.query = app.last_query.clone();
            recalled = true;
        }
        Action::Up => s.selected = s.selected.saturating_sub(1),
        Action::Down => s.selected = (s.selected + 1).min(s.hits.len().saturating_sub(1)),
        Action::PageDown | Action::PageUp => {
            let page = usize::from(crate::ui::search::results_area(screen).height).max(1);
            s.selected = if action == Action::PageDown {
                (s.selected + page).min(s.hits.len().saturating_sub(1))
            } else {
                s.selected.saturating_sub(page)
            };
        }
        Action::Wheel { down, .. } => {
            s.selected = if down {
                (s.selected + 1).min(s.hits.len().saturating_sub(1))
            } else {
                s.selected.saturating_sub(1)
            }
        }
        Action::Open => {
            return match s.hits.get(s.selected) {
                Some(hit) => Then::Open(hit.entry),
                None => Then::Close,
            };
        }
        Action::Escape | Action::Quit => return Then::Close,
        Action::Click { col, row } => {
            let rect = crate::ui::search::results_area(screen);
            if rect.contains((col, row).into()) {
                let at = crate::ui::search::hit_at(s, rect, row);
                if let Some(i) = at {
                    s.selected = i;
                    return search_action(app, Action::Open);
                }
            } else if !crate::ui::search::area(screen).contains((col, row).into()) {
                return Then::Close;
            }
            return Then::Stay;
        }
        _ => return Then::Stay,
    }
    if matches!(
        action,
        Action::Input(_)
            | Action::Paste(_)
            | Action::DeleteChar
            | Action::DeleteWord
            | Action::ClearInput
    ) || recalled
    {
        if !s.query.trim().is_empty() {
            app.last_query = s.query.clone();
        }
        s.selected = 0;
        app.refresh_search();
    }
    if cut {
        say_cut(app);
    }
    Then::Stay
}

impl App {
    /// Re-runs the search overlay's query: on the search worker for large corpora (its answer
    /// comes back as [`super::Message::SearchAnswered`]), else right here, in this frame.
    pub fn refresh_search(&mut self) {
        let lang = self.settings.lang;
        let noted = self.noted_for_search();
        let shown = self.overlay.as_ref().map(Overlay::under_help);
        if let (Some(Overlay::Search(s)), Some(worker)) = (shown, &mut self.search_worker) {
            if worker.ask(&s.query, lang, &self.corpus, &self.index, noted.clone()) {
                return;
            }
            self.search_worker = None; // the worker is gone: search here from now on
        }
        let mut places = Vec::new();
        if let Some(Overlay::Search(s)) = self.overlay.as_mut().map(Overlay::under_help_mut) {
            let found = (self.index).find(&self.corpus, &s.query, &SearchOptions::in_lang(lang));
            places = note_search::places(&self.index, &self.corpus, &s.query, lang, &found, &noted);
            (s.hits, s.total, s.exact, s.complete) =
                (found.hits, found.total, found.exact, found.complete);
            (s.near_only, s.read_as) = (found.near_only, found.read_as);
        }
        self.add_note_hits(&places);
    }

    /// The entries whose note holds the search overlay's query.
    fn noted_for_search(&self) -> Vec<usize> {
        let Some(s) = self.search_box() else {
            return Vec::new();
        };
        let hits = note_search::note_hits(
            &self.study.notes,
            &self.corpus,
            &s.query,
            self.settings.lang,
        );
        hits.into_iter().map(|h| h.entry).collect()
    }

    /// Puts the entries whose note holds the query first (see [`note_search`]); `places` says
    /// where the corpus search ranked each ([`note_search::places`]).
    pub(super) fn add_note_hits(&mut self, places: &[(usize, Option<usize>)]) {
        let Some(Overlay::Search(s)) = self.overlay.as_mut().map(Overlay::under_help_mut) else {
            return;
        };
        let notes = note_search::note_hits(
            &self.study.notes,
            &self.corpus,
            &s.query,
            self.settings.lang,
        );
        // A note holds every word of the query: none of them is "not found" for this reader.
        if !notes.is_empty() {
            s.near_only.clear();
        }
        note_search::merge_into(
            s,
            notes,
            places,
            crate::search::SearchOptions::default().limit,
        );
        s.selected = s.selected.min(s.hits.len().saturating_sub(1));
    }
}

/// After a reload: the hits on screen point into the old corpus, so they are dropped before the
/// new one is searched (the search worker answers later; a pending answer for the old corpus is
/// then stale).
pub(super) fn research(app: &mut App) {
    app.drop_pending_searches();
    if let Some(Overlay::Search(s)) = app.overlay.as_mut().map(Overlay::under_help_mut) {
        s.hits.clear();
        s.total = 0;
        s.selected = 0;
    }
    app.refresh_search();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::settings::ThemeName;
    use crate::app::update::update;
    use crate::corpus::Corpus;
    use crate::lang::Lang;

    /// Typing or pasting past [`MAX_QUERY_CHARS`] says so in the status line, in both
    /// languages, in the search overlay and the find bar alike.
    #[test]
    fn a_query_cut_at_the_limit_says_so() {
        for (lang, words) in [(Lang::En, "at most 256"), (Lang::Mn, "ихдээ 256 тэмдэгт")]
        {
            let mut app = App::new(Corpus::default(), lang, ThemeName::Dark, false);
            update(&mut app, Action::OpenSearch);
            let long = "кластер ".repeat(32);
            update(&mut app, Action::Paste(long[..long.len() - 1].to_string()));
            assert_eq!(app.status.notice, None, "255 characters fit");
            update(&mut app, Action::Input('а'));
            assert_eq!(app.status.notice, None, "256 characters fit");
            update(&mut app, Action::Input('б'));
            let notice = app.status.notice.clone().unwrap_or_default();
            assert!(notice.contains(words), "{notice}");
            let Some(Overlay::Search(s)) = &app.overlay else {
                panic!("the search stays open");
            };
            assert_eq!(s.query.chars().count(), MAX_QUERY_CHARS);
            // A paste over the limit says so too.
            let mut app = App::new(Corpus::default(), lang, ThemeName::Dark, false);
            update(&mut app, Action::SearchFor("ТӨГСГӨЛ ".repeat(40)));
            let notice = app.status.notice.clone().unwrap_or_default();
            assert!(notice.contains(words), "{notice}");
        }
        let mut query = String::new();
        assert!(!extend_query(&mut query, &"a".repeat(MAX_QUERY_CHARS)));
        assert!(extend_query(&mut query, "b"));
        assert!(
            !extend_query(&mut query, "\u{7}"),
            "a control character is no text cut"
        );
    }

    /// A question searched, a result opened, then `/` again: ↑ in the empty box brings the
    /// question back with its results, so the reader goes on to the next result without
    /// typing it again; in a box with text ↑ still moves up the results.
    #[test]
    fn up_in_an_empty_search_brings_back_the_last_question() {
        let corpus = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
        let mut app = App::new(corpus, Lang::Mn, ThemeName::Dark, false);
        let question = "инновацийн тухай хууль хэзээ батлагдсан";
        update(&mut app, Action::SearchFor(question.into()));
        update(&mut app, Action::Down);
        update(&mut app, Action::Open);
        assert!(app.overlay.is_none(), "the result is open");
        update(&mut app, Action::OpenSearch);
        let query = |app: &App| match &app.overlay {
            Some(Overlay::Search(s)) => (s.query.clone(), s.hits.len(), s.selected),
            _ => panic!("the search is open"),
        };
        assert_eq!(query(&app).0, "", "a new search starts empty");
        update(&mut app, Action::Up);
        let (back, hits, _) = query(&app);
        assert_eq!(back, question);
        assert!(hits > 1, "with its results");
        update(&mut app, Action::Down);
        update(&mut app, Action::Up);
        assert_eq!(query(&app).2, 0, "↑ moves up the results again");
    }

    #[test]
    fn delete_word_takes_the_last_word_and_the_spaces_after_it() {
        for (before, after) in [
            ("value chain", "value "),
            ("value chain  ", "value "),
            ("кластер бодлого", "кластер "),
            ("kind:policy", ""),
            ("   ", ""),
            ("", ""),
        ] {
            let mut q = before.to_string();
            delete_word(&mut q);
            assert_eq!(q, after, "{before:?}");
        }
    }
}
