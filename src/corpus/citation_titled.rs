//! Places of one source that name parts by their titles, or lie in the report's annex, said
//! with what they are parts of once: "slides: The Issue; Conclusions", "Annex: STI Parks in
//! China; Key Takeaways for Mongolia" / «хавсралт: «Хятад дахь ШУТИ-ийн паркууд»; «Монголд авах
//! гол сургамж»», where each place would repeat it ([`said_once`], which
//! [`super::citation_places::merge`] asks first); and places within one titled part, the part
//! said once and their finer places in brackets: "Section IV, STI Policy Framework (list of
//! legal instruments, item 5; ITP incentives)" ([`within_one_part`]).

use std::sync::LazyLock;

use regex::Regex;

use super::citation_places::{is_numbered, merge, plural};
use crate::lang::Lang;

/// Two or more places said with what they are parts of once, or None when they are not all
/// parts of one kind named by title ([`titled_of_one_kind`]) nor all in the annex
/// ([`in_one_annex`]).
pub(super) fn said_once(places: &[&str], lang: Lang) -> Option<String> {
    titled_of_one_kind(places, lang).or_else(|| in_one_annex(places, lang))
}

/// Places within one titled part, said with the part once, in brackets, at the first's place:
/// "Section IV, STI Policy Framework (list of legal instruments, item 5; ITP incentives)" /
/// «IV бүлэг, «ШУТИ-ийн бодлогын орчин» (эрх зүйн актуудын жагсаалтын 5-р зүйл; ҮТП-ийн
/// хөнгөлөлт)» for two places cited in it. `places` are whole, each with the finer place
/// within its part, if any; a place alone in its part is said as written.
pub(super) fn within_one_part(places: &[(&str, Option<&str>)]) -> Vec<String> {
    let split: Vec<Option<(&str, &str)>> = (places.iter())
        .map(|&(place, within)| part_and_place_within(place, within))
        .collect();
    let mut said_with: Vec<bool> = vec![false; places.len()];
    let mut said = Vec::new();
    for (i, &(place, _)) in places.iter().enumerate() {
        if said_with[i] {
            continue;
        }
        let Some((part, within)) = split[i] else {
            said.push(place.to_string());
            continue;
        };
        let mut withins = vec![within];
        for (j, other) in split.iter().enumerate().skip(i + 1) {
            if let Some((other_part, other_within)) = other
                && *other_part == part
                && !said_with[j]
            {
                withins.push(other_within);
                said_with[j] = true;
            }
        }
        said.push(match withins.len() {
            1 => place.to_string(),
            _ => format!("{part} ({})", withins.join("; ")),
        });
    }
    said
}

/// A place as its part (head and title) and the finer place within it: a bracket that ends it
/// ("… Framework (ITP incentives)"), or the finer place its head found after a comma
/// ("…», эрх зүйн актуудын жагсаалтын 5-р зүйл").
fn part_and_place_within<'a>(
    place: &'a str,
    within: Option<&'a str>,
) -> Option<(&'a str, &'a str)> {
    let (part, within) = match place.strip_suffix(')') {
        Some(inner) => {
            let open = opening_bracket(inner)?;
            (inner.get(..open)?.trim_end(), inner.get(open + 1..)?)
        }
        None => {
            let within = within?;
            (
                place.strip_suffix(within)?.trim_end_matches([',', ' ']),
                within,
            )
        }
    };
    (!part.is_empty() && !within.is_empty()).then_some((part, within))
}

/// Where the bracket closed at the end of `text` (just after it) opens.
fn opening_bracket(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' if depth == 0 => return Some(i),
            '(' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// English: a part named by its title, `slide: Research question`.
static EN_TITLED: LazyLock<Regex> = LazyLock::new(|| {
    super::citation_places::re(r"^(slide|page|section|chapter|table|figure|box): (\S.*)$")
});

/// English places all naming a part of one kind by its title, said with the kind once: "slides:
/// Brief intro to SBT Cluster activities; Research question; Conclusions". None when a place
/// is not such, or they are of different kinds (each is then said in full, so no title reads as
/// another kind's). Mongolian says the kind after each title («…» (…) слайд), which reads as
/// written: its places stay whole.
fn titled_of_one_kind(places: &[&str], lang: Lang) -> Option<String> {
    if lang != Lang::En {
        return None;
    }
    let parts: Option<Vec<(&str, &str)>> = places
        .iter()
        .map(|p| {
            let c = EN_TITLED.captures(p)?;
            Some((c.get(1)?.as_str(), c.get(2)?.as_str()))
        })
        .collect();
    let parts = parts?;
    let noun = parts.first()?.0;
    if parts.iter().any(|(n, _)| *n != noun) {
        return None;
    }
    let titles: Vec<&str> = parts.iter().map(|(_, title)| *title).collect();
    Some(format!("{}: {}", plural(noun), titles.join("; ")))
}

/// Places all in the report's annex ("Annex, STI Parks in China", «хавсралт, «…»»), the annex
/// said once: before the titles of its parts, "Annex: STI Parks in China; Key Takeaways for
/// Mongolia"; before its numbered places, merged as anywhere, "Annex, pp. 3, 5". None when a
/// place is not in the annex or names nothing within it.
fn in_one_annex(places: &[&str], lang: Lang) -> Option<String> {
    let annex = match lang {
        Lang::En => "Annex",
        Lang::Mn => "хавсралт",
    };
    let within: Option<Vec<String>> = (places.iter())
        .map(|p| {
            let rest = p.strip_prefix(annex)?;
            let rest = rest
                .strip_prefix(", ")
                .or_else(|| rest.strip_prefix(": "))?;
            (!rest.trim().is_empty()).then(|| rest.to_string())
        })
        .collect();
    let within = within?;
    let said = merge(&within, lang);
    match within.iter().all(|p| is_numbered(p, lang)) {
        true => Some(format!("{annex}, {said}")),
        false => Some(format!("{annex}: {said}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(places: &[&str], lang: Lang) -> String {
        let places: Vec<String> = places.iter().map(|p| p.to_string()).collect();
        merge(&places, lang)
    }

    /// Slides named by their titles say "slides:" once ("slide: …; slide: …;
    /// slide: …"); the Mongolian, whose kind follows each title, stays as written.
    #[test]
    fn parts_named_by_title_say_their_kind_once() {
        assert_eq!(
            merged(
                &[
                    "slide: Brief intro to SBT Cluster activities",
                    "slide: Research question",
                    "slide: Conclusions"
                ],
                Lang::En
            ),
            "slides: Brief intro to SBT Cluster activities; Research question; Conclusions"
        );
        assert_eq!(
            merged(&["box: Law on Science Parks", "box: IT Park"], Lang::En),
            "boxes: Law on Science Parks; IT Park"
        );
        assert_eq!(
            merged(&["slide: The Issue"], Lang::En),
            "slide: The Issue",
            "one slide is a slide"
        );
        assert_eq!(
            merged(
                &["slide: The Issue", "as cited on slide: Motivation"],
                Lang::En
            ),
            "slide: The Issue; as cited on slide: Motivation",
            "places of other kinds are each said in full"
        );
        assert_eq!(
            merged(&["slide: The Issue", "table: Budgets"], Lang::En),
            "slide: The Issue; table: Budgets"
        );
        let mn = [
            "«Research question» (судалгааны асуулт) слайд",
            "«Conclusions» (дүгнэлт) слайд",
        ];
        assert_eq!(
            merged(&mn, Lang::Mn),
            "«Research question» (судалгааны асуулт) слайд; «Conclusions» (дүгнэлт) слайд"
        );
    }

    /// Places in the annex say "Annex" once (as cited for `china-sti-parks` and
    /// `hsinchu-science-park`: "Annex, STI Parks in China; Annex, Key Takeaways for Mongolia"),
    /// in both languages; numbered places within it merge as anywhere.
    #[test]
    fn places_in_the_annex_say_it_once() {
        assert_eq!(
            merged(
                &[
                    "Annex, STI Parks in China",
                    "Annex, Key Takeaways for Mongolia"
                ],
                Lang::En
            ),
            "Annex: STI Parks in China; Key Takeaways for Mongolia"
        );
        assert_eq!(
            merged(
                &[
                    "хавсралт, «Hsinchu Science-Based Industrial Park» (Синьчжугийн шинжлэх \
                     ухаанд суурилсан аж үйлдвэрийн парк)",
                    "хавсралт, «Монголд авах гол сургамж»"
                ],
                Lang::Mn
            ),
            "хавсралт: «Hsinchu Science-Based Industrial Park» (Синьчжугийн шинжлэх ухаанд \
             суурилсан аж үйлдвэрийн парк); «Монголд авах гол сургамж»"
        );
        assert_eq!(
            merged(&["Annex, p. 5", "Annex, p. 3"], Lang::En),
            "Annex, pp. 3, 5"
        );
        assert_eq!(
            merged(&["хавсралт, 5-р хуудас", "хавсралт, 3-р хуудас"], Lang::Mn),
            "хавсралт, 3, 5-р хуудас"
        );
        assert_eq!(
            merged(&["Annex, STI Parks in China"], Lang::En),
            "Annex, STI Parks in China",
            "one place stays as written"
        );
        assert_eq!(
            merged(&["Annex, STI Parks in China", "Section V"], Lang::En),
            "Annex, STI Parks in China; Section V",
            "places not all in the annex are each said in full"
        );
        assert_eq!(
            merged(&["Annex", "Annex, STI Parks in China"], Lang::En),
            "Annex; Annex, STI Parks in China",
            "the annex as a whole names nothing within it"
        );
    }

    /// Two places in one titled part name the part once, their finer places in brackets
    /// ("Section IV, STI Policy Framework (list …, item 5); Section IV, STI Policy
    /// Framework (ITP incentives)"); places in other parts, or alone in theirs, stay as written.
    #[test]
    fn places_within_one_titled_part_name_it_once() {
        assert_eq!(
            merged(
                &[
                    "Section IV, STI Policy Framework (list of legal instruments, item 5)",
                    "Section IV, STI Policy Framework (ITP incentives)",
                    "Section V, Industrial Technology Parks for Value Chain Upgrading, Table 3",
                ],
                Lang::En
            ),
            "Section IV, STI Policy Framework (list of legal instruments, item 5; ITP \
             incentives); Section V, Industrial Technology Parks for Value Chain Upgrading, \
             Table 3"
        );
        assert_eq!(
            merged(
                &[
                    "IV бүлэг, «ШУТИ-ийн бодлогын орчин», эрх зүйн актуудын жагсаалтын 5-р зүйл",
                    "IV бүлэг, «ШУТИ-ийн бодлогын орчин» (ҮТП-ийн хөнгөлөлт)",
                ],
                Lang::Mn
            ),
            "IV бүлэг, «ШУТИ-ийн бодлогын орчин» (эрх зүйн актуудын жагсаалтын 5-р зүйл; \
             ҮТП-ийн хөнгөлөлт)"
        );
        assert_eq!(
            merged(
                &[
                    "Section IV, Mongolia's National System of Innovation",
                    "Section IV, STI Actors in Mongolia (universities)",
                ],
                Lang::En
            ),
            "Section IV, Mongolia's National System of Innovation; Section IV, STI Actors in \
             Mongolia (universities)",
            "two parts of one section are two places"
        );
    }
}
