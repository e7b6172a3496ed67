//! An entry's citation, as `toli cite`, the app's `y` and a handout's Sources list give it: the
//! title in both languages, then each source's reference — who, when, its title as published
//! with the translation in brackets, publisher — and the places it is cited at, from content
//! made inert.

use super::Corpus;
use crate::i18n::Localizer;
use crate::inert::inert;
use crate::lang::Lang;

/// Content text on one line, with nothing a terminal would execute.
fn clean(text: &str) -> String {
    inert(text).replace(['\n', '\t'], " ").trim().to_string()
}

/// The citation of entry `index`: one line per language (see [`citation_in`]), the reader's
/// language first, so what is pasted into a memo in that language starts with the line it needs.
pub fn citation(corpus: &Corpus, l10n: &Localizer, index: usize, reader: Lang) -> String {
    [reader, reader.other()]
        .map(|lang| citation_in(corpus, l10n, index, lang))
        .join("\n")
}

/// The citation of entry `index` in `lang`, on one line:
/// `Title — Sources: Who, year. Source title, locator; …` (`toli cite` prints it).
pub fn citation_in(corpus: &Corpus, l10n: &Localizer, index: usize, lang: Lang) -> String {
    let e = corpus.entry(index);
    // A source entry is cited as itself: who, when, its title as published, the publisher.
    let mut line = match e.fields {
        crate::corpus::model::KindFields::Source { .. } => who_and_when(e, l10n, lang),
        _ => clean(e.title.show(lang)),
    };
    let sources: Vec<String> = source_places(corpus, e, lang)
        .into_iter()
        .map(|(id, locator)| {
            let title = corpus
                .get(id)
                .map_or_else(|| clean(id), |src| who_and_when(src, l10n, lang));
            if locator.is_empty() {
                title
            } else {
                format!("{title}, {locator}")
            }
        })
        .collect();
    if !sources.is_empty() {
        line.push_str(&format!(
            " — {}: {}",
            l10n.format(
                lang,
                "cite-sources",
                &[("count", sources.len().to_string())]
            ),
            sources.join("; ")
        ));
    }
    line
}

/// The sources entry `e` cites, in the order first cited, each once with all the places it is
/// cited at said once ("V бүлэг, 1, 2, 4, 5-р хайрцаг"; empty when none): `toli cite` and the
/// printed handout's Sources list say them alike.
pub fn source_places<'c>(
    corpus: &Corpus,
    e: &'c crate::corpus::model::Entry,
    lang: Lang,
) -> Vec<(&'c str, String)> {
    by_source(e)
        .into_iter()
        .map(|(id, refs)| {
            let source = corpus.get(id);
            let cited_in = source.is_some_and(|src| says_cited(src.title.show(lang), lang));
            let own_title = source.map(|src| clean(src.title.show(lang)));
            let places: Vec<String> = refs
                .iter()
                .map(|s| clean(&s.place(lang)))
                .map(|p| match cited_in {
                    true => without_cited_marker(&p, lang).to_string(),
                    false => p,
                })
                .filter(|p| !p.is_empty())
                .filter(|p| !own_title.as_deref().is_some_and(|t| names_title(t, p)))
                .collect();
            (id, super::citation_places::merge(&places, lang))
        })
        .collect()
}

/// The sources entry `e` cites, each once in the order first cited, with every reference to it.
pub fn by_source(
    e: &crate::corpus::model::Entry,
) -> Vec<(&str, Vec<&crate::corpus::model::SourceRef>)> {
    let mut grouped: Vec<(&str, Vec<&crate::corpus::model::SourceRef>)> = Vec::new();
    for s in &e.sources {
        match grouped.iter_mut().find(|(id, _)| *id == s.id) {
            Some((_, refs)) => refs.push(s),
            None => grouped.push((&s.id, vec![s])),
        }
    }
    grouped
}

/// A source as a reader cites it: who wrote it and when, its title as published (the
/// translation in `lang` after it in brackets), then who published it — «НҮБ-ын Худалдаа,
/// хөгжлийн бага хурал (НҮБХХБХ), 2025. Science, technology and innovation parks development
/// in Mongolia: … [Монгол Улсад …]. Нэгдсэн Үндэстний Байгууллага (НҮБ), Женев». A source
/// whose date the corpus does not know says so after its author ("n.d.", «огноогүй»):
/// a citation pasted into a letter without one looks unfinished.
fn who_and_when(source: &crate::corpus::model::Entry, l10n: &Localizer, lang: Lang) -> String {
    let crate::corpus::model::KindFields::Source {
        author,
        year,
        publisher,
        published_in,
        original,
        ..
    } = &source.fields
    else {
        return clean(source.title.show(lang));
    };
    let who = clean(author.show(lang));
    let when = match (year, who.is_empty()) {
        (Some(y), _) => y.to_string(),
        (None, false) => l10n.format(lang, "cite-no-date", &[]),
        (None, true) => String::new(),
    };
    let head: Vec<String> = [who.clone(), when]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    // The title in `l` without the short reference and the author's name it repeats, after a
    // full stop when someone is named before it.
    let title_in = |l: Lang| {
        let title = clean(source.title.show(l));
        if head.is_empty() {
            return title;
        }
        let author = clean(author.show(l));
        let bare = without_short_reference(&title, *year);
        // A title that is only the name the citation gives as the author (a database named
        // after its keeper) is said once, as the author.
        match bare == who {
            true => String::new(),
            false => capitalised(without_author(bare, &author)),
        }
    };
    let published = original.lang().unwrap_or(lang);
    let mut text = title_in(published);
    if published != lang {
        let translated = title_in(lang);
        if !translated.is_empty() && translated != text {
            text = format!("{text} [{translated}]");
        }
    }
    if !head.is_empty() {
        text = match text.is_empty() {
            true => head.join(", "),
            false => {
                let head = head.join(", ");
                let stop = if head.ends_with('.') { "" } else { "." };
                format!("{head}{stop} {text}")
            }
        };
    }
    // The journal or book that carries it, then the publisher unless the author names it
    // already (in either language).
    let named = |l: Lang| {
        publisher
            .as_ref()
            .is_some_and(|p| clean(author.show(l)).contains(&clean(p.show(l))))
    };
    let by = publisher
        .as_ref()
        .filter(|_| !named(Lang::En) && !named(lang));
    [published_in.as_ref(), by]
        .into_iter()
        .flatten()
        .map(|p| clean(p.show(lang)))
        .filter(|p| !p.is_empty())
        .fold(text, |text, part| {
            let stop = if text.ends_with(['.', '?', '!']) {
                ""
            } else {
                "."
            };
            format!("{text}{stop} {part}")
        })
}

/// The text with its first letter in capitals: a title follows a full stop in a citation.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A title without the author's name it starts with («World Bank: World Development
/// Indicators» after «World Bank, 2025.»), unless nothing would be left.
fn without_author<'t>(title: &'t str, author: &str) -> &'t str {
    match title
        .strip_prefix(author)
        .and_then(|t| t.strip_prefix(": "))
    {
        Some(rest) if !author.is_empty() && !rest.trim().is_empty() => rest,
        _ => title,
    }
}

/// Whether a source's title already says where it was cited ("TCI (2017), cited in HSE 2018",
/// "… (as cited by UNCTAD)").
fn says_cited(title: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => title.contains("cited in") || title.contains("cited by"),
        Lang::Mn => title.contains("иш татсан"),
    }
}

/// A place without the "as cited" that opens it, for a source whose title says it already:
/// "as cited on slide: The Issue" → "slide: The Issue".
fn without_cited_marker(place: &str, lang: Lang) -> &str {
    let markers: &[&str] = match lang {
        Lang::En => &["as cited on ", "as cited in ", "cited on ", "cited in "],
        Lang::Mn => &["иш татсан: ", "иш татсан, "],
    };
    markers
        .iter()
        .find_map(|m| place.strip_prefix(m))
        .unwrap_or(place)
}

/// Whether a place only repeats its source's title ("Benchmarking of Business Incubators" in
/// "European Commission (2002): Benchmarking of Business Incubators").
fn names_title(title: &str, place: &str) -> bool {
    let bare = |t: &str| {
        t.trim_matches(|c: char| c == '"' || c == '«' || c == '»' || c.is_whitespace())
            .to_lowercase()
    };
    let title = bare(title);
    let place = bare(place);
    title == place || title.ends_with(&format!(": {place}"))
}

/// A source title without the short reference it starts with ("Eun, Lee and Wu (2006): …",
/// "TCI (2017), cited in …", «KSP (2022/23): …») or the year it ends with («Статистикийн
/// мэдээллийн нэгдсэн сан (2025)»): the citation names who and when in full before it.
fn without_short_reference(title: &str, year: Option<i32>) -> &str {
    if let Some(bare) = year.and_then(|y| title.strip_suffix(&format!(" ({y})"))) {
        return bare;
    }
    let Some((head, rest)) = title.split_once("): ").or_else(|| title.split_once("), ")) else {
        return title;
    };
    let year = head.rsplit_once('(').map(|(_, y)| y);
    let dated = year.is_some_and(|y| {
        y.len() >= 4
            && y.starts_with(|c: char| c.is_ascii_digit())
            && y.chars().all(|c| c.is_ascii_digit() || c == '/')
    });
    match dated && !rest.is_empty() && head.chars().count() <= 60 {
        true => rest,
        false => title,
    }
}

#[cfg(test)]
#[path = "citation_tests.rs"]
mod tests;
