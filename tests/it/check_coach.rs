//! What `toli check` tells a coach building their own folder beside the shipped corpus (walk
//! 20, C-1 … C-6), in both languages: an entry with a shipped entry's id is a note naming the
//! entry it replaces and the id that keeps both, and copies made with `toli new --from` are
//! one note for all; an id in Cyrillic is offered in Latin
//! letters; an action listed by a recommendation that did not load names that file; a missing
//! required field says what it holds; `toli new action` names the recommendation's
//! `challenge`.

use crate::common;

use std::path::Path;

/// `toli --lang LANG --content DIR ARGS…` with the shipped corpus: exit code, stdout, stderr.
fn toli(dir: &Path, lang: &str, args: &[&str]) -> (i32, String, String) {
    let out = common::toli_en()
        .args(["--lang", lang, "--content"])
        .arg(dir)
        .args(args)
        .output()
        .expect("run");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// Writes `text` at `name` under `dir`, making its folder.
fn put(dir: &Path, name: &str, text: &str) {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("mkdir");
    std::fs::write(path, text).expect("write");
}

/// A definition with `id`, clean but for what `extra` adds to its front matter.
fn definition(id: &str, extra: &str) -> String {
    format!(
        "---\nid: {id}\nkind: definition\ntitle:\n  en: \"Cluster (my wording)\"\n  mn: \"Кластер (миний тайлбар)\"\nsummary:\n  en: \"Firms in one place working together.\"\n  mn: \"Нэг газар хамтран ажилладаг компаниуд.\"\nsources:\n  - id: src-unctad-2025\n    locator: \"Section II\"\n{extra}---\n::: en\nFirms together.\n\n::: mn\nХамтдаа.\n"
    )
}

/// The lines `toli check` printed for files under `dir`, with `dir` taken off their paths.
fn lines_of(out: &str, dir: &Path) -> Vec<String> {
    let prefix = format!("{}/", dir.display());
    out.lines()
        .filter(|l| l.starts_with(&prefix))
        .map(|l| l.replacen(&prefix, "", 1))
        .collect()
}

/// C-1: `definitions/my-cluster.md` with `id: cluster` replaces the shipped Cluster. Check
/// says so as a note — what is gone while the folder is loaded, and the file's name as the id
/// that keeps both — instead of advising to rename the file `cluster.md`; a note fails
/// nothing, not even `--strict`.
#[test]
fn an_own_entry_with_a_shipped_id_is_a_note_naming_the_entry_it_replaces() {
    let dir = tempfile::tempdir().expect("tempdir");
    put(
        dir.path(),
        "definitions/my-cluster.md",
        &definition("cluster", ""),
    );
    let (code, out, err) = toli(dir.path(), "en", &["check", "--strict"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(
        err.contains("438 entries, no problems — a note above to read"),
        "a note alone is no problem, but is pointed at: {err}"
    );
    assert_eq!(
        lines_of(&out, dir.path()),
        [
            "definitions/my-cluster.md:2:1: note: this entry replaces the shipped entry “Cluster” (`cluster`): while this folder is loaded, the shipped one is gone from search, tours and handouts, and links to `cluster` open this one. To keep both, give this entry another id, such as `my-cluster` (the file's name); to correct the shipped entry, leave it as it is"
        ]
    );
    let (code, out, err) = toli(dir.path(), "mn", &["check"]);
    assert_eq!(code, 0);
    assert!(
        err.contains("438 бичлэг, асуудалгүй — дээрх 1 санамжийг уншина уу"),
        "{err}"
    );
    assert_eq!(
        lines_of(&out, dir.path()),
        [
            "definitions/my-cluster.md:2:1: санамж: энэ бичлэг toli програмд багтсан «Кластер» (`cluster`) бичлэгийг орлоно: энэ хавтсыг ачаалсан үед програмд багтсан бичлэг хайлт, танилцуулга, тараах материалд гарахгүй, `cluster` таних нэр лүү заасан холбоос энэ бичлэгийг нээнэ. Хоёуланг нь үлдээх бол энэ бичлэгт өөр таних нэр өгнө үү (жишээ нь файлын нэр болох `my-cluster`); програмд багтсан бичлэгийг засах зорилготой бол энэ бичлэгийг хэвээр нь үлдээнэ үү"
        ]
    );
    let (_, json, _) = toli(dir.path(), "en", &["check", "--json"]);
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let own: Vec<&serde_json::Value> = (report["diagnostics"].as_array().expect("list").iter())
        .filter(|d| {
            d["path"]
                .as_str()
                .is_some_and(|p| p.ends_with("my-cluster.md"))
        })
        .collect();
    assert_eq!(own.len(), 1, "{own:?}");
    assert_eq!(own[0]["severity"], "note");
    assert_eq!(own[0]["code"], "replaces-shipped");
    assert_eq!(report["stats"]["warnings"], 0);
}

/// A file at the shipped entry's own place (`definitions/cluster.md`, where `toli new --from`
/// writes its copy) is told in one short note that it replaces it; an entry of one's own with
/// a new id is not told it replaces anything.
#[test]
fn a_copy_at_the_shipped_place_is_told_it_replaces_it_and_a_new_id_is_not() {
    let dir = tempfile::tempdir().expect("tempdir");
    put(
        dir.path(),
        "definitions/cluster.md",
        &definition("cluster", ""),
    );
    put(
        dir.path(),
        "definitions/my-wording.md",
        &definition("my-wording", ""),
    );
    let (code, out, err) = toli(dir.path(), "en", &["check", "--strict"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        lines_of(&out, dir.path()),
        [
            "definitions/cluster.md:2:1: note: this entry replaces the shipped entry `cluster` while this folder is loaded, so search, tours and handouts show your version; it is where `toli new --from` writes its copy of that entry"
        ]
    );
}

/// Walk 20's left-over: a folder of copies made with `toli new --from` is told once, in one
/// note naming them, not file by file on every check — edited or not, they were asked for.
/// A file elsewhere with a shipped id keeps its own note, which says how to keep both.
#[test]
fn copies_made_with_from_are_told_once_in_one_note() {
    let dir = tempfile::tempdir().expect("tempdir");
    let ids = [
        "cluster",
        "it-park",
        "accelerator",
        "incubator",
        "absorptive-capacity",
        "cluster-development-stages",
        "unctad-finding-1",
    ];
    for id in ids {
        let (code, out, err) = toli(dir.path(), "en", &["new", "--from", id]);
        assert_eq!(code, 0, "{id}: {out}{err}");
    }
    // One edited after copying: still a copy at its place, still in the one note.
    let edited = dir.path().join("definitions/cluster.md");
    let text = std::fs::read_to_string(&edited).expect("the copy");
    std::fs::write(&edited, text.replacen("title:", "# mine\ntitle:", 1)).expect("write");
    let (code, out, err) = toli(dir.path(), "en", &["check", "--strict"]);
    assert_eq!(code, 0, "{out}{err}");
    let lines = lines_of(&out, dir.path());
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains(": note: 7 entries of yours replace the shipped entries with their ids while loaded: `it-park`, `absorptive-capacity`, "),
        "{lines:?}"
    );
    assert!(
        lines[0].contains(" and 2 more — so search, tours and handouts show your versions; they are where `toli new --from` writes its copies of those entries"),
        "{lines:?}"
    );
    assert!(err.contains("no problems — a note above to read"), "{err}");
    let (_, out, _) = toli(dir.path(), "mn", &["check"]);
    let lines = lines_of(&out, dir.path());
    assert_eq!(lines.len(), 1, "{lines:#?}");
    assert!(
        lines[0].contains(": санамж: энэ хавтсыг ачаалсан үед таны 7 бичлэг toli програмд багтсан, ижил таних нэртэй бичлэгийг орлоно: `it-park`, `absorptive-capacity`, ")
            && lines[0].contains(" болон өөр 2 бичлэг — тиймээс хайлт, танилцуулга, тараах материалд таны хувилбарууд гарна; эдгээр бичлэг `toli new --from` тушаалын хуулбараа бичдэг газарт байна"),
        "{lines:?}"
    );
    // A file of another name with a shipped id is told on its own, with the id that keeps both.
    put(
        dir.path(),
        "definitions/my-hub.md",
        &definition("digital-innovation-hub", ""),
    );
    let (_, out, _) = toli(dir.path(), "en", &["check"]);
    let lines = lines_of(&out, dir.path());
    assert_eq!(lines.len(), 2, "{lines:#?}");
    assert!(
        lines.iter().any(|l| l
            .starts_with("definitions/my-hub.md:2:1: note: this entry replaces the shipped entry")
            && l.contains("such as `my-hub` (the file's name)")),
        "{lines:#?}"
    );
}

/// The walk's recommendation: a Cyrillic id, and an action it lists.
const RECOMMENDATION: &str = "---\nid: итгэлцэл\nkind: recommendation\ntitle:\n  en: \"Build trust\"\n  mn: \"Итгэлцэл бий болгох\"\nsummary:\n  en: \"Build trust between member firms.\"\n  mn: \"Гишүүн компаниудын итгэлцлийг бий болгох.\"\nsources:\n  - id: src-unctad-2025\n    locator: \"Section VI\"\nchallenge: {en: Firms do not trust each other, mn: Компаниуд бие биедээ итгэдэггүй}\nactions: [trust-workshops]\n---\n::: en\nTrust first.\n\n::: mn\nЭхлээд итгэлцэл.\n";

const ACTION: &str = "---\nid: trust-workshops\nkind: action\ntitle:\n  en: \"Hold trust-building workshops\"\n  mn: \"Итгэлцэл бэхжүүлэх сургалт зохион байгуулах\"\nsummary:\n  en: \"Quarterly workshops where member firms share plans.\"\n  mn: \"Гишүүн компаниуд төлөвлөгөөгөө хуваалцах улирал тутмын сургалт.\"\nsources:\n  - id: src-unctad-2025\n    locator: \"Section VI\"\n---\n::: en\nRun them every quarter.\n\n::: mn\nУлирал бүр зохион байгуулна.\n";

/// C-2 and C-3: the Cyrillic id is offered in Latin letters, as `toli new` spells it; the
/// action that recommendation lists is told where its recommendation is and why it is
/// missing, not to add itself to one. With the id fixed, both are gone.
#[test]
fn a_recommendation_that_did_not_load_is_named_by_the_action_it_lists() {
    let dir = tempfile::tempdir().expect("tempdir");
    put(dir.path(), "recommendations/итгэлцэл.md", RECOMMENDATION);
    put(dir.path(), "actions/trust-workshops.md", ACTION);
    let (code, out, _) = toli(dir.path(), "en", &["check"]);
    assert_eq!(code, 1);
    let file = format!("{}/recommendations/итгэлцэл.md", dir.path().display());
    assert_eq!(
        lines_of(&out, dir.path()),
        [
            format!(
                "actions/trust-workshops.md:2:1: error: the recommendation in {file} lists this action, but that file did not load — fix its error (line 2, column 1) and the action has its recommendation again"
            ),
            "recommendations/итгэлцэл.md:2:1: error: `итгэлцэл` cannot be an id: an id is lower-case Latin letters, digits and - (at most 100 characters) — write id: itgeltsel (and name the file after it)".to_string(),
        ]
    );
    let (_, out, _) = toli(dir.path(), "mn", &["check"]);
    assert_eq!(
        lines_of(&out, dir.path()),
        [
            format!(
                "actions/trust-workshops.md:2:1: алдаа: энэ арга хэмжээг {file} файл дахь зөвлөмжид жагсаасан боловч уг файл ачаалагдсангүй — түүний алдааг (мөр 2, багана 1) засвал арга хэмжээ зөвлөмжтэйгөө дахин холбогдоно"
            ),
            "recommendations/итгэлцэл.md:2:1: алдаа: `итгэлцэл` нь таних нэр болж чадахгүй: таних нэрийг латин жижиг үсэг, цифр, зураасаар (100 хүртэл тэмдэгт) бичнэ — id: itgeltsel гэж бичээд, файлыг мөн ийм нэртэй болгоно уу".to_string(),
        ]
    );
    put(
        dir.path(),
        "recommendations/итгэлцэл.md",
        &RECOMMENDATION.replace("id: итгэлцэл", "id: itgeltsel"),
    );
    let (code, out, _) = toli(dir.path(), "en", &["check"]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("trust-workshops.md"), "{out}");
}

/// An id with nothing Latin to offer still gets an example.
#[test]
fn an_id_with_nothing_to_offer_gets_an_example() {
    let dir = tempfile::tempdir().expect("tempdir");
    put(dir.path(), "definitions/__.md", &definition("\"--\"", ""));
    let (_, out, _) = toli(dir.path(), "en", &["check"]);
    assert!(
        out.contains("— write, for example, id: my-entry (and name the file after it)"),
        "{out}"
    );
    let (_, out, _) = toli(dir.path(), "mn", &["check"]);
    assert!(out.contains("— жишээ нь id: my-entry гэж бичээд"), "{out}");
}

/// C-4: a recommendation without its `challenge` is told what the field holds, with an
/// example to copy, in both languages; written with no value, the same. Like every kind's
/// required fields, its absence keeps the file from loading, and the summary says so.
#[test]
fn a_missing_challenge_says_what_it_holds_with_an_example() {
    let dir = tempfile::tempdir().expect("tempdir");
    let without = RECOMMENDATION
        .replace("id: итгэлцэл", "id: itgeltsel")
        .replace(
            "challenge: {en: Firms do not trust each other, mn: Компаниуд бие биедээ итгэдэггүй}\n",
            "",
        );
    put(dir.path(), "recommendations/itgeltsel.md", &without);
    put(dir.path(), "actions/trust-workshops.md", ACTION);
    let (code, out, err) = toli(dir.path(), "en", &["check"]);
    assert_eq!(code, 1);
    // Without a required field the file does not load, as the summary says: no half entry
    // in search or `show`.
    let file = format!("{}/recommendations/itgeltsel.md", dir.path().display());
    assert!(
        err.contains(&format!(
            "1 file not loaded ({file}): its entries are missing"
        )),
        "{err}"
    );
    let (code, _, _) = toli(dir.path(), "en", &["show", "itgeltsel"]);
    assert_ne!(
        code, 0,
        "a recommendation without its challenge is not shown"
    );
    let (_, found, _) = toli(
        dir.path(),
        "en",
        &["search", "build trust between member firms"],
    );
    assert!(!found.contains("itgeltsel"), "{found}");
    assert_eq!(
        lines_of(&out, dir.path()),
        [
            format!("actions/trust-workshops.md:2:1: error: the recommendation in {file} lists this action, but that file did not load — fix its error (line 2, column 1) and the action has its recommendation again"),
            "recommendations/itgeltsel.md:2:1: error: missing required field `challenge`: the problem the recommendation answers, in both languages, for example: challenge: {en: Member firms do not trust each other enough to work together, mn: Гишүүн компаниуд хамтран ажиллах хэмжээнд бие биедээ итгэдэггүй}".to_string(),
        ]
    );
    let (_, out, _) = toli(dir.path(), "mn", &["check"]);
    assert_eq!(
        lines_of(&out, dir.path()),
        [
            format!("actions/trust-workshops.md:2:1: алдаа: энэ арга хэмжээг {file} файл дахь зөвлөмжид жагсаасан боловч уг файл ачаалагдсангүй — түүний алдааг (мөр 2, багана 1) засвал арга хэмжээ зөвлөмжтэйгөө дахин холбогдоно"),
            "recommendations/itgeltsel.md:2:1: алдаа: заавал байх `challenge` талбар байхгүй: зөвлөмжөөр шийдвэрлэх асуудал, хоёр хэлээр, жишээ нь: challenge: {en: Member firms do not trust each other enough to work together, mn: Гишүүн компаниуд хамтран ажиллах хэмжээнд бие биедээ итгэдэггүй}".to_string(),
        ]
    );
    let empty = without.replace("actions: [", "challenge:\nactions: [");
    put(dir.path(), "recommendations/itgeltsel.md", &empty);
    let (_, out, _) = toli(dir.path(), "en", &["check"]);
    assert!(
        out.contains("itgeltsel.md:13:1: error: `challenge` is written but has no value — write it after the colon on this line: the problem the recommendation answers"),
        "{out}"
    );
    let (_, out, _) = toli(dir.path(), "mn", &["check"]);
    assert!(
        out.contains("itgeltsel.md:13:1: алдаа: `challenge` талбарыг бичсэн ч утга нь хоосон байна — энэ мөрөнд хоёр цэгийн ард утгыг нь бичнэ үү: зөвлөмжөөр шийдвэрлэх асуудал, хоёр хэлээр"),
        "{out}"
    );
}

/// The Mongolian of what a required field holds: an id is said with its verb, a stage's model
/// as the entry that sets out its sequence, a case's types with their Mongolian names.
#[test]
fn required_fields_are_described_in_mongolian_with_their_examples() {
    let dir = tempfile::tempdir().expect("tempdir");
    put(
        dir.path(),
        "stages/my-stage.md",
        "---\nid: my-stage\nkind: stage\n---\n::: en\nA.\n\n::: mn\nА.\n",
    );
    put(
        dir.path(),
        "definitions/no-id.md",
        "---\nkind: definition\n---\n::: en\nA.\n\n::: mn\nА.\n",
    );
    put(
        dir.path(),
        "cases/my-case.md",
        "---\nid: my-case\nkind: case\ntype:\n---\n::: en\nA.\n\n::: mn\nА.\n",
    );
    let (_, out, _) = toli(dir.path(), "mn", &["check"]);
    let lines = lines_of(&out, dir.path());
    for want in [
        "definitions/no-id.md:2:1: алдаа: заавал байх `id` талбар байхгүй: холбоосод болон файлын нэрд хэрэглэх бичлэгийн таних нэр; латин жижиг үсэг, цифр, зураасаар бичнэ, жишээ нь: id: anchor-firm",
        "stages/my-stage.md:2:1: алдаа: заавал байх `model` талбар байхгүй: энэ үе шат хамаарах дарааллыг тайлбарласан бичлэгийн (тодорхойлолт эсвэл жишээ төрлийн) таних нэр, жишээ нь: model: cluster-development-stages",
        "cases/my-case.md:4:1: алдаа: `type` талбарыг бичсэн ч утга нь хоосон байна — энэ мөрөнд хоёр цэгийн ард утгыг нь бичнэ үү: жишээний төрөл: park (парк), cluster (кластер), incubator (инкубатор), programme (хөтөлбөр), organisation (байгууллага), platform (платформ), company (компани) эсвэл ecosystem (экосистем), жишээ нь: type: cluster",
    ] {
        assert!(lines.iter().any(|l| l == want), "{want}\n{lines:#?}");
    }
}

/// C-6: `toli new action` says the recommendation that lists it also needs a `challenge`.
#[test]
fn new_action_says_its_recommendation_needs_a_challenge() {
    let dir = tempfile::tempdir().expect("tempdir");
    for (lang, id, want) in [
        (
            "en",
            "act-en",
            "which also needs a `challenge`: the problem it answers, in both languages",
        ),
        (
            "mn",
            "act-mn",
            "түүний `challenge` талбарт зөвлөмжөөр шийдвэрлэх асуудлыг хоёр хэлээр бичнэ",
        ),
    ] {
        let (code, out, err) = toli(dir.path(), lang, &["new", "action", id]);
        assert_eq!(code, 0, "{err}");
        assert!(out.contains(want), "{out}");
    }
}

/// The coach walk of session 21: a file saved as UTF-16 (Notepad's "Unicode") is said to be
/// one, with how to save it as UTF-8, and the links to its id name it rather than "no entry
/// has that id"; a second file with an id the folder has already is told to take another id
/// (its file's name), not to be renamed after the id the other file holds.
#[test]
fn a_utf16_file_and_a_duplicate_id_say_what_to_do() {
    let dir = tempfile::tempdir().expect("tempdir");
    let action = ACTION.encode_utf16().flat_map(u16::to_le_bytes);
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(action);
    put(
        dir.path(),
        "recommendations/itgeltsel.md",
        &RECOMMENDATION.replace("id: итгэлцэл", "id: itgeltsel"),
    );
    std::fs::create_dir_all(dir.path().join("actions")).expect("mkdir");
    std::fs::write(dir.path().join("actions/trust-workshops.md"), bytes).expect("write");
    put(
        dir.path(),
        "definitions/anchor-firm.md",
        &definition("anchor-firm", ""),
    );
    put(
        dir.path(),
        "definitions/cluster-map.md",
        &definition("anchor-firm", ""),
    );
    let (code, out, _) = toli(dir.path(), "en", &["check"]);
    assert_eq!(code, 1);
    let d = dir.path().display();
    assert_eq!(
        lines_of(&out, dir.path()),
        [
            "actions/trust-workshops.md:1:1: error: the file is saved as UTF-16 (“Unicode” in Windows Notepad), which toli does not read — save it again as UTF-8: in Notepad, File → Save as, then Encoding: UTF-8".to_string(),
            "actions/trust-workshops.md:1:1: error: 1 entry links to `trust-workshops`, the id of this file, which did not load (itgeltsel): those links work again once it loads — fix its error (line 1, column 1)".to_string(),
            format!("definitions/cluster-map.md:2:1: error: id `anchor-firm` is already used by {d}/definitions/anchor-firm.md:2, so this file does not load — give this entry another id, such as `cluster-map` (the file's name)"),
        ]
    );
    let (_, out, _) = toli(dir.path(), "mn", &["check"]);
    let lines = lines_of(&out, dir.path());
    assert!(
        lines.contains(&"actions/trust-workshops.md:1:1: алдаа: файлыг UTF-16 кодчиллоор (Windows-ийн Notepad-д «Unicode» гэж нэрлэдэг) хадгалсан тул toli уншиж чаддаггүй — UTF-8 бичвэр болгон дахин хадгална уу: Notepad-д File → Save as, дараа нь Encoding талбарт UTF-8 сонгоно".to_string()),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&format!("definitions/cluster-map.md:2:1: алдаа: `anchor-firm` гэсэн таних нэрийг {d}/definitions/anchor-firm.md:2 дахь бичлэг ашиглаж байгаа тул энэ файл ачаалагдахгүй — энэ бичлэгт өөр таних нэр өгнө үү (жишээ нь файлын нэр болох `cluster-map`)")),
        "{lines:#?}"
    );
}
