//! The notes list in the app (`E`): every entry the reader wrote a note on, by id; Enter opens
//! the entry (drawn by `ui/study/notes.rs`).

use crate::app::action::Action;
use crate::app::state::{App, Overlay, Then};

/// The first non-blank line of a note, trimmed.
pub fn first_line(note: &str) -> &str {
    note.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
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
        Action::Open => {
            let to = app
                .study
                .notes
                .keys()
                .nth(*selected)
                .and_then(|id| app.corpus.index_of(id));
            if let Some(to) = to {
                return Then::Open(to);
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
    use crate::app::update;
    use crate::corpus::load::{Sources, load};
    use crate::lang::Lang;
    use crate::ui::theme::ThemeName;

    #[test]
    fn first_line_skips_blank_lines() {
        assert_eq!(
            first_line("\n  \n  Ask about funding \nmore"),
            "Ask about funding"
        );
        assert_eq!(first_line(""), "");
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
