//! The converter's lines: the style of the text being written, inline text gathered and
//! wrapped into lines behind the prefixes of block quotes and list items, the gap between
//! blocks, and code blocks cut at the width.

use ratatui::style::Style;

use super::{Container, Heading, Writer};
use crate::inert::inert;
use crate::markdown::wrap::{Glyph, char_width, glyphs, push_glyphs, width, wrap};

impl Writer {
    pub(super) fn style(&self) -> Style {
        self.stack.last().copied().unwrap_or_default()
    }

    pub(super) fn push_style(&mut self, f: impl Fn(Style) -> Style) {
        let s = f(self.style());
        self.stack.push(s);
    }

    pub(super) fn text(&mut self, mut t: &str) {
        if std::mem::take(&mut self.left_out) {
            t = self.after_left_out(t);
        }
        let style = self.style();
        push_glyphs(&mut self.inline, &inert(t), style, self.link);
    }

    /// The text after a `[[id]]` left out, so that the sentence keeps one space and one mark
    /// where it had two: «A, [[id]], B» reads «A, B», «see [[id]].» «see.», «[[id]] and» «and».
    pub(super) fn after_left_out<'t>(&mut self, t: &'t str) -> &'t str {
        let t = crate::markdown::links::without_glued_ending(t);
        let before = self.inline.iter().rev().map(|g| g.ch).find(|c| *c != ' ');
        if before.is_none() {
            return t.trim_start_matches([' ', ',', ';']);
        }
        let separator = t.starts_with([',', ';']);
        if separator && before.is_some_and(|c| matches!(c, ',' | ';' | ':' | '(' | '—' | '–')) {
            let rest = t[1..].trim_start();
            return match self.inline.last() {
                Some(g) if g.ch == ' ' => rest,
                _ => &t[1..],
            };
        }
        if t.starts_with([' ', '.', ',', ';', ':', '!', '?', ')'])
            && self.inline.last().is_some_and(|g| g.ch == ' ')
        {
            self.inline.pop();
        }
        if crate::markdown::links::closes_list(t) {
            // The list's comma or "and" before the link goes with it.
            let from = self.inline.len().saturating_sub(8);
            let tail: String = self.inline[from..].iter().map(|g| g.ch).collect();
            let kept = crate::markdown::links::without_list_join(&tail, t)
                .chars()
                .count();
            let gone = tail.chars().count() - kept;
            self.inline.truncate(self.inline.len() - gone);
        }
        t
    }

    pub(super) fn in_item(&self) -> bool {
        self.containers
            .iter()
            .any(|c| matches!(c, Container::Item { .. }))
    }

    /// Prefix glyphs for the first and the following lines of a block.
    pub(super) fn prefixes(&mut self) -> (Vec<Glyph>, Vec<Glyph>) {
        let (mut first, mut rest) = (Vec::new(), Vec::new());
        let quote = self.st.quote;
        for c in &mut self.containers {
            match c {
                Container::Quote => {
                    first.extend(glyphs("▎ ", quote, None));
                    rest.extend(glyphs("▎ ", quote, None));
                }
                Container::Item { bullet, used } => {
                    let pad = " ".repeat(crate::markdown::wrap::str_width(bullet));
                    if *used {
                        first.extend(glyphs(&pad, Style::default(), None));
                    } else {
                        first.extend(glyphs(bullet, Style::default(), None));
                        *used = true;
                    }
                    rest.extend(glyphs(&pad, Style::default(), None));
                }
            }
        }
        let room = self.width.saturating_sub(1);
        (fit(first, room), fit(rest, room))
    }

    /// Emits a finished line, never wider than the width: a character that can never fit (a
    /// wide one at width 1) becomes `…`, anything else beyond the edge is cut.
    pub(super) fn push(&mut self, line: &[Glyph]) {
        let mut out = Vec::with_capacity(line.len());
        let mut col = 0;
        for g in line {
            let w = char_width(g.ch);
            if col + w <= self.width {
                out.push(*g);
                col += w;
            } else if w > self.width && col < self.width {
                out.push(Glyph::new('…', g.style, g.link()));
                col += 1;
            }
        }
        self.out.push(&out);
    }

    pub(super) fn gap(&mut self) {
        if !self.in_item() {
            self.out.gap();
        }
    }

    pub(super) fn avail(&self, prefix: &[Glyph]) -> usize {
        self.width.saturating_sub(width(prefix)).max(1)
    }

    /// Wraps and emits the pending inline text as one block.
    pub(super) fn flush(&mut self) {
        // A `[[id]]` left out at the end of a block leaves nothing to mend in the next one.
        self.left_out = false;
        if self.table.is_some() || self.inline.iter().all(|g| g.ch == ' ') {
            self.inline.clear();
            return;
        }
        let inline = std::mem::take(&mut self.inline);
        let (first, rest) = self.prefixes();
        let max = self.avail(&first).min(self.avail(&rest));
        let start = self.out.lines.len();
        let mut l = Vec::new();
        for (i, line) in wrap(&inline, max).into_iter().enumerate() {
            l.clear();
            l.extend_from_slice(if i == 0 { &first } else { &rest });
            l.extend(line);
            self.push(&l);
        }
        if let Some(level) = self.heading {
            let text: String = inline.iter().map(|g| g.ch).collect();
            self.out.headings.push(Heading {
                line: start,
                level,
                text: text.trim().to_string(),
            });
        }
    }

    pub(super) fn emit_code(&mut self, code: &str) {
        let (_, rest) = self.prefixes();
        let max = self.avail(&rest);
        for src in code.trim_end_matches('\n').split('\n') {
            let g = glyphs(&inert(src), self.st.code, None);
            let mut cur: Vec<Glyph> = Vec::new();
            for ch in g {
                if width(&cur) + char_width(ch.ch) > max && !cur.is_empty() {
                    let mut l = rest.clone();
                    l.append(&mut cur);
                    self.push(&l);
                }
                cur.push(ch);
            }
            let mut l = rest.clone();
            l.append(&mut cur);
            self.push(&l);
        }
    }
}

/// The leading glyphs of `prefix` that fit in `room` columns (deep nesting in a narrow view).
fn fit(mut prefix: Vec<Glyph>, room: usize) -> Vec<Glyph> {
    while width(&prefix) > room {
        prefix.pop();
    }
    prefix
}
