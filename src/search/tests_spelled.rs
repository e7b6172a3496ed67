//! Words spelled as people type them, over small corpora written as entry files: an inner vowel
//! left out (`honglolt`), and a spelling variant the corpus writes the other way
//! (`sanaachlaga`, «санаачилга»).

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
