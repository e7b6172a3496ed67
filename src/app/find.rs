//! The find bar's behaviour: typing the query, matches in the entry document, n/N to move
//! between them (the bar itself is drawn by `ui/find.rs`).

use super::action::Action;
use super::reading::{current_doc, show_line};
use super::state::App;
use crate::markdown::render::Rendered;
use crate::markdown::wrap::char_width;
use crate::search::translit;

/// Find matches in `doc`: (line, display column range). A query in Latin letters also finds
/// Mongolian Cyrillic spelled that way, as search does (`chatsargan` finds «чацарган»).
pub fn find_matches(doc: &Rendered, query: &str) -> Vec<(usize, std::ops::Range<usize>)> {
    if query.is_ascii() && query.chars().any(|c| c.is_ascii_alphabetic()) {
        return latin_matches(doc, query);
    }
    let q: Vec<char> = query.to_lowercase().chars().collect();
    if q.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (n, text) in doc.texts.iter().enumerate() {
        let chars: Vec<char> = text.chars().flat_map(char::to_lowercase).collect();
        if chars.len() != text.chars().count() {
            continue;
        }
        let cols: Vec<usize> = text
            .chars()
            .scan(0, |c, ch| {
                let at = *c;
                *c += crate::markdown::wrap::char_width(ch);
                Some(at)
            })
            .collect();
        let mut i = 0;
        while i + q.len() <= chars.len() {
            if chars[i..i + q.len()] == q[..] {
                let end = cols
                    .get(i + q.len())
                    .copied()
                    .unwrap_or_else(|| crate::markdown::wrap::str_width(text));
                out.push((n, cols[i]..end));
                i += q.len();
            } else {
                i += 1;
            }
        }
    }
    out
}

/// Matches of a Latin-letter query: the query's transliteration key ([`translit`]) found in
/// each line's key, mapped back to the line's characters (Cyrillic or Latin) to highlight.
fn latin_matches(doc: &Rendered, query: &str) -> Vec<(usize, std::ops::Range<usize>)> {
    let q = translit::key_text(query);
    let q = q.trim();
    if q.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (n, text) in doc.texts.iter().enumerate() {
        let key = translit::key(text);
        if !key.text.contains(q) {
            continue;
        }
        // The display column where each character starts, and the line's end.
        let cols: Vec<usize> = std::iter::once(0)
            .chain(text.chars().scan(0, |c, ch| {
                *c += char_width(ch);
                Some(*c)
            }))
            .collect();
        let mut from = 0;
        while let Some(at) = key.text[from..].find(q) {
            let (start, end) = (from + at, from + at + q.len());
            let chars = key.source_chars(start, end);
            if let (Some(&first), Some(&last)) = (chars.first(), chars.last())
                && let (Some(&a), Some(&b)) = (cols.get(first), cols.get(last + 1))
            {
                out.push((n, a..b));
            }
            from = end;
        }
    }
    out
}

pub(super) fn find_action(app: &mut App, action: Action) {
    let Some(f) = &mut app.reading.find else {
        return;
    };
    let mut cut = false;
    match action {
        Action::Input(c) => {
            cut = super::search::extend_query(&mut f.query, c.encode_utf8(&mut [0; 4]));
        }
        Action::Paste(text) => cut = super::search::extend_query(&mut f.query, &text),
        Action::DeleteChar => {
            f.query.pop();
        }
        Action::Open => f.editing = false,
        Action::Escape => app.reading.close_find(),
        _ => return,
    }
    if let Some(f) = &mut app.reading.find {
        f.current = 0;
    }
    find_step(app, 0);
    if cut {
        super::search::say_cut(app);
    }
}

/// Moves the current find match by `delta` and scrolls to it.
pub(super) fn find_step(app: &mut App, delta: isize) {
    let Some((doc, rect)) = current_doc(app) else {
        return;
    };
    let Some(f) = &mut app.reading.find else {
        return;
    };
    let matches = find_matches(&doc, &f.query);
    if matches.is_empty() {
        return;
    }
    let n = matches.len() as isize;
    f.current = ((f.current as isize + delta).rem_euclid(n)) as usize;
    let line = matches[f.current].0;
    show_line(app, line, rect.height as usize);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(lines: &[&str]) -> Rendered {
        Rendered {
            texts: lines.iter().map(|l| l.to_string()).collect(),
            ..Rendered::default()
        }
    }

    /// The text a match covers.
    fn covered(d: &Rendered, (line, cols): &(usize, std::ops::Range<usize>)) -> String {
        let mut at = 0;
        let mut out = String::new();
        for c in d.texts[*line].chars() {
            if cols.contains(&at) {
                out.push(c);
            }
            at += char_width(c);
        }
        out
    }

    #[test]
    fn latin_letters_find_cyrillic_as_search_spells_it() {
        let d = doc(&[
            "Чацарганы кластер",
            "sea buckthorn: chatsargan",
            "Кластерийн бодлого",
        ]);
        let found = find_matches(&d, "chatsargan");
        let texts: Vec<String> = found.iter().map(|m| covered(&d, m)).collect();
        assert_eq!(texts, ["Чацарган", "chatsargan"]);
        let found = find_matches(&d, "klaster");
        let texts: Vec<String> = found.iter().map(|m| covered(&d, m)).collect();
        assert_eq!(texts, ["кластер", "Кластер"]);
        assert_eq!(found[0], (0, 10..17), "display columns of «кластер»");
        // Cyrillic queries match as typed, and punctuation alone finds nothing.
        assert_eq!(find_matches(&d, "кластер").len(), 2);
        assert!(find_matches(&d, "--").is_empty());
    }
}
