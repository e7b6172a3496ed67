//! What `toli check` says to a trainer's own findings, recommendations, stages and tours
//! (walk 24, checker 25), in both languages: an unknown id in `related`, `addressed_by`,
//! `actions` or `model` is named as the author knows the field, guessed among the kinds the
//! field takes and never the file's own entry, else told the command that lists them; a word
//! the search reads through its synonyms or in Latin letters is guessed as the search finds
//! it (`hurdasguur` → `accelerator`, `klaster-hogjil` → `cluster-development-stages`); a tour
//! named as a step is a warning that says what the room and the handout get. And a bare
//! `[[cluster]]` mid-sentence reads "cluster", «кластер», in `toli show` and the handout.

use crate::check_coach_lessons::{checked, folder};
use crate::common;

/// Front matter and body common to the fixtures: `kind`, `id`, a title and summary in both
/// languages, a source, then `fields`.
fn own(kind: &str, id: &str, fields: &str) -> String {
    format!(
        "---\nid: {id}\nkind: {kind}\ntitle:\n  en: Soum clusters\n  mn: Сумын кластер\nsummary:\n  en: Small clusters in soums.\n  mn: Сумын жижиг кластер.\nsources:\n  - id: src-unctad-2025\n    locator: \"Section II\"\n{fields}---\n::: en\nText.\n\n::: mn\nБичвэр.\n"
    )
}

/// An unknown related entry, and a finding's `addressed_by` guessed among actions and
/// recommendations (`finding-sum-klastr`, near the finding's own id, is never offered it).
#[test]
fn related_and_addressed_by_are_named_as_the_author_knows_them() {
    let dir = folder(
        "finding-sum-klaster.md",
        &own(
            "finding",
            "finding-sum-klaster",
            "related: [clustr]\naddressed_by: [action-eu-strategic-leadership-recovry, finding-sum-klastr]\n",
        ),
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "finding-sum-klaster.md:13:11: error: the related entry is given the id `clustr`, but no entry has that id — did you mean `cluster`?",
            "finding-sum-klaster.md:14:16: error: the action or recommendation that addresses this finding is given the id `action-eu-strategic-leadership-recovry`, but no action or recommendation has that id — did you mean `action-eu-strategic-leadership-recovery`?",
            "finding-sum-klaster.md:14:56: error: the action or recommendation that addresses this finding is given the id `finding-sum-klastr`, but no action or recommendation has that id — `toli list --kind action` lists the actions, `toli list --kind recommendation` the recommendations",
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "finding-sum-klaster.md:13:11: алдаа: холбогдох бичлэгийг `clustr` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй бичлэг байхгүй — `cluster` гэж бичих гэсэн үү?",
            "finding-sum-klaster.md:14:16: алдаа: энэ дүгнэлтийн асуудлыг шийдвэрлэх арга хэмжээ эсвэл зөвлөмжийг `action-eu-strategic-leadership-recovry` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй арга хэмжээ, зөвлөмж байхгүй — `action-eu-strategic-leadership-recovery` гэж бичих гэсэн үү?",
            "finding-sum-klaster.md:14:56: алдаа: энэ дүгнэлтийн асуудлыг шийдвэрлэх арга хэмжээ эсвэл зөвлөмжийг `finding-sum-klastr` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй арга хэмжээ, зөвлөмж байхгүй — арга хэмжээнүүдийг `toli list --kind action` тушаал, зөвлөмжүүдийг `toli list --kind recommendation` тушаал жагсаана",
        ]
    );
}

/// A recommendation's action is guessed among actions, never the recommendation itself; a
/// stage's model written in Latin letters is guessed as the search reads it.
#[test]
fn an_action_and_a_model_are_named_as_the_author_knows_them() {
    let dir = folder(
        "rec-sum-klaster.md",
        &own(
            "recommendation",
            "rec-sum-klaster",
            "challenge:\n  en: No coach.\n  mn: Дасгалжуулагч байхгүй.\nactions: [action-eu-link-ecosystem, rec-sum-klastr]\n",
        ),
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "rec-sum-klaster.md:16:11: error: the recommendation's action is given the id `action-eu-link-ecosystem`, but no action has that id — did you mean `action-eu-link-ecosystems`?",
            "rec-sum-klaster.md:16:37: error: the recommendation's action is given the id `rec-sum-klastr`, but no action has that id — `toli list --kind action` lists the actions",
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "rec-sum-klaster.md:16:11: алдаа: зөвлөмжийн арга хэмжээг `action-eu-link-ecosystem` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй арга хэмжээ байхгүй — `action-eu-link-ecosystems` гэж бичих гэсэн үү?",
            "rec-sum-klaster.md:16:37: алдаа: зөвлөмжийн арга хэмжээг `rec-sum-klastr` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй арга хэмжээ байхгүй — арга хэмжээнүүдийг `toli list --kind action` тушаал жагсаана",
        ]
    );
    let dir = folder(
        "sum-klaster-stage.md",
        &own(
            "stage",
            "sum-klaster-stage",
            "model: klaster-hogjil\nposition: 1\n",
        ),
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "sum-klaster-stage.md:13:8: error: the stage's model is given the id `klaster-hogjil`, but no entry has that id — did you mean `cluster-development-stages`?"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "sum-klaster-stage.md:13:8: алдаа: үе шатын загварыг `klaster-hogjil` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй бичлэг байхгүй — `cluster-development-stages` гэж бичих гэсэн үү?"
        ]
    );
}

/// A tour whose steps are `steps` (one id a line).
fn tour(steps: &[&str]) -> String {
    let steps: String = steps.iter().map(|s| format!("  - entry: {s}\n")).collect();
    format!(
        "---\nid: sum-seminar\nkind: tour\ntitle:\n  en: Soum clusters\n  mn: Сумын кластер\nsummary:\n  en: One hour.\n  mn: Нэг цаг.\nsteps:\n{steps}---\n"
    )
}

/// A step spelt with a synonym the search knows (`hurdasguur`, «хурдасгуур», is an
/// accelerator in SYNONYMS.yaml), or with a folder's own synonym, is guessed as the search
/// finds it; a word no synonym names and the search does not read has no guess.
#[test]
fn a_step_is_guessed_through_the_searchs_synonyms() {
    let dir = folder(
        "tours/sum-seminar.md",
        &tour(&["hurdasguur", "blorpa-vinz"]),
    );
    let said = checked(dir.path(), "en");
    assert_eq!(
        said[0],
        "tours/sum-seminar.md:11:12: error: the step is given the id `hurdasguur`, but no entry has that id — did you mean `accelerator`?"
    );
    assert_eq!(
        said[1],
        "tours/sum-seminar.md:12:12: error: the step is given the id `blorpa-vinz`, but no entry has that id"
    );
    // The folder's own synonyms are read too.
    std::fs::write(
        dir.path().join("SYNONYMS.yaml"),
        "- [blorpa vinz, incubator]\n",
    )
    .expect("write");
    assert_eq!(
        checked(dir.path(), "mn")[1],
        "tours/sum-seminar.md:12:12: алдаа: алхмыг `blorpa-vinz` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй бичлэг байхгүй — `incubator` гэж бичих гэсэн үү?"
    );
}

/// A tour named as a step of another is shown as one slide and one handout page, its steps
/// not gone through: a warning that says so and what to write instead; `toli check` passes.
#[test]
fn a_tour_as_a_step_is_a_warning_that_says_what_the_room_sees() {
    let dir = folder(
        "tours/sum-seminar.md",
        &tour(&["cluster", "tour-clusters-abroad"]),
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "tours/sum-seminar.md:12:12: warning: the step is given the id of the tour `tour-clusters-abroad`: the talk shows that tour as one slide (its title, summary, list of steps and text) and the handout as one page, but neither goes through its steps — to show them, give their entries' ids as steps here, or present that tour on its own with `toli present tour-clusters-abroad`"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "tours/sum-seminar.md:12:12: анхааруулга: алхмыг `tour-clusters-abroad` танилцуулгын таних нэрээр заасан: танилцуулга үзүүлэхэд тэр танилцуулга нэг дэлгэцэнд (гарчиг, хураангуй, алхмуудын жагсаалт, бичвэрийн хамт), тараах материалд нэг хуудсанд гарах боловч алхмуудыг нь нэг нэгээр нь үзүүлдэггүй — тэдгээр алхмыг үзүүлэх бол бичлэгүүдийн нь таних нэрийг энд алхам болгон бичих эсвэл тэр танилцуулгыг `toli present tour-clusters-abroad` тушаалаар тусад нь үзүүлнэ үү"
        ]
    );
    let status = common::toli_en()
        .args(["--content"])
        .arg(dir.path())
        .arg("check")
        .output()
        .expect("run")
        .status;
    assert_eq!(status.code(), Some(0));
}

/// Walk 24 T-4: the trainer's "a small [[cluster]] in one soum" reads "a small cluster" in
/// `toli show` and in the handout, «жижиг кластер» in Mongolian; at a sentence's start the
/// title keeps its capital.
#[test]
fn a_bare_link_to_a_definition_reads_as_prose() {
    let text = "---\nid: team-cluster\nkind: definition\ntitle:\n  en: Team cluster\n  mn: Багийн кластер\nsummary:\n  en: A small cluster.\n  mn: Жижиг кластер.\nsources:\n  - id: src-unctad-2025\n    locator: \"Section II\"\n---\n::: en\nA team cluster is what we call a small [[cluster]] in one soum. [[cluster]] is the wider idea.\n\n::: mn\nБагийн кластер гэж нэг сумын жижиг [[cluster]] юм.\n";
    let dir = folder("team-cluster.md", text);
    let show = |lang: &str| {
        let out = common::toli_en()
            .args(["--lang", lang, "--content"])
            .arg(dir.path())
            .args(["show", "team-cluster"])
            .output()
            .expect("run");
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    let en = show("en");
    assert!(
        en.contains("a small cluster in one soum. Cluster is the wider idea."),
        "{en}"
    );
    let mn = show("mn");
    assert!(mn.contains("нэг сумын жижиг кластер юм."), "{mn}");
    let out = tempfile::tempdir().expect("tempdir");
    let handout = out.path().join("h");
    let status = common::toli_en()
        .args(["--content"])
        .arg(dir.path())
        .args(["handout", "--langs", "both"])
        .arg(&handout)
        .output()
        .expect("run")
        .status;
    assert!(status.success());
    let page = std::fs::read_to_string(handout.join("team-cluster.html")).expect("page");
    assert!(
        page.contains("a small <a href=\"cluster.html\">cluster</a> in one soum"),
        "{page}"
    );
    assert!(
        page.contains("жижиг <a href=\"cluster.html\">кластер</a> юм"),
        "{page}"
    );
}

/// A guess through the search is an entry whose own id, title or alias shares most of the
/// id's words, not the search's first hit: `incubator-center` (whose two words the
/// Ulaanbaatar Innovation Hub holds in its text, not its names) gets none;
/// `cluster-policy-lithuania` gets the Lithuanian clusters.
#[test]
fn a_search_guess_shares_the_ids_own_words() {
    let dir = folder(
        "finding-sum-klaster.md",
        &own(
            "finding",
            "finding-sum-klaster",
            "related: [incubator-center, cluster-policy-lithuania]\n",
        ),
    );
    let said = checked(dir.path(), "en");
    assert!(
        said.contains(&"finding-sum-klaster.md:13:11: error: the related entry is given the id `incubator-center`, but no entry has that id".to_string()),
        "{said:?}"
    );
    assert!(
        said.contains(&"finding-sum-klaster.md:13:29: error: the related entry is given the id `cluster-policy-lithuania`, but no entry has that id — did you mean `lithuanian-clusters`?".to_string()),
        "{said:?}"
    );
}
