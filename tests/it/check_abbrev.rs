//! `toli check` on a bracketed abbreviation that nothing else in the entry uses (`unused-abbrev`,
//! content/GLOSSARY.md, "abbreviations, one rule"): the warning's place in a body and
//! in a summary, in both languages; a use later, in the front matter or in a linked entry's
//! title keeping the bracket; and the message as a trainer reads it from the binary, in English
//! and in Mongolian, with `--strict` failing on it as on every warning.

use crate::common;

use toli::diagnostic::{Problem, Severity};
use toli::lang::Lang;

/// A definition `id` (body lines 16 and 19; the Mongolian summary on line 9) linking `related`.
fn entry(id: &str, summary_mn: &str, en: &str, mn: &str, related: &str) -> String {
    format!(
        "---\nid: {id}\nkind: definition\ntitle:\n  en: Title {id}\n  mn: Гарчиг\nsummary:\n  en: Summary\n  mn: {summary_mn}\nrelated: [{related}]\nsources:\n  - id: src-a\n    locator: p. 1\n---\n::: en\n{en}\n\n::: mn\n{mn}\n"
    )
}

const EN: &str = "It backs science, technology and innovation (STI) parks.";
const MN: &str = "Эдийн засгийн хамтын ажиллагаа, хөгжлийн байгууллага (ЭЗХАХБ) тайлагнасан.";

/// `name:line:col: code` and the problem of every diagnostic of `files` (beside `src-a`).
fn check(files: &[(&str, String)]) -> Vec<(String, Problem)> {
    let (outcome, prefix) = common::load_with_source(files);
    outcome
        .diagnostics
        .into_iter()
        .map(|d| {
            assert_eq!(d.severity(), Severity::Warning, "{d:?}");
            let place = format!(
                "{}:{}:{}: {}",
                d.path.strip_prefix(&prefix).unwrap_or(&d.path),
                d.line,
                d.column,
                d.problem.code()
            );
            (place, d.problem)
        })
        .collect()
}

fn unused(abbr: &str, lang: Lang) -> Problem {
    Problem::UnusedAbbrev {
        abbr: abbr.into(),
        lang,
        list: Vec::new(),
    }
}

#[test]
fn a_bracket_nothing_uses_again_is_warned_in_body_and_summary() {
    let summary = "Шинжлэх ухаан, технологи, инноваци (ШУТИ) ба бусад.";
    let found = check(&[("e.md", entry("e", summary, EN, MN, "src-a"))]);
    assert_eq!(
        found,
        [
            ("e.md:9:43: unused-abbrev".into(), unused("ШУТИ", Lang::Mn)),
            ("e.md:16:46: unused-abbrev".into(), unused("STI", Lang::En)),
            (
                "e.md:19:55: unused-abbrev".into(),
                unused("ЭЗХАХБ", Lang::Mn)
            ),
        ]
    );
}

#[test]
fn a_later_use_an_ending_the_summary_or_a_linked_title_keeps_the_bracket() {
    // A later sentence with a case ending, and "STI's" in English.
    let later = entry(
        "e",
        "Товч",
        &format!("{EN} STI's reach grows."),
        &format!("{MN} ЭЗХАХБ-ын дүгнэлтээр …"),
        "src-a",
    );
    assert_eq!(check(&[("e.md", later)]), []);
    // The summary uses one, a linked entry's title the other.
    let linked = entry("oecd", "Товч", "Text.", "Бичвэр.", "src-a")
        .replace("mn: Гарчиг\n", "mn: ЭЗХАХБ-ын тайлан\n");
    let summary = entry("e", "Товч", EN, MN, "oecd").replace("en: Summary", "en: STI parks");
    assert_eq!(check(&[("oecd.md", linked), ("e.md", summary)]), []);
}

/// The binary's message in `lang` on a folder with one such entry: exit 1 under `--strict`,
/// the path and line, the abbreviation and both fixes in the reader's language.
fn message(lang: &str) -> String {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("src-a.md"), common::SOURCE).expect("write");
    std::fs::write(dir.path().join("e.md"), entry("e", "Товч", EN, MN, "src-a")).expect("write");
    let out = common::toli_en()
        .args(["--lang", lang, "--no-builtin", "--content"])
        .arg(dir.path())
        .args(["check", "--strict"])
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "--strict fails on the warning");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    let prefix = format!("{}/", dir.path().display());
    stdout.replace(&prefix, "")
}

#[test]
fn the_message_teaches_in_english() {
    let out = message("en");
    let line = out
        .lines()
        .find(|l| l.starts_with("e.md:19:55: warning:"))
        .unwrap_or_else(|| panic!("no warning on the Mongolian body's line:\n{out}"));
    for part in [
        "the Mongolian text gives «ЭЗХАХБ» in brackets",
        "never uses «ЭЗХАХБ» again",
        "drop the bracket",
        "use «ЭЗХАХБ» later in the entry",
        "the bracket is only for a reader who meets the abbreviation again",
    ] {
        assert!(line.contains(part), "{part:?} not in {line}");
    }
    // Self-contained: no file, review or row a trainer does not have.
    assert!(
        !line.contains("GLOSSARY") && !line.contains("17i"),
        "{line}"
    );
    assert!(
        out.contains("e.md:16:46: warning: the English text gives «STI»"),
        "{out}"
    );
}

#[test]
fn the_message_teaches_in_mongolian() {
    let out = message("mn");
    let line = out
        .lines()
        .find(|l| l.starts_with("e.md:16:46:"))
        .unwrap_or_else(|| panic!("no warning on the English body's line:\n{out}"));
    for part in [
        "англи бичвэрт",
        "«STI» товчлолыг хаалтад бичсэн",
        "дахин гарахгүй",
        "Хаалтыг хасаж",
        "бичлэгийн цаашдын хэсэгт хэрэглэнэ үү",
        "товчлолыг уншигч дахин харах тохиолдолд л хаалтад бичнэ",
    ] {
        assert!(line.contains(part), "{part:?} not in {line}");
    }
    assert!(
        !line.contains("GLOSSARY") && !line.contains("17i"),
        "{line}"
    );
    assert!(out.contains("e.md:19:55:"), "{out}");
}

/// The shipped corpus keeps no bracket that its entry does not use again.
#[test]
fn the_shipped_corpus_has_no_unused_bracket() {
    use toli::corpus::load::{Sources, load};
    let outcome = load(&Sources::builtin());
    let found: Vec<String> = (outcome.diagnostics.iter())
        .filter(|d| d.problem.code() == "unused-abbrev")
        .map(|d| format!("{}:{}:{}: {:?}", d.path, d.line, d.column, d.problem))
        .collect();
    assert!(found.is_empty(), "{}", found.join("\n"));
}
