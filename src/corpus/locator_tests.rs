//! Tests of `locator`: the rendering rules, and every locator of the shipped corpus.

use super::*;
use crate::corpus::load::{Sources, load};

fn mn(text: &str) -> String {
    mongolian(text)
}

#[test]
fn structural_words_in_mongolian() {
    assert_eq!(
        mn("Section IV, Figure 9, footnote 6"),
        "IV бүлэг, 9-р зураг, 6-р зүүлт"
    );
    assert_eq!(mn("Table 3"), "3-р хүснэгт");
    assert_eq!(
        mn("Section V, Boxes 1, 4 and 5"),
        "V бүлэг, 1, 4, 5-р хайрцаг"
    );
    assert_eq!(
        mn("Section VI, Findings 3 and 6"),
        "VI бүлэг, 3, 6-р дүгнэлт"
    );
    assert_eq!(mn("Sections III and V"), "III, V бүлэг");
    assert_eq!(mn("Section II and footnote 3"), "II бүлэг ба 3-р зүүлт");
    assert_eq!(mn("Section III, Figures 4–6"), "III бүлэг, 4–6-р зураг");
    assert_eq!(mn("p. 12"), "12-р хуудас");
    assert_eq!(mn("slide 12"), "12-р слайд");
    assert_eq!(
        mn("Section VI, Recommendations: key actions printed between Finance and Skills"),
        "VI бүлэг, зөвлөмжүүд: «Finance», «Skills» хоёрын хоорондох гол арга хэмжээ"
    );
    assert_eq!(mn("Executive summary"), "хураангуй");
}

#[test]
fn simple_locators_skip_the_rules() {
    assert_eq!(
        simple("cited in UNCTAD 2025, Section V, Table 3").as_deref(),
        Some("иш татсан: UNCTAD 2025, V бүлэг, 3-р хүснэгт")
    );
    assert_eq!(
        simple("Section IV; Annex").as_deref(),
        Some("IV бүлэг; хавсралт")
    );
    assert_eq!(simple("cited in the report, Table 3"), None);
    assert_eq!(
        simple("Section IV, STI Actors in Mongolia").as_deref(),
        Some("IV бүлэг, STI Actors in Mongolia")
    );
    assert_eq!(simple("Section VI, Recommendations: Digital"), None);
    assert_eq!(simple("Section VI, Finding 3, challenge"), None);
}

#[test]
fn citations_keep_the_citing_work_and_reorder() {
    assert_eq!(
        mn("as cited in Section V of UNCTAD (2025)"),
        "иш татсан: НҮБХХБХ (2025), V бүлэг"
    );
    assert_eq!(
        mn("as cited under Table 2 of UNCTAD (2025)"),
        "иш татсан: НҮБХХБХ (2025), 2-р хүснэгтийн доор"
    );
    assert_eq!(
        mn("as cited in UNCTAD 2025 Section III"),
        "иш татсан: НҮБХХБХ (2025), III бүлэг"
    );
    assert_eq!(
        mn(
            "Section V, Start-ups, Accelerators and Incubators for Corporate Diversification (after Box 5)"
        ),
        "V бүлэг, Start-ups, Accelerators and Incubators for Corporate Diversification (5-р хайрцгийн дараа)"
    );
}

#[test]
fn slide_titles_are_quoted_as_the_source_has_them() {
    assert_eq!(mn("slide: Title"), "слайд: Title");
    assert_eq!(
        mn("as cited on slide: Findings and discussions"),
        "иш татсан слайд: Findings and discussions"
    );
    assert_eq!(
        mn("slide: Motivation — European Cluster Collaboration Platform table"),
        "слайд: Motivation — European Cluster Collaboration Platform table"
    );
    assert!(english_words("слайд: Table of Findings").is_empty());
    assert_eq!(english_words("Table 3"), vec!["Table"]);
    assert!(english_words("«Findings and discussions» (дүгнэлт) слайд").is_empty());
    assert_eq!(english_words("«Findings» ба Table 3"), vec!["Table"]);
    assert!(english_words("«Cluster „Findings“ slide» (дүгнэлт)").is_empty());
    assert_eq!(english_words("„Findings“ ба Table 3"), vec!["Table"]);
}

#[test]
fn an_explicit_map_wins_and_english_stays_as_written() {
    let plain = Bi {
        en: Some("Table 3".to_string()),
        mn: Some("Table 3".to_string()),
    };
    assert_eq!(render(&plain, Lang::En), "Table 3");
    assert_eq!(render(&plain, Lang::Mn), "3-р хүснэгт");
    let both = Bi {
        en: Some("Annex, Hsinchu".to_string()),
        mn: Some("Хавсралт, Синьчжу".to_string()),
    };
    assert_eq!(render(&both, Lang::Mn), "Хавсралт, Синьчжу");
    assert_eq!(render(&both, Lang::En), "Annex, Hsinchu");
}

/// Every locator of the shipped corpus as the Mongolian view shows it.
fn shipped_mongolian() -> Vec<(String, String, String)> {
    let corpus = load(&Sources::builtin()).corpus;
    let mut out = Vec::new();
    for i in 0..corpus.len() {
        let e = corpus.entry(i);
        for s in &e.sources {
            let written = s.locator.show(Lang::En).to_string();
            out.push((e.origin.path.clone(), written, s.place(Lang::Mn)));
        }
    }
    out
}

#[test]
fn the_shortcut_for_simple_locators_agrees_with_the_rules() {
    let mut simple_ones = 0;
    for (_, written, _) in shipped_mongolian() {
        if slide_word(&written).is_some() {
            continue;
        }
        if let Some(fast) = simple(&written) {
            simple_ones += 1;
            assert_eq!(fast, with_rules(written.clone()), "{written}");
        }
    }
    assert!(simple_ones > 50, "{simple_ones} simple locators");
}

#[test]
fn no_english_locator_word_is_left_in_the_mongolian_view() {
    let all = shipped_mongolian();
    assert!(all.len() > 700, "the shipped corpus has its locators");
    let left: Vec<String> = all
        .iter()
        .filter(|(_, _, mn)| !english_words(mn).is_empty())
        .map(|(path, en, mn)| format!("{path}: {en} → {mn}"))
        .collect();
    assert!(left.is_empty(), "{} left:\n{}", left.len(), left.join("\n"));
}
