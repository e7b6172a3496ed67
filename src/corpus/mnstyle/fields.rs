//! The bilingual text values of an entry's front matter, and where a piece of one is written
//! in the file (the YAML reader keeps no positions, so values are found by searching).

use super::super::kinds::Value as KindValue;
use super::super::locate::Locator;
use super::super::model::{Bi, Entry, KeyFigure};
use super::super::split::Parts;
use crate::lang::Lang;

/// One text value in both languages, with the key path that holds it.
pub struct Value<'a> {
    /// Key path without the language (`["rows", "label"]`).
    pub key: Vec<&'static str>,
    /// The field as a trainer names it (`rows.label`).
    pub name: String,
    pub en: Option<&'a str>,
    pub mn: Option<&'a str>,
}

impl<'a> Value<'a> {
    pub fn get(&self, lang: Lang) -> Option<&'a str> {
        match lang {
            Lang::En => self.en,
            Lang::Mn => self.mn,
        }
    }
}

fn push<'a>(out: &mut Vec<Value<'a>>, key: &[&'static str], value: &'a Bi<String>) {
    out.push(Value {
        key: key.to_vec(),
        name: key.join("."),
        en: value.en.as_deref(),
        mn: value.mn.as_deref(),
    });
}

fn push_list<'a>(out: &mut Vec<Value<'a>>, key: &'static str, value: &'a Bi<Vec<String>>) {
    for lang in Lang::ALL {
        for item in value.get(lang).into_iter().flatten() {
            let (en, mn) = match lang {
                Lang::En => (Some(item.as_str()), None),
                Lang::Mn => (None, Some(item.as_str())),
            };
            out.push(Value {
                key: vec![key],
                name: key.to_string(),
                en,
                mn,
            });
        }
    }
}

fn push_figures<'a>(out: &mut Vec<Value<'a>>, key: &'static str, figures: &'a [KeyFigure]) {
    for f in figures {
        push(out, &[key, "label"], &f.label);
        if let Some(unit) = &f.unit {
            push(out, &[key, "unit"], unit);
        }
    }
}

/// Every bilingual text value of `entry`'s front matter.
pub fn bilingual_values(entry: &Entry) -> Vec<Value<'_>> {
    let mut out = Vec::new();
    push(&mut out, &["title"], &entry.title);
    push(&mut out, &["summary"], &entry.summary);
    push_list(&mut out, "aliases", &entry.aliases);
    push_list(&mut out, "tags", &entry.tags);
    // The kind's own text, as `corpus::kinds` describes it.
    for (spec, value) in entry.fields.values() {
        let key: &'static str = spec.key();
        match value {
            KindValue::Bi(text) | KindValue::Name(text) => {
                let path: Vec<&'static str> = spec.name.split('.').collect();
                push(&mut out, &path, text);
            }
            KindValue::Figure(f) => push_figures(&mut out, key, std::slice::from_ref(f)),
            KindValue::Row(r) => {
                push(&mut out, &[key, "label"], &r.label);
                if let Some(unit) = &r.unit {
                    push(&mut out, &[key, "unit"], unit);
                }
                for c in &r.cells {
                    push(&mut out, &[key, "cells"], c);
                }
            }
            KindValue::Step(s) => push(&mut out, &[key, "note"], &s.note),
            _ => {}
        }
    }
    out
}

/// The front matter's lines, to find where a value is written.
pub struct FrontMatter<'a> {
    lines: Vec<&'a str>,
    first_line: usize,
    loc: &'a Locator<'a>,
}

/// Byte offset of the `n`-th (from 0) occurrence of `needle` in `hay`.
fn nth(hay: &str, needle: &str, n: usize) -> Option<usize> {
    hay.match_indices(needle).nth(n).map(|(i, _)| i)
}

impl<'a> FrontMatter<'a> {
    pub fn new(parts: &'a Parts, loc: &'a Locator<'a>) -> Self {
        FrontMatter {
            lines: parts.front_matter.split('\n').collect(),
            first_line: parts.front_matter_line,
            loc,
        }
    }

    /// Where `value` (the text of `key` in `lang`) starts: line index and byte column, looked
    /// for by its first words from `after` (where the previous value of the same key was found)
    /// or from the key.
    pub fn find_value(
        &self,
        key: &[&str],
        lang: Lang,
        value: &str,
        after: Option<(usize, usize)>,
    ) -> Option<(usize, usize)> {
        let mut path = key.to_vec();
        path.push(lang.code());
        let key_line = self.loc.key(&path).0.saturating_sub(self.first_line);
        let (start, start_col) = after.unwrap_or((key_line, 0));
        let head: String = value
            .split('\n')
            .next()
            .unwrap_or(value)
            .chars()
            .take(24)
            .collect();
        (start..self.lines.len()).find_map(|i| {
            let from = if i == start { start_col } else { 0 };
            let line = self.lines[i];
            let col = line.get(from..)?.find(head.as_str())? + from;
            Some((i, col))
        })
    }

    /// File line and column of `snippet`, found at byte `offset` of `value` (the text of `key`
    /// in `lang`, which starts at `start` as [`FrontMatter::find_value`] found it). Falls back
    /// to the key.
    pub fn locate(
        &self,
        key: &[&str],
        lang: Lang,
        value: &str,
        start: Option<(usize, usize)>,
        offset: usize,
        snippet: &str,
    ) -> (usize, usize) {
        let mut path = key.to_vec();
        path.push(lang.code());
        let (key_line, key_col) = self.loc.key(&path);
        let Some((line, col)) = start else {
            return (key_line, key_col);
        };
        // Which occurrence of the snippet in the value this is.
        let n = value[..offset.min(value.len())].matches(snippet).count();
        let mut skip = n;
        for i in line..self.lines.len() {
            let from = if i == line { col } else { 0 };
            let hay = &self.lines[i][from..];
            let here = hay.matches(snippet).count();
            if skip < here {
                let at = from + nth(hay, snippet, skip).unwrap_or(0);
                let column = self.lines[i][..at].chars().count() + 1;
                return (self.first_line + i, column);
            }
            skip -= here;
        }
        (key_line, key_col)
    }
}
