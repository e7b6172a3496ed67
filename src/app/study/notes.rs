//! The notes list in the app (`E`): every entry the reader wrote a note on, by id; Enter opens
//! the entry (drawn by `ui/study/notes.rs`). Each note is shown by its first line written by
//! the reader — never a line the merge of two windows' saves wrote around both versions of a
//! place — and a note holding such a place, or not saved yet, says so.

use std::sync::LazyLock;

use crate::app::action::Action;
use crate::app::state::{App, Overlay, Then};
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

/// Applies an action in the notes list.
pub fn action(app: &mut App, action: Action) -> Then {
    let Some(Overlay::Notes { selected }) = &mut app.overlay else {
        return Then::Stay;
    };
    let len = app.study.notes.len();
    match action {
        Action::Up | Action::Wheel { down: false, .. } => *selected = selected.saturating_sub(1),
        Action::Down | Action::Wheel { down: true, .. } => {
            *selected = (*selected + 1).min(len.saturating_sub(1));
        }
        Action::Open | Action::EditNote => {
            let Some(id) = app.study.notes.keys().nth(*selected).cloned() else {
                return Then::Stay;
            };
            match app.corpus.index_of(&id) {
                Some(to) if action == Action::EditNote => return Then::Edit(to),
                Some(to) => return Then::Open(to),
                // Not loaded this run: the status line says why, and which folder to open.
                None => app.status.say(super::absent::said(app, &id)),
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

    #[test]
    fn enter_opens_the_noted_entry_and_a_missing_one_stays() {
        let corpus = load(&Sources {
            builtin: true,
            dirs: vec![],
        })
        .corpus;
        let target = corpus.len() - 1;
        let id = corpus.entry(target).id.clone();
        let mut app = App::new(corpus, Lang::En, ThemeName::Dark, false);
        app.study.notes.insert("aaa-gone".into(), "old".into());
        app.study.notes.insert(id.clone(), "mine".into());
        update(&mut app, Action::OpenNotes);
        update(&mut app, Action::Open);
        assert!(
            app.overlay.is_some(),
            "a note on a missing entry opens nothing"
        );
        update(&mut app, Action::Down);
        update(&mut app, Action::Open);
        assert!(app.overlay.is_none());
        assert_eq!(
            app.current().map(|i| app.corpus.entry(i).id.clone()),
            Some(id)
        );
    }
}
