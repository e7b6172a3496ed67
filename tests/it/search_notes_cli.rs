//! `toli search` over the reader's own notes: `--limit` kept when a note matches, and the
//! note's words read as the corpus search reads them (forms and one slip of typing).

use crate::common::on_corpus_with_data;

use toli::store::{Store, notes};

/// A data folder with the coach's note on `park-a` (which holds no word of it).
fn coach_notes() -> tempfile::TempDir {
    let data = tempfile::tempdir().expect("tempdir");
    let store = Store::at(data.path().to_path_buf());
    notes::save(
        &store,
        "park-a",
        "Ask about the fund.\nМанай сумын чацарганын тариалагчдад LQ тооцоог хэрэглэх.\n\
         Семинарт: 4 чиглэлийг самбарт бичих\n",
    )
    .expect("save");
    data
}

fn search(data: &std::path::Path, args: &[&str]) -> (String, String) {
    let out = on_corpus_with_data(data)
        .arg("search")
        .args(args)
        .output()
        .expect("run");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// `fund` matches three entries and the note a fourth: `--limit 3` prints three rows, the
/// note's first, and says on stderr how many there are; JSON keeps the limit too.
#[test]
fn a_matching_note_keeps_the_limit() {
    let data = coach_notes();
    let (out, err) = search(data.path(), &["fund", "--limit", "3"]);
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows.len(), 3, "{out}");
    assert!(
        rows[0].starts_with("park-a ") && rows[0].contains('✎'),
        "{out}"
    );
    assert!(err.contains("3 of 4"), "the count line: {err}");
    let (out, _) = search(data.path(), &["fund", "--limit", "3", "--json"]);
    let items: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(items.as_array().map(Vec::len), Some(3), "{items}");
    let (out, err) = search(data.path(), &["fund", "--limit", "4"]);
    assert_eq!(out.lines().count(), 4, "{out}");
    assert!(err.is_empty(), "all shown: {err}");
}

/// The walk's coach: the slips the corpus search forgives find her note too, in Latin or
/// Cyrillic letters, and a word of neither finds nothing.
#[test]
fn the_notes_words_are_read_as_the_corpus_search_reads_them() {
    let data = coach_notes();
    for typed in [
        "samber",
        "semenar",
        "tariolagchdad",
        "tarialagchidad",
        "самбар",
        "sumyn tarialagch",
    ] {
        let (out, err) = search(data.path(), &[typed]);
        let first = out.lines().next().unwrap_or_default();
        assert!(
            first.starts_with("park-a ") && first.contains('✎'),
            "{typed}: {out}{err}"
        );
    }
    let (out, _) = search(data.path(), &["самбай"]);
    assert!(!out.contains('✎'), "{out}");
}
