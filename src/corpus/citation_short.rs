//! A source named short — who and when, «НҮБХХБХ, 2025», «Albuquerque et al., 2015» — as the
//! source line under an entry's title and the search preview name it first, the way a speech
//! or a memo cites it; `toli cite` and `y` give the reference whole.

use super::model::{Entry, KindFields};
use crate::inert::inert;
use crate::lang::Lang;

/// Who wrote `source` and when, short, in `lang`: the title's own short reference
/// («Албукерке нар (2015): …»), else the author's abbreviation («… (НҮБХХБХ)»), name before
/// its spelling out («UNCTAD (United Nations …)») or a name of a few words, with the year.
/// None when the source names no one short (a deck whose authors are not named).
pub fn short_reference(source: &Entry, lang: Lang) -> Option<String> {
    let KindFields::Source { author, year, .. } = &source.fields else {
        return None;
    };
    let title = inert(source.title.show(lang)).into_owned();
    if let Some((who, when)) = title_reference(&title) {
        return Some(format!("{who}, {when}"));
    }
    let who = short_name(&inert(author.show(lang)))?;
    Some(match year {
        Some(y) => format!("{who}, {y}"),
        None => who,
    })
}

/// The short reference a title opens with, «Who (2022/23): the title», as (who, when).
fn title_reference(title: &str) -> Option<(&str, &str)> {
    let (head, _) = title.split_once("): ")?;
    let (who, when) = head.rsplit_once(" (")?;
    let dated = when.len() >= 4
        && when.starts_with(|c: char| c.is_ascii_digit())
        && when.chars().all(|c| c.is_ascii_digit() || c == '/');
    (dated && !who.is_empty() && who.chars().count() <= 40).then_some((who.trim(), when))
}

/// The words of a name that are few enough to say first.
const FEW_WORDS: usize = 3;

/// An author said short: the abbreviation in brackets at its end, the one word before a
/// bracket that spells it out, or the whole name when it is a few words and no description
/// («Authors not named in the deck» is not a name).
fn short_name(author: &str) -> Option<String> {
    let author = author.trim();
    let one_word = |s: &str| !s.is_empty() && !s.contains(char::is_whitespace);
    if let Some((before, inside)) = author
        .strip_suffix(')')
        .and_then(|a| a.rsplit_once('('))
        .map(|(b, i)| (b.trim(), i.trim()))
    {
        if one_word(inside) && inside.chars().any(char::is_uppercase) {
            return Some(inside.to_string());
        }
        if one_word(before) {
            return Some(before.to_string());
        }
        return None;
    }
    let words = author.split_whitespace().count();
    let named = author
        .split_whitespace()
        .next()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase))
        && !author.contains(['(', ','])
        && words <= FEW_WORDS
        && author
            .split_whitespace()
            .skip(1)
            .all(|w| w.starts_with(char::is_uppercase));
    named.then(|| author.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn who_and_when_short() {
        assert_eq!(
            short_name("НҮБ-ын Худалдаа, хөгжлийн бага хурал (НҮБХХБХ)").as_deref(),
            Some("НҮБХХБХ")
        );
        assert_eq!(
            short_name("UNCTAD (United Nations Conference on Trade and Development)").as_deref(),
            Some("UNCTAD")
        );
        assert_eq!(
            short_name("European Commission").as_deref(),
            Some("European Commission")
        );
        assert_eq!(short_name("EOCIC").as_deref(), Some("EOCIC"));
        assert_eq!(short_name("Authors not named in the deck"), None);
        assert_eq!(short_name("Зохиогчийг илтгэлд заагаагүй"), None);
        assert_eq!(short_name("Chen K, Zhang Y, Feng Z and Ning L"), None);
        assert_eq!(
            title_reference("Албукерке нар (2015): Үндэсний инновацийн тогтолцоо"),
            Some(("Албукерке нар", "2015"))
        );
        assert_eq!(
            title_reference("KSP (2022/23): Хүнд үйлдвэрт"),
            Some(("KSP", "2022/23"))
        );
        assert_eq!(title_reference("Science parks (SIP): the concept"), None);
    }

    /// The walk's official: the figure of planned capacities names its report «НҮБХХБХ,
    /// 2025» in Mongolian and «UNCTAD, 2025» in English; every source with an author said
    /// short gives a year where it has one.
    #[test]
    fn the_shipped_sources_are_named_short() {
        let corpus = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
        let unctad = corpus.index_of("src-unctad-2025").expect("source");
        let e = corpus.entry(unctad);
        assert_eq!(
            short_reference(e, Lang::Mn).as_deref(),
            Some("НҮБХХБХ, 2025")
        );
        assert_eq!(
            short_reference(e, Lang::En).as_deref(),
            Some("UNCTAD, 2025")
        );
        let named = (0..corpus.len())
            .filter(|&i| short_reference(corpus.entry(i), Lang::Mn).is_some())
            .count();
        assert!(
            named * 2
                > corpus
                    .of_kind_in(super::super::model::Kind::Source, Lang::Mn)
                    .len()
        );
    }
}
