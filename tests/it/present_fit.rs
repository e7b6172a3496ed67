//! What fits on the trainer's screens, on ratatui's TestBackend with the shipped tour: Table 3
//! (step 7 of the STI tour) with all 14 rows and its sources on a 120×40 projector, its
//! columns sized by their content (snapshots at 80×24, 120×40 and 160×45, both languages),
//! and the bottom lines of the projector and the notes screen at 80 columns cut nothing in
//! any state of the talk.

use crate::common;

use crossterm::event::KeyCode;
use toli::app::{App, Message, update};
use toli::i18n::Localizer;
use toli::lang::Lang;
use toli::present::notes::Notes;

use common::{presenting_at, press, rows, screen};

const TOUR: &str = "tour-sti-parks-mongolia";

/// The STI tour on the projector at step `step` (1-based), `w`×`h`.
fn presenting(lang: Lang, w: u16, h: u16, step: usize) -> App {
    presenting_at(TOUR, lang, w, h, step)
}

/// Table 3's first column, the parks, is headed as the source heads it ("Name"), in the
/// language of the talk: it used to have no header.
#[test]
fn table_3_s_column_of_parks_has_its_header_on_the_projector() {
    for (lang, head, next) in [
        (Lang::Mn, "Нэр", "Салбар"),
        (Lang::En, "Name", "Industry type"),
    ] {
        let a = presenting(lang, 160, 45, 7);
        let shown = rows(&a);
        let header = shown
            .iter()
            .find(|l| l.contains(next))
            .unwrap_or_else(|| panic!("no header row:\n{}", shown.join("\n")));
        let words: Vec<&str> = header.split_whitespace().collect();
        assert_eq!(words.first(), Some(&head), "{header}");
    }
}

#[test]
fn table_3_shows_every_row_and_its_sources_on_a_120_by_40_projector() {
    for (lang, first, last, source) in [
        (
            Lang::Mn,
            "1. Завханы ҮТП",
            "14. Тавантолгойн ҮТП",
            "Эх сурвалж:",
        ),
        (
            Lang::En,
            "1. Zavkhan ITP",
            "14. Tavantolgoi ITP",
            "Sources:",
        ),
    ] {
        let a = presenting(lang, 120, 40, 7);
        let shown = rows(&a);
        let text = shown.join("\n");
        assert!(text.contains(first) && text.contains(last), "{text}");
        // Both sources under one label, one a line (walk 26 D-4).
        assert_eq!(text.matches(source).count(), 1, "one label:\n{text}");
        // The sources end on the screen: «3-р хүснэгтийн доор», "UNCTAD (2025)".
        let end = match lang {
            Lang::Mn => "3-р хүснэгтийн доор",
            Lang::En => "Table 3 of UNCTAD (2025)",
        };
        assert!(text.contains(end), "{text}");
        assert!(!text.contains('…'), "nothing cut:\n{text}");
        // A park's name takes at most two lines: «3. Налайхын барилгын материалын ҮТП».
        if lang == Lang::Mn {
            assert!(
                shown.iter().any(|l| l.contains("3. Налайхын барилгын ")),
                "{text}"
            );
        }
    }
    for (w, h) in [(80, 24), (120, 40), (160, 45)] {
        for lang in Lang::ALL {
            let a = presenting(lang, w, h, 7);
            insta::assert_snapshot!(
                format!("present_table_3_{}_{w}x{h}", lang.code()),
                screen(&a).backend()
            );
        }
    }
}

/// The projector's last line and the notes screen's last line (its keys), drawn at 80×24.
fn bottom_lines(a: &mut App, notes: &mut Notes, runtime: &std::path::Path) -> Vec<String> {
    let now = toli::present::deck::epoch_secs();
    update(a, Message::Tick { now });
    let mut last = toli::present::sync::Published::default();
    toli::present::publish(a, runtime, &mut last).expect("published");
    notes.poll(runtime);
    let projector = rows(a);
    let mut t = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).expect("tty");
    t.draw(|f| notes.draw(f)).expect("draw");
    let notes_rows: Vec<String> = t
        .backend()
        .to_string()
        .lines()
        .map(|l| l.trim_matches('"').trim_end().to_string())
        .collect();
    vec![
        projector.last().cloned().unwrap_or_default(),
        notes_rows.last().cloned().unwrap_or_default(),
    ]
}

/// Every state of the talk at 80 columns, both languages: a text step, a figure shown with
/// `f`, the agenda, summaries only, the blank screen, the clock paused and the leave prompt.
/// The projector's footer and the notes screen's key line say all they mean (nothing ends in
/// "…", and the key line still ends with its last key); the footer over a chart or the agenda
/// says which, and shows no keys.
#[test]
fn the_bottom_lines_cut_nothing_at_80_columns_in_any_state_of_the_talk() {
    let l10n = Localizer::new();
    let mut cut = Vec::new();
    for lang in Lang::ALL {
        let dir = tempfile::tempdir().expect("tempdir");
        let runtime = dir.path().join("toli");
        // Step 3: a text step that shows a chart (`f`).
        let mut a = presenting(lang, 80, 24, 3);
        let mut notes = Notes::following(
            std::sync::Arc::clone(&a.corpus),
            &l10n,
            Some(TOUR.to_string()),
            lang,
        );
        // On 80 columns the shorter key line, whole, naming `f` (the whole one is for 100).
        let keys = l10n.t(lang, "notes-keys-short");
        let states: [(&str, &[KeyCode]); 11] = [
            ("text step", &[]),
            ("figure (f)", &[KeyCode::Char('f')]),
            ("back to the step", &[KeyCode::Esc]),
            ("agenda (a)", &[KeyCode::Char('a')]),
            ("summaries (s)", &[KeyCode::Char('a'), KeyCode::Char('s')]),
            ("blank (b)", &[KeyCode::Char('s'), KeyCode::Char('b')]),
            ("paused (p)", &[KeyCode::Char('b'), KeyCode::Char('p')]),
            ("leave prompt (Esc)", &[KeyCode::Esc]),
            (
                "leave prompt (Esc)",
                &[KeyCode::Esc, KeyCode::Char('p'), KeyCode::Esc],
            ),
            // The last step: two-digit counter, paused, and a step naming no figure.
            (
                "paused (p)",
                &[KeyCode::Esc, KeyCode::End, KeyCode::Char('p')],
            ),
            ("leave prompt (Esc)", &[KeyCode::Esc]),
        ];
        for (state, presses) in states {
            for &k in presses {
                press(&mut a, k);
            }
            let lines = bottom_lines(&mut a, &mut notes, &runtime);
            let footer = &lines[0];
            if footer.contains('…') {
                cut.push(format!("{lang:?}, {state}: {footer:?}"));
            }
            let key_line = lines[1].trim();
            if key_line != keys.trim() {
                cut.push(format!("{lang:?}, {state}: notes' keys {key_line:?}"));
            }
            // Over a chart or the agenda the footer says which, without keys (the room reads it).
            if matches!(state, "figure (f)" | "agenda (a)") && footer.contains("Esc") {
                cut.push(format!(
                    "{lang:?}, {state}: keys on the projector: {footer:?}"
                ));
            }
            let said = match state {
                // Step 3 shows one chart.
                "figure (f)" => {
                    let one = [("shown", "1".to_string()), ("total", "1".to_string())];
                    l10n.format(lang, "present-aside", &one)
                }
                "agenda (a)" => l10n.t(lang, "present-agenda-footer"),
                "paused (p)" => l10n.format(lang, "present-clock-paused", &[("clock", "".into())]),
                "leave prompt (Esc)" => l10n.t(lang, "present-leave-ask"),
                _ => String::new(),
            };
            if !footer.contains(said.trim()) {
                cut.push(format!("{lang:?}, {state}: {said:?} not in {footer:?}"));
            }
            eprintln!("{lang:?} {state}: {footer}");
        }
    }
    assert!(cut.is_empty(), "{}", cut.join("\n"));
}
