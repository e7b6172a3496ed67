//! The places one source is cited at, said once: "Sections IV, V, VI" / «IV, V, VI бүлэг»
//! where every place is a numbered part of one kind (section, slide, table …), in the order of
//! their numbers; a finer place within one is kept ("Section IV; Section V, Box 1"); a part
//! named with its title is said whole, title and all, as the entry view shows it, the places
//! within one such part naming it once (`citation_titled`); parts named
//! by their titles alone, or places in the annex, say their kind once (`citation_titled`:
//! "slides: The Issue; Conclusions"); else each place in full, in the order cited.

use std::sync::LazyLock;

use regex::Regex;

use crate::lang::Lang;

/// A place's head: the kind of part and its number ("Section", "IV"), and a finer place
/// within it that follows ("Box 1" in "Section V, Box 1"; a section's title is not one).
struct Head<'a> {
    noun: &'a str,
    number: &'a str,
    within: Option<&'a str>,
    /// The part's title follows the head ("Section IV, STI Policy Framework"), as the entry
    /// view shows it.
    titled: bool,
}

impl Head<'_> {
    /// The head as written, without what follows: "Section V", «V бүлэг», «8-р слайд».
    fn text(&self, lang: Lang) -> String {
        match lang {
            Lang::En => format!("{} {}", self.noun, self.number),
            Lang::Mn if self.number.starts_with(|c: char| c.is_ascii_digit()) => {
                format!("{}-р {}", self.number, self.noun)
            }
            Lang::Mn => format!("{} {}", self.number, self.noun),
        }
    }
}

/// The value of a part's number, to put places in order: Roman (IV) or Arabic (12), the
/// first of a range.
fn value(number: &str) -> u32 {
    let first = number.split(['–', '-']).next().unwrap_or(number);
    if let Ok(n) = first
        .trim_end_matches(|c: char| c.is_ascii_lowercase())
        .parse()
    {
        return n;
    }
    let digit = |c| match c {
        'I' => 1,
        'V' => 5,
        'X' => 10,
        _ => 0,
    };
    let digits: Vec<u32> = first.chars().map(digit).collect();
    digits
        .iter()
        .enumerate()
        .map(|(i, &d)| match digits.get(i + 1) {
            Some(&next) if next > d => -(d as i64),
            _ => d as i64,
        })
        .sum::<i64>()
        .max(0) as u32
}

pub(super) fn re(pattern: &str) -> Regex {
    #[allow(clippy::expect_used)]
    Regex::new(pattern).expect("a valid place pattern")
}

/// English: `Section IV, …`, `slide 8`, `p. 12` …
static EN: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(Sections?|Chapters?|[Ss]lides?|Tables?|Figures?|Box|[Pp]ages?|p\.|[Pp]aragraphs?|[Ii]tems?|[Aa]rticles?|Annex|Finding|Recommendation)\s+([0-9IVX]+[a-z]?(?:[–-][0-9IVX]+)?)(?:[,;:.()\s]|$)",
    )
});

/// Mongolian: `IV бүлэг, …`, `8-р слайд`.
static MN_ROMAN: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([IVX]+(?:[–-][IVX]+)?) (\w+)(?:[,;:.(\s]|$)"));
static MN_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| re(r"^([0-9]+(?:[–-][0-9]+)?)-р (\w+)(?:[,;:.(\s]|$)"));
/// Mongolian: a finer place said after what it belongs to, `… жагсаалтын 8-р зүйл` (item 8 of
/// the list).
static MN_ENDS_NUMBERED: LazyLock<Regex> =
    LazyLock::new(|| re(r"^[^«]*\s[0-9]+(?:[–-][0-9]+)?-р \w+\)?\.?$"));

/// Whether `place` names a numbered part ("p. 3", "Section IV", «8-р слайд»), which [`merge`]
/// says with others of its kind ("pp. 3, 5").
pub(super) fn is_numbered(place: &str, lang: Lang) -> bool {
    head(place, lang).is_some()
}

fn head(place: &str, lang: Lang) -> Option<Head<'_>> {
    let (noun, number, end) = match lang {
        Lang::En => EN
            .captures(place)
            .and_then(|c| Some((c.get(1)?.as_str(), c.get(2)?, c.get(0)?.end())))
            .map(|(noun, number, end)| (noun, number.as_str(), end)),
        Lang::Mn => MN_ROMAN
            .captures(place)
            .or_else(|| MN_NUMBER.captures(place))
            .and_then(|c| Some((c.get(2)?.as_str(), c.get(1)?.as_str(), c.get(0)?.end()))),
    }?;
    let rest = place
        .get(end..)
        .unwrap_or("")
        .trim_start_matches([',', ' ']);
    // What follows is a finer place when it is a head itself: "Box 1", «1-р хайрцаг» — or
    // when one follows the part's title: "Findings, Finding 1", «Дүгнэлт», 1-р дүгнэлт».
    // In a bracket too ("(list of legal instruments, item 8)"), and in Mongolian a part that
    // ends in one («…жагсаалтын 8-р зүйл»).
    let is_head = |text: &str| match lang {
        Lang::En => EN.is_match(text),
        Lang::Mn => {
            MN_ROMAN.is_match(text) || MN_NUMBER.is_match(text) || MN_ENDS_NUMBERED.is_match(text)
        }
    };
    let within = std::iter::once(rest)
        .chain(rest.match_indices(", ").map(|(i, _)| &rest[i + 2..]))
        .chain(rest.match_indices('(').map(|(i, _)| &rest[i + 1..]))
        .find(|part| is_head(part));
    Some(Head {
        noun,
        number,
        titled: !rest.is_empty() && within != Some(rest),
        within: within.map(unbracketed),
    })
}

/// A finer place without the end of the sentence or bracket it was found in: "item 8)" →
/// "item 8", but "Box 4 (Law on Science Parks)" keeps its own bracket.
fn unbracketed(place: &str) -> &str {
    let place = place.trim_end_matches(['.', ';']);
    let (open, close) = (place.matches('(').count(), place.matches(')').count());
    match close > open {
        true => place.strip_suffix(')').unwrap_or(place),
        false => place,
    }
}

/// The noun without a plural ending, to compare ("Sections" and "Section" are one kind).
fn singular(noun: &str) -> String {
    noun.to_lowercase().trim_end_matches('s').to_string()
}

/// The places of one source, said once (empty when there are none).
pub fn merge(places: &[String], lang: Lang) -> String {
    merge_apart(places, lang, "; ")
}

/// [`merge`], places of different kinds set `apart` by this: "; " between a source's places,
/// ", " between the finer places within one ("Section V, Box 4, item 3").
fn merge_apart(places: &[String], lang: Lang, apart: &str) -> String {
    let mut distinct: Vec<&str> = Vec::new();
    for p in places {
        if !distinct.contains(&p.as_str()) {
            distinct.push(p);
        }
    }
    if distinct.len() < 2 {
        return distinct.first().map(|p| p.to_string()).unwrap_or_default();
    }
    if let Some(titled) = super::citation_titled::said_once(&distinct, lang) {
        return titled;
    }
    let heads: Option<Vec<Head>> = distinct.iter().map(|p| head(p, lang)).collect();
    let Some(heads) = heads.filter(|h| h.iter().all(|x| singular(x.noun) == singular(h[0].noun)))
    else {
        return distinct.join(apart);
    };
    let mut heads = heads;
    if heads.iter().any(|h| h.titled) {
        // A part's title is kept as the entry view shows it: each place whole,
        // in the order of their numbers, places within one titled part said with it once.
        let mut whole: Vec<(u32, (&str, Option<&str>))> = (heads.iter())
            .zip(distinct.iter().copied())
            .map(|(h, p)| (value(h.number), (p, h.within)))
            .collect();
        whole.sort_by_key(|(n, _)| *n);
        let whole: Vec<(&str, Option<&str>)> = whole.into_iter().map(|(_, p)| p).collect();
        return super::citation_titled::within_one_part(&whole).join(apart);
    }
    heads.sort_by_key(|h| value(h.number));
    if heads.iter().any(|h| h.within.is_some()) {
        // One head ("Section V") with its finer places merged in turn: "Section V, Boxes 1,
        // 2, 4, 5" / «V бүлэг, 1, 2, 4, 5-р хайрцаг»; the head alone is said apart.
        let mut said: Vec<String> = Vec::new();
        let mut withins: Vec<(String, Vec<String>)> = Vec::new();
        for h in &heads {
            match h.within {
                Some(within) => match withins.iter_mut().find(|(t, _)| *t == h.text(lang)) {
                    Some((_, w)) => w.push(within.to_string()),
                    None => {
                        said.push(h.text(lang));
                        withins.push((h.text(lang), vec![within.to_string()]));
                    }
                },
                None if !said.contains(&h.text(lang)) => said.push(h.text(lang)),
                None => {}
            }
        }
        // Heads said alone one after another are merged in turn: "Sections V, VI".
        let mut pieces: Vec<String> = Vec::new();
        let mut alone_run: Vec<String> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        for text in said {
            if seen.contains(&text) {
                continue;
            }
            seen.push(text.clone());
            let alone = heads
                .iter()
                .any(|h| h.within.is_none() && h.text(lang) == text);
            if alone && !alone_run.contains(&text) {
                alone_run.push(text.clone());
            }
            if let Some((_, w)) = withins.iter().find(|(t, _)| *t == text) {
                if !alone_run.is_empty() {
                    pieces.push(merge(&alone_run, lang));
                    alone_run.clear();
                }
                pieces.push(format!("{text}, {}", merge_apart(w, lang, ", ")));
            }
        }
        if !alone_run.is_empty() {
            pieces.push(merge(&alone_run, lang));
        }
        return pieces.join("; ");
    }
    let mut numbers: Vec<&str> = Vec::new();
    for h in &heads {
        if !numbers.contains(&h.number) {
            numbers.push(h.number);
        }
    }
    let list = numbers.join(", ");
    let noun = heads[0].noun;
    match lang {
        Lang::En if numbers.len() == 1 => format!("{noun} {list}"),
        Lang::En => format!("{} {list}", plural(noun)),
        Lang::Mn if heads[0].number.starts_with(|c: char| c.is_ascii_digit()) => {
            format!("{list}-р {noun}")
        }
        Lang::Mn => format!("{list} {noun}"),
    }
}

/// "Section" → "Sections", "Box" → "Boxes", "p." → "pp.".
pub(super) fn plural(noun: &str) -> String {
    match noun {
        "p." => "pp.".to_string(),
        n if n.ends_with('s') => n.to_string(),
        n if n.ends_with('x') => format!("{n}es"),
        n => format!("{n}s"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(places: &[&str], lang: Lang) -> String {
        let places: Vec<String> = places.iter().map(|p| p.to_string()).collect();
        merge(&places, lang)
    }

    #[test]
    fn sections_of_one_source_are_named_once() {
        let en = [
            "Section IV, STI Policy Framework (list of legal instruments, item 8)",
            "Section V, STI Parks for Economic Diversification",
            "Section VI, Findings (grants, loans and loan subsidies)",
        ];
        // The item of a list is kept (the citation lost «8-р зүйл»), and the
        // sections' titles as the entry view shows them.
        assert_eq!(merged(&en, Lang::En), en.join("; "));
        let mn = [
            "IV бүлэг, «ШУТИ-ийн бодлогын орчин», эрх зүйн актуудын жагсаалтын 8-р зүйл",
            "V бүлэг, «Эдийн засгийг төрөлжүүлэх ШУТИ-ийн паркууд»",
            "VI бүлэг, «Дүгнэлт»",
        ];
        assert_eq!(merged(&mn, Lang::Mn), mn.join("; "));
        let plain = ["Section VI", "Section IV", "Section V"];
        assert_eq!(merged(&plain, Lang::En), "Sections IV, V, VI");
        assert_eq!(
            merged(&["Section V", "Section IV, STI Policy Framework"], Lang::En),
            "Section IV, STI Policy Framework; Section V",
            "a title is kept, and the places keep the order of their numbers"
        );
        assert_eq!(
            merged(&["VI бүлэг", "IV бүлэг", "V бүлэг"], Lang::Mn),
            "IV, V, VI бүлэг"
        );
        assert_eq!(
            merged(
                &["Section V, Box 4 (Law on Science Parks)", "Section II"],
                Lang::En
            ),
            "Section II; Section V, Box 4 (Law on Science Parks)",
            "a box's own bracket is kept"
        );
        assert_eq!(
            merged(
                &[
                    "Section V, Box 4 (Law on Science Parks)",
                    "Section V, item 3"
                ],
                Lang::En
            ),
            "Section V, Box 4 (Law on Science Parks), item 3",
            "finer places of two kinds within one section"
        );
        assert_eq!(
            merged(&["slide 8", "slide 12", "slide 8"], Lang::En),
            "slides 8, 12"
        );
        assert_eq!(
            merged(&["8-р слайд", "12-р слайд"], Lang::Mn),
            "8, 12-р слайд"
        );
        assert_eq!(
            merged(&["p. 4", "p. 9"], Lang::En),
            "pp. 4, 9",
            "pages keep their abbreviation"
        );
    }

    /// Places come in the order of their numbers, and a box within a section is kept ("Sections V, IV" lost "Box 1").
    #[test]
    fn places_in_order_and_a_finer_place_kept() {
        assert_eq!(
            merged(
                &["Section V, Box 1", "Section IV, STI Actors in Mongolia"],
                Lang::En
            ),
            "Section IV, STI Actors in Mongolia; Section V, Box 1"
        );
        assert_eq!(
            merged(
                &[
                    "V бүлэг, 1-р хайрцаг",
                    "IV бүлэг, «Монголын ШУТИ-ийн оролцогчид»"
                ],
                Lang::Mn
            ),
            "IV бүлэг, «Монголын ШУТИ-ийн оролцогчид»; V бүлэг, 1-р хайрцаг"
        );
        assert_eq!(
            merged(&["Section V, Box 1", "Section IV"], Lang::En),
            "Section IV; Section V, Box 1"
        );
        assert_eq!(
            merged(&["Section VI", "Section IV", "Section IX"], Lang::En),
            "Sections IV, VI, IX"
        );
        assert_eq!(merged(&["slide 12", "slide 8"], Lang::En), "slides 8, 12");
    }

    /// A finer place after the part's title is kept («III, VI бүлэг» lost "Finding 1"),
    /// with the title.
    #[test]
    fn a_finer_place_after_a_title_is_kept() {
        assert_eq!(
            merged(
                &[
                    "Section VI, Findings, Finding 1",
                    "Section III, Imperatives for Technology Upgrading in Mongolia"
                ],
                Lang::En
            ),
            "Section III, Imperatives for Technology Upgrading in Mongolia; Section VI, Findings, \
             Finding 1"
        );
        assert_eq!(
            merged(
                &[
                    "VI бүлэг, «Дүгнэлт», 1-р дүгнэлт",
                    "III бүлэг, «Монголын технологийн шинэчлэлийн зайлшгүй шаардлага»"
                ],
                Lang::Mn
            ),
            "III бүлэг, «Монголын технологийн шинэчлэлийн зайлшгүй шаардлага»; VI бүлэг, \
             «Дүгнэлт», 1-р дүгнэлт"
        );
    }

    /// Boxes of one section are one place with their numbers (the printed handout
    /// named the section four times, once per box).
    #[test]
    fn finer_places_within_one_head_are_merged() {
        let en = [
            "Section V, Box 1",
            "Section V, Box 2",
            "Section V, Box 5",
            "Section V, Box 4",
        ];
        assert_eq!(merged(&en, Lang::En), "Section V, Boxes 1, 2, 4, 5");
        let mn = [
            "V бүлэг, 1-р хайрцаг",
            "V бүлэг, 2-р хайрцаг",
            "V бүлэг, 4-р хайрцаг",
            "V бүлэг, 5-р хайрцаг",
        ];
        assert_eq!(merged(&mn, Lang::Mn), "V бүлэг, 1, 2, 4, 5-р хайрцаг");
        assert_eq!(
            merged(
                &["Section V, Box 1", "Section IV", "Section V, Box 2"],
                Lang::En
            ),
            "Section IV; Section V, Boxes 1, 2"
        );
        assert_eq!(
            merged(&["Section V", "Section V, Box 2"], Lang::En),
            "Section V; Section V, Box 2",
            "the whole section and a box in it are two places"
        );
    }

    #[test]
    fn one_place_stays_whole_and_mixed_places_are_listed() {
        assert_eq!(
            merged(&["Section IV, STI Policy Framework"], Lang::En),
            "Section IV, STI Policy Framework"
        );
        assert_eq!(
            merged(&["Section IV, X", "Section IV, X"], Lang::En),
            "Section IV, X",
            "the same place twice is one place"
        );
        assert_eq!(
            merged(&["Section IV", "Table 3"], Lang::En),
            "Section IV; Table 3"
        );
        assert_eq!(
            merged(&["Section IV", "the annex's last page"], Lang::En),
            "Section IV; the annex's last page"
        );
        assert_eq!(merged(&[], Lang::Mn), "");
    }
}
