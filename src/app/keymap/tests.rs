//! Tests of the key table: dispatch per context, the Mongolian layout, hints from the table.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::*;
use crate::app::settings::ThemeName;
use crate::corpus::Corpus;
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::markdown::wrap::str_width;

fn app() -> App {
    App::new(Corpus::default(), Lang::En, ThemeName::Dark, false)
}

fn key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

/// In the panes a Mongolian letter starts a search with it (a reader types a question
/// straight away, in either case); pasted text is searched for.
#[test]
fn mongolian_letters_in_the_panes_start_a_search() {
    let mut a = app();
    for focus in [Pane::Kinds, Pane::List, Pane::Entry] {
        a.nav.focus = focus;
        for c in ['к', 'ф', 'р', 'ө', 'ү', 'Л'] {
            assert_eq!(
                key_action(&a, key(c)),
                Some(Action::SearchFor(c.to_string())),
                "{c} in {focus:?}"
            );
        }
        assert_eq!(
            key_action(&a, key('q')),
            Some(Action::Quit),
            "Latin keys are commands"
        );
    }
    assert_eq!(
        event_action(&a, &Event::Paste(" кластер ".into())),
        Some(Action::SearchFor("кластер".into()))
    );
}

/// A lower-case Latin letter no key here uses starts a search with it, as a Mongolian letter
/// does: a question typed in Latin letters is searched for; bound letters stay commands.
#[test]
fn unused_lower_case_latin_letters_in_the_panes_start_a_search() {
    let mut a = app();
    for focus in [Pane::Kinds, Pane::List, Pane::Entry] {
        a.nav.focus = focus;
        assert_eq!(key_action(&a, key('q')), Some(Action::Quit));
        for c in 'a'..='z' {
            let bound = active(&a).iter().any(|ctx| {
                ctx.bindings()
                    .iter()
                    .any(|b| b.key.code == KeyCode::Char(c) && b.key.mods.is_empty())
            });
            let searched = key_action(&a, key(c)) == Some(Action::UnboundLetter(c));
            assert_eq!(searched, !bound, "{c} in {focus:?}");
        }
    }
    a.nav.focus = Pane::List;
    assert_eq!(key_action(&a, key('w')), Some(Action::UnboundLetter('w')));
    crate::app::update::update(&mut a, Action::UnboundLetter('w'));
    match &a.overlay {
        Some(Overlay::Search(s)) => assert_eq!(s.query, "w"),
        other => panic!("no search: {other:?}"),
    }
    assert_eq!(
        a.status.notice, None,
        "w is a command nowhere: nothing to say"
    );
}

/// The walk's question, typed without `/` as one burst of keys: each key is mapped in the
/// state the one before left (as the event loop does), so after the first letter every key,
/// `p` and `e` too, goes into the search: nothing starts a presentation or opens the note
/// editor.
#[test]
fn a_question_typed_in_latin_letters_into_the_panes_is_searched_for_whole() {
    for focus in [Pane::Kinds, Pane::List, Pane::Entry] {
        let mut a = app();
        a.nav.focus = focus;
        let typed = "it park hezee";
        for c in typed.chars() {
            if let Some(action) = key_action(&a, key(c)) {
                crate::app::update::update(&mut a, action);
            }
        }
        assert!(a.present.is_none(), "{focus:?}: a presentation started");
        match &a.overlay {
            Some(Overlay::Search(s)) => assert_eq!(s.query, typed, "{focus:?}"),
            other => panic!("{focus:?}: no search: {other:?}"),
        }
    }
}

/// A letter that is a command in another pane says what it does and where it works, from
/// the key table, in both languages — not that it does nothing while letters are commands.
#[test]
fn a_letter_of_another_pane_says_where_it_works() {
    for (lang, y_kinds) in [
        (
            Lang::En,
            "y — copy citation: works in the entry list or the entry view",
        ),
        (
            Lang::Mn,
            "y товч — ишлэл хуулах: жагсаалт эсвэл бичлэг дээр ажиллана",
        ),
    ] {
        let mut a = App::new(Corpus::default(), lang, ThemeName::Dark, false);
        a.nav.focus = Pane::Kinds;
        // `g` moves to the top here as in the lists (the walk's `g j j f` became a search).
        assert_eq!(key_action(&a, key('g')), Some(Action::Top));
        let (c, says) = ('y', y_kinds);
        a.overlay = None;
        assert_eq!(key_action(&a, key(c)), Some(Action::UnboundLetter(c)));
        crate::app::update::update(&mut a, Action::UnboundLetter(c));
        assert_eq!(a.status.notice.as_deref(), Some(says));
        // Over the search it started, with the letter typed.
        assert!(
            matches!(&a.overlay, Some(Overlay::Search(s)) if s.query == c.to_string()),
            "{c}: {:?}",
            a.overlay
        );
        // In the entry list, `n` finds the next match in the entry view only.
        a.overlay = None;
        a.nav.focus = Pane::List;
        crate::app::update::update(&mut a, Action::UnboundLetter('n'));
        let said = a.status.notice.clone().unwrap_or_default();
        assert!(
            (said.starts_with("n — ") || said.starts_with("n товч — ")) && !said.contains('/'),
            "{said}"
        );
    }
    // Where a letter does different things in two panes, each is said with its pane.
    let mut a = app();
    a.nav.focus = Pane::Kinds;
    crate::app::update::update(&mut a, Action::UnboundLetter('z'));
    assert_eq!(
        a.status.notice.as_deref(),
        Some(
            "z — wide list: works in the entry list; reading pane full width: works in the entry view"
        )
    );
}

/// An acronym or a year typed straight into the panes is searched for when its first key is
/// no command: "ITP хөнгөлөлт", "ICT", "STI", "2022". Capitals that are commands stay so.
#[test]
fn unused_capitals_and_digits_in_the_panes_start_a_search() {
    let mut a = app();
    for focus in [Pane::Kinds, Pane::List, Pane::Entry] {
        a.nav.focus = focus;
        for c in ['I', 'S', 'U', 'K', '2'] {
            assert_eq!(
                key_action(&a, key(c)),
                Some(Action::SearchFor(c.to_string())),
                "{c} in {focus:?}"
            );
        }
        assert_eq!(key_action(&a, key('T')), Some(Action::CycleTheme));
        assert_eq!(key_action(&a, key('L')), Some(Action::ToggleLang));
    }
}

/// Where nothing is typed (an overlay such as help), keys on the Mongolian layout work as
/// their Latin twins.
#[test]
fn cyrillic_layout_keys_run_commands_in_overlays() {
    let mut a = app();
    a.overlay = Some(Overlay::Help {
        scroll: 0,
        over: None,
    });
    assert_eq!(key_action(&a, key('р')), Some(Action::Down));
    assert_eq!(key_action(&a, key('о')), Some(Action::Up));
    assert_eq!(key_action(&a, key('ф')), key_action(&a, key('q')));
    assert_eq!(
        key_action(&a, KeyEvent::new(KeyCode::Char('Л'), KeyModifiers::SHIFT)),
        Some(Action::ToggleLang)
    );
}

#[test]
fn text_inputs_take_letters_as_text() {
    let mut a = app();
    a.overlay = Some(Overlay::Search(Default::default()));
    assert_eq!(key_action(&a, key('ф')), Some(Action::Input('ф')));
    assert_eq!(key_action(&a, key('q')), Some(Action::Input('q')));
    assert_eq!(
        key_action(&a, KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE)),
        Some(Action::Escape)
    );
}

#[test]
fn pane_keys_win_over_global_keys() {
    let mut a = app();
    a.nav.focus = Pane::Entry;
    assert_eq!(
        key_action(&a, KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
        Some(Action::Open)
    );
    assert_eq!(
        key_action(&a, KeyEvent::new(KeyCode::Char('k'), KeyModifiers::CONTROL)),
        Some(Action::OpenSearch)
    );
    assert_eq!(
        key_action(&a, KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT)),
        Some(Action::PrevLink)
    );
    assert_eq!(
        key_action(&a, KeyEvent::new(KeyCode::Left, KeyModifiers::ALT)),
        Some(Action::Back)
    );
}

#[test]
fn hints_group_keys_and_exist_in_both_languages() {
    let entry = hints(Ctx::Entry);
    assert!(
        entry
            .iter()
            .any(|(k, h)| k == "j,↓" && *h == "hint-scroll-down")
    );
    let l = Localizer::new();
    for b in Ctx::ALL.iter().flat_map(|c| c.bindings()) {
        for lang in Lang::ALL {
            assert!(l.has(lang, b.hint), "{} missing in {lang:?}", b.hint);
        }
    }
    for ctx in Ctx::ALL {
        assert!(l.has(Lang::Mn, ctx.title_id()));
        assert!(!hints(ctx).is_empty());
    }
}

#[test]
fn no_key_is_bound_twice_in_one_context() {
    for ctx in Ctx::ALL {
        let table = ctx.bindings();
        for (i, a) in table.iter().enumerate() {
            for b in &table[i + 1..] {
                assert!(a.key != b.key, "{:?} bound twice in {ctx:?}", a.key);
            }
        }
    }
}

#[test]
fn every_context_is_in_ctx_all_in_declaration_order() {
    use strum::IntoEnumIterator;
    // A context missing from `Ctx::ALL` would drop out of help and the README without a word.
    assert_eq!(Ctx::iter().collect::<Vec<_>>(), Ctx::ALL);
}

#[test]
fn the_note_editor_has_its_own_actions() {
    let mut a = app();
    a.overlay = Some(Overlay::Note(
        crate::app::study::note_editor::NoteEditor::new("x", ""),
    ));
    let press = |a: &App, code| key_action(a, KeyEvent::new(code, KeyModifiers::NONE));
    assert_eq!(press(&a, KeyCode::Enter), Some(Action::NewLine));
    assert_eq!(press(&a, KeyCode::Left), Some(Action::CursorLeft));
    assert_eq!(press(&a, KeyCode::Right), Some(Action::CursorRight));
    assert_eq!(press(&a, KeyCode::Up), Some(Action::CursorUp));
    assert_eq!(press(&a, KeyCode::Down), Some(Action::CursorDown));
    assert_eq!(press(&a, KeyCode::Backspace), Some(Action::DeleteChar));
    assert_eq!(press(&a, KeyCode::Char('h')), Some(Action::Input('h')));
    // The editing keys of the walk (C-N3): Delete, words, a line's part, undo and redo.
    let with = |a: &App, code, mods| key_action(a, KeyEvent::new(code, mods));
    let (ctrl, alt) = (KeyModifiers::CONTROL, KeyModifiers::ALT);
    for (code, mods, action) in [
        (KeyCode::Delete, KeyModifiers::NONE, Action::DeleteForward),
        (KeyCode::Char('w'), ctrl, Action::DeleteWord),
        (KeyCode::Backspace, alt, Action::DeleteWord),
        (KeyCode::Char('u'), ctrl, Action::DeleteToLineStart),
        (KeyCode::Char('k'), ctrl, Action::DeleteToLineEnd),
        (KeyCode::Left, ctrl, Action::CursorWordLeft),
        (KeyCode::Char('b'), alt, Action::CursorWordLeft),
        (KeyCode::Right, ctrl, Action::CursorWordRight),
        (KeyCode::Char('f'), alt, Action::CursorWordRight),
        (KeyCode::Char('z'), ctrl, Action::Undo),
        (KeyCode::Char('y'), ctrl, Action::Redo),
    ] {
        assert_eq!(with(&a, code, mods), Some(action), "{code:?} {mods:?}");
    }
}

/// Every hint fits the help box beside its keys on an 80-column screen, in both languages, so
/// none is cut (the box is 72 wide: 70 inside, two spaces before the keys, two after).
#[test]
fn every_hint_fits_the_help_box_at_80_columns() {
    let l10n = Localizer::new();
    for ctx in Ctx::ALL {
        let hs = hints(ctx);
        let keys = hs.iter().map(|(k, _)| str_width(k)).max().unwrap_or(0);
        for lang in Lang::ALL {
            for (k, hint) in &hs {
                let text = l10n.t(lang, hint);
                assert!(
                    2 + keys + 2 + str_width(&text) <= 70,
                    "{ctx:?} {k} ({lang:?}): {text:?} is {} wide beside keys {keys} wide",
                    str_width(&text)
                );
            }
        }
    }
}

/// The help's pinned lines on typing in the panes fit the help box at 80 columns, both
/// languages.
#[test]
fn the_help_s_typing_lines_fit_the_help_box_at_80_columns() {
    let l10n = Localizer::new();
    for id in crate::ui::help::TYPING {
        for lang in Lang::ALL {
            let text = l10n.t(lang, id);
            assert!(str_width(&text) <= 70, "{id} ({lang:?}): {text:?}");
        }
    }
}

/// F1 is the help in every context, the inputs included (the search box, the find bar, the
/// note editor, a step number), where `?` is typed; in the help itself it closes it, as `?`
/// and Esc do. Written `F1` in hints and help.
#[test]
fn f1_opens_the_help_everywhere_and_closes_it_in_the_help() {
    let f1 = Key {
        code: KeyCode::F(1),
        mods: KeyModifiers::NONE,
    };
    assert_eq!(f1.label(), "F1");
    for ctx in Ctx::ALL {
        // The panes take it from the keys that work everywhere.
        let table = if PANES.contains(&ctx) {
            Ctx::Global
        } else {
            ctx
        };
        let bound = (table.bindings().iter()).find(|b| b.key == f1);
        let wanted = match ctx {
            Ctx::Help => (Action::Escape, "hint-close"),
            _ => (Action::Help, "hint-help"),
        };
        assert_eq!(
            bound.map(|b| (b.action.clone(), b.hint)),
            Some(wanted),
            "{ctx:?}"
        );
    }
    // Where letters are typed, `?` is text and F1 the help.
    let mut a = app();
    a.overlay = Some(Overlay::Search(Default::default()));
    assert_eq!(key_action(&a, key('?')), Some(Action::Input('?')));
    let f1 = KeyEvent::new(KeyCode::F(1), KeyModifiers::NONE);
    assert_eq!(key_action(&a, f1), Some(Action::Help));
}
