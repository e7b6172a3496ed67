//! The fix suggested for a case ending hyphenated after a link (`[[id]]-ыг`), finished with what
//! only the whole corpus knows: the id meant when the link names no entry (the one `toli check`
//! suggests for the broken link), and, for a link without text of its own, a short text to
//! write: a short name of the target (its title when short, the name before a title's colon,
//! «1-р дүгнэлт», else its kind's word) with the ending on its last word, in the form the
//! corpus itself writes that word in that case (`санаачилга` + `-ыг`: `санаачилгыг`); when the
//! corpus writes none of them in that case, a place for the author's own word (`[[id|…]]`).

use std::collections::{HashMap, HashSet};

use crate::corpus::Corpus;
use crate::diagnostic::{Diagnostic, Problem};

/// The case endings by case, every form each takes, as the hyphen check knows them.
const CASES: &[&[&str]] = &[
    &["ийн", "ын", "ний", "ны", "н", "гийн"],
    &["ийг", "ыг", "г"],
    &["д", "т", "нд", "ад", "эд", "од", "өд"],
    &[
        "аас", "ээс", "оос", "өөс", "иас", "иос", "наас", "нээс", "ноос", "нөөс", "гаас", "гээс",
        "гоос", "гөөс",
    ],
    &[
        "аар", "ээр", "оор", "өөр", "иар", "иор", "гаар", "гээр", "гоор", "гөөр",
    ],
    &["тай", "тэй", "той"],
    &["руу", "рүү", "луу", "лүү"],
    &["ууд", "үүд", "нууд", "нүүд"],
];

/// Finishes the fixes of the hyphen warnings after links among `diagnostics` (see the module).
pub fn refine(corpus: &Corpus, diagnostics: &mut [Diagnostic]) {
    let mut words: Option<Words> = None;
    for d in diagnostics.iter_mut() {
        let Problem::MnCaseHyphen { fix, after, .. } = &mut d.problem else {
            continue;
        };
        if after == "postposition" {
            towards_title(corpus, fix);
            continue;
        }
        let starts = after == "link-start";
        if after != "link" && !starts {
            continue;
        }
        *after = "link".to_string();
        let Some((id, text)) = fix
            .strip_prefix("[[")
            .and_then(|f| f.strip_suffix("]]"))
            .and_then(|inner| inner.split_once('|'))
        else {
            continue;
        };
        let id = match corpus.get(id) {
            Some(_) => id,
            None => crate::corpus::check::suggest_id(corpus, id).unwrap_or(id),
        };
        let text = match (text.strip_prefix('…'), corpus.get(id)) {
            (Some(ending), Some(target)) => {
                let words = words.get_or_insert_with(|| mongolian_words(corpus));
                let word = short_names(target)
                    .iter()
                    .find_map(|name| inflect(name, ending, &words.count));
                match word {
                    Some(word) if starts => word,
                    Some(word) => in_sentence(&word, &words.lower),
                    None => {
                        // Nothing to copy: the link's text is the author's word, in the case.
                        *after = "link-word".to_string();
                        "…".to_string()
                    }
                }
            }
            _ => text.to_string(),
        };
        *fix = format!("[[{id}|{text}]]");
    }
}

/// `[[id]] руу`: the form of «руу» that follows the title the link shows.
fn towards_title(corpus: &Corpus, fix: &mut String) {
    let Some((link, written)) = fix.split_once("]] ") else {
        return;
    };
    let Some(id) = link.strip_prefix("[[").filter(|id| !id.contains('|')) else {
        return;
    };
    let Some(title) = corpus.get(id).and_then(|e| e.title.mn.as_deref()) else {
        return;
    };
    let last = title
        .rsplit(|c: char| !c.is_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or_default();
    if let Some(form) = super::postposition::form_after(last, written) {
        *fix = format!("{link}]] {form}");
    }
}

/// `name` as a word inside a sentence: its first letter in lower case when the corpus writes
/// that first word in lower case (a common noun: «акселератороор»), as it is when it never
/// does (a name: «Монголын …», «ШУТИ-ийн …»).
fn in_sentence(name: &str, lower: &HashSet<String>) -> String {
    let first = name.split_whitespace().next().unwrap_or_default();
    let lowered = first.to_lowercase();
    if lowered == first
        || !lower.contains(&lowered)
        || !first.chars().skip(1).any(char::is_lowercase)
    {
        return name.to_string();
    }
    let mut c = name.chars();
    c.next()
        .map(|head| head.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

/// Titles this long or shorter read as a link's text in a sentence.
const SHORT_WORDS: usize = 4;

/// The names a link to `target` can take as its text in a Mongolian sentence, best first: its
/// title when short, the name before its title's colon («1-р дүгнэлт: …») or parenthesis
/// («ШУТИ-ийн парк (…)»), a short Mongolian alias, its kind's word.
fn short_names(target: &crate::corpus::model::Entry) -> Vec<String> {
    let title = target.title.mn.as_deref().unwrap_or_default().trim();
    let short = |t: &str| !t.is_empty() && t.split_whitespace().count() <= SHORT_WORDS;
    let mut names = Vec::new();
    if short(title) && !title.contains(':') && !title.contains(" (") {
        names.push(title.to_string());
    }
    for cut in [": ", " ("] {
        if let Some((head, _)) = title.split_once(cut)
            && short(head)
        {
            names.push(head.trim().to_string());
        }
    }
    names.extend(
        (target.aliases.mn.iter().flatten())
            .filter(|a| short(a))
            .cloned(),
    );
    let kind = crate::i18n::Localizer::shared().t(
        crate::lang::Lang::Mn,
        &format!("kind-{}", target.kind.name()),
    );
    names.push(kind.to_lowercase());
    names
}

/// The words of the corpus's Mongolian titles, summaries and bodies.
struct Words {
    /// Each word lower-cased, with how often it is written.
    count: HashMap<String, usize>,
    /// The words written in lower case somewhere.
    lower: HashSet<String>,
}

/// Every word of the corpus's Mongolian titles, summaries and bodies.
fn mongolian_words(corpus: &Corpus) -> Words {
    let mut words = Words {
        count: HashMap::new(),
        lower: HashSet::new(),
    };
    for e in corpus.entries() {
        for text in [&e.title.mn, &e.summary.mn, &e.body.mn]
            .into_iter()
            .flatten()
        {
            for word in text.split(|c: char| !c.is_alphabetic()) {
                if word.is_empty() {
                    continue;
                }
                let lower = word.to_lowercase();
                if lower == word {
                    words.lower.insert(lower.clone());
                }
                *words.count.entry(lower).or_default() += 1;
            }
        }
    }
    words
}

/// `title` with its last word in the case of `ending`, as the corpus most often writes it:
/// the word, or the word without its last vowel or a vowel that drops (`байдал`: `байдл`), with
/// any form of that case; none when the corpus writes no such form.
pub fn inflect(title: &str, ending: &str, words: &HashMap<String, usize>) -> Option<String> {
    let forms = CASES.iter().find(|forms| forms.contains(&ending))?;
    let start = title
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    let (lead, word) = title.split_at(start);
    let lower = word.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let vowel = |c: char| "аэиоөуүыйьеёяю".contains(c);
    let mut stems = vec![lower.clone()];
    if chars.last().is_some_and(|&c| vowel(c)) {
        stems.push(chars[..chars.len() - 1].iter().collect());
    }
    if let [.., a, v, z] = chars[..]
        && !vowel(a)
        && vowel(v)
        && !vowel(z)
    {
        let mut fleeting: String = chars[..chars.len() - 2].iter().collect();
        fleeting.push(z);
        stems.push(fleeting);
    }
    let best = stems
        .iter()
        .flat_map(|stem| forms.iter().map(move |f| format!("{stem}{f}")))
        .filter_map(|form| words.get(&form).map(|&n| (n, form)))
        .max_by_key(|(n, _)| *n)?
        .1;
    let capital = word.chars().next().is_some_and(char::is_uppercase);
    let best = if capital {
        let mut c = best.chars();
        c.next()
            .map(|first| first.to_uppercase().chain(c).collect())
            .unwrap_or(best)
    } else {
        best
    };
    Some(format!("{lead}{best}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(list: &[(&str, usize)]) -> HashMap<String, usize> {
        list.iter().map(|(w, n)| (w.to_string(), *n)).collect()
    }

    #[test]
    fn the_last_word_takes_the_case_as_the_corpus_writes_it() {
        let seen = words(&[
            ("санаачилгыг", 12),
            ("кластерийг", 104),
            ("кластерыг", 1),
            ("байдлын", 3),
            ("парк", 5),
        ]);
        let said = |title, ending| inflect(title, ending, &seen);
        assert_eq!(
            said("Монголын чацарганын кластерийн санаачилга", "ыг").as_deref(),
            Some("Монголын чацарганын кластерийн санаачилгыг")
        );
        // The author's ending is only the case: the corpus's form of it wins.
        assert_eq!(
            said("Аймгийн кластер", "ыг").as_deref(),
            Some("Аймгийн кластерийг")
        );
        assert_eq!(said("Кластер", "ийг").as_deref(), Some("Кластерийг"));
        assert_eq!(
            said("Тогтвортой байдал", "ийн").as_deref(),
            Some("Тогтвортой байдлын")
        );
        // Never written in that case, or no case ending: none.
        assert_eq!(said("Технологийн парк", "ийн"), None);
        assert_eq!(said("Кластер", "ийнх"), None);
    }

    /// Inside a sentence a title's first word is in lower case when the corpus writes it so
    /// (a common noun); a name or an abbreviation keeps its capitals.
    #[test]
    fn a_title_inside_a_sentence_keeps_capitals_only_for_names() {
        let lower: HashSet<String> = ["акселератороор", "монголын", "кластер"]
            .into_iter()
            .map(String::from)
            .collect();
        assert_eq!(in_sentence("Акселератороор", &lower), "акселератороор");
        assert_eq!(
            in_sentence("Кластер санаачилга", &lower),
            "кластер санаачилга"
        );
        assert_eq!(in_sentence("Портерын алмаз", &lower), "Портерын алмаз");
        assert_eq!(in_sentence("ШУТИ-ийн паркийг", &lower), "ШУТИ-ийн паркийг");
    }
}
