//! Helpers shared by the test files: a fixture corpus, an app at a terminal size, the drawn
//! screen, key sequences, opening an entry, a tour presented, the `toli` binary in English, and
//! a folder of test entries beside a source they cite, every overlay and how to open it
//! ([`overlays`]), the binary in tmux ([`tmux`]) and the tmux note suites' set-up
//! ([`note_tmux`]). Each test file uses the parts it needs.

pub mod note_tmux;
pub mod overlays;
pub mod tmux;

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use toli::app::{Action, App, update};
use toli::corpus::Corpus;
use toli::corpus::load::{Sources, load};
use toli::lang::Lang;
use toli::ui::theme::ThemeName;

/// The `toli` binary, in English whatever the test machine's locale, without `TOLI_CONTENT` or
/// `COLUMNS`, keeping its snapshots in the build's temporary folder rather than the user's cache.
pub fn toli_en() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("toli").expect("binary");
    cmd.env(
        "TOLI_CACHE_DIR",
        concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache"),
    )
    .env_remove("TOLI_CONTENT")
    // `toli search` reads the reader's notes: none of the machine's own.
    .env(
        "TOLI_DATA_DIR",
        concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-data-none"),
    )
    .env("LANG", "C.UTF-8")
    .env_remove("LANGUAGE")
    .env_remove("LC_ALL")
    .env_remove("LC_MESSAGES")
    // A width the test machine's shell exported would wrap listings meant as one line per entry.
    .env_remove("COLUMNS");
    cmd
}

/// The corpus in `dirs` (fixture folders), which must load without a diagnostic.
pub fn loaded(dirs: Vec<PathBuf>) -> Corpus {
    let outcome = load(&Sources {
        builtin: false,
        dirs,
    });
    assert!(outcome.diagnostics.is_empty(), "{:?}", outcome.diagnostics);
    outcome.corpus
}

/// The shipped corpus, as the binary embeds it.
pub fn shipped() -> Corpus {
    load(&Sources::builtin()).corpus
}

/// `tour` of `corpus` on the projector, `w`×`h`, as `p` on it presents it.
pub fn presenting(corpus: Corpus, tour: &str, lang: Lang, w: u16, h: u16) -> App {
    let mut a = sized(corpus, lang, w, h);
    let t = a.corpus.index_of(tour).expect("tour");
    update::navigate(&mut a, t);
    press(&mut a, crossterm::event::KeyCode::Char('p'));
    assert!(a.present.is_some(), "p on a tour presents it");
    a
}

/// `tour` of the shipped corpus on the projector at step `step` (1-based), `w`×`h`.
pub fn presenting_at(tour: &str, lang: Lang, w: u16, h: u16, step: usize) -> App {
    let mut a = presenting(shipped(), tour, lang, w, h);
    press(&mut a, crossterm::event::KeyCode::Home);
    for _ in 1..step {
        press(&mut a, crossterm::event::KeyCode::Right);
    }
    a
}

/// The screen's rows as text, trailing spaces cut.
pub fn rows(app: &App) -> Vec<String> {
    let text = screen(app).backend().to_string();
    text.lines()
        .map(|l| l.trim_matches('"').trim_end().to_string())
        .collect()
}

/// An app on `corpus` in the dark theme, resized to `w`×`h`.
pub fn sized(corpus: Corpus, lang: Lang, w: u16, h: u16) -> App {
    let mut app = App::new(corpus, lang, ThemeName::Dark, false);
    update(
        &mut app,
        Action::Resize {
            width: w,
            height: h,
        },
    );
    app
}

/// The whole app drawn on a test backend of its size.
pub fn screen(app: &App) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).expect("terminal");
    t.draw(|f| toli::ui::draw(f, app)).expect("draw");
    t
}

/// Applies `actions` in order.
pub fn keys(app: &mut App, actions: &[Action]) {
    effects(app, actions);
}

/// Applies `actions` in order; returns the effects they asked of the event loop.
pub fn effects(app: &mut App, actions: &[Action]) -> toli::app::Effects {
    actions
        .iter()
        .flat_map(|a| update(app, a.clone()))
        .collect()
}

/// Opens entry `id` in the entry view.
pub fn open(app: &mut App, id: &str) {
    let i = app.corpus.index_of(id).expect("entry");
    toli::app::update::navigate(app, i);
}

/// A source entry that test entries can cite as `src-a`.
pub const SOURCE: &str = "---\nid: src-a\nkind: source\ntitle: {en: A report, mn: Тайлан}\nsummary: {en: s, mn: с}\nauthor: Someone\n---\n::: en\nText.\n::: mn\nБичвэр.\n";

/// Loads a fresh folder holding [`SOURCE`] and `files` (name, text; names may include
/// subfolders). Returns the outcome and the folder's path with a trailing `/`, to strip from
/// diagnostics' paths.
pub fn load_with_source<T: AsRef<[u8]>>(
    files: &[(&str, T)],
) -> (toli::corpus::load::Outcome, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("src-a.md"), SOURCE).expect("write");
    for (name, text) in files {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, text.as_ref()).expect("write");
    }
    let outcome = load(&Sources {
        builtin: false,
        dirs: vec![dir.path().to_path_buf()],
    });
    (outcome, format!("{}/", dir.path().display()))
}

/// Presses one key (no modifiers) as the event loop would, and returns the effects it asks for.
pub fn press(app: &mut App, code: crossterm::event::KeyCode) -> toli::app::Effects {
    use crossterm::event::{KeyEvent, KeyModifiers};
    match toli::app::keymap::key_action(app, KeyEvent::new(code, KeyModifiers::NONE)) {
        Some(action) => update(app, action),
        None => toli::app::Effects::new(),
    }
}

/// The text an effect asks to put on the clipboard.
pub fn copied(effects: &[toli::app::Effect]) -> Option<String> {
    effects.iter().find_map(|e| match e {
        toli::app::Effect::Copy(text) => Some(text.clone()),
        _ => None,
    })
}

/// The words of `html` without its tags, one space apart.
pub fn html_words(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                text.push(' ');
            }
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    let text = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// An executable shell script `name` in `dir` running `body`.
pub fn script(dir: &std::path::Path, name: &str, body: &str) -> std::path::PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, format!("#!/bin/sh\n{body}")).expect("script");
    let ok = std::process::Command::new("chmod")
        .arg("+x")
        .arg(&path)
        .status()
        .expect("chmod")
        .success();
    assert!(ok);
    path
}

/// Where each of `parts` is in `text`, which must hold them in this order.
pub fn in_order(text: &str, parts: &[&str]) {
    let at: Vec<usize> = (parts.iter())
        .map(|p| text.find(p).unwrap_or_else(|| panic!("{p:?} in:\n{text}")))
        .collect();
    assert!(
        at.windows(2).all(|w| w[0] < w[1]),
        "{parts:?} in order:\n{text}"
    );
}

/// toli in English on the fixture corpus `tests/fixtures/corpus` (nothing built in), with its
/// notes and bookmarks in `data`.
pub fn on_corpus_with_data(data: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = toli_en();
    cmd.args(["--no-builtin", "--content", "tests/fixtures/corpus"])
        .env("TOLI_DATA_DIR", data);
    cmd
}
