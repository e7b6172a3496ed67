//! The find bar's behaviour: typing the query, matches in the entry document, n/N to move
//! between them (the bar itself is drawn by `ui/find.rs`).

use super::action::Action;
use super::reading::{current_doc, show_line};
use super::state::App;
use crate::markdown::render::Rendered;

/// Find matches in `doc`: (line, display column range).
pub fn find_matches(doc: &Rendered, query: &str) -> Vec<(usize, std::ops::Range<usize>)> {
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

pub(super) fn find_action(app: &mut App, action: Action) {
    let Some(f) = &mut app.reading.find else {
        return;
    };
    match action {
        Action::Input(c) => super::search::extend_query(&mut f.query, c.encode_utf8(&mut [0; 4])),
        Action::Paste(text) => super::search::extend_query(&mut f.query, &text),
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
