//! `toli search` with keys typed on the Latin layout while meaning Mongolian (walk 21 O-2):
//! the Mongolian reading is searched, and stderr says so in the reader's language; a real
//! Latin query is searched as typed, with no such note.

use crate::common;

/// `toli --lang LANG search QUERY`: stdout, stderr.
fn search(lang: &str, query: &str) -> (String, String) {
    let out = common::toli_en()
        .args(["--lang", lang, "search", query])
        .output()
        .expect("run");
    assert!(out.status.success(), "{query}: {out:?}");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn keys_typed_on_the_latin_layout_find_the_budget_entries_with_a_note() {
    let (out, err) = search("mn", "mfvf.");
    assert!(out.contains("fig-lithuania-cluster-programmes"), "{out}");
    assert!(out.contains("төсөв"), "{out}");
    assert!(
        err.contains("«mfvf.» гэж шивснийг монгол гарын байрлалаар уншиж «төсөв» гэж хайлаа"),
        "{err}"
    );
    let (out, err) = search("en", "mfvf.");
    assert!(out.contains("fig-lithuania-cluster-programmes"), "{out}");
    assert!(
        err.contains("\"mfvf.\" was read as typed on the Mongolian keyboard layout, and \"төсөв\" searched for"),
        "{err}"
    );
    let (out, _) = search("mn", "[lgvm-j utr /e .t");
    assert!(out.starts_with("cluster "), "{out}");
}

#[test]
fn a_latin_query_the_corpus_holds_gets_no_note() {
    for (lang, query) in [
        ("mn", "klaster"),
        ("mn", "tatvariin huuli"),
        ("en", "budget"),
    ] {
        let (out, err) = search(lang, query);
        assert!(!out.is_empty(), "{query}");
        assert!(
            !err.contains("гарын байрлалаар") && !err.contains("Mongolian keyboard"),
            "{query}: {err}"
        );
    }
}
