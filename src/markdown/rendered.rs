//! The converter's output: wrapped lines with their plain text, where each link landed on screen
//! (line and column range) and what it targets, and the headings for a table of contents.

use std::ops::Range;

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::wrap::{Glyph, char_width};

/// Where a link leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Another entry, by id.
    Entry(String),
    /// An external address.
    Url(String),
    /// A line of the same document (table of contents).
    Line(usize),
}

/// One on-screen piece of a link: a link wrapped over two lines has two spans.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkSpan {
    /// The link's ordinal, an index into [`Rendered::targets`].
    pub link: usize,
    pub line: usize,
    /// Display columns.
    pub cols: Range<usize>,
}

/// A heading of the document, for the table of contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub line: usize,
    pub level: u8,
    pub text: String,
}

/// Rendered text: lines, their plain text, link spans and targets, headings.
#[derive(Debug, Clone, Default)]
pub struct Rendered {
    pub lines: Vec<Line<'static>>,
    /// The characters of each line, for find.
    pub texts: Vec<String>,
    pub spans: Vec<LinkSpan>,
    pub targets: Vec<Target>,
    pub headings: Vec<Heading>,
}

impl Rendered {
    /// Adds a finished line of glyphs.
    pub fn push(&mut self, line: &[Glyph]) {
        let idx = self.lines.len();
        let mut spans: Vec<Span<'static>> = Vec::new();
        let mut run = String::new();
        let mut run_style: Option<Style> = None;
        let mut col = 0usize;
        for g in line {
            if run_style != Some(g.style) {
                if let Some(s) = run_style {
                    spans.push(Span::styled(std::mem::take(&mut run), s));
                }
                run_style = Some(g.style);
            }
            run.push(g.ch);
            let w = char_width(g.ch);
            if let Some(l) = g.link() {
                match self.spans.last_mut() {
                    Some(s) if s.link == l && s.line == idx && s.cols.end == col => s.cols.end += w,
                    _ => self.spans.push(LinkSpan {
                        link: l,
                        line: idx,
                        cols: col..col + w,
                    }),
                }
            }
            col += w;
        }
        if let Some(s) = run_style {
            spans.push(Span::styled(run, s));
        }
        self.texts.push(line.iter().map(|g| g.ch).collect());
        self.lines.push(Line::from(spans));
    }

    /// Adds an empty line unless the last one is already empty.
    pub fn gap(&mut self) {
        if self.texts.last().is_some_and(|t| !t.trim().is_empty()) {
            self.push(&[]);
        }
    }

    /// Registers a link target and returns its ordinal.
    pub fn add_target(&mut self, target: Target) -> usize {
        self.targets.push(target);
        self.targets.len() - 1
    }

    /// Appends `other` below, renumbering its lines and links.
    pub fn append(&mut self, other: Rendered) {
        let lines = self.lines.len();
        let links = self.targets.len();
        self.lines.extend(other.lines);
        self.texts.extend(other.texts);
        self.spans.extend(other.spans.into_iter().map(|s| LinkSpan {
            link: s.link + links,
            line: s.line + lines,
            cols: s.cols,
        }));
        self.targets
            .extend(other.targets.into_iter().map(|t| match t {
                Target::Line(l) => Target::Line(l + lines),
                t => t,
            }));
        self.headings
            .extend(other.headings.into_iter().map(|h| Heading {
                line: h.line + lines,
                ..h
            }));
    }

    /// The link under display column `col` of line `line`.
    pub fn link_at(&self, line: usize, col: usize) -> Option<usize> {
        self.spans
            .iter()
            .find(|s| s.line == line && s.cols.contains(&col))
            .map(|s| s.link)
    }

    /// The first and last lines where link `link` appears (a wrapped link spans several).
    pub fn link_lines(&self, link: usize) -> Option<(usize, usize)> {
        let mut lines = self.spans.iter().filter(|s| s.link == link).map(|s| s.line);
        let first = lines.next()?;
        Some((first, lines.next_back().unwrap_or(first)))
    }

    /// The first line where link `link` appears.
    pub fn link_line(&self, link: usize) -> Option<usize> {
        self.spans.iter().find(|s| s.link == link).map(|s| s.line)
    }
}
