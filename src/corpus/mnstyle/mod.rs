//! Style checks for the Mongolian side of an entry, all warnings with a suggested fix:
//! case endings hyphenated after links, emphasis, brackets or words (`endings`), Latin words
//! that are not listed names (`latin`, front-matter values only), known misspellings and
//! doubled words (`words`), a number with a point before three decimals, which reads as a
//! thousands group (`numbers` in text, `value_decimals` for a front-matter value, which the
//! Mongolian view prints as written), abbreviations used before they are spelled out (`abbrev`, bodies
//! only), numbers that only one language carries (`numbers`), and links whose
//! text repeats the words right before them (`repeats`, which needs the target's title); the
//! fix for an ending after a link is finished with the corpus (`link_endings`). A name given
//! with a bracketed abbreviation that the entry never uses again is found in both languages'
//! bodies and summaries (`unused_abbrev`), and kept when a linked title uses it, with the corpus. Table rows of
//! both languages' bodies are read here too: a piped link in a row (`table_links`), a row with
//! other cells than its header (`table_cells`); and both languages' front-matter texts for a
//! link, which they show as written (`field_links`). The English side is read for Mongolian
//! written there, in values and sources' places (`cyrillic`); `tags` written as one list in
//! one language's words is told once, with a list per language (`tags_once`).
//!
//! Every check reads the text a trainer wrote; positions are file lines and columns: exact in
//! the body, found by searching the front matter for a field's value.

mod abbrev;
mod cyrillic;
mod endings;
mod fields;
mod latin;
pub mod link_endings;
mod lists;
mod numbers;
mod postposition;
pub mod repeats;
mod tags_once;
pub mod unused_abbrev;
mod value_decimals;
mod words;

pub use lists::{LATIN_NAMES_FILE, Lists};

use super::locate::Locator;
use super::model::{Entry, Kind};
use super::split::Parts;
use crate::diagnostic::{Diagnostic, Problem};
use crate::lang::Lang;
use crate::markdown::links::line_col;
use fields::{FrontMatter, bilingual_values};

/// A problem found in a piece of text, at a byte offset of it.
struct Found {
    offset: usize,
    /// The text to look for when placing the problem in the front matter.
    snippet: String,
    problem: Problem,
}

/// The style problems of the text of one Mongolian value or body.
fn text_problems(text: &str, lists: &Lists, field: Option<&str>) -> Vec<Found> {
    let mut out = Vec::new();
    for h in endings::find(text, lists) {
        out.push(Found {
            offset: h.start,
            snippet: h.found.clone(),
            problem: Problem::MnCaseHyphen {
                found: h.found,
                fix: h.fix,
                after: h.after.to_string(),
            },
        });
    }
    if let Some(field) = field {
        for l in latin::find(text, lists) {
            out.push(Found {
                offset: l.start,
                snippet: l.word.clone(),
                problem: Problem::MnLatin {
                    field: field.to_string(),
                    word: l.word,
                },
            });
        }
    }
    for m in words::misspellings(text, lists) {
        out.push(Found {
            offset: m.start,
            snippet: m.word.clone(),
            problem: Problem::MnSpelling {
                word: m.word,
                fix: m.fix,
            },
        });
    }
    for n in numbers::three_decimals(text) {
        out.push(Found {
            offset: n.start,
            snippet: n.written.clone(),
            problem: Problem::MnThreeDecimals { number: n.written },
        });
    }
    for d in words::doubled(text) {
        out.push(Found {
            offset: d.start,
            snippet: d.word.clone(),
            problem: Problem::MnDoubledWord {
                word: d.word,
                times: d.times,
            },
        });
    }
    out
}

/// Every Mongolian style problem of an entry read from `parts`, and numbers only one language
/// carries.
pub fn check(
    path: &str,
    parts: &Parts,
    loc: &Locator,
    entry: &Entry,
    lists: &Lists,
) -> Vec<Diagnostic> {
    let fm = FrontMatter::new(parts, loc);
    let values = bilingual_values(entry);
    let starts = value_starts(&fm, &values);
    let mut out = Vec::new();
    // A problem at byte `offset` of a body section, at its line and column in the file.
    let in_body = |section: &crate::corpus::split::Section, offset: usize, problem: Problem| {
        let (l, c) = line_col(&section.text, offset);
        Diagnostic::new(path, section.first_line + l - 1, c, problem)
    };
    // Source entries name publications as printed; their Latin titles and authors are right.
    let latin_checked = entry.kind != Kind::Source;
    // `tags` written as one list for both languages is told once (`tags_once`).
    let tags_once = tags_once::is_one_list(loc);
    for (i, v) in values.iter().enumerate() {
        let Some(text) = v.mn else { continue };
        let field = (latin_checked && !(tags_once && v.name == "tags")).then_some(v.name.as_str());
        for f in text_problems(text, lists, field) {
            let start = starts[i][1];
            let (line, col) = fm.locate(&v.key, Lang::Mn, text, start, f.offset, &f.snippet);
            out.push(Diagnostic::new(path, line, col, f.problem));
        }
    }
    // A link in a front-matter text, either language: shown as written, so no link.
    for (i, v) in values.iter().enumerate() {
        for (k, lang) in Lang::ALL.into_iter().enumerate() {
            let Some((offset, found)) = v.get(lang).and_then(crate::corpus::field_links::find)
            else {
                continue;
            };
            let text = v.get(lang).unwrap_or_default();
            let (line, col) = fm.locate(&v.key, lang, text, starts[i][k], offset, found);
            out.push(Diagnostic::new(
                path,
                line,
                col,
                Problem::LinkInField {
                    field: v.name.clone(),
                    found: found.to_string(),
                },
            ));
        }
    }
    if let Some(section) = &parts.mn {
        // The entry's Mongolian texts, where a later use of an abbreviation may be.
        let mut texts: Vec<&str> = values.iter().filter_map(|v| v.mn).collect();
        texts.push(&section.text);
        let first_uses = abbrev::find(&section.text).into_iter().map(|u| Found {
            offset: u.start,
            snippet: u.abbr.clone(),
            problem: Problem::MnAbbrevFirstUse {
                once: unused_abbrev::count(&texts, &u.abbr) <= 1,
                abbr: u.abbr,
                words: u.words,
            },
        });
        for f in text_problems(&section.text, lists, None)
            .into_iter()
            .chain(first_uses)
        {
            out.push(in_body(section, f.offset, f.problem));
        }
    }
    for section in [&parts.en, &parts.mn].into_iter().flatten() {
        for p in crate::corpus::table_links::find(&section.text) {
            let problem = Problem::PipedLinkInTable {
                found: p.found,
                fix: p.fix,
            };
            out.push(in_body(section, p.start, problem));
        }
        for r in crate::corpus::table_cells::find(&section.text) {
            let problem = Problem::TableRowCells {
                cells: r.cells,
                columns: r.columns,
            };
            out.push(in_body(section, r.start, problem));
        }
    }
    out.extend(cyrillic::check(path, &fm, loc, &values, &starts, entry));
    out.extend(tags_once::check(path, loc, entry, lists));
    out.extend(value_decimals::check(path, loc, entry));
    out.extend(number_problems(path, parts, &fm, &values, &starts));
    out.extend(unused_abbrev::check(
        path, parts, &fm, &values, &starts, entry,
    ));
    out
}

/// Where each value starts in the front matter, in English and in Mongolian: values of one
/// key are found in order, each after the one before.
fn value_starts(fm: &FrontMatter, values: &[fields::Value]) -> Vec<[Option<(usize, usize)>; 2]> {
    let mut last: std::collections::HashMap<(Vec<&str>, Lang), (usize, usize)> =
        std::collections::HashMap::new();
    values
        .iter()
        .map(|v| {
            Lang::ALL.map(|lang| {
                let text = v.get(lang)?;
                let after = last.get(&(v.key.clone(), lang)).copied();
                let found = fm.find_value(&v.key, lang, text, after)?;
                // The next value of the key starts after this one's first character.
                let step = text.chars().next().map_or(1, char::len_utf8);
                last.insert((v.key.clone(), lang), (found.0, found.1 + step));
                Some(found)
            })
        })
        .collect()
}

/// One warning per language naming the numbers that only it carries.
fn number_problems(
    path: &str,
    parts: &Parts,
    fm: &FrontMatter,
    values: &[fields::Value],
    starts: &[[Option<(usize, usize)>; 2]],
) -> Vec<Diagnostic> {
    let (Some(en_body), Some(mn_body)) = (&parts.en, &parts.mn) else {
        return Vec::new();
    };
    // Each number outside links with where it is (a value's index, or `None` for the body),
    // and the numbers of link texts.
    let collect = |lang: Lang| {
        let body = if lang == Lang::En { en_body } else { mn_body };
        let mn = lang == Lang::Mn;
        let mut all: Vec<(numbers::Number, Option<usize>)> = Vec::new();
        let mut linked = Vec::new();
        let texts = values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.get(lang).map(|t| (t, Some(i))))
            .chain([(body.text.as_str(), None)]);
        for (text, place) in texts {
            let (outside, inside) = numbers::numbers(text, mn);
            all.extend(outside.into_iter().map(|n| (n, place)));
            linked.extend(inside);
        }
        (all, linked)
    };
    let (en, en_linked) = collect(Lang::En);
    let (mn, mn_linked) = collect(Lang::Mn);
    let mut out = Vec::new();
    for (lang, these, others, others_linked) in [
        (Lang::En, &en, &mn, &mn_linked),
        (Lang::Mn, &mn, &en, &en_linked),
    ] {
        let only = numbers::only_in(
            these.iter().map(|t| &t.0),
            others.iter().map(|t| &t.0).chain(others_linked.iter()),
        );
        let Some(&first) = only.first() else { continue };
        let (number, place) = &these[first];
        let (line, col) = match place {
            Some(i) => {
                let text = values[*i].get(lang).unwrap_or_default();
                let start = starts[*i][if lang == Lang::En { 0 } else { 1 }];
                fm.locate(
                    &values[*i].key,
                    lang,
                    text,
                    start,
                    number.start,
                    &number.written,
                )
            }
            None => {
                let body = if lang == Lang::En { en_body } else { mn_body };
                let (l, c) = line_col(&body.text, number.start);
                (body.first_line + l - 1, c)
            }
        };
        let list: Vec<&str> = only.iter().map(|&i| these[i].0.written.as_str()).collect();
        out.push(Diagnostic::new(
            path,
            line,
            col,
            Problem::NumbersOneSide {
                lang,
                numbers: list.join(", "),
            },
        ));
    }
    out
}
