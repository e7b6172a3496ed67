//! "A checker that teaches", as a trainer with only the binary meets it: `toli new` → `toli
//! check` lists the placeholders → fill them in → `toli check` is clean, in both languages;
//! every problem of a file in one run with suggestions; the format reference and the manual
//! page in the binary; content folders that cannot be read; `toli check` seeing what the app
//! loads.

use crate::common;

use std::path::Path;

use assert_cmd::Command;
use toli::corpus::model::Kind;
use toli::i18n::Localizer;
use toli::lang::Lang;

/// `toli` on `dir` (where `toli new` writes: the first --content) and the fixture corpus, in
/// `lang`.
fn toli_in(dir: &Path, lang: &str) -> Command {
    let mut cmd = common::toli_en();
    cmd.args(["--lang", lang, "--no-builtin", "--content"])
        .arg(dir)
        .args(["--content", "tests/fixtures/corpus"]);
    cmd
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(mut cmd: Command) -> Run {
    let out = cmd.output().expect("run");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8(out.stdout).expect("UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("UTF-8"),
    }
}

/// Replaces the first placeholder line containing `marker` in `path` with `with`.
fn fill(path: &Path, marker: &str, with: &str) {
    let text = std::fs::read_to_string(path).expect("read");
    let line = text
        .lines()
        .find(|l| l.contains(marker))
        .unwrap_or_else(|| panic!("no line with {marker:?} in:\n{text}"))
        .to_string();
    let indent = &line[..line.len() - line.trim_start().len()];
    std::fs::write(path, text.replacen(&line, &format!("{indent}{with}"), 1)).expect("write");
}

/// The whole walk for one language: a definition and a tour presenting it.
fn walk(lang: &str, en_title: &str, mn_title: &str) {
    let dir = tempfile::tempdir().expect("tempdir");
    let new = |kind: &str, id: &str| {
        let mut cmd = toli_in(dir.path(), lang);
        cmd.args(["new", kind, id]);
        run(cmd)
    };
    let made = new("definition", "my-term");
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(
        made.stdout.contains("toli check --content"),
        "{}",
        made.stdout
    );
    assert_eq!(new("tour", "my-tour").code, 0);
    let entry = dir.path().join("definitions/my-term.md");
    let tour = dir.path().join("tours/my-tour.md");

    // Check lists every placeholder, each with its line and column, and fails.
    let check = || {
        let mut cmd = toli_in(dir.path(), lang);
        cmd.arg("check");
        run(cmd)
    };
    let first = check();
    assert_eq!(first.code, 1);
    let placeholders = first.stdout.lines().filter(|l| l.contains("TODO:")).count();
    let written = std::fs::read_to_string(&entry)
        .expect("read")
        .matches("TODO:")
        .count()
        + std::fs::read_to_string(&tour)
            .expect("read")
            .matches("TODO:")
            .count();
    assert_eq!(placeholders, written, "{}", first.stdout);
    assert_eq!(
        first.stdout.lines().count(),
        written,
        "only placeholders: {}",
        first.stdout
    );
    assert!(
        first.stdout.contains("my-term.md:5:8: "),
        "{}",
        first.stdout
    );

    // Filling them in, as the messages say (the hints are in the user's language).
    let said = |en: &'static str, mn: &'static str| if lang == "mn" { mn } else { en };
    for (marker, with) in [
        (
            said("TODO: the name in English", "TODO: англи нэр"),
            format!("en: {en_title}"),
        ),
        ("TODO: монгол нэр", format!("mn: {mn_title}")),
        (
            said(
                "TODO: one or two sentences in English",
                "TODO: англи хэлээр нэг, хоёр өгүүлбэр",
            ),
            "en: Said in one sentence.".into(),
        ),
        (
            "TODO: монгол хэлээр нэг, хоёр өгүүлбэр",
            "mn: Нэг өгүүлбэрээр.".into(),
        ),
        (
            said(
                "TODO: id of a source entry",
                "TODO: эх сурвалжийн бичлэгийн таних нэр",
            ),
            "- id: src-report".into(),
        ),
        (
            said(
                "TODO: where in the source",
                "TODO: эх сурвалжийн аль хэсэгт",
            ),
            "locator: \"Table 3\"".into(),
        ),
        (
            said("TODO: the English text", "TODO: англи бичвэр"),
            "The term, explained; see [[cluster]].".into(),
        ),
        (
            "TODO: монгол бичвэр",
            "Нэр томьёоны тайлбар; [[cluster|кластерийг]] үзнэ үү.".into(),
        ),
    ] {
        fill(&entry, marker, &with);
    }
    let half = check();
    assert_eq!(half.code, 1);
    assert!(!half.stdout.contains("my-term.md"), "{}", half.stdout);
    for (marker, with) in [
        (
            said("TODO: the name in English", "TODO: англи нэр"),
            "en: My workshop".to_string(),
        ),
        ("TODO: монгол нэр", "mn: Миний сургалт".into()),
        (
            said(
                "TODO: one or two sentences in English",
                "TODO: англи хэлээр нэг, хоёр өгүүлбэр",
            ),
            "en: Two steps.".into(),
        ),
        (
            "TODO: монгол хэлээр нэг, хоёр өгүүлбэр",
            "mn: Хоёр алхам.".into(),
        ),
        (
            said(
                "TODO: id of the first entry to show",
                "TODO: эхэлж харуулах бичлэгийн таних нэр",
            ),
            "- entry: my-term".into(),
        ),
        (
            said(
                "TODO: what to say, in English",
                "TODO: юу хэлэх, англи хэлээр",
            ),
            "en: Start here.".into(),
        ),
        ("TODO: юу хэлэх, монгол хэлээр", "mn: Эндээс эхэлнэ.".into()),
    ] {
        fill(&tour, marker, &with);
    }
    let clean = check();
    assert_eq!(clean.code, 0, "{}{}", clean.stdout, clean.stderr);
    assert_eq!(clean.stdout, "");

    // The step's planned time is one `#` away, and `show` lists it.
    fill(&tour, "# minutes: 10", "minutes: 10");
    let planned = check();
    assert_eq!(planned.code, 0, "{}{}", planned.stdout, planned.stderr);
    let mut cmd = toli_in(dir.path(), lang);
    cmd.args(["show", "my-tour"]);
    let shown = run(cmd).stdout;
    let minutes = if lang == "mn" {
        "· 10 минут"
    } else {
        "· 10 min"
    };
    assert!(shown.contains(minutes), "{shown}");
}

#[test]
fn a_trainer_writes_an_entry_and_a_tour_from_new_to_clean_in_english() {
    walk("en", "My term", "Миний нэр томьёо");
}

#[test]
fn a_trainer_writes_an_entry_and_a_tour_from_new_to_clean_in_mongolian() {
    walk("mn", "My term", "Миний нэр томьёо");
}

#[test]
fn new_refuses_to_overwrite_and_explains_bad_kinds_and_ids() {
    let dir = tempfile::tempdir().expect("tempdir");
    let new = |args: &[&str]| {
        let mut cmd = toli_in(dir.path(), "en");
        cmd.arg("new").args(args);
        run(cmd)
    };
    assert_eq!(new(&["policy", "my-law"]).code, 0);
    let path = dir.path().join("policies/my-law.md");
    std::fs::write(&path, "mine").expect("write");
    let again = new(&["policy", "my-law"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("already exists"), "{}", again.stderr);
    assert_eq!(std::fs::read_to_string(&path).expect("read"), "mine");

    let kind = new(&["polcy", "x"]);
    assert_eq!(kind.code, 2);
    assert!(
        kind.stderr.contains("Did you mean `policy`?"),
        "{}",
        kind.stderr
    );
    let id = new(&["case", "My Park"]);
    assert_eq!(id.code, 2);
    assert!(id.stderr.contains("lower-case letters"), "{}", id.stderr);
    let taken = new(&["case", "cluster"]);
    assert_eq!(taken.code, 2);
    assert!(taken.stderr.contains("already used"), "{}", taken.stderr);
    // Mongolian kind names work too, and so does a kind's former name.
    assert_eq!(new(&["танилцуулга", "my-tour"]).code, 0);
    assert!(dir.path().join("tours/my-tour.md").exists());
    assert_eq!(new(&["аялал", "old-tour"]).code, 0);
    assert!(dir.path().join("tours/old-tour.md").exists());
}

#[test]
fn one_run_reports_every_problem_of_a_file_with_suggestions() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("my-law.md"),
        "---\nid: my-law\nkind: Policy\ntitel: {en: My law, mn: Миний хууль}\nsummary: {en: A law., mn: Хууль.}\nsources:\n  - id: src-reprt\n    locator: \"Table 1\"\ncountry: MN\ntype: Law\nyear: \"twenty\"\nrelated: [clustr]\n---\n::: en\nSee [[cluster-stage]].\n\n::: mn\nБичвэр.\n",
    )
    .expect("write");
    let mut cmd = toli_in(dir.path(), "en");
    cmd.arg("check");
    let out = run(cmd);
    assert_eq!(out.code, 1);
    let lines: Vec<&str> = out
        .stdout
        .lines()
        .map(|l| l.rsplit_once("my-law.md:").map_or(l, |(_, rest)| rest))
        .collect();
    assert_eq!(
        lines,
        [
            "4:1: error: unknown field `titel` — did you mean `title`?",
            "7:9: error: the source is given the id `src-reprt`, but no source has that id — did you mean `src-report`?",
            "11:7: error: `year` must be a year in four digits, like `year: 2015`",
            "12:11: error: the related entry is given the id `clustr`, but no entry has that id — did you mean `cluster`?",
            "15:5: error: link to `cluster-stage`, but no entry has that id — did you mean `cluster-stages`?",
        ]
    );
}

#[test]
fn messages_say_what_to_do_in_both_languages() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("t.md"),
        "---\nid: t\nkind: definiton\ntitle:\n\ten: T\n---\n",
    )
    .expect("write");
    let check = |lang: &str| {
        let mut cmd = toli_in(dir.path(), lang);
        cmd.arg("check");
        run(cmd).stdout
    };
    let en = check("en");
    assert!(
        en.contains("t.md:3:7: error: `definiton` is not a valid kind;"),
        "{en}"
    );
    assert!(en.contains("did you mean `definition`?"), "{en}");
    assert!(
        en.contains("t.md:5:1: error: a tab can't indent YAML: use spaces"),
        "{en}"
    );
    let mn = check("mn");
    assert!(mn.contains("`definition` гэж бичих гэсэн үү?"), "{mn}");
    assert!(mn.contains("t.md:5:1: алдаа: YAML-д табаар"), "{mn}");
    assert!(
        !en.contains("README"),
        "messages point to `toli help format`: {en}"
    );
}

#[test]
fn help_format_prints_the_reference_in_either_language() {
    let en = run({
        let mut c = common::toli_en();
        c.args(["help", "format"]);
        c
    });
    assert_eq!(en.code, 0);
    assert_eq!(
        en.stdout,
        std::fs::read_to_string("content/README.md").expect("read")
    );
    let mn = run({
        let mut c = common::toli_en();
        c.args(["help", "format", "--lang", "mn"]);
        c
    });
    assert_eq!(mn.code, 0);
    assert!(
        mn.stdout.starts_with("# toli програмын агуулгын формат"),
        "{}",
        mn.stdout
    );
    // Every field of the English reference is in the Mongolian one.
    for field in en.stdout.split('`').skip(1).step_by(2) {
        if field.chars().all(|c| c.is_ascii_lowercase() || c == '_') && !field.is_empty() {
            assert!(
                mn.stdout.contains(&format!("`{field}`")),
                "`{field}` missing"
            );
        }
    }
    let check = run({
        let mut c = common::toli_en();
        c.args(["help", "check"]);
        c
    });
    assert!(
        check.stdout.contains("Usage: toli check"),
        "{}",
        check.stdout
    );
    let nope = run({
        let mut c = common::toli_en();
        c.args(["help", "nope"]);
        c
    });
    assert_eq!(nope.code, 2);
    assert!(nope.stderr.contains("toli help format"), "{}", nope.stderr);
}

#[test]
fn man_prints_a_manual_page_of_every_command() {
    let man = run({
        let mut c = common::toli_en();
        c.arg("man");
        c
    });
    assert_eq!(man.code, 0);
    assert!(man.stdout.starts_with(".ie") || man.stdout.contains(".TH toli 1"));
    for command in ["list", "check", "new", "present", "help", "man"] {
        assert!(
            man.stdout.contains(&format!(".SS \"toli {command}")),
            "{command}"
        );
    }
    assert!(man.stdout.contains("\\fB\\-\\-content\\fR"));
}

#[test]
fn a_content_folder_that_cannot_be_read_is_an_error_for_every_command() {
    let missing = "/nonexistent/toli-content";
    for args in [
        vec!["list"],
        vec!["show", "cluster"],
        vec!["search", "cluster"],
        vec!["check"],
        vec![],
    ] {
        let out = run({
            let mut c = common::toli_en();
            c.args(["--content", missing]).args(&args);
            c
        });
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.contains(missing), "{args:?}: {}", out.stderr);
        assert_eq!(out.stdout, "", "{args:?}");
        let env = run({
            let mut c = common::toli_en();
            c.env("TOLI_CONTENT", missing).args(&args);
            c
        });
        assert_eq!(env.code, 2, "TOLI_CONTENT {args:?}");
    }
}

#[test]
fn check_sees_the_folders_the_app_loads() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("x.md"), "---\nid: x\n---\n").expect("write");
    let by_option = run({
        let mut c = common::toli_en();
        c.arg("--content").arg(dir.path()).arg("check");
        c
    });
    assert_eq!(by_option.code, 1);
    let by_env = run({
        let mut c = common::toli_en();
        c.env("TOLI_CONTENT", dir.path()).arg("check");
        c
    });
    assert_eq!(by_env.code, 1);
    assert_eq!(by_env.stdout, by_option.stdout);
    assert!(by_env.stdout.contains("x.md:2:1:"), "{}", by_env.stdout);
}

#[test]
fn yaml_slips_are_said_in_plain_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (name, front) in [
        ("a.md", "title: Parks: a review\n"),
        ("b.md", "related: [a, b\ntitle: Х\n"),
        ("c.md", "title: \"abc\n"),
        ("d.md", "title: {en: A, mn: Б}\ntitle: {en: A, mn: Б}\n"),
        ("f.md", "title: @home\n"),
        ("g.md", "title:\n  en: x\n mn: y\n"),
    ] {
        let id = name.trim_end_matches(".md");
        std::fs::write(
            dir.path().join(name),
            format!(
                "---\nid: {id}\nkind: source\nauthor: A\nsummary: {{en: S, mn: С}}\n{front}---\n::: en\nx\n::: mn\nх\n"
            ),
        )
        .expect("write");
    }
    let mut cmd = common::toli_en();
    cmd.args(["--no-builtin", "--content"])
        .arg(dir.path())
        .arg("check");
    let out = run(cmd);
    let folder = format!("{}/", dir.path().display());
    let stdout = out.stdout.replace(&folder, "");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "a.md:6:13: error: a value contains `: `, which YAML reads as a new field — put the value in quotes: title: \"Parks: a review\"",
            "a.md:6:13: error: 1 entry links to `a`, the id of this file, which did not load (b): those links work again once it loads — fix its error (line 6, column 13)",
            "b.md:6:10: error: the `[` opened here is never closed — add `]` after the last item on this line (and separate the items with commas)",
            "b.md:6:10: error: 1 entry links to `b`, the id of this file, which did not load (b): those links work again once it loads — fix its error (line 6, column 10)",
            "c.md:6:8: error: the quote `\"` opened here is never closed, so YAML reads the lines below as part of this value — end the value with `\"` on this line",
            "d.md:7:1: error: `title` is given twice — keep one of them",
            "f.md:6:8: error: a value starts with a character YAML reserves (such as @, ` or %) — put the value in quotes",
            "g.md:8:2: error: this line is indented less than `en` on the line above, and lines up with no field — start it in the same column as `en`: write `mn: y` after 2 spaces",
        ]
    );
}

#[test]
fn check_json_carries_the_suggestion() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("x.md"),
        "---\nid: x\nkind: definition\ntitle: {en: T, mn: Т}\nsummary: {en: S, mn: С}\nsources: [{id: src-report, locator: p}]\nrelated: [clustr]\n---\n::: en\nx\n::: mn\nх\n",
    )
    .expect("write");
    let mut cmd = toli_in(dir.path(), "en");
    cmd.args(["check", "--json"]);
    let out = run(cmd);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "broken-link");
    assert_eq!(d["suggestion"], "cluster");
    assert_eq!(d["line"], 7);
}

/// Each number of `check --json` counts what its name says: `broken_links` every link that
/// leads nowhere — each of the three links to a file that did not load, though said once, and
/// one to an id no file has —, `files_not_loaded` the files (the broken one, and a second file
/// with an id already used), `missing_translations` each field or body missing a language.
#[test]
fn check_json_counts_links_as_links_and_files_as_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let entry = |id: &str, extra: &str, body: &str| {
        format!(
            "---\nid: {id}\nkind: definition\ntitle: {{en: T, mn: Т}}\nsummary: {{en: S, mn: С}}\nsources: [{{id: src-report, locator: p}}]\n{extra}---\n::: en\n{body}\n::: mn\nх\n"
        )
    };
    let files = [
        (
            "soum-hub.md",
            entry("soum-hub", "tags: {en: [rural, mn: [хөдөө]}\n", "x"),
        ),
        (
            "a.md",
            entry(
                "a",
                "related: [soum-hub]\n",
                "See [[soum-hub]] and [[nowhere]].",
            ),
        ),
        ("b.md", entry("b", "", "See [[soum-hub]].")),
        ("b2.md", entry("b", "", "x")),
        (
            "c.md",
            entry("c", "", "x").replace("summary: {en: S, mn: С}", "summary: {en: S}"),
        ),
    ];
    for (name, text) in &files {
        std::fs::write(dir.path().join(name), text).expect("write");
    }
    let mut cmd = toli_in(dir.path(), "en");
    cmd.args(["check", "--json"]);
    let out = run(cmd);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("JSON");
    let codes: Vec<&str> = (v["diagnostics"].as_array().expect("list").iter())
        .filter_map(|d| d["code"].as_str())
        .filter(|c| *c != "file-name")
        .collect();
    assert_eq!(
        codes,
        [
            "broken-link",
            "duplicate-id",
            "missing-language",
            "yaml",
            "link-to-unloaded"
        ],
        "{}",
        out.stdout
    );
    let stats = &v["stats"];
    assert_eq!(stats["broken_links"], 4, "{stats}");
    assert_eq!(stats["files_not_loaded"], 2, "{stats}");
    assert_eq!(stats["missing_translations"], 1, "{stats}");
    // The files counted are named, each as its diagnostics name it.
    let not_loaded: Vec<&str> = (v["not_loaded"].as_array().expect("a list of paths").iter())
        .map(|p| p.as_str().expect("a path"))
        .collect();
    let in_folder = |name: &str| dir.path().join(name).display().to_string();
    assert_eq!(
        not_loaded,
        [in_folder("b2.md"), in_folder("soum-hub.md")],
        "{}",
        out.stdout
    );
    for path in &not_loaded {
        assert!(
            (v["diagnostics"].as_array().expect("list").iter()).any(|d| d["path"] == *path),
            "{path} has a diagnostic: {}",
            out.stdout
        );
    }
}

#[test]
fn new_writes_into_the_content_folder_given_else_toli_content_else_here() {
    let env_dir = tempfile::tempdir().expect("tempdir");
    let given = tempfile::tempdir().expect("tempdir");
    let here = tempfile::tempdir().expect("tempdir");
    let new = |content: Option<&Path>, id: &str| {
        let mut c = common::toli_en();
        c.current_dir(here.path())
            .env("TOLI_CONTENT", env_dir.path())
            .args(["new", "action", id]);
        if let Some(dir) = content {
            c.arg("--content").arg(dir);
        }
        run(c)
    };
    let out = new(Some(given.path()), "act-one");
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(given.path().join("actions/act-one.md").exists());
    assert!(
        out.stdout.contains("TOLI_CONTENT="),
        "the exact command: {}",
        out.stdout
    );
    assert_eq!(new(None, "act-two").code, 0);
    assert!(env_dir.path().join("actions/act-two.md").exists());
    let mut c = common::toli_en();
    c.current_dir(here.path())
        .args(["new", "source", "src-mine"]);
    let out = run(c);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(here.path().join("sources/src-mine.md").exists());
    assert!(
        out.stdout.contains("toli check --content ."),
        "{}",
        out.stdout
    );
}

#[test]
fn mistyped_ids_and_kinds_on_the_command_line_get_suggestions() {
    for (args, hint) in [
        (&["show", "clustr"][..], "Did you mean `cluster`?"),
        // A word typed as a reader says it: the entry search finds, not the id spelt alike.
        (&["show", "klaster"][..], "Did you mean `cluster`?"),
        (&["list", "--kind", "polcy"][..], "Did you mean `policy`?"),
        (&["figure", "fig-share"][..], "Did you mean `fig-shares`?"),
        (
            &["export", "--tour", "tour-intr", "/nonexistent/out"][..],
            "Did you mean `tour-intro`?",
        ),
    ] {
        let mut c = common::toli_en();
        c.args(["--no-builtin", "--content", "tests/fixtures/corpus"])
            .args(args);
        let out = run(c);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.contains(hint), "{args:?}: {}", out.stderr);
    }
}

/// In the shipped corpus `klaster` is spelt most like `inoklaster-lt`; a reader typing it means
/// the cluster, which is what search finds.
#[test]
fn show_suggests_what_search_finds_for_a_word_typed_as_said() {
    let mut c = common::toli_en();
    c.args(["show", "klaster"]);
    let out = run(c);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("Did you mean `cluster`?"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_title_given_to_show_suggests_a_search_that_can_be_pasted_into_a_shell() {
    let dir = tempfile::tempdir().expect("temp");
    for lang in ["en", "mn"] {
        let mut cmd = toli_in(dir.path(), lang);
        cmd.args(["show", "Law on innovation"]);
        let out = run(cmd);
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(
            out.stderr.contains("`toli search 'Law on innovation'`"),
            "quoted as one argument: {}",
            out.stderr
        );
    }
    let mut cmd = toli_in(dir.path(), "en");
    cmd.args(["show", "klaster"]);
    assert!(
        run(cmd).stderr.contains("`toli search klaster`"),
        "one word needs no quotes"
    );
}

/// Every kind of `Kind::ALL`, by its name in `lang`, in that language's alphabetical order.
fn kinds_as_read(lang: Lang) -> Vec<&'static str> {
    let mut names: Vec<&str> = Kind::ALL
        .iter()
        .map(|k| match lang {
            Lang::En => k.name(),
            Lang::Mn => k.mongolian_name(),
        })
        .collect();
    names.sort_by_cached_key(|n| toli::collate::key(n, lang));
    names
}

#[test]
fn an_unknown_kind_lists_the_kinds_in_the_readers_language_and_order() {
    let dir = tempfile::tempdir().expect("temp");
    let l10n = Localizer::new();
    for (lang, typed) in [(Lang::Mn, "хууль"), (Lang::En, "law")] {
        let names = kinds_as_read(lang);
        let unsorted: Vec<&str> = Kind::ALL
            .iter()
            .map(|k| {
                names
                    .iter()
                    .find(|n| Kind::parse(n) == Some(*k))
                    .expect("named")
            })
            .copied()
            .collect();
        assert_ne!(names, unsorted, "an unsorted list would not pass");
        let said = l10n.format(
            lang,
            "cli-unknown-kind",
            &[("kind", typed.to_string()), ("kinds", names.join(", "))],
        );
        let mut cmd = toli_in(dir.path(), lang.code());
        cmd.args(["list", "--kind", typed]);
        let out = run(cmd);
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(
            out.stderr.contains(&said),
            "{lang:?}: the names in the reader's language and order, {said:?}: {}",
            out.stderr
        );
    }
}

/// Every file under `dir`, read.
fn files_in(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_in(&path));
        } else {
            out.push(std::fs::read_to_string(&path).expect("read"));
        }
    }
    out
}

/// `toli new KIND` says and writes only messages that exist, for every kind in both languages:
/// a mistyped `skeleton-*` id (or one missing from both languages) would print as the id
/// itself. A raw id is a word `prefix-…` whose prefix starts a message id (`skeleton-`,
/// `teach-`, `cli-` …).
#[test]
fn toli_new_prints_no_raw_message_id_for_any_kind_in_either_language() {
    let ids = Localizer::message_ids(Lang::En);
    let prefixes: std::collections::BTreeSet<&str> = ids
        .iter()
        .filter_map(|id| id.split_once('-'))
        .map(|(p, _)| p)
        .collect();
    assert!(prefixes.contains("skeleton"), "{prefixes:?}");
    let mut raw = Vec::new();
    for kind in Kind::ALL {
        for lang in Lang::ALL {
            let dir = tempfile::tempdir().expect("temp");
            let mut cmd = toli_in(dir.path(), lang.code());
            cmd.args(["new", kind.name(), "my-new-entry"]);
            let out = run(cmd);
            assert_eq!(out.code, 0, "{kind} {lang:?}: {}", out.stderr);
            let written = files_in(dir.path());
            assert_eq!(written.len(), 1, "{kind} {lang:?}: one file");
            for text in written.iter().chain([&out.stdout, &out.stderr]) {
                let words = text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'));
                for word in words {
                    if let Some((prefix, _)) = word.split_once('-')
                        && prefixes.contains(prefix)
                    {
                        raw.push(format!("{kind} {lang:?}: {word}"));
                    }
                }
            }
        }
    }
    assert!(raw.is_empty(), "raw message ids: {raw:#?}");
}

/// `show`, `cite` and `export --ids` of an entry whose file failed to load name that file's
/// errors, not an unrelated id (a coach broke their entry a minute ago).
#[test]
fn an_entry_whose_file_did_not_load_points_at_its_errors() {
    let dir = tempfile::tempdir().expect("temp dir");
    let broken = dir.path().join("my-cluster-coaching.md");
    std::fs::write(
        &broken,
        "---\nid: my-cluster-coaching\nkind: definition\ntitle: {en: Coaching, mn: Дасгалжуулалт\n---\n",
    )
    .expect("write");
    for (lang, head) in [
        ("en", "entry `my-cluster-coaching` did not load"),
        ("mn", "`my-cluster-coaching` бичлэг ачаалагдсангүй"),
    ] {
        for args in [
            &["show", "my-cluster-coaching"][..],
            &["cite", "my-cluster-coaching"],
            &["export", "--ids", "my-cluster-coaching", "/nonexistent/out"],
        ] {
            let mut c = toli_in(dir.path(), lang);
            c.args(args);
            let out = run(c);
            assert_eq!(out.code, 2, "{args:?}");
            assert!(out.stderr.contains(head), "{args:?}: {}", out.stderr);
            assert!(
                out.stderr.contains("my-cluster-coaching.md:4:"),
                "{args:?}: {}",
                out.stderr
            );
            assert!(!out.stderr.contains("you mean"), "{}", out.stderr);
        }
        // A slip in the id names the broken entry too, not an unrelated one.
        let mut c = toli_in(dir.path(), lang);
        c.args(["show", "my-cluster-coachin"]);
        let out = run(c);
        assert!(out.stderr.contains(head), "{}", out.stderr);
    }
}

/// An id no entry has that a loaded entry's broken link names is no entry, not "entry X did
/// not load" about the entry holding the link, which loaded.
#[test]
fn an_id_only_a_broken_link_names_is_no_entry() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("darkhan-exports-2.md"),
        "---\nid: darkhan-exports-2\nkind: definition\ntitle: {en: Exports, mn: Экспорт}\n\
         summary: {en: s, mn: с}\n---\n::: en\nSee [[darkhan-wool-study]].\n::: mn\n[[darkhan-wool-study]] үзнэ үү.\n",
    )
    .expect("write");
    for args in [
        &["show", "darkhan-wool-study"][..],
        &["cite", "darkhan-wool-study"],
    ] {
        let mut c = toli_in(dir.path(), "en");
        c.args(args);
        let out = run(c);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(
            !out.stderr.contains("did not load"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(out.stderr.contains("darkhan-wool-study"), "{}", out.stderr);
    }
}

/// An id typed with a word left out suggests the id holding its words in order, not what a
/// search for them ranks first.
#[test]
fn a_missing_id_suggests_the_id_with_its_words_in_order() {
    let out = crate::common::toli_en()
        .args(["show", "law-innovation"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("Did you mean `law-on-innovation-2012`?"),
        "{stderr}"
    );
}

/// A country the corpus has no entry for is not quietly matched to a word spelled like it:
/// `toli search Finland` lists what it found and says "Finland" is not there, in both
/// languages; a word the corpus holds says nothing of the kind.
#[test]
fn a_word_not_in_the_corpus_is_said_to_be_a_near_spelling() {
    let out = run({
        let mut c = common::toli_en();
        c.args(["search", "Finland"]);
        c
    });
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr.contains(
            "\"Finland\" is not in the corpus: the entries listed hold a word spelled like it"
        ),
        "{}",
        out.stderr
    );
    let out = run({
        let mut c = common::toli_en();
        c.args(["--lang", "mn", "search", "Герман"]);
        c
    });
    assert!(
        out.stderr.contains(
            "«Герман» гэсэн үг агуулгад байхгүй тул түүнтэй төстэй бичигдсэн үгтэй бичлэгүүдийг жагсаалаа"
        ),
        "{}",
        out.stderr
    );
    let out = run({
        let mut c = common::toli_en();
        c.args(["search", "Lithuania"]);
        c
    });
    assert!(!out.stderr.contains("not in the corpus"), "{}", out.stderr);
}

/// A coach's new action passes only once a recommendation lists it, and both `new` and `check`
/// say so with its id; a case without its `type` is told the values a type takes.
#[test]
fn a_new_action_and_a_case_without_type_are_told_what_to_write() {
    for (lang, listed, values) in [
        (
            "en",
            "add `wool-act` to the `actions` list",
            "missing required field `type`; write one of: park, cluster,",
        ),
        (
            "mn",
            "`actions` жагсаалтад `wool-act` гэж нэмнэ үү",
            "дараах утгын аль нэгийг бичнэ үү: park (парк), cluster (кластер),",
        ),
    ] {
        let dir = tempfile::tempdir().expect("tempdir");
        let new = |args: &[&str]| {
            let mut cmd = toli_in(dir.path(), lang);
            cmd.arg("new").args(args);
            run(cmd)
        };
        let action = new(&["action", "wool-act"]);
        assert_eq!(action.code, 0, "{}", action.stderr);
        assert!(action.stdout.contains(listed), "{}", action.stdout);
        assert_eq!(new(&["case", "wool-case"]).code, 0);
        let case = dir.path().join("cases/wool-case.md");
        let text = std::fs::read_to_string(&case).expect("read");
        let without_type: String = (text.lines())
            .filter(|l| !l.starts_with("type:"))
            .map(|l| format!("{l}\n"))
            .collect();
        std::fs::write(&case, without_type).expect("write");
        let mut cmd = toli_in(dir.path(), lang);
        cmd.arg("check");
        let check = run(cmd);
        let line = |file: &str| {
            (check.stdout.lines())
                .find(|l| l.contains(file) && (l.contains(listed) || l.contains(values)))
                .unwrap_or_else(|| panic!("{file}: {}", check.stdout))
                .to_string()
        };
        assert!(line("actions/wool-act.md:2:1").contains(listed));
        assert!(line("cases/wool-case.md").contains(values));
    }
}
