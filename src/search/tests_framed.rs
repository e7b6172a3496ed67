//! Questions whose framing words are not their topic, over small corpora written as entry
//! files: a comparison answered by the entry that contrasts its two sides, "is X the same as
//! Y", "who came up with the idea of X", "how can we get X to Y", and a word naming a kind
//! ("what is the main problem", `zovlomj`).

use super::tests_asked::{answers_first, file, found};

fn definition(id: &str, en: &str, mn: &str, summary_en: &str, summary_mn: &str) -> String {
    file(
        &format!(
            "id: {id}\nkind: definition\ntitle: {{en: \"{en}\", mn: \"{mn}\"}}\n\
             summary: {{en: \"{summary_en}\", mn: \"{summary_mn}\"}}\nrelated: [pathways]"
        ),
        summary_en,
        summary_mn,
    )
}

/// A science park, an industrial technology park, and the entry contrasting them (as
/// technology-upgrading-pathways does), which both link to.
fn parks() -> Vec<String> {
    vec![
        definition(
            "science-park",
            "Science park",
            "Шинжлэх ухааны парк",
            "A park run to foster innovation among its firms.",
            "Компаниудын инновацийг дэмжих парк.",
        ),
        definition(
            "itp",
            "Industrial technology park",
            "Үйлдвэр технологийн парк",
            "A park for value-chain upgrading of industry.",
            "Үйлдвэрлэлийн үнэ цэнийн сүлжээнд ахихад чиглэсэн парк.",
        ),
        file(
            r#"
id: pathways
kind: definition
title: {en: Three pathways of upgrading, mn: Шинэчлэлийн гурван зам}
summary: {en: "Three related but distinct routes: industrial technology parks for upgrading, science parks for diversification.", mn: "Харилцан холбоотой боловч ялгаатай гурван зам: үйлдвэр технологийн парк, шинжлэх ухааны парк."}
"#,
            "A table.",
            "Хүснэгт.",
        ),
    ]
}

#[test]
fn a_comparison_is_answered_by_the_entry_contrasting_its_sides() {
    answers_first(
        &parks(),
        &[
            "difference between a science park and an industrial technology park",
            "шинжлэх ухааны парк, үйлдвэр технологийн парк хоёрын ялгаа юу вэ",
        ],
        "pathways",
    );
}

#[test]
fn an_entry_naming_both_sides_without_contrasting_them_stays_behind_them() {
    let mut files = parks();
    // The same entry, saying nothing of a difference.
    files[2] = files[2]
        .replace("related but distinct routes", "routes")
        .replace("Харилцан холбоотой боловч ялгаатай", "Харилцан холбоотой");
    let got = found(
        &files,
        "difference between a science park and an industrial technology park",
    );
    assert_ne!(got.first().map(String::as_str), Some("pathways"), "{got:?}");
    // A question that does not compare asks for what it names.
    let got = found(&parks(), "what is an industrial technology park");
    assert_eq!(got.first().map(String::as_str), Some("itp"), "{got:?}");
}

#[test]
fn the_same_as_asks_how_two_things_differ() {
    let studio = definition(
        "studio",
        "Start-up studio",
        "Стартап студи",
        "Incubation, seed funding and equity in one private space.",
        "Инкубаци, үрийн санхүүжилт, хувь эзэмшил нэг дор.",
    );
    // A table that happens to hold "same" and "as".
    let table = file(
        r#"
id: parks-compared
kind: finding
title: {en: Four parks compared, mn: Дөрвөн паркийг харьцуулсан нь}
summary: {en: "The same services as an incubator, run as a start-up studio or not.", mn: Ижил үйлчилгээ.}
"#,
        "A table.",
        "Хүснэгт.",
    );
    answers_first(
        &[studio, table],
        &["is a start-up studio the same as an incubator"],
        "studio",
    );
}

#[test]
fn who_came_up_with_an_idea_asks_who_defined_it() {
    let concept = file(
        r#"
id: supercluster
kind: definition
title: {en: Innovation supercluster, mn: Инновацийн супер кластер}
summary: {en: A cluster that steers a neutral platform for many actors., mn: Олон оролцогчийн платформ.}
defined_by: {en: Christian Rangen (2019), mn: Кристиан Ранген (2019)}
"#,
        "A definition.",
        "Тодорхойлолт.",
    );
    let programme = file(
        r#"
id: programme
kind: case
title: {en: Canada's supercluster programme, mn: Канадын супер кластерын хөтөлбөр}
summary: {en: "The idea came up in 2017: five innovation superclusters were set up with public money.", mn: Таван супер кластер.}
country: CA
type: cluster
sector: [multi]
"#,
        "A programme.",
        "Хөтөлбөр.",
    );
    answers_first(
        &[concept, programme],
        &["who came up with the idea of an innovation supercluster"],
        "supercluster",
    );
}

#[test]
fn how_can_we_get_universities_and_companies_to_work_together() {
    let linkages = definition(
        "academia-industry",
        "Collaboration between academia and industry",
        "Эрдэм шинжилгээ, үйлдвэрлэлийн хамтын ажиллагаа",
        "Joint research, internships and technology transfer between academia and industry.",
        "Хамтарсан судалгаа, дадлага, технологи дамжуулалт.",
    );
    let table = definition(
        "indicators",
        "Innovation indicators",
        "Инновацийн үзүүлэлт",
        "We get more companies to report how they work, together with universities' own counts.",
        "Үзүүлэлтүүд.",
    );
    answers_first(
        &[linkages, table],
        &["how can we get universities and companies to work together more"],
        "academia-industry",
    );
}

/// A word naming a kind favours that kind, in English, Cyrillic and Latin letters: the main
/// problem is a finding's, a recommendation is a recommendation (not the definition whose
/// title says the word more strongly).
#[test]
fn a_word_naming_a_kind_favours_that_kind() {
    let files = [
        definition(
            "success-factors",
            "Key success factors",
            "Амжилтын гол хүчин зүйлс",
            "What the main recommendations say parks need.",
            "Паркт юу хэрэгтэйг гол зөвлөмжүүд хэлдэг.",
        ),
        file(
            r#"
id: weak-links
kind: finding
title: {en: "Weak links between science and business", mn: "Шинжлэх ухаан, бизнесийн сул холбоо"}
summary: {en: "The main weakness is that science and business rarely meet.", mn: "Гол сул тал нь шинжлэх ухаан, бизнес ховор уулздаг явдал."}
"#,
            "Parks stay empty.",
            "Паркууд хоосон байна.",
        ),
        file(
            r#"
id: rec-links
kind: recommendation
title: {en: "Link science and business", mn: "Шинжлэх ухаан, бизнесийг холбох"}
summary: {en: "Bring universities and firms together.", mn: "Их сургууль, компанийг холбох."}
challenge: {en: "Science and business rarely meet.", mn: "Шинжлэх ухаан, бизнес ховор уулздаг."}
actions: [act-forum]
"#,
            "The recommendation: hold forums.",
            "Зөвлөмж: форум зохион байгуулах.",
        ),
    ];
    answers_first(
        &files,
        &[
            "gol asuudal yu ve",
            "гол асуудал юу вэ",
            "what is the main problem",
        ],
        "weak-links",
    );
    answers_first(
        &files,
        &["zovlomj", "зөвлөмж", "recommendation"],
        "rec-links",
    );
    // Without a word naming a kind, the title says it more strongly.
    assert_eq!(
        found(&files, "гол").first().map(String::as_str),
        Some("success-factors")
    );
}
