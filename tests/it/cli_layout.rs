//! Listings laid out for the output's width (`toli list`, `search`, the figure list and
//! `matrix`): at 80 columns in either language no word is broken and no line is wider than the
//! terminal; in a pipe each entry is one line; the matrix says what its marks mean on stderr.
//! `COLUMNS` stands in for a terminal's width.

use crate::common;

use assert_cmd::Command;
use serde_json::Value;
use toli::markdown::wrap::str_width;

/// `toli` on the shipped corpus in `lang`, `COLUMNS` wide when given.
fn toli(lang: &str, columns: Option<usize>) -> Command {
    let mut cmd = common::toli_en();
    cmd.args(["--lang", lang]);
    if let Some(c) = columns {
        cmd.env("COLUMNS", c.to_string());
    }
    cmd
}

/// stdout and stderr of `toli ARGS`, which must succeed.
fn run(lang: &str, columns: Option<usize>, args: &[&str]) -> (String, String) {
    let out = toli(lang, columns).args(args).output().expect("run");
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(out.status.success(), "{args:?}: {stderr}");
    (String::from_utf8(out.stdout).expect("UTF-8"), stderr)
}

/// The titles in `lang` of a listing's JSON (`[{"id","title":{"en","mn"}}]`).
fn titles(lang: &str, args: &[&str]) -> Vec<(String, String)> {
    let mut args = args.to_vec();
    args.push("--json");
    let (json, _) = run(lang, None, &args);
    let v: Value = serde_json::from_str(&json).expect("JSON");
    v.as_array()
        .expect("array")
        .iter()
        .map(|e| {
            let title = e["title"][lang].as_str().or(e["title"]["en"].as_str());
            (
                e["id"].as_str().expect("id").to_string(),
                title.expect("title").to_string(),
            )
        })
        .collect()
}

/// Runs of spaces and line breaks as one space: a title wrapped at spaces reads as one again.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every line at most `width` columns, and every title whole once the lines are read in order.
fn fits_with_whole_titles(text: &str, width: usize, titles: &[(String, String)]) {
    for line in text.lines() {
        assert!(str_width(line) <= width, "wider than {width}: {line:?}");
    }
    let text = flat(text);
    for (id, title) in titles {
        assert!(
            text.contains(&flat(title)),
            "{id}: «{title}» broken in\n{text}"
        );
        assert!(text.contains(id.as_str()), "{id} missing");
    }
}

const LISTINGS: [&[&str]; 4] = [
    &["list"],
    &["list", "--kind", "recommendation"],
    &[
        "search",
        "инновацийн тухай хууль хэзээ батлагдсан бэ",
        "--limit",
        "6",
    ],
    &["figure"],
];

#[test]
fn every_listing_at_80_columns_keeps_its_titles_whole_in_both_languages() {
    for lang in ["mn", "en"] {
        for args in LISTINGS {
            let (text, _) = run(lang, Some(80), args);
            fits_with_whole_titles(&text, 80, &titles(lang, args));
        }
    }
}

/// The walk's example: the year asked for stays on the line of the law's title, and the
/// title's continuation starts under the title column.
#[test]
fn a_search_wraps_a_long_title_under_its_column() {
    let query = "инновацийн тухай хууль хэзээ батлагдсан бэ";
    let (text, _) = run("mn", Some(80), &["search", query, "--limit", "3"]);
    let lines: Vec<&str> = text.lines().collect();
    let law = lines
        .iter()
        .find(|l| l.starts_with("law-on-innovation-2012 "))
        .expect("the law is listed");
    assert!(
        law.ends_with("Бодлого  Инновацийн тухай хууль (2012)"),
        "{text}"
    );
    let column = law.chars().count() - "Инновацийн тухай хууль (2012)".chars().count();
    let continued: Vec<&&str> = lines.iter().filter(|l| l.starts_with(' ')).collect();
    assert!(
        !continued.is_empty(),
        "some title wraps at 80 columns: {text}"
    );
    for line in continued {
        let indent = line.chars().take_while(|&c| c == ' ').count();
        assert_eq!(indent, column, "{line:?} in\n{text}");
    }
}

/// The id column is as wide as the ids shown, not the longest id there could be.
#[test]
fn the_id_column_is_as_wide_as_the_ids_shown() {
    let (text, _) = run("en", Some(120), &["list", "--kind", "policy"]);
    let ids: Vec<(String, String)> = titles("en", &["list", "--kind", "policy"]);
    let longest = ids.iter().map(|(id, _)| id.len()).max().expect("policies");
    for line in text.lines().filter(|l| !l.starts_with(' ')) {
        let kind_at = line.find("Policy").expect("kind column");
        assert_eq!(kind_at, longest + 2, "{line:?}");
    }
}

/// When the ids leave a title too little room, each title comes first on the whole width and
/// its id and kind follow on the line under it.
#[test]
fn a_narrow_terminal_puts_titles_first_with_id_and_kind_under_them() {
    let (text, _) = run("mn", Some(80), &["list"]);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        !lines[0].starts_with(' '),
        "a title comes first: {}",
        lines[0]
    );
    let all = titles("mn", &["list"]);
    let under: Vec<&&str> = lines
        .iter()
        .filter(|l| l.starts_with("  ") && l.contains(" · "))
        .collect();
    assert_eq!(under.len(), all.len(), "one id line per entry");
    let (id, _) = &all[0];
    let first_id = lines
        .iter()
        .position(|l| l.starts_with(&format!("  {id} · ")))
        .expect("the first entry's id line");
    assert!((1..=2).contains(&first_id), "{:#?}", &lines[..4]);
}

/// Into a pipe, one line per entry with its columns lined up, however long the titles.
#[test]
fn a_pipe_gets_one_line_per_entry() {
    for args in LISTINGS {
        let (text, _) = run("mn", None, args);
        let listed = titles("mn", args);
        assert_eq!(text.lines().count(), listed.len(), "{args:?}\n{text}");
        for (line, (id, title)) in text.lines().zip(&listed) {
            assert!(line.starts_with(id.as_str()), "{line}");
            assert!(line.ends_with(title.as_str()), "{line}");
        }
        let starts: Vec<usize> = text
            .lines()
            .zip(&listed)
            .map(|(l, (_, t))| l.chars().count() - t.chars().count())
            .collect();
        assert!(starts.windows(2).all(|w| w[0] == w[1]), "{args:?}\n{text}");
    }
}

/// The matrix wraps at spaces too, and its legend, in the reader's language, goes to stderr.
#[test]
fn the_matrix_wraps_at_80_columns_and_explains_its_marks_on_stderr() {
    let (json, _) = run("mn", None, &["matrix", "--json"]);
    let v: Value = serde_json::from_str(&json).expect("JSON");
    for (lang, legend) in [
        ("mn", "* зөвлөмжөөр дамжсан"),
        ("en", "* through its recommendation"),
    ] {
        let (text, stderr) = run(lang, Some(80), &["matrix"]);
        let named = |key: &str| -> Vec<(String, String)> {
            v[key]
                .as_array()
                .expect("array")
                .iter()
                .map(|e| {
                    let id = e["id"].as_str().expect("id").to_string();
                    let title = e["title"][lang].as_str().or(e["title"]["en"].as_str());
                    (id, title.expect("title").to_string())
                })
                .collect()
        };
        // The actions listed are those that answer some finding.
        let marked: Vec<&str> = v["marks"]
            .as_array()
            .expect("marks")
            .iter()
            .filter_map(|m| m["action"].as_str())
            .collect();
        let actions = named("actions")
            .into_iter()
            .filter(|(id, _)| marked.contains(&id.as_str()));
        let titles: Vec<(String, String)> = named("findings").into_iter().chain(actions).collect();
        // Ids are not printed: check the titles only.
        for line in text.lines() {
            assert!(str_width(line) <= 80, "{line:?}");
        }
        let flat_text = flat(&text);
        for (id, title) in &titles {
            assert!(flat_text.contains(&flat(title)), "{id}: «{title}»");
        }
        assert!(
            text.contains(" *\n"),
            "some action is reached through its recommendation"
        );
        assert!(!text.contains(legend), "the legend stays off stdout");
        assert!(flat(&stderr).contains(legend), "{stderr}");
        assert!(flat(&stderr).starts_with('→'), "{stderr}");
    }
    // Into a pipe: a line per finding and per action under it.
    let (text, _) = run("en", None, &["matrix"]);
    let findings = v["findings"].as_array().map_or(0, Vec::len);
    let marks = v["marks"].as_array().map_or(0, Vec::len);
    assert_eq!(text.lines().count(), findings + marks, "{text}");
}

/// Bookmarks are a listing too: wrapped under the title column in a terminal, one line each in
/// a pipe.
#[test]
fn bookmarks_wrap_like_the_other_listings() {
    let data = tempfile::tempdir().expect("tempdir");
    let store = toli::store::Store::at(data.path().to_path_buf());
    let mut b = toli::store::bookmarks::Bookmarks::default();
    b.toggle("law-on-innovation-2012");
    b.toggle("national-sti-committee");
    b.save(&store).expect("save");
    let listed = |columns: Option<usize>| {
        let mut cmd = toli("mn", columns);
        let out = cmd
            .env("TOLI_DATA_DIR", data.path())
            .arg("bookmarks")
            .output()
            .expect("run");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let all = titles("mn", &["list", "--kind", "policy"]);
    let shown: Vec<(String, String)> = all
        .into_iter()
        .filter(|(id, _)| id == "law-on-innovation-2012" || id == "national-sti-committee")
        .collect();
    let text = listed(Some(60));
    fits_with_whole_titles(&text, 60, &shown);
    assert!(text.lines().count() > 2, "a long title wraps: {text}");
    assert_eq!(listed(None).lines().count(), 2);
}

/// `toli search`'s notes on stderr (how many were shown, how many hold every word) wrap at
/// spaces at 80 columns, as the list does; in a pipe each stays one line.
#[test]
fn search_notes_on_stderr_wrap_at_spaces() {
    let query = "хэдэн ҮТП тусгай статус авсан бэ";
    let (_, narrow) = run("mn", Some(80), &["search", query, "--limit", "2"]);
    let lines: Vec<&str> = narrow.lines().collect();
    assert!(lines.len() >= 3, "{narrow}");
    for line in &lines {
        assert!(
            str_width(line) <= 80,
            "{line:?} is wider than 80:\n{narrow}"
        );
    }
    let (_, piped) = run("mn", None, &["search", query, "--limit", "2"]);
    let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    assert_eq!(words(&narrow), words(&piped), "no word broken or lost");
    assert!(piped.lines().count() < lines.len(), "{piped}");
}

/// `toli search` says how many of the listed hold every word; with none, it does not say they
/// are listed first («…агуулсан нь: 0 (эхэнд нь жагсав)»), in either language.
#[test]
fn search_says_listed_first_only_when_some_hold_every_word() {
    let none = "хоршоодын удирдлагатай уулзалт";
    let (_, mn) = run("mn", None, &["search", none]);
    assert!(mn.contains("бүх үгийг агуулсан нь: 0;"), "{mn}");
    assert!(!mn.contains("эхэнд нь жагсав"), "{mn}");
    let (_, en) = run("en", None, &["search", none]);
    assert!(en.contains("none of them holds every word"), "{en}");
    assert!(!en.contains("first"), "{en}");
    let some = "Канад хэдэн кластертай вэ";
    let (_, mn) = run("mn", None, &["search", some]);
    assert!(mn.contains("(эхэнд нь жагсав)"), "{mn}");
}
