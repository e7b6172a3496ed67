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
/// control characters are dropped, and the query stops at [`MAX_QUERY_CHARS`].
pub fn extend_query(query: &mut String, text: &str) {
    let room = MAX_QUERY_CHARS.saturating_sub(query.chars().count());
    let clean = text
        .chars()
        .map(|c| {
            if c == '\n' || c == '\r' || c == '\t' {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !c.is_control())
        .take(room);
    query.extend(clean);
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
    match action {
        Action::Input(c) => extend_query(&mut s.query, c.encode_utf8(&mut [0; 4])),
        Action::Paste(ref text) => extend_query(&mut s.query, text),
        Action::DeleteChar => {
            s.query.pop();
        }
        Action::DeleteWord => delete_word(&mut s.query),
        Action::ClearInput => s.query.clear(),
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
    ) {
        s.selected = 0;
        app.refresh_search();
    }
    Then::Stay
}

impl App {
    /// Re-runs the search overlay's query: on the search worker for large corpora (its answer
    /// comes back as [`super::Message::SearchAnswered`]), else right here, in this frame.
    pub fn refresh_search(&mut self) {
        let lang = self.settings.lang;
        if let (Some(Overlay::Search(s)), Some(worker)) = (&self.overlay, &mut self.search_worker) {
            if worker.ask(&s.query, lang, &self.corpus, &self.index) {
                return;
            }
            self.search_worker = None; // the worker is gone: search here from now on
        }
        if let Some(Overlay::Search(s)) = &mut self.overlay {
            let found = (self.index).find(&self.corpus, &s.query, &SearchOptions::in_lang(lang));
            (s.hits, s.total, s.exact, s.complete) =
                (found.hits, found.total, found.exact, found.complete);
        }
        self.add_note_hits();
    }

    /// Puts the entries whose note holds the query first (see [`note_search`]).
    pub(super) fn add_note_hits(&mut self) {
        let Some(Overlay::Search(s)) = &mut self.overlay else {
            return;
        };
        let notes = note_search::note_hits(
            &self.study.notes,
            &self.corpus,
            &s.query,
            self.settings.lang,
        );
        note_search::merge_into(s, notes);
        s.selected = s.selected.min(s.hits.len().saturating_sub(1));
    }
}

/// After a reload: the hits on screen point into the old corpus, so they are dropped before the
/// new one is searched (the search worker answers later; a pending answer for the old corpus is
/// then stale).
pub(super) fn research(app: &mut App) {
    app.drop_pending_searches();
    if let Some(Overlay::Search(s)) = &mut app.overlay {
        s.hits.clear();
        s.total = 0;
        s.selected = 0;
    }
    app.refresh_search();
}

#[cfg(test)]
mod tests {
    use super::*;

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
