//! `toli list` in the alphabetical order of the language shown: Mongolian titles by the
//! Mongolian alphabet (ё, й, ө, ү letters of their own), English by English, case-insensitive,
//! numbers by value; each language's own script first.

use crate::common;

use toli::collate::key;
use toli::lang::Lang;

/// A definition titled `en` / `mn`.
fn entry(id: &str, en: &str, mn: &str) -> String {
    format!(
        "---\nid: {id}\nkind: definition\ntitle: {{en: \"{en}\", mn: \"{mn}\"}}\nsummary: {{en: s, mn: с}}\n---\n::: en\nText.\n::: mn\nБичвэр.\n"
    )
}

/// The ids `toli list` prints for a folder of definitions, in `lang`.
fn listed(lang: &str, entries: &[(&str, &str, &str)]) -> Vec<String> {
    let dir = tempfile::tempdir().expect("tempdir");
    for (id, en, mn) in entries {
        std::fs::write(dir.path().join(format!("{id}.md")), entry(id, en, mn)).expect("write");
    }
    let out = common::toli_en()
        .args(["--no-builtin", "--content"])
        .arg(dir.path())
        .args(["--lang", lang, "list"])
        .output()
        .expect("run");
    String::from_utf8(out.stdout)
        .expect("UTF-8")
        .lines()
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .collect()
}

const ENTRIES: &[(&str, &str, &str)] = &[
    ("yos", "Custom", "Ёс заншил"),
    ("evrazi", "Eurasia", "Еврази"),
    ("uildver", "industry", "Үйлдвэр"),
    ("uvs", "Uvs", "Увс"),
    ("cluster-10", "Cluster 10", "кластер 10"),
    ("cluster-2", "cluster 2", "Кластер 2"),
    ("it-park", "IT Park", "IT Park"),
    ("ongo", "Colour", "Өнгө"),
    ("orchin", "Environment", "Орчин"),
];

#[test]
fn list_in_mongolian_follows_the_mongolian_alphabet() {
    assert_eq!(
        listed("mn", ENTRIES),
        [
            "evrazi",
            "yos",
            "cluster-2",
            "cluster-10",
            "orchin",
            "ongo",
            "uvs",
            "uildver",
            "it-park"
        ]
    );
}

#[test]
fn list_in_english_follows_the_english_alphabet() {
    assert_eq!(
        listed("en", ENTRIES),
        [
            "cluster-2",
            "cluster-10",
            "ongo",
            "yos",
            "orchin",
            "evrazi",
            "uildver",
            "it-park",
            "uvs"
        ]
    );
}

#[test]
fn the_shipped_corpus_lists_in_mongolian_order() {
    let out = common::toli_en()
        .args(["--lang", "mn", "list", "--json"])
        .output()
        .expect("run");
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("JSON");
    // Kinds listed by title (stages and findings keep their own order; policies are by year,
    // pinned with the undated ones' alphabet in `corpus::list_order_tests`).
    for kind in [
        "definition",
        "case",
        "recommendation",
        "action",
        "source",
        "figure",
    ] {
        let titles: Vec<&str> = items
            .iter()
            .filter(|v| v["kind"] == kind)
            .filter_map(|v| v["title"]["mn"].as_str())
            .collect();
        for pair in titles.windows(2) {
            assert!(
                key(pair[0], Lang::Mn) <= key(pair[1], Lang::Mn),
                "{kind}: «{}» before «{}»",
                pair[0],
                pair[1]
            );
        }
    }
}
