//! A notes screen started without the presenter's `--content`: the talk runs
//! from a folder this terminal did not load. The notes say so and give the command that loads
//! what the presenter loaded, in both languages, and do not claim to follow the talk;
//! `toli present TOUR --notes` for such a tour says the same, and a tour unknown everywhere
//! (to `present` and to `handout`) names `--content`.

use std::path::PathBuf;

use crossterm::event::KeyCode;
use toli::i18n::Localizer;
use toli::lang::Lang;
use toli::present::notes::Notes;
use toli::present::sync::{Loaded, Published};

use crate::common::{loaded, press, sized};

fn fixtures() -> Vec<PathBuf> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    vec![root.join("content"), root.join("present")]
}

/// A presenter of `tour-fixture` loaded from the fixture folders publishes into `runtime`.
fn present_into(runtime: &std::path::Path) {
    let dirs = fixtures();
    let mut a = sized(loaded(dirs.clone()), Lang::Mn, 100, 30);
    a.content = Loaded::of(&toli::corpus::load::Sources {
        builtin: false,
        dirs,
    });
    let t = a.corpus.index_of("tour-fixture").expect("tour");
    toli::app::update::navigate(&mut a, t);
    press(&mut a, KeyCode::Char('p'));
    assert!(a.present.is_some());
    toli::present::publish(&a, runtime, &mut Published::default()).expect("published");
}

#[test]
fn notes_without_the_presenters_content_give_the_command_that_loads_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    present_into(&runtime);
    let command = format!(
        "toli present tour-fixture --notes --content {} --content {} --no-builtin",
        fixtures()[0].display(),
        fixtures()[1].display()
    );
    let l10n = Localizer::new();
    // Only the general fixture folder: the tour is not in it.
    let corpus = std::sync::Arc::new(loaded(vec![fixtures()[0].clone()]));
    for (lang, want) in [
        (
            Lang::En,
            "The presentation `tour-fixture` is running, but this terminal has not loaded the \
             content it comes from. Leave with q and start the notes with the presenter's \
             content: ",
        ),
        (
            Lang::Mn,
            "`tour-fixture` танилцуулгыг үзүүлж байгаа ч энэ терминал түүний агуулгыг \
             ачаалаагүй байна. q товчоор гараад тэмдэглэлийг илтгэгчийн агуулгатай нь дараах \
             тушаалаар эхлүүлнэ үү: ",
        ),
    ] {
        let mut n = Notes::following(std::sync::Arc::clone(&corpus), &l10n, None, lang);
        n.own_lang = Some(lang);
        n.poll(&runtime);
        assert!(n.position.is_some(), "the talk is seen");
        let text: Vec<String> = n.lines(400).iter().map(|l| l.to_string()).collect();
        let text = text.join("\n");
        assert!(text.contains(&format!("{want}{command}")), "{text}");
        assert!(!text.contains("No presentation is running"), "{text}");
        assert!(
            !text.contains("Одоо үзүүлж буй танилцуулга байхгүй"),
            "{text}"
        );
    }
    // It shows none of the talk: the presenter must not take it for a notes screen.
    assert!(!toli::present::sync::followed(
        &runtime,
        "tour-fixture",
        std::process::id()
    ));
}

fn toli(runtime: &std::path::Path) -> assert_cmd::Command {
    let mut c = assert_cmd::Command::cargo_bin("toli").expect("binary");
    c.env(
        "TOLI_CACHE_DIR",
        concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache"),
    )
    .env("XDG_RUNTIME_DIR", runtime)
    .env_remove("TOLI_CONTENT");
    c
}

/// Makes the state file in `runtime` look written an hour from now: a command that takes long
/// to load (a cold cache, a busy machine) still finds the talk running.
fn keep_fresh(runtime: &std::path::Path) {
    for e in std::fs::read_dir(runtime)
        .expect("runtime folder")
        .flatten()
    {
        let text = std::fs::read_to_string(e.path()).expect("state file");
        let mut state: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        state["beat"] = (toli::present::deck::epoch_secs() + 3600).into();
        std::fs::write(e.path(), state.to_string()).expect("write");
    }
}

#[test]
fn present_of_a_tour_running_from_other_content_gives_the_notes_command() {
    let dir = tempfile::tempdir().expect("tempdir");
    present_into(&dir.path().join("toli"));
    keep_fresh(&dir.path().join("toli"));
    let fx = fixtures();
    for (lang, want) in [
        (
            "en",
            "The presentation `tour-fixture` is running in another terminal, from content this \
             command did not load. Start the notes with the presenter's content: ",
        ),
        (
            "mn",
            "`tour-fixture` танилцуулгыг өөр терминалд, энэ тушаалын ачаалаагүй агуулгаас \
             үзүүлж байна. Тэмдэглэлийг илтгэгчийн агуулгатай нь дараах тушаалаар эхлүүлнэ үү: ",
        ),
    ] {
        let out = toli(dir.path())
            .args(["--lang", lang, "present", "tour-fixture", "--notes"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(2));
        let err = String::from_utf8_lossy(&out.stderr);
        let command = format!(
            "toli present tour-fixture --notes --content {} --content {} --no-builtin",
            fx[0].display(),
            fx[1].display()
        );
        assert!(err.contains(&format!("{want}{command}")), "{err}");
    }
}

#[test]
fn a_tour_unknown_everywhere_names_content() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, want) in [
        (
            "en",
            "A tour in a folder of your own is found when that folder is loaded: add \
             `--content FOLDER`.",
        ),
        (
            "mn",
            "Өөрийн хавтсанд хадгалсан танилцуулгыг ашиглахдаа тэр хавтсыг `--content ХАВТАС` \
             сонголтоор заана уу.",
        ),
    ] {
        for args in [
            &["present", "my-workshop", "--notes"][..],
            &["present", "my-workshop"],
            &["handout", "--tour", "my-workshop", "out"],
        ] {
            let mut c = toli(dir.path());
            c.args(["--lang", lang]).args(args);
            let out = c.output().expect("runs");
            assert_eq!(out.status.code(), Some(2));
            let err = String::from_utf8_lossy(&out.stderr);
            assert!(err.contains(want), "{lang} {args:?}: {err}");
        }
    }
}
