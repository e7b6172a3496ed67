//! What `toli check` says to a trainer's tour and sources (walk 24), in both languages: a
//! mistyped step is guessed as the search reads it (`klaster` → `cluster`), never the tour
//! itself, and a step naming its own tour is an error; an unknown source or figure is guessed
//! among its kind, by id or by title words, else told the command that lists them; a step, a
//! source and a figure are each named as such, not "link". And `toli figure` guesses a figure
//! as `toli show` guesses an entry.

use crate::check_coach_lessons::{BODY, SUMMARY, TITLE, checked, entry, folder};
use crate::common;

/// A tour of one's own whose first step is `step` and whose second shows `figure`.
fn tour(step: &str, figure: &str) -> String {
    format!(
        "---\nid: klaster-seminar\nkind: tour\ntitle:\n  en: Clusters for aimag officials\n  mn: Аймгийн албан хаагчдад зориулсан кластерийн сургалт\nsummary:\n  en: A one-hour introduction.\n  mn: Нэг цагийн танилцуулга.\nsteps:\n  - entry: {step}\n    minutes: 10\n  - entry: sea-buckthorn-cluster\n    figures: [{figure}]\n---\n"
    )
}

/// T-1: `klaster`, as Mongolians write «кластер» in Latin letters, is offered `cluster` (the
/// tour's own id `klaster-seminar` is never offered), with the step named as a step.
#[test]
fn a_mistyped_step_is_guessed_as_said_and_never_the_tour_itself() {
    let dir = folder(
        "tours/klaster-seminar.md",
        &tour("klaster", "fig-lithuania-cluster-programmes"),
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "tours/klaster-seminar.md:11:12: error: the step is given the id `klaster`, but no entry has that id — did you mean `cluster`?"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "tours/klaster-seminar.md:11:12: алдаа: алхмыг `klaster` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй бичлэг байхгүй — `cluster` гэж бичих гэсэн үү?"
        ]
    );
    // The guess taken, the tour checks clean.
    let dir = folder(
        "tours/klaster-seminar.md",
        &tour("cluster", "fig-lithuania-cluster-programmes"),
    );
    assert_eq!(checked(dir.path(), "en"), Vec::<String>::new());
}

/// T-1: a step naming the tour itself is an error that says a tour cannot be its own step,
/// not the warning about a link's words, and `toli check` fails.
#[test]
fn a_step_naming_its_own_tour_is_an_error() {
    let dir = folder(
        "tours/klaster-seminar.md",
        &tour("klaster-seminar", "fig-lithuania-cluster-programmes"),
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "tours/klaster-seminar.md:11:12: error: the step is given the id of this tour itself, and a tour cannot be its own step — give the id of the entry to show at this step"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "tours/klaster-seminar.md:11:12: алдаа: алхмыг энэ танилцуулгын өөрийнх нь таних нэрээр заасан байна; танилцуулга өөрөө өөрийнхөө алхам болж чадахгүй — энэ алхамд үзүүлэх бичлэгийн таних нэрийг бичнэ үү"
        ]
    );
    let status = common::toli_en()
        .args(["--content"])
        .arg(dir.path())
        .arg("check")
        .output()
        .expect("run")
        .status;
    assert_eq!(status.code(), Some(1));
}

/// T-2: a figure id mistyped is guessed among figures and named a figure; one near no figure
/// is told the command that lists them.
#[test]
fn a_figure_is_guessed_among_figures_else_told_where_they_are_listed() {
    let dir = folder(
        "tours/klaster-seminar.md",
        &tour("cluster", "fig-lithuania-cluster-programes"),
    );
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "tours/klaster-seminar.md:14:15: error: the figure is given the id `fig-lithuania-cluster-programes`, but no figure has that id — did you mean `fig-lithuania-cluster-programmes`?"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "tours/klaster-seminar.md:14:15: алдаа: зураг, хүснэгтийг `fig-lithuania-cluster-programes` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй зураг, хүснэгт байхгүй — `fig-lithuania-cluster-programmes` гэж бичих гэсэн үү?"
        ]
    );
    let dir = folder("tours/klaster-seminar.md", &tour("cluster", "fig-qqq-zzz"));
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "tours/klaster-seminar.md:14:15: error: the figure is given the id `fig-qqq-zzz`, but no figure has that id — `toli figure` lists the figures"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "tours/klaster-seminar.md:14:15: алдаа: зураг, хүснэгтийг `fig-qqq-zzz` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй зураг, хүснэгт байхгүй — зураг, хүснэгтүүдийн жагсаалтыг `toli figure` тушаалаар харна уу"
        ]
    );
}

/// A definition citing `source` at slide 4.
fn citing(source: &str) -> String {
    entry(&format!("{TITLE}{SUMMARY}"), BODY).replace(
        "  - id: src-unctad-2025\n    locator: \"Section II\"",
        &format!("  - id: {source}\n    locator: \"slide 4\""),
    )
}

/// T-2: an unknown source id is guessed among sources by the words of their titles and
/// aliases (`src-sbt-cluster` → the deck whose alias is "SBT cluster deck"), and named a
/// source; one near no source is told `toli list --kind source`.
#[test]
fn a_source_is_guessed_by_its_title_words_else_told_where_they_are_listed() {
    let dir = folder("klaster-zovloh.md", &citing("src-sbt-cluster"));
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "klaster-zovloh.md:11:9: error: the source is given the id `src-sbt-cluster`, but no source has that id — did you mean `src-sea-buckthorn-deck`?"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "klaster-zovloh.md:11:9: алдаа: эх сурвалжийг `src-sbt-cluster` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй эх сурвалж байхгүй — `src-sea-buckthorn-deck` гэж бичих гэсэн үү?"
        ]
    );
    let dir = folder("klaster-zovloh.md", &citing("src-qqq-zzz"));
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "klaster-zovloh.md:11:9: error: the source is given the id `src-qqq-zzz`, but no source has that id — `toli list --kind source` lists the sources"
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "klaster-zovloh.md:11:9: алдаа: эх сурвалжийг `src-qqq-zzz` гэсэн таних нэрээр заасан, гэвч ийм таних нэртэй эх сурвалж байхгүй — эх сурвалжуудыг `toli list --kind source` тушаал жагсаана"
        ]
    );
}

/// O-3: `toli figure` guesses a figure from a word of its title, in either language, as
/// `toli show` guesses an entry; a word near no figure gets no guess.
#[test]
fn toli_figure_guesses_a_figure_from_its_title_words() {
    let figure = |lang: &str, id: &str| {
        let out = common::toli_en()
            .args(["--lang", lang, "figure", id])
            .output()
            .expect("run");
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        String::from_utf8_lossy(&out.stderr).trim_end().to_string()
    };
    assert_eq!(
        figure("en", "ict"),
        "toli: no figure has the id `ict`. `toli figure` lists them. Did you mean `fig-ict-service-exports`?"
    );
    assert_eq!(
        figure("mn", "ict"),
        "toli: `ict` гэсэн таних нэртэй зураг, хүснэгт байхгүй. Зураг, хүснэгтүүдийн жагсаалтыг `toli figure` тушаалаар харна уу. `fig-ict-service-exports` гэж бичих гэсэн үү?"
    );
    assert!(figure("mn", "МХХТ").ends_with("`fig-ict-service-exports` гэж бичих гэсэн үү?"));
    assert!(!figure("en", "nosuch").contains("Did you mean"));
}
