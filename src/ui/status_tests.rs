//! Holds the status line to its promises: every message said in it is listed in `samples`
//! and read whole at 80 columns in both languages, for every plural form; hints that do not
//! fit are passed over, not the rest.

use super::*;
use crate::corpus::Corpus;
use crate::lang::Lang;
use crate::ui::theme::ThemeName;

/// The title a message names is cut to this many columns (see `app::cite`).
const TITLE: &str = "Шинжлэх ухаан, технологийн паркийн бодл…";

/// Every message said in the status line, with arguments as long as they get (titles as
/// cut, the longest kind names); ids said from the app's code must be listed here.
fn samples(app: &App) -> Vec<Sample> {
    let longest_kind = |app: &App| {
        crate::corpus::model::Kind::ALL
            .iter()
            .map(|k| app.t(&format!("kinds-{}", k.name())))
            .max_by_key(|n| str_width(n))
            .unwrap_or_default()
    };
    let kind = longest_kind(app);
    let title = || ("title", TITLE.to_string());
    vec![
        ("mouse-released", vec![]),
        (
            "keys-letter-elsewhere",
            vec![("key", "z".into()), ("uses", z_elsewhere(app))],
        ),
        (
            "keys-works-in",
            vec![
                ("does", app.t("hint-zoom")),
                ("places", app.t("keys-where-entry")),
            ],
        ),
        (
            "keys-places-two",
            vec![
                ("a", app.t("keys-where-list")),
                ("b", app.t("keys-where-entry")),
            ],
        ),
        ("mouse-captured", vec![]),
        ("search-query-cut", vec![("max", "256".into())]),
        ("note-unsaved-keys", vec![]),
        ("note-saved", vec![]),
        ("note-cancelled", vec![]),
        ("note-nothing-to-undo", vec![]),
        ("note-nothing-to-redo", vec![]),
        ("note-merged", vec![]),
        ("note-both-kept", vec![]),
        ("note-theirs-kept", vec![]),
        ("note-changed-meanwhile", vec![]),
        ("note-kept-back", vec![("count", "12".into()), title()]),
        ("note-kept-back-changed", vec![title()]),
        ("cite-copied", vec![title()]),
        ("bookmark-added", vec![title()]),
        ("bookmark-removed", vec![title()]),
        ("bookmark-removed-undo-keys", vec![title()]),
        ("bookmark-restored", vec![title()]),
        ("bookmark-nothing-to-restore", vec![]),
        ("facets-moved", vec![("from", kind.clone()), ("to", kind)]),
        ("facets-nothing", vec![]),
        (
            "facets-zero",
            vec![("value", "Шинжлэх Ухааны Академийн өмч".into())],
        ),
        ("tui-no-figures", vec![]),
        ("tui-zoom-nothing", vec![]),
        ("tui-wide-list-nothing", vec![]),
        ("theme-changed", vec![("theme", app.t("theme-projector"))]),
        ("present-pick-tour", vec![]),
        (
            "present-pick-tour-left",
            vec![("step", "12".into()), ("total", "13".into())],
        ),
        ("present-key-unused", vec![]),
        ("present-no-figures", vec![]),
        ("present-step-is-figure", vec![]),
        ("present-leave-ask", vec![]),
        (
            "present-resumed",
            vec![("step", "12".into()), ("total", "12".into())],
        ),
        (
            "renamed-offer",
            vec![
                ("old", "darkhan-wool-cooperative".into()),
                ("new", "darkhan-wool-cooperative-2".into()),
                ("how", "title".into()),
            ],
        ),
        (
            "renamed-none",
            vec![("old", "darkhan-wool-cooperative".into())],
        ),
        (
            "renamed-unsaved",
            vec![("old", "darkhan-wool-cooperative".into())],
        ),
        (
            "renamed-nothing",
            vec![("old", "darkhan-wool-cooperative".into())],
        ),
        (
            "renamed-carried",
            vec![
                ("old", "darkhan-wool-cooperative".into()),
                title(),
                ("what", "both".into()),
            ],
        ),
        (
            "renamed-carried-merged",
            vec![
                ("old", "darkhan-wool-cooperative".into()),
                title(),
                ("what", "both".into()),
            ],
        ),
        (
            "present-lang-kept",
            vec![("lang", "en".into()), ("other", "mn".into())],
        ),
        (
            "present-no-such-step",
            vec![("step", "120".into()), ("total", "12".into())],
        ),
        ("present-empty-tour", vec![]),
        (
            "present-reload-problem",
            vec![
                ("file", "key-cluster-stage-definitions.md".into()),
                ("line", "1234".into()),
            ],
        ),
        (
            "reload-problems",
            vec![
                ("place", "key-cluster-stage-definitions.md:1234".into()),
                ("errors", "12".into()),
            ],
        ),
        (
            "reload-saved-problem",
            vec![
                ("place", "key-cluster-stage-definitions.md:1234".into()),
                ("errors", "12".into()),
            ],
        ),
        (
            "reload-saved-fixed",
            vec![
                ("file", "key-cluster-stage-definitions.md".into()),
                ("errors", "12".into()),
            ],
        ),
        (
            "reload-saved-fixed-all",
            vec![("file", "key-cluster-stage-definitions.md".into())],
        ),
        (
            "reload-entry-deleted",
            vec![("file", "key-cluster-stage-definitions.md".into()), title()],
        ),
        (
            "reload-entry-left-file",
            vec![("file", "key-cluster-stage-definitions.md".into()), title()],
        ),
        (
            "reload-entry-back",
            vec![("file", "key-cluster-stage-definitions.md".into()), title()],
        ),
        (
            "absent-entry",
            vec![
                ("id", "darkhan-wool-cooperative".into()),
                (
                    "why",
                    app.tf(
                        "absent-in-folder",
                        &[("folder", "/home/coach/toli-mine".into())],
                    ),
                ),
            ],
        ),
        (
            "absent-entry",
            vec![
                ("id", "darkhan-wool-cooperative".into()),
                ("why", app.t("absent-not-loaded")),
            ],
        ),
        (
            "reload-saved-fine",
            vec![
                ("file", "key-cluster-stage-definitions.md".into()),
                ("errors", "12".into()),
            ],
        ),
        (
            "teach-load-errors",
            vec![
                ("errors", "12".into()),
                ("warnings", "3".into()),
                ("command", "toli check".into()),
            ],
        ),
        (
            "teach-load-not-loaded",
            vec![
                ("errors", "12".into()),
                ("files", "3".into()),
                ("file", "key-cluster-stage-definitions.md".into()),
                ("command", "toli check".into()),
            ],
        ),
    ]
    .into_iter()
    .chain(state_failures(app))
    .chain(save_failures())
    .chain([
        (
            "note-editor-failed",
            vec![("editor", "/usr/local/bin/code --wait --new-window".into())],
        ),
        (
            "note-copy-failed",
            vec![("folder", "/home/trainer-namsrai/.local/tmp".into())],
        ),
        (
            "note-copy-kept",
            vec![(
                "folder",
                "/home/trainer-namsrai/.local/tmp/toli-note-Xq3v9A".into(),
            )],
        ),
    ])
    .collect()
}

/// Every way a save can fail, for bookmarks and for a note, in a data folder with a long
/// path (the status line says the folder).
fn save_failures() -> Vec<Sample> {
    const FOLDER: &str = "/home/trainer-namsrai/.local/share/toli";
    let mut out = Vec::new();
    for id in [
        "store-save-no-permission",
        "store-save-read-only",
        "store-save-full",
        "store-save-missing",
        "store-save-unreadable",
        "store-save-failed",
    ] {
        out.push((
            id,
            vec![("data", "bookmarks".into()), ("folder", FOLDER.into())],
        ));
        out.push((
            id,
            vec![
                ("data", "note".into()),
                ("folder", format!("{FOLDER}/notes")),
            ],
        ));
    }
    out
}

/// Every way saving the presenter's place or telling the notes view where the talk is can
/// fail, in its folder (the state folder with a long path, the runtime folder).
fn state_failures(app: &App) -> Vec<Sample> {
    use crate::store::Cause;
    use strum::VariantArray;
    let mut out = Vec::new();
    for &cause in Cause::VARIANTS {
        let why = || ("why", cause.text(&app.l10n, app.settings.lang));
        // Only the runtime folder must be private.
        if cause != Cause::NotPrivate {
            out.push((
                "present-remember-failed",
                vec![
                    why(),
                    ("folder", "/home/trainer-namsrai/.local/state/toli".into()),
                ],
            ));
        }
        out.push((
            "present-sync-failed",
            vec![why(), ("folder", "/run/user/1000/toli".into())],
        ));
    }
    out
}

type Sample = (&'static str, Vec<(&'static str, String)>);

/// The longest thing a letter that works in other panes says of them: `z` in the kinds pane,
/// which widens the list in one pane and the entry in the other.
fn z_elsewhere(app: &App) -> String {
    let works = |hint: &str, place: &str| {
        app.tf(
            "keys-works-in",
            &[("does", app.t(hint)), ("places", app.t(place))],
        )
    };
    format!(
        "{}; {}",
        works("hint-wide-list", "keys-where-list"),
        works("hint-zoom", "keys-where-entry")
    )
}

/// A sample as listed and, where it counts something, with every count 0 and every count 1:
/// a plural message's `[0]` and `[one]` variants are read too, not only the many.
fn counted(sample: &Sample) -> Vec<Sample> {
    let (id, args) = sample;
    let mut out = vec![(*id, args.clone())];
    if args.iter().any(|(_, v)| v.parse::<i64>().is_ok()) {
        for n in ["0", "1"] {
            let set = args
                .iter()
                .map(|(k, v)| match v.parse::<i64>() {
                    Ok(_) => (*k, n.to_string()),
                    Err(_) => (*k, v.clone()),
                })
                .collect();
            out.push((*id, set));
        }
    }
    out
}

/// Every status message is read whole at 80 columns, in both languages: on one line or on
/// the second the status line then takes, never cut.
#[test]
fn every_status_message_fits_at_80_columns() {
    for lang in Lang::ALL {
        let app = App::new(Corpus::default(), lang, ThemeName::Projector, false);
        for (id, args) in samples(&app).iter().flat_map(counted) {
            let text = app.tf(id, &args);
            let room = if beside(&app, &text, 80) {
                notice_room(&app, 80)
            } else {
                notice_row_room(80)
            };
            let lines = crate::markdown::wrap::wrap_words(&text, room, 0);
            assert!(
                lines.len() <= NOTICE_ROWS && lines.iter().all(|l| str_width(l) <= room),
                "{id} ({lang:?}) takes {} lines of {room}: {text:?}",
                lines.len()
            );
            assert_eq!(notice_lines(&text, room, NOTICE_ROWS).join(" "), text);
        }
    }
}

/// The status rows of `app` drawn on a screen `width` × 24, each trimmed.
fn drawn_status(app: &App, width: u16) -> Vec<String> {
    let mut t =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(width, 24)).expect("terminal");
    t.draw(|f| crate::ui::draw(f, app)).expect("draw");
    let buf = t.backend().buffer();
    let rows = rows(app, width);
    (24 - rows..24)
        .map(|y| {
            (0..width)
                .map(|x| buf[(x, y)].symbol().to_string())
                .collect::<String>()
                .trim()
                .to_string()
        })
        .collect()
}

/// At 80 columns, in both languages, with the mouse on or off and one or both languages
/// shown, every status message reads whole and in order on the bottom rows: the language
/// and theme indicator comes after its end or not at all, never inside the sentence.
#[test]
fn the_indicator_never_splits_a_status_message() {
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for lang in Lang::ALL {
        for (mouse, both) in [(true, false), (false, false), (false, true)] {
            let mut app = App::new(Corpus::default(), lang, ThemeName::Dark, false);
            app.settings.mouse = mouse;
            app.settings.both = both;
            let indicator = squash(&right_part(&app));
            for (id, args) in samples(&app).iter().flat_map(counted) {
                let text = app.tf(id, &args);
                app.status.say(text.clone());
                let rows = drawn_status(&app, 80);
                let shown = squash(&rows.join(" "));
                let message = squash(&text);
                let rest = shown.strip_prefix(&message).map(str::trim);
                assert!(
                    rest.is_some_and(|r| r.is_empty() || r == indicator),
                    "{id} ({lang:?}, mouse {mouse}, both {both}) is not read whole before \
                     the indicator:\n{}",
                    rows.join("\n")
                );
            }
        }
    }
}

/// Messages said only as the start of a notice whose rest is not a message: not measured.
const PREFIXES: [&str; 1] = [
    // "External link: " and the link's web address, as long as the page's.
    "tui-external-link",
];

/// The functions of `code`, each as its name and its text up to the next function.
fn functions(code: &str) -> Vec<(&str, &str)> {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(code.match_indices('\n').map(|(at, _)| at + 1))
        .filter(|&at| {
            let line = code[at..].trim_start();
            ["fn ", "pub fn ", "pub(crate) fn ", "pub(super) fn "]
                .iter()
                .any(|p| line.starts_with(p))
        })
        .collect();
    let ends = starts.iter().skip(1).copied().chain([code.len()]);
    starts
        .iter()
        .zip(ends)
        .map(|(&a, b)| {
            let body = &code[a..b];
            let name = body.split("fn ").nth(1).unwrap_or("");
            let name = &name[..name
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(name.len())];
            (name, body)
        })
        .collect()
}

/// Whether `code` calls the function `name` (`name(`, not a longer name ending in it).
fn calls(code: &str, name: &str) -> bool {
    let call = format!("{name}(");
    code.match_indices(&call).any(|(at, _)| {
        !code[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// The message ids `code` formats with `.t("…")` or `.tf("…", …)` (also on the next line).
fn message_ids(code: &str) -> Vec<&str> {
    let mut out = Vec::new();
    // A method call: the name right after a dot.
    for call in ["t(", "tf("] {
        for (at, _) in code.match_indices(call) {
            if !code[..at].ends_with('.') {
                continue;
            }
            let rest = code[at + call.len()..].trim_start();
            let Some(rest) = rest.strip_prefix('"') else {
                continue;
            };
            let id = &rest[..rest.find('"').unwrap_or(0)];
            if !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
                out.push(id);
            }
        }
    }
    out
}

/// A message the app may say in the status line is one [`samples`] checks, however the call
/// is written: every message formatted in a function that says something in the status line
/// (`.say(…)`, `.say_after(…)`, `status.set(…)`), or in a function of the same file its `.say(…)` calls, is
/// taken to be said. A message formatted there for another use is listed too (it costs a line).
#[test]
fn every_status_message_said_is_checked() {
    let app = App::new(Corpus::default(), Lang::En, ThemeName::Dark, false);
    let known: Vec<&str> = samples(&app).iter().map(|(id, _)| *id).collect();
    let mut stack = vec![std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/app")];
    let mut said = 0;
    let mut unchecked = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let code = std::fs::read_to_string(&path).unwrap_or_default();
            let fns = functions(&code);
            for (name, body) in &fns {
                if !body.contains(".say(")
                    && !body.contains(".say_after(")
                    && !body.contains("status.set(")
                {
                    continue;
                }
                let mut ids = message_ids(body);
                for (at, _) in body.match_indices(".say(") {
                    let call = &body[at + 5..];
                    let call = &call[..call.find(';').unwrap_or(call.len())];
                    for (callee, callee_body) in &fns {
                        if callee != name && calls(call, callee) {
                            ids.extend(message_ids(callee_body));
                        }
                    }
                }
                for id in ids {
                    said += 1;
                    if !known.contains(&id) && !PREFIXES.contains(&id) {
                        unchecked.push(format!("{} ({name}): {id}", path.display()));
                    }
                }
            }
        }
    }
    assert!(said > 10, "the scan finds the messages said ({said})");
    assert!(
        unchecked.is_empty(),
        "said in the status line, not in `samples` (src/ui/status_tests.rs):\n{}",
        unchecked.join("\n")
    );
}

/// The scan finds a message formatted before the call, in a helper, or on the next line.
#[test]
fn the_scan_sees_a_message_however_the_call_is_written() {
    let code = "fn a(app: &mut App) {\n    let told = app.tf(\n        \"one-id\", &[]);\n    \
                app.status.say(told);\n}\nfn b(app: &mut App) {\n    app.status.say(c(app));\n}\n\
                pub(super) fn c(app: &App) -> String {\n    app.t(\"two-id\")\n}\n";
    let fns = functions(code);
    let names: Vec<&str> = fns.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["a", "b", "c"]);
    assert_eq!(message_ids(fns[0].1), ["one-id"]);
    assert_eq!(message_ids(fns[2].1), ["two-id"]);
    assert!(calls("app.status.say(c(app))", "c") && !calls("say(abc(app))", "c"));
}

/// A pane hint's short form says it in fewer columns than the full one, in both languages
/// (a missing message would show as its id, longer still).
#[test]
fn short_hints_are_shorter_in_both_languages() {
    let app = App::new(Corpus::default(), Lang::En, ThemeName::Dark, false);
    for full in ["hint-next-link", "hint-lang"] {
        let short = short_hint(full);
        assert_ne!(short, full);
        for lang in Lang::ALL {
            let (s, f) = (app.l10n.t(lang, short), app.l10n.t(lang, full));
            assert!(
                s != short && str_width(&s) < str_width(&f),
                "{lang:?}: {s} / {f}"
            );
        }
    }
}

/// A hint too wide for what is left is passed over, and a shorter one after it still
/// shows, in the table's order.
#[test]
fn a_hint_that_does_not_fit_is_passed_over_not_the_rest() {
    let group = |text: &'static str| vec![Span::raw(text)];
    let mut room = 13;
    let shown = fitting(
        [
            group("a b  "),
            group("a long hint  "),
            group("c d  "),
            group("e  "),
        ],
        &mut room,
    );
    let texts: Vec<String> = shown.iter().map(|g| g[0].content.to_string()).collect();
    assert_eq!(texts, ["a b  ", "c d  ", "e  "]);
    assert_eq!(room, 0);
}

#[test]
fn a_notice_too_long_for_two_lines_keeps_its_start() {
    let long = "a/b/c.md:3:1: ".to_string() + &"word ".repeat(40);
    let lines = notice_lines(&long, 30, 2);
    assert_eq!(lines.len(), 2);
    assert!(lines[0].starts_with("a/b/c.md:3:1:"));
    assert!(
        lines[1].ends_with('…') && str_width(&lines[1]) <= 30,
        "{lines:?}"
    );
}
