//! Lists of links in the reader's alphabetical order, the same in the app and in `toli show`:
//! what the corpus computes (the findings an action answers, a case's figures, the backlinks)
//! follows the titles in the language read ([`toli::collate`]), numbered findings by number.

use crate::common;
use common::shipped;

use toli::app::update;
use toli::lang::Lang;
use toli::reading::relations;

#[test]
fn computed_relations_follow_the_reader_s_alphabet() {
    let corpus = shipped();
    let mut checked = 0;
    for lang in Lang::ALL {
        for i in 0..corpus.len() {
            for (label, ids) in relations(&corpus, i, lang) {
                if !matches!(
                    label,
                    "label-addresses" | "reading-figures" | "reading-related-figures"
                ) || ids.len() < 2
                {
                    continue;
                }
                let ranks: Vec<u32> = ids
                    .iter()
                    .map(|id| corpus.title_rank(corpus.index_of(id).expect("entry"), lang))
                    .collect();
                assert!(
                    ranks.windows(2).all(|w| w[0] <= w[1]),
                    "{} {label} in {lang:?}: {ids:?}",
                    corpus.id(i)
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 10, "lists checked: {checked}");
}

/// The walk's example: an action's "Addressed findings" in the app, in Mongolian.
#[test]
fn the_entry_view_lists_addressed_findings_alphabetically_numbered_ones_by_number() {
    let mut a = common::sized(shipped(), Lang::Mn, 120, 60);
    let i = a
        .corpus
        .index_of("action-sector-specific-financial-incentives")
        .expect("entry");
    update::navigate(&mut a, i);
    let text = common::screen(&a).backend().to_string();
    let at = |needle: &str| {
        text.find(needle)
            .unwrap_or_else(|| panic!("{needle} in\n{text}"))
    };
    assert!(at("1-р дүгнэлт") < at("4-р дүгнэлт"), "{text}");
    assert!(at("4-р дүгнэлт") < at("6-р дүгнэлт"), "{text}");
    assert!(
        at("ДИИ 2023") < at("МХХТ-ийн үйлчилгээний экспорт"),
        "{text}"
    );
    assert!(
        at("МХХТ-ийн үйлчилгээний экспорт") < at("Уул уурхайн бус"),
        "{text}"
    );
    assert!(
        at("6-р дүгнэлт") < at("ДИИ 2023"),
        "numbers before letters: {text}"
    );
}

/// `toli show`'s "Linked from" list, in the shipped corpus: in the reader's alphabetical order
/// («2-р дүгнэлт» before «Жижиг, дунд …»), under the heading the app gives it.
#[test]
fn show_lists_backlinks_in_the_reader_s_order() {
    for (lang, heading) in [("mn", "Энд холбосон бичлэгүүд ("), ("en", "Linked from (")]
    {
        let out = common::toli_en()
            .args(["--lang", lang, "show", "law-on-innovation-2012"])
            .output()
            .expect("run");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        let lines: Vec<&str> = text.lines().collect();
        let at = lines
            .iter()
            .position(|l| l.starts_with(heading))
            .unwrap_or_else(|| panic!("{heading} in\n{text}"));
        let block: Vec<&str> = lines[at + 1..]
            .iter()
            .take_while(|l| !l.is_empty())
            .copied()
            .collect();
        let titles: Vec<String> = block.join(" ").split(" · ").map(str::to_string).collect();
        assert!(titles.len() > 3, "{text}");
        let lang = if lang == "mn" { Lang::Mn } else { Lang::En };
        let mut sorted = titles.clone();
        sorted.sort_by_cached_key(|t| toli::collate::key(t, lang));
        assert_eq!(titles, sorted);
    }
}

/// A case's figures that only name it come under their own heading, after its own figures,
/// in the app and in `toli show`, both languages.
#[test]
fn a_case_s_related_figures_have_their_own_heading() {
    for (lang, own, related) in [
        (Lang::En, "Figures (", "Related figures ("),
        (Lang::Mn, "Зураг, хүснэгт (", "Холбогдох зураг, хүснэгт ("),
    ] {
        let mut a = common::sized(shipped(), lang, 120, 60);
        let i = a.corpus.index_of("it-park").expect("entry");
        update::navigate(&mut a, i);
        let text = common::screen(&a).backend().to_string();
        // The entry pane's rows, the lists' columns and the borders left out.
        let rows: Vec<&str> = (text.lines())
            .filter_map(|l| l.rsplit("││").next())
            .map(|r| r.trim_end_matches(['"', '║', '█', '│']).trim())
            .collect();
        let at = |heading: &str| {
            let heading = heading.trim_end_matches(" (");
            (rows.iter().position(|r| *r == heading))
                .unwrap_or_else(|| panic!("{heading} in\n{text}"))
        };
        assert!(at(own) < at(related), "{text}");
        let a_case_with_none_of_its_own = ["sea-buckthorn-cluster"];
        let out = common::toli_en()
            .args(["--lang", lang.code(), "show"])
            .args(a_case_with_none_of_its_own)
            .output()
            .expect("run");
        let shown = String::from_utf8(out.stdout).expect("UTF-8");
        let heading = |h: &str| format!("{}:", h.trim_end_matches(" ("));
        let headings: Vec<&str> = (shown.lines())
            .filter(|l| *l == heading(own) || *l == heading(related))
            .collect();
        assert_eq!(headings, [heading(related)], "{shown}");
    }
}
