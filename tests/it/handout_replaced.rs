//! Re-exporting a one-file handout over the one written before says it replaced it, in both
//! languages, as `toli notes --out` does; the first export says nothing of the kind.

use crate::common;

#[test]
fn re_exporting_a_handout_file_says_it_replaced_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("surgalt.html");
    for (lang, said) in [
        ("en", "held an earlier handout: replaced with this one."),
        (
            "mn",
            "файлд өмнөх тараах материал байсан: энэ материалаар солилоо.",
        ),
    ] {
        let _ = std::fs::remove_file(&file);
        let export = || {
            let out = common::toli_en()
                .args([
                    "--lang",
                    lang,
                    "handout",
                    "--tour",
                    "tour-what-is-a-cluster",
                ])
                .arg("--single-file")
                .arg(&file)
                .assert()
                .success();
            String::from_utf8_lossy(&out.get_output().stdout).into_owned()
        };
        let first = export();
        assert!(!first.contains(said), "{lang}: {first}");
        let again = export();
        let path = file.display().to_string();
        assert!(again.contains(&format!("{path} {said}")), "{lang}: {again}");
    }
}
