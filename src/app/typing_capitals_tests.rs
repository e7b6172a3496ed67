//! Walk 28: a capitalised word or name typed straight into the panes whose capital is a
//! command there (`Mongold`, `Lithuania`, `Tomsk`, `Hovd`, `Erdenet`, `Baganuur`, `Gobi`):
//! the command is taken back and the word searched whole; a capital alone still acts.

use super::*;

/// Types `text` as a terminal sends it: a capital with Shift held, as crossterm reports it.
fn type_in(a: &mut App, text: &str) -> Effects {
    let mut effects = Effects::new();
    for c in text.chars() {
        let shift = match c.is_uppercase() {
            true => KeyModifiers::SHIFT,
            false => KeyModifiers::NONE,
        };
        effects.extend(press(
            a,
            &Event::Key(KeyEvent::new(KeyCode::Char(c), shift)),
        ));
    }
    effects
}

/// The language, both languages, the theme, the mouse and the place.
type Seen = (
    Lang,
    bool,
    ThemeName,
    bool,
    (Pane, usize, Vec<usize>, usize),
);

/// What a capital's command may change: the settings the status line shows, the place.
fn seen(a: &App) -> Seen {
    let s = &a.settings;
    (s.lang, s.both, s.theme, s.mouse, place(a))
}

#[test]
fn a_capitalised_word_whose_capital_is_a_command_is_searched_whole() {
    for (focus, word) in [
        (Pane::List, "Mongold heden park bii ve"),
        (Pane::List, "Lithuania"),
        (Pane::Kinds, "Lithuania"),
        (Pane::Entry, "Tomsk"),
        (Pane::List, "Hovd"),
        (Pane::List, "Erdenet"),
        (Pane::Entry, "Baganuur"),
        (Pane::List, "Gobi"),
    ] {
        let mut a = app(focus);
        let before = seen(&a);
        let effects = type_in(&mut a, word);
        assert_eq!(query(&a), Some(word), "{word} from {focus:?}");
        assert_eq!(seen(&a), before, "{word} from {focus:?}: nothing changed");
        assert!(a.typing.run.is_none(), "{word}");
        // The mouse released by `M` is captured again, as the settings say.
        if word.starts_with('M') {
            assert_eq!(
                effects
                    .iter()
                    .rfind(|e| matches!(e, Effect::CaptureMouse(_))),
                Some(&Effect::CaptureMouse(a.settings.mouse)),
                "{word}"
            );
        }
    }
}

/// `L`, `M`, `T` and `B` pressed alone (the reader then reads the screen) act and stay; `L`
/// then a Mongolian letter at once switches the language and searches that letter.
#[test]
fn a_capital_alone_or_before_a_mongolian_letter_still_acts() {
    let mut a = app(Pane::List);
    type_in(&mut a, "L");
    pause(&mut a);
    type_in(&mut a, "j");
    assert_eq!(a.settings.lang, Lang::En, "L then a pause: English");
    assert!(query(&a).is_none());

    let mut a = app(Pane::List);
    let mouse = a.settings.mouse;
    let effects = type_in(&mut a, "M");
    assert_eq!(a.settings.mouse, !mouse);
    assert_eq!(effects, vec![Effect::CaptureMouse(!mouse)]);

    let mut a = app(Pane::List);
    type_in(&mut a, "T");
    pause(&mut a);
    type_in(&mut a, "B");
    pause(&mut a);
    type_in(&mut a, "k");
    assert_eq!(a.settings.theme, ThemeName::Light);
    assert!(a.settings.both);

    let mut a = app(Pane::List);
    type_in(&mut a, "Lк");
    assert_eq!(a.settings.lang, Lang::En, "the language switched");
    assert_eq!(query(&a), Some("к"), "and the Mongolian letter searched");
}
