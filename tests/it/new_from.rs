//! `toli new --from ID`: a shipped entry is copied into the reader's folder to
//! correct, never over a file there, and the copy replaces the shipped entry; `toli new` on a
//! shipped id says how; an id that cannot be one gets the id it most likely meant. Both
//! languages.

use crate::common;

/// `toli ARGS…`: exit code, stdout, stderr.
fn toli(args: &[&str]) -> (i32, String, String) {
    let out = common::toli_en().args(args).output().expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const ID: &str = "unctad-finding-1";

#[test]
fn new_on_a_shipped_id_points_to_from_and_writes_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    // A folder not made yet: the shipped id is taken all the same.
    let mine = dir.path().join("mine");
    let m = mine.to_string_lossy().into_owned();
    for (lang, want) in [
        (
            "en",
            format!(
                "the id `{ID}` is a shipped entry's. To correct that entry, start from a copy of \
                 it: toli new --from {ID} --content {m} — your copy then replaces the shipped entry"
            ),
        ),
        (
            "mn",
            format!(
                "`{ID}` таних нэрийг toli програмд багтсан бичлэг ашиглаж байна. Тэр бичлэгийг \
                 засах бол `toli new --from {ID} --content {m}` тушаалаар хуулбарыг нь үүсгэнэ үү \
                 — дараа нь таны хуулбар програмд багтсан бичлэгийг орлоно"
            ),
        ),
    ] {
        let (code, _, err) = toli(&["--lang", lang, "new", "finding", ID, "--content", &m]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(&want), "{lang}: {err}");
        assert!(!err.contains("content/findings"), "{lang}: {err}");
        assert!(!mine.exists(), "{lang}: nothing written");
    }
}

#[test]
fn from_copies_the_shipped_file_which_then_replaces_the_entry_and_is_never_overwritten() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mine = dir.path().join("mine");
    let m = mine.to_string_lossy().into_owned();
    let (code, out, err) = toli(&["--lang", "mn", "new", "--from", ID, "--content", &m]);
    assert_eq!(code, 0, "{err}");
    let copy = mine.join("findings").join(format!("{ID}.md"));
    assert!(
        out.contains(&format!(
            "toli програмд багтсан `{ID}` бичлэгийн хуулбарыг {} файлд бичлээ. Хуулбарыг тэнд \
             засна уу: toli энэ хавтсыг ачаалахдаа програмд багтсан бичлэгийн оронд таны \
             хуулбарыг ашиглана",
            copy.display()
        )),
        "{out}"
    );
    let shipped = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("content/findings/{ID}.md")),
    )
    .expect("shipped file");
    let text = std::fs::read_to_string(&copy).expect("the copy");
    assert_eq!(text, shipped);
    // Corrected, it is the entry shown.
    let corrected = text.replacen(
        "Finding 1: a resource-based",
        "Finding 1 (corrected): a resource-based",
        1,
    );
    assert_ne!(corrected, text);
    std::fs::write(&copy, &corrected).expect("edit");
    let (code, shown, err) = toli(&["--lang", "en", "--content", &m, "show", ID]);
    assert_eq!(code, 0, "{err}");
    assert!(shown.starts_with("Finding 1 (corrected)"), "{shown}");
    // Again: refused, the reader's edit kept.
    for lang in ["en", "mn"] {
        let (code, _, err) = toli(&["--lang", lang, "new", "--from", ID, "--content", &m]);
        assert_eq!(code, 2, "{err}");
        assert!(err.contains(&copy.display().to_string()), "{err}");
        assert_eq!(std::fs::read_to_string(&copy).expect("copy"), corrected);
    }
    // An id no shipped entry has, spelt near one.
    let (code, _, err) = toli(&[
        "--lang",
        "en",
        "new",
        "--from",
        "unctad-findng-1",
        "--content",
        &m,
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("no shipped entry has the id `unctad-findng-1`")
            && err.contains("Did you mean `unctad-finding-1`?"),
        "{err}"
    );
}

#[test]
fn a_bad_id_gets_the_id_it_meant() {
    let dir = tempfile::tempdir().expect("tempdir");
    let m = dir.path().to_string_lossy().into_owned();
    for (typed, meant) in [
        ("Darkhan_Exports", "darkhan-exports"),
        ("дархан-экспорт", "darkhan-eksport"),
    ] {
        for (lang, want) in [
            (
                "en",
                format!(
                    "`{typed}` cannot be an id: use lower-case letters, digits and -, like `{meant}`"
                ),
            ),
            (
                "mn",
                format!(
                    "`{typed}` таних нэр болж чадахгүй: жижиг латин үсэг, цифр, - тэмдэг ашиглана \
                     уу, жишээ нь `{meant}`"
                ),
            ),
        ] {
            let (code, _, err) = toli(&["--lang", lang, "new", "finding", typed, "--content", &m]);
            assert_eq!(code, 2, "{err}");
            assert!(err.contains(&want), "{lang}: {err}");
        }
    }
}

/// `KIND` and `ID` are needed unless `--from` is given, and conflict with it: the help lists
/// them as needed (`<KIND>`, not `[KIND]`), the usage line has both ways, and a mistake names
/// what is missing or in conflict, in both languages.
#[test]
fn kind_and_id_are_required_unless_from_and_conflict_with_it() {
    for (lang, kind, id, usage) in [
        (
            "en",
            "<KIND>",
            "<ID>",
            "Usage: toli new [OPTIONS] <KIND> <ID>\n       toli new --from <ID> [OPTIONS]\n",
        ),
        (
            "mn",
            "<ТӨРӨЛ>",
            "<ТАНИХ-НЭР>",
            "Хэрэглээ: toli new [СОНГОЛТУУД] <ТӨРӨЛ> <ТАНИХ-НЭР>\n          \
             toli new --from <ТАНИХ-НЭР> [СОНГОЛТУУД]\n",
        ),
    ] {
        let optional = [kind, id].map(|a| format!("[{}]", &a[1..a.len() - 1]));
        let (code, help, _) = toli(&["--lang", lang, "new", "--help"]);
        assert_eq!(code, 0, "{help}");
        assert!(help.contains(usage), "{lang}: {help}");
        for arg in [kind, id] {
            assert!(help.contains(&format!("\n  {arg}\n")), "{lang}: {help}");
        }
        for args in [
            &["new"][..],
            &["new", "definition"],
            &["new", "--from", ID, "x"],
        ] {
            let mut all = vec!["--lang", lang];
            all.extend(args);
            let (code, _, err) = toli(&all);
            assert_eq!(code, 2, "{args:?}: {err}");
            assert!(err.contains(usage), "{lang} {args:?}: {err}");
            assert!(
                err.contains(id) || err.contains(kind),
                "{lang} {args:?}: {err}"
            );
            for o in &optional {
                assert!(!err.contains(o.as_str()), "{lang} {args:?}: {err}");
            }
        }
        for o in &optional {
            assert!(!help.contains(o.as_str()), "{lang}: {help}");
        }
    }
}
