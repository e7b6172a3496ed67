//! A trainer's slips inside lists, told where she made them, in both languages: a comma in a
//! `{ }` value spread over lines, a comma cutting a value in a `[ ]` list of pairs, and one bad
//! item of a list (`related`, tour `steps` …) reported at its own line while the list's other
//! items are still read and checked, and the entry still loads.

use crate::check_coach_lessons::{BODY, SUMMARY, TITLE, checked, entry, folder};
use crate::common;

#[test]
fn a_comma_in_braces_spread_over_lines_is_told_at_its_line() {
    let front = format!("title: {{en: Washing and combing,\n  mn: Угаах, самнах}}\n{SUMMARY}");
    let dir = folder("definitions/klaster-zovloh.md", &entry(&front, BODY));
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "definitions/klaster-zovloh.md:5:7: error: a comma inside { } ends the value, so YAML read `самнах` as a field of its own — put the whole value in quotes: mn: \"Угаах, самнах\""
        ]
    );
    assert_eq!(
        checked(dir.path(), "mn"),
        [
            "definitions/klaster-zovloh.md:5:7: алдаа: { } доторх таслал утгыг тэнд нь дуусгадаг тул YAML `самнах` гэснийг тусдаа талбар гэж уншжээ — утгыг бүтнээр нь хашилтад хийж ингэж бичнэ үү: mn: \"Угаах, самнах\""
        ]
    );
}

#[test]
fn a_comma_cutting_a_value_in_a_list_of_pairs_is_told_as_such() {
    let tour = "---\nid: tour-darkhan\nkind: tour\ntitle:\n  en: Darkhan\n  mn: Дархан\nsummary:\n  en: A walk.\n  mn: Аялал.\nsteps:\n  - [entry: cluster, note: Open, then ask]\n---\n::: en\nWalk.\n\n::: mn\nАялал.\n";
    let dir = folder("tours/tour-darkhan.md", tour);
    let en = checked(dir.path(), "en");
    assert!(
        en.iter().any(|l| l.starts_with("tours/tour-darkhan.md:11:28: error: a comma inside [ ] ends the item, so YAML read `then ask` as an item of its own, not as part of the value before it — put the whole value in quotes: note: \"Open, then ask\"")),
        "{en:?}"
    );
    let mn = checked(dir.path(), "mn");
    assert!(
        mn.iter().any(|l| l.contains(":11:28: алдаа: [ ] доторх таслал зүйлийг тэнд нь дуусгадаг тул YAML `then ask` гэснийг өмнөх утгын хэсэг биш, тусдаа зүйл гэж уншжээ")),
        "{mn:?}"
    );
}

#[test]
fn one_bad_related_item_is_told_at_its_line_and_the_rest_still_load() {
    let front =
        format!("{TITLE}{SUMMARY}related:\n  - cluster\n  - {{id: itp-darkhan}}\n  - itp-darhan\n");
    let dir = folder("definitions/klaster-zovloh.md", &entry(&front, BODY));
    // The bad item is told at its line, by its place as written; the item after it is still
    // read: its misspelt link is told at its own line.
    assert_eq!(
        checked(dir.path(), "en"),
        [
            "definitions/klaster-zovloh.md:12:5: error: item 2 of `related`: `related` must be a list of entry ids, like [cluster, cluster-initiative]",
            "definitions/klaster-zovloh.md:13:5: error: the related entry is given the id `itp-darhan`, but no entry has that id — did you mean `itp-darkhan`?",
        ]
    );
    let mn = checked(dir.path(), "mn");
    assert_eq!(mn.len(), 2, "{mn:?}");
    assert!(
        mn[0].starts_with("definitions/klaster-zovloh.md:12:"),
        "{mn:?}"
    );
    // The entry loads with the items that could be read.
    let shown = common::toli_en()
        .arg("--content")
        .arg(dir.path())
        .args(["show", "klaster-zovloh"])
        .output()
        .expect("run");
    assert!(shown.status.success(), "{shown:?}");
    let text = String::from_utf8_lossy(&shown.stdout);
    assert!(text.contains("Cluster adviser"), "{text}");
}

#[test]
fn one_bad_tour_step_is_told_and_the_other_steps_load() {
    let tour = "---\nid: tour-darkhan\nkind: tour\ntitle:\n  en: Darkhan\n  mn: Дархан\nsummary:\n  en: A walk.\n  mn: Аялал.\nsteps:\n  - entry: cluster\n  - cluster-development-stages\n  - entry: itp-darkhan\n---\n::: en\nWalk.\n\n::: mn\nАялал.\n";
    let dir = folder("tours/tour-darkhan.md", tour);
    let en = checked(dir.path(), "en");
    assert_eq!(
        en,
        [
            "tours/tour-darkhan.md:12:5: error: step 2: `steps` must be a list of steps, each `- entry: some-id` with an optional `note: {en: …, mn: …}`"
        ]
    );
    let mn = checked(dir.path(), "mn");
    assert_eq!(mn.len(), 1, "{mn:?}");
    assert!(
        mn[0].starts_with("tours/tour-darkhan.md:12:5: алдаа: №2 алхам"),
        "{mn:?}"
    );
    let shown = common::toli_en()
        .arg("--content")
        .arg(dir.path())
        .args(["show", "tour-darkhan"])
        .output()
        .expect("run");
    assert!(shown.status.success(), "the tour loads: {shown:?}");
}
