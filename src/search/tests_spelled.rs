//! Words spelled as people type them, over small corpora written as entry files: an inner vowel
//! left out (`honglolt`), and a spelling variant the corpus writes the other way
//! (`sanaachlaga`, «санаачилга»), chat Latin's letters for в and the soft sign (`tosow`,
//! `haritsuulalt`).

use super::tests_asked::{answers_first, file, found};
use super::*;

/// The customs-zone incentive of industrial technology parks (ҮТП), and a finding titled with
/// the parks that mentions incentives in passing.
fn incentive_and_finding() -> [String; 2] {
    let incentive = file(
        r#"
id: customs-incentive
kind: policy
title: {en: "ITP incentives: special customs zones", mn: "ҮТП-ийн хөнгөлөлт: гаалийн тусгай бүс"}
summary: {en: Special customs zones for the parks., mn: "Үйлдвэр, технологийн паркуудад гаалийн тусгай бүс."}
country: MN
type: incentive
"#,
        "Text.",
        "Бичвэр.",
    );
    let finding = file(
        r#"
id: parks-finding
kind: finding
title: {en: Parks lack funding, mn: Паркуудад санхүүжилт дутмаг}
summary: {en: Funding never reached the parks., mn: Санхүүжилт паркуудад хүрээгүй.}
"#,
        "The law names incentives.",
        "Хуульд хөнгөлөлт заасан.",
    );
    [incentive, finding]
}

#[test]
fn a_word_typed_without_an_inner_vowel_is_the_word() {
    let files = incentive_and_finding();
    answers_first(
        &files,
        &[
            "parkuudad yamar hongololt baidag",
            "parkuudad yamar honglolt baidag",
        ],
        "customs-incentive",
    );
    let corpus = Corpus::new(files.iter().map(|t| super::tests_asked::entry(t)).collect());
    let index = SearchIndex::build(&corpus);
    let near = index
        .find(&corpus, "honglolt", &SearchOptions::default())
        .near_only;
    assert!(
        near.is_empty(),
        "a vowel left out is no near spelling: {near:?}"
    );
}

/// The definition of a cluster initiative, with a long English title, and a short-titled case
/// of one that more entries link to.
fn initiative_and_case() -> Vec<String> {
    let definition = file(
        r#"
id: cluster-initiative
kind: definition
title: {en: "Cluster initiative, an organised effort to grow a cluster", mn: Кластерийн санаачилга}
summary: {en: An organised effort., mn: Зохион байгуулалттай хүчин чармайлт.}
"#,
        "Text.",
        "Бичвэр.",
    );
    let case = file(
        r#"
id: sbt-initiative
kind: case
title: {en: SBT initiative, mn: Чацарганын кластерийн санаачилга}
summary: {en: A sea buckthorn cluster initiative., mn: Чацарганын кластерийн санаачилга.}
country: MN
type: cluster
sector: [agriculture]
"#,
        "Text.",
        "Бичвэр.",
    );
    let linking = (0..20).map(|i| {
        file(
            &format!(
                "id: note-{i}\nkind: finding\ntitle: {{en: Note {i}, mn: Тэмдэглэл {i}}}\nsummary: {{en: A note., mn: Тэмдэглэл.}}\nrelated: [sbt-initiative]"
            ),
            "Text.",
            "Бичвэр.",
        )
    });
    [definition, case].into_iter().chain(linking).collect()
}

#[test]
fn a_spelling_variant_names_the_title_written_the_other_way() {
    let files = initiative_and_case();
    answers_first(
        &files,
        &[
            "кластерийн санаачилга",
            "klasteriin sanaachilga",
            "klasteriin sanaachlaga",
            "кластерийн санаачлага",
        ],
        "cluster-initiative",
    );
    let got = found(&files, "sanaachlaga");
    assert_eq!(got.len(), 2, "the variant finds both: {got:?}");
}

/// A comparison of parks, a budget, and a project one letter from the budget.
fn comparison_and_budget() -> Vec<String> {
    let entry = |id: &str, en: &str, mn: &str| {
        file(
            &format!(
                "id: {id}\nkind: finding\ntitle: {{en: {en}, mn: {mn}}}\nsummary: {{en: {en}., mn: {mn}.}}"
            ),
            "Text.",
            "Бичвэр.",
        )
    };
    vec![
        entry(
            "parks-compared",
            "Four parks compared",
            "Дөрвөн паркийн харьцуулалт",
        ),
        entry("park-budget", "The parks' budget", "Паркийн төсөв"),
        entry("park-project", "A park project", "Паркийн төсөл"),
    ]
}

/// `w` typed for в and `i` for the soft sign are how chat Latin writes the word: it is found
/// as the word, and not said to be missing from the content.
#[test]
fn chat_latin_letters_read_as_the_word_not_a_near_spelling() {
    let files = comparison_and_budget();
    answers_first(
        &files,
        &["haritsuulalt", "parkiin haritsuulalt"],
        "parks-compared",
    );
    answers_first(&files, &["tosow", "parkiin tosow"], "park-budget");
    let corpus = Corpus::new(files.iter().map(|t| super::tests_asked::entry(t)).collect());
    let index = SearchIndex::build(&corpus);
    for typed in ["haritsuulalt", "tosow"] {
        let near = index
            .find(&corpus, typed, &SearchOptions::default())
            .near_only;
        assert!(near.is_empty(), "{typed}: {near:?}");
    }
    let mongolian = SearchOptions::in_lang(Lang::Mn);
    let near = (index.find(&corpus, "tosox", &mongolian)).near_only;
    assert_eq!(near, ["tosox"], "a slip with no chat letter is still said");
}

/// A Mongolian reader's verb form typed in Latin letters finds the verb's other forms, as the
/// Cyrillic form does: `sanhuujuulsen` (funded) finds «санхүүжүүлдэг» (funds) and
/// «санхүүжилт» (funding).
#[test]
fn a_latin_verb_form_finds_the_verbs_other_forms() {
    let files = [
        file(
            r#"
id: hub-funding
kind: finding
title: {en: The hub's funding, mn: Хабын санхүүжилт}
summary: {en: The city funds the hub., mn: Хабыг нийслэл санхүүжүүлдэг.}
"#,
            "The city.",
            "Нийслэл.",
        ),
        file(
            r#"
id: park-funding
kind: finding
title: {en: No money for the park, mn: Паркийн мөнгө}
summary: {en: The park's funding was never paid., mn: Паркийн санхүүжилт олгогдоогүй.}
"#,
            "The park.",
            "Парк.",
        ),
    ];
    let corpus = Corpus::new(files.iter().map(|t| super::tests_asked::entry(t)).collect());
    let index = SearchIndex::build(&corpus);
    for q in ["санхүүжүүлсэн", "sanhuujuulsen"] {
        let found = index.find(&corpus, q, &SearchOptions::in_lang(Lang::Mn));
        assert_eq!(found.hits.len(), 2, "{q}");
        assert!(found.near_only.is_empty(), "{q}: {:?}", found.near_only);
    }
}
