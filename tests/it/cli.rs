//! The one-shot commands, run as a user runs them, with the JSON shapes scripts rely on pinned.

use crate::common;

use assert_cmd::Command;
use serde_json::Value;

/// `toli` on the fixture corpus only, in English, whatever the test machine's locale.
fn toli() -> Command {
    let mut cmd = common::toli_en();
    cmd.args(["--no-builtin", "--content", "tests/fixtures/corpus"]);
    cmd
}

fn json(args: &[&str]) -> Value {
    let out = toli().args(args).output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

/// What `toli ARGS` prints on the shipped corpus, in English.
fn shipped_stdout(args: &[&str]) -> String {
    let out = common::toli_en().args(args).output().expect("run");
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    k.sort();
    k
}

#[test]
fn list_json_has_id_kind_and_both_titles() {
    let v = json(&["list", "--json"]);
    let items = v.as_array().expect("array");
    assert_eq!(items.len(), 12);
    for item in items {
        assert_eq!(keys(item), ["id", "kind", "title"]);
        assert_eq!(keys(&item["title"]), ["en", "mn"]);
    }
    let tours = json(&["list", "--kind", "tour", "--json"]);
    assert_eq!(tours[0]["id"], "tour-intro");
    assert_eq!(tours.as_array().map(Vec::len), Some(1));
}

#[test]
fn list_accepts_mongolian_kind_names() {
    let v = json(&["list", "--kind", "бодлого", "--json"]);
    assert_eq!(v[0]["id"], "policy-act");
}

#[test]
fn show_json_has_common_fields_links_backlinks_and_kind_fields() {
    let v = json(&["show", "cluster", "--json"]);
    for key in [
        "id",
        "kind",
        "title",
        "summary",
        "body",
        "links",
        "backlinks",
        "sources",
        "defined_by",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    assert_eq!(v["kind"], "definition");
    assert_eq!(v["title"]["mn"], "Кластер");
    assert_eq!(
        v["links"],
        serde_json::json!(["cluster-stages", "src-report", "stage-local"])
    );
    assert_eq!(v["backlinks"], serde_json::json!(["park-a", "tour-intro"]));
    assert_eq!(
        v["sources"],
        serde_json::json!([{
            "id": "src-report",
            "locator": "slide: Definition",
            "locator_label": "slide: Definition"
        }])
    );
}

#[test]
fn show_json_carries_each_kind_s_own_fields() {
    let stage = json(&["show", "stage-regional", "--json"]);
    assert_eq!(
        (stage["model"].as_str(), stage["position"].as_u64()),
        (Some("cluster-stages"), Some(2))
    );
    let policy = json(&["show", "policy-act", "--json"]);
    assert_eq!(policy["country"], "MN");
    assert_eq!(policy["year"], 1998);
    assert_eq!(policy["type"], "law");
    assert_eq!(policy["responsible_body"]["en"], "Parliament");
    let case = json(&["show", "park-a", "--json"]);
    assert_eq!(case["key_figures"][0]["value"], 42.0);
    assert_eq!(case["ownership"], "public");
    assert_eq!(
        (&case["established"], &case["licensed"]),
        (&serde_json::json!(2002), &serde_json::json!(2004)),
        "a licence year is not the founding year"
    );
    let finding = json(&["show", "finding-1", "--json"]);
    assert_eq!(finding["addressed_by"], serde_json::json!(["action-fund"]));
    let action = json(&["show", "action-fund", "--json"]);
    assert_eq!(action["recommendation"], "rec-funding");
    assert_eq!(action["addresses"], serde_json::json!(["finding-1"]));
    assert_eq!(
        action["backlinks"],
        serde_json::json!(["finding-1", "rec-funding", "tour-intro"])
    );
    let rec = json(&["show", "rec-funding", "--json"]);
    assert_eq!(rec["challenge"]["mn"], "Мөнгө хомс.");
    let tour = json(&["show", "tour-intro", "--json"]);
    assert_eq!(tour["steps"][0]["note"]["en"], "Ask the room.");
    let source = json(&["show", "src-report", "--json"]);
    assert_eq!(source["author"], "Test Author");
    assert_eq!(source["publisher"], "Test Press");
    assert_eq!(source["document"], "000_test.txt", "kept for auditors");
    let figure = json(&["show", "fig-shares", "--json"]);
    assert_eq!(
        figure["label_column"],
        serde_json::json!({"en": "Field", "mn": "Чиглэл"})
    );
}

#[test]
fn show_json_keeps_a_source_s_names_as_strings_and_labels_them_in_the_chosen_language() {
    let mn = json(&["--lang", "mn", "show", "src-report", "--json"]);
    assert_eq!(mn["author"], "Test Author", "one string, as before");
    assert_eq!(
        mn["author_label"], "Test Author",
        "one text for both languages"
    );
    assert_eq!(mn["publisher"], "Test Press", "the English side");
    assert_eq!(mn["publisher_label"], "Туршилтын хэвлэх газар");
    assert_eq!(
        mn["published_in"], "Test Journal, 1(2), 3–4",
        "the English side"
    );
    assert_eq!(
        mn["published_in_label"],
        "Туршилтын сэтгүүл, 1-р боть, 2-р дугаар, 3–4-р хуудас"
    );
    let en = json(&["show", "src-report", "--json"]);
    assert_eq!(en["publisher_label"], "Test Press");
    assert_eq!(en["published_in_label"], "Test Journal, 1(2), 3–4");
}

#[test]
fn a_source_names_its_author_and_publisher_in_the_reader_s_language_and_no_file_name() {
    let show = |lang: &str| {
        let out = common::toli_en()
            .args(["--lang", lang, "show", "src-sea-buckthorn-deck"])
            .output()
            .expect("run");
        String::from_utf8(out.stdout).expect("utf8")
    };
    let mn = show("mn");
    for shown in [
        "Зохиогч: МУИС-ийн Эдийн засгийн хүрээлэн",
        "Хэвлэн нийтлэгч: Монгол Улсын Их Сургууль",
    ] {
        assert!(mn.contains(shown), "{shown} in\n{mn}");
    }
    for hidden in ["National University", ".txt", "Баримт бичиг"] {
        assert!(!mn.contains(hidden), "{hidden} in\n{mn}");
    }
    let en = show("en");
    for shown in [
        "Author: Economic Institute, National University of Mongolia",
        "Publisher: National University of Mongolia",
    ] {
        assert!(en.contains(shown), "{shown} in\n{en}");
    }
    assert!(!en.contains(".txt") && !en.contains("Document:"), "{en}");
}

#[test]
fn show_json_keeps_codes_and_adds_labels_in_the_chosen_language() {
    let mn = |id: &str| json(&["--lang", "mn", "show", id, "--json"]);
    let case = mn("park-a");
    assert_eq!(case["country"], "MN", "the code stays where it was");
    assert_eq!(case["country_label"], "Монгол Улс");
    assert_eq!(case["type"], "park");
    assert_eq!(case["type_label"], "парк");
    assert_eq!(case["ownership_label"], "нийтийн өмч");
    assert_eq!(case["sector"], serde_json::json!(["ict"]));
    assert_eq!(case["sector_labels"], serde_json::json!(["МХХТ"]));
    assert_eq!(
        case["sources"][0],
        serde_json::json!({"id": "src-report", "locator": "Table 3", "locator_label": "3-р хүснэгт"})
    );
    let policy = mn("policy-act");
    assert_eq!(policy["type_label"], "хууль");
    assert_eq!(policy["instrument_label"], "зохицуулалт");
    let en = json(&["show", "park-a", "--json"]);
    assert_eq!(en["country_label"], "Mongolia");
    assert_eq!(en["sources"][0]["locator_label"], "Table 3");
    let definition = mn("cluster");
    assert_eq!(
        definition["defined_by"],
        serde_json::json!({"en": "Michael Porter (1990)", "mn": "Michael Porter (1990)"}),
        "a plain string means both languages"
    );
}

#[test]
fn show_in_mongolian_names_values_and_locators_in_mongolian() {
    let out = toli()
        .args(["--lang", "mn", "show", "park-a"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    for shown in [
        "Төрөл: парк",
        "Улс: Монгол Улс",
        "Өмчлөл: нийтийн өмч",
        "Салбар: МХХТ",
        "Байгуулагдсан: 2002",
        "Тусгай зөвшөөрөл авсан: 2004",
        "— 3-р хүснэгт",
    ] {
        assert!(text.contains(shown), "{shown} in\n{text}");
    }
    for code in [": MN", ": park", ": public", ": ict", "Table 3"] {
        assert!(!text.contains(code), "{code} in\n{text}");
    }
}

/// Wording a Mongolian reader reads as written: an action heads the findings it
/// answers as the problems it solves, and the sea buckthorn industry matures into a cluster.
#[test]
fn mongolian_wording_of_walk_10() {
    let out = toli()
        .args(["--lang", "mn", "show", "action-fund"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert!(text.contains("\nШийдвэрлэх асуудал (дүгнэлт):\n"), "{text}");
    assert!(!text.contains("чиглэсэн дүгнэлт"), "{text}");
    let out = common::toli_en()
        .args(["--lang", "mn", "show", "sea-buckthorn-cluster"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert!(text.contains("кластер болж төлөвшиж"), "{text}");
    assert!(!text.contains("кластер болон төлөвшиж"), "{text}");
}

#[test]
fn years_print_without_a_thousands_separator_in_both_languages() {
    for lang in ["en", "mn"] {
        let out = common::toli_en()
            .args(["--lang", lang, "show", "canada-clusters"])
            .output()
            .expect("run");
        let text = String::from_utf8(out.stdout).expect("utf8");
        assert!(text.contains(": 2016"), "{text}");
        assert!(!text.contains("2,016"), "{text}");
    }
}

#[test]
fn show_prints_plain_text_in_the_chosen_language() {
    let out = toli()
        .args(["show", "cluster", "--lang", "mn"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert!(text.starts_with("Кластер\n"), "{text}");
    assert!(text.contains("Michael Porter (1990)"));
    assert!(!text.contains('\u{1b}'), "no escape sequences when piped");
}

#[test]
fn show_unknown_id_fails_with_a_hint() {
    toli()
        .args(["show", "nope"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("toli search nope"));
}

#[test]
fn search_json_is_best_first_with_score() {
    let v = json(&["search", "cluster", "--json"]);
    let items = v.as_array().expect("array");
    assert!(!items.is_empty());
    assert_eq!(items[0]["id"], "cluster");
    for item in items {
        for key in ["id", "kind", "title", "score", "field", "snippet"] {
            assert!(item.get(key).is_some(), "missing {key}");
        }
    }
    let scores: Vec<f64> = items.iter().filter_map(|i| i["score"].as_f64()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
}

/// Plain search results line up in columns, however long an id is (the shipped corpus has ids
/// of over 40 characters).
#[test]
fn search_columns_line_up_for_long_ids() {
    let text = shipped_stdout(&["search", "sea buckthorn entrepreneurship", "--limit", "8"]);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 1, "{text}");
    assert!(
        lines
            .iter()
            .any(|l| l.split(' ').next().is_some_and(|id| id.len() > 40)),
        "{text}"
    );
    assert!(second_column_lines_up(&lines), "{text}");
}

/// Whether the column after the id (the kind, or the title) starts at the same place on every
/// line.
fn second_column_lines_up(lines: &[&str]) -> bool {
    let at: Vec<usize> = lines
        .iter()
        .map(|l| {
            let id_end = l.find(' ').expect("an id");
            id_end + l[id_end..].len() - l[id_end..].trim_start().len()
        })
        .collect();
    at.windows(2).all(|w| w[0] == w[1])
}

#[test]
fn the_figures_list_lines_up_its_titles_past_the_longest_id() {
    let text = shipped_stdout(&["figure"]);
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.len() > 20, "{text}");
    assert!(second_column_lines_up(&lines), "{text}");
}

#[test]
fn a_charts_values_end_in_one_column_so_they_compare_down_it() {
    let text = shipped_stdout(&["figure", "fig-graduates-by-field-2023"]);
    let ends: Vec<usize> = text
        .lines()
        .filter(|l| l.contains('█') || l.contains('▏'))
        .map(|l| l.chars().count())
        .collect();
    assert!(ends.len() > 10, "{text}");
    assert!(ends.windows(2).all(|w| w[0] == w[1]), "{text}");
    // The unit every bar shares is named once, over the bars.
    assert_eq!(
        text.matches("raduates").count(),
        2,
        "title and unit:\n{text}"
    );
    assert!(text.contains("\nGraduates\n"), "{text}");
    assert!(text.contains("      471\n"), "set to the right:\n{text}");
}

#[test]
fn every_shipped_figure_prints_within_80_columns_with_all_its_sources() {
    use unicode_width::UnicodeWidthStr;
    let ids: Vec<String> = shipped_stdout(&["figure"])
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect();
    assert!(ids.len() > 20);
    for id in &ids {
        for lang in ["en", "mn"] {
            let text = shipped_stdout(&["--lang", lang, "figure", id]);
            for line in text.lines() {
                assert!(line.width() <= 80, "{id} ({lang}): {line}");
            }
        }
    }
    // A figure drawn from two sources names both.
    let text = shipped_stdout(&["--lang", "mn", "figure", "fig-mongolia-rd-indicators"]);
    assert!(
        text.contains("Scimago") && text.contains("НҮБХХБХ"),
        "{text}"
    );
}

#[test]
fn check_json_reports_stats_and_strict_fails_on_warnings() {
    let v = json(&["check", "--json"]);
    assert_eq!(v["diagnostics"], serde_json::json!([]));
    assert_eq!(v["not_loaded"], serde_json::json!([]), "every file loads");
    let stats = &v["stats"];
    assert_eq!(stats["entries"], 12);
    assert_eq!(stats["by_kind"]["stage"], 2);
    for key in [
        "missing_translations",
        "broken_links",
        "files_not_loaded",
        "findings_without_actions",
        "unsourced",
    ] {
        assert_eq!(stats[key], 0, "{key}");
    }
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("w.md"),
        "---\nid: w\nkind: definition\ntitle: {en: W, mn: В}\nsummary: {en: S, mn: С}\n---\n::: en\nx\n::: mn\nх\n",
    )
    .expect("write");
    let mut cmd = Command::cargo_bin("toli").expect("binary");
    cmd.env(
        "TOLI_CACHE_DIR",
        concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache"),
    );
    cmd.args(["--no-builtin", "--content"])
        .arg(dir.path())
        .env("LANG", "C");
    cmd.args(["check", "--strict"])
        .assert()
        .code(1)
        .stdout(predicates::str::contains(
            "w.md:2:1: warning: the entry cites no source",
        ));
}

#[test]
fn messages_follow_the_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("e.md"), "").expect("write");
    let mut cmd = Command::cargo_bin("toli").expect("binary");
    cmd.env(
        "TOLI_CACHE_DIR",
        concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache"),
    );
    cmd.args(["--no-builtin", "--content"])
        .arg(dir.path())
        .env("LANG", "mn_MN.UTF-8");
    cmd.arg("check")
        .assert()
        .code(1)
        .stdout(predicates::str::contains("алдаа: файл хоосон байна"));
}

#[test]
fn completions_are_generated() {
    Command::cargo_bin("toli")
        .expect("binary")
        .env(
            "TOLI_CACHE_DIR",
            concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache"),
        )
        .args(["completions", "bash"])
        .assert()
        .success()
        .stdout(predicates::str::contains("toli"));
}

#[test]
fn toli_content_env_adds_a_folder() {
    let mut cmd = Command::cargo_bin("toli").expect("binary");
    cmd.env(
        "TOLI_CACHE_DIR",
        concat!(env!("CARGO_TARGET_TMPDIR"), "/toli-cache"),
    );
    cmd.args(["--no-builtin", "list", "--kind", "tour", "--json"])
        .env("TOLI_CONTENT", "tests/fixtures/corpus");
    let out = cmd.output().expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v[0]["id"], "tour-intro");
}

#[test]
fn figure_json_and_list_shapes() {
    let list = json(&["figure", "--json"]);
    assert_eq!(
        list,
        serde_json::json!([{"id": "fig-shares", "title": {"en": "Graduates by field", "mn": "Төгсөгчид чиглэлээр"}}])
    );
    let v = json(&["figure", "fig-shares", "--json"]);
    assert_eq!(
        v["unit"],
        serde_json::json!({"en": "graduates", "mn": "төгсөгч"})
    );
    assert_eq!(
        v["source"],
        serde_json::json!({"id": "src-report", "locator": "Table 2", "locator_label": "Table 2"})
    );
    assert_eq!(
        v["label_column"],
        serde_json::json!({"en": "Field", "mn": "Чиглэл"})
    );
    // `order: sorted` puts the largest first.
    assert_eq!(
        v["rows"][0]["label"],
        serde_json::json!({"en": "Business", "mn": "Бизнес"})
    );
    assert_eq!(v["rows"][0]["value"], 861.0);
    assert_eq!(v["rows"][0]["year"], 2023);
}

#[test]
fn figure_csv_and_text() {
    let out = toli()
        .args(["figure", "fig-shares", "--csv"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert_eq!(
        text,
        "label_en,label_mn,value,unit_en,unit_mn,year\nBusiness,Бизнес,861,graduates,төгсөгч,2023\nEngineering,Инженерчлэл,139,graduates,төгсөгч,2023\n"
    );
    let out = toli()
        .args(["figure", "fig-shares", "--lang", "mn"])
        .output()
        .expect("run");
    let text = String::from_utf8(out.stdout).expect("utf8");
    assert!(
        text.contains("Бизнес (2023)") && text.contains("  861\n") && text.contains("\nТөгсөгч\n"),
        "the unit once, over the bars:\n{text}"
    );
    assert!(text.contains('█'));
}

#[test]
fn matrix_json_and_csv() {
    let v = json(&["matrix", "--json"]);
    assert_eq!(v["findings"][0]["id"], "finding-1");
    assert_eq!(
        v["recommendations"][0]["actions"],
        serde_json::json!(["action-fund"])
    );
    assert_eq!(
        v["marks"],
        serde_json::json!([{"finding": "finding-1", "action": "action-fund", "via": "direct"}])
    );
    let out = toli().args(["matrix", "--csv"]).output().expect("run");
    assert_eq!(
        String::from_utf8(out.stdout).expect("utf8"),
        "finding,title_en,title_mn,action-fund\nfinding-1,Low R&D,СХ бага,x\n"
    );
}

#[test]
fn bookmarks_are_listed_from_the_data_dir_and_a_corrupt_file_is_kept() {
    let data = tempfile::tempdir().expect("tempdir");
    let store = toli::store::Store::at(data.path().to_path_buf());
    let mut b = toli::store::bookmarks::Bookmarks::default();
    b.toggle("cluster");
    b.save(&store).expect("save");
    let out = toli()
        .env("TOLI_DATA_DIR", data.path())
        .args(["bookmarks", "--json"])
        .output()
        .expect("run");
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v[0]["id"], "cluster");
    assert_eq!(v[0]["title"]["mn"], "Кластер");
    std::fs::write(data.path().join("bookmarks.json"), "garbage").expect("write");
    let out = toli()
        .env("TOLI_DATA_DIR", data.path())
        .args(["bookmarks"])
        .output()
        .expect("run");
    assert!(String::from_utf8_lossy(&out.stderr).contains("bookmarks.json.corrupt-"));
    let kept: Vec<_> = std::fs::read_dir(data.path())
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("corrupt"))
        .collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(
        std::fs::read_to_string(kept[0].path()).expect("read"),
        "garbage"
    );
}

/// With none yet, `toli bookmarks` and `toli notes` say so on stderr (what the app's lists say),
/// and print nothing a pipe would read.
#[test]
fn empty_bookmarks_and_notes_say_so() {
    let data = tempfile::tempdir().expect("tempdir");
    for (args, said) in [
        (["bookmarks"], "No bookmarks yet: press m"),
        (["notes"], "No notes yet. Press e"),
    ] {
        let out = toli()
            .env("TOLI_DATA_DIR", data.path())
            .args(args)
            .output()
            .expect("run");
        assert!(out.status.success());
        assert!(
            out.stdout.is_empty(),
            "{}",
            String::from_utf8_lossy(&out.stdout)
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(said), "{args:?}: {err}");
    }
}

/// A bookmarks file someone planted with a terminal escape in an id prints it inert.
#[test]
fn bookmarks_print_escape_sequences_inert() {
    let data = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        data.path().join("bookmarks.json"),
        "{\"version\":1,\"bookmarks\":[{\"id\":\"x\\u001b]0;owned\\u0007\",\"added\":1}]}",
    )
    .expect("write");
    let out = toli()
        .env("TOLI_DATA_DIR", data.path())
        .args(["bookmarks"])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(
        !out.stdout.contains(&0x1b),
        "no raw ESC reaches the terminal"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("^["));
}

/// Piped into another program, `toli show` wraps every shipped entry at 80 columns in both
/// languages, figure tables included (too wide, they become records); only a single word
/// longer than that (an address) may run over.
#[test]
fn show_fits_80_columns_when_piped() {
    let entries: Value = serde_json::from_str(&shipped_stdout(&["list", "--json"])).expect("JSON");
    let ids: Vec<String> = entries
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|e| e["id"].as_str().map(String::from))
        .collect();
    assert!(ids.len() > 400);
    let over_in = |ids: &[String]| -> Vec<String> {
        let mut over = Vec::new();
        for id in ids {
            for lang in ["en", "mn"] {
                for line in shipped_stdout(&["show", id, "--lang", lang]).lines() {
                    let text = line.trim_start_matches([' ', '-', '•']).trim();
                    let one_word = !text.contains(' ');
                    if unicode_width::UnicodeWidthStr::width(line) > 80 && !one_word {
                        over.push(format!("{id} {lang}: {line}"));
                    }
                }
            }
        }
        over
    };
    let over: Vec<String> = std::thread::scope(|s| {
        let workers: Vec<_> = ids
            .chunks(ids.len().div_ceil(4))
            .map(|chunk| s.spawn(move || over_in(chunk)))
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker"))
            .collect()
    });
    assert!(
        over.is_empty(),
        "{} lines over 80 columns:\n{}",
        over.len(),
        over.join("\n")
    );
}

/// A figure table too wide for 80 columns prints one record per row, its value first, then each
/// cell under its column's name; bars whose labels leave no room beside them go under their label.
#[test]
fn wide_figures_print_as_records_and_stacked_bars() {
    let text = shipped_stdout(&["figure", "fig-apec-cluster-facts"]);
    assert!(
        text.contains(
            "National High-tech Zones\n  146 zones\n  Economy: China\n  Cited source: MOST (2017)\n"
        ),
        "{text}"
    );
    let text = shipped_stdout(&["figure", "fig-mongolia-vs-eca-firm-indicators"]);
    let lines: Vec<&str> = text.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == "Formal training — Mongolia")
        .expect("the label on its own line");
    let bar = lines[at + 1];
    assert!(
        bar.starts_with('█') && bar.ends_with(" 66.2%") && lines.contains(&"% of firms"),
        "{text}"
    );
    assert!(
        bar.chars().filter(|&c| c == '█').count() > 40,
        "a bar long enough to read: {bar}"
    );
}

/// A list cut at `--limit` says so on stderr, with the option that lists every match; stdout
/// stays the list alone, for pipes. A list that holds every match says nothing more.
#[test]
fn a_cut_list_says_how_many_matched_in_all() {
    let out = common::toli_en()
        .args(["search", "klaster", "--limit", "3"])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 3);
    let err = String::from_utf8_lossy(&out.stderr);
    let total: usize = err
        .split_whitespace()
        .nth(4)
        .and_then(|n| n.trim_end_matches(';').parse().ok())
        .unwrap_or_else(|| panic!("the best 3 of N shown: {err}"));
    assert!(total > 3, "{err}");
    assert!(
        err.contains(&format!("--limit {total} lists them all")),
        "{err}"
    );
    let all = common::toli_en()
        .args(["search", "klaster", "--limit", &total.to_string()])
        .output()
        .expect("run");
    assert_eq!(String::from_utf8_lossy(&all.stdout).lines().count(), total);
    assert!(
        all.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&all.stderr)
    );
}
