//! The project's own Markdown-to-terminal converter: pulldown-cmark events (with
//! [`crate::markdown::options`]) become ratatui [`Line`](ratatui::text::Line)s wrapped by display width, with the
//! position of every link after wrapping (line, column range, target) so links can be selected
//! with Tab and hit with the mouse. Headings, emphasis, lists, tables, block quotes, code and
//! links are supported; `[[id]]` shows the target's title. All text goes through [`inert`].
//! Here: what each event does; how text becomes lines behind their prefixes is `lines`.

use pulldown_cmark::{Event, HeadingLevel, LinkType, Parser, Tag, TagEnd};
use ratatui::style::{Modifier, Style};

use super::links::names_entry;
use super::prose::LinkTitle;
use super::table::Table;
use super::wrap::{Glyph, glyphs, push_glyphs};
use crate::inert::inert;

pub use super::rendered::{Heading, LinkSpan, Rendered, Target};

mod lines;

/// Styles the converter uses (from the theme).
#[derive(Debug, Clone, Copy, Default)]
pub struct MdStyles {
    pub text: Style,
    pub heading: Style,
    pub link: Style,
    pub code: Style,
    pub quote: Style,
    pub border: Style,
    /// What the reader is told about the text (a link that names no entry).
    pub notice: Style,
}

/// A block container the current text is inside.
enum Container {
    Quote,
    Item { bullet: String, used: bool },
}

/// Converts `markdown` into lines at most `width` columns wide. `title_of` gives an entry's
/// title for `[[id]]` links in the reader's language, which reads as prose where the link
/// stands ([`crate::corpus::prose_title`]).
pub fn render(
    markdown: &str,
    width: usize,
    styles: &MdStyles,
    title_of: &dyn Fn(&str) -> Option<LinkTitle>,
) -> Rendered {
    render_marking(markdown, width, styles, title_of, &|_| None)
}

/// [`render`], with links to entries that do not exist marked: `broken` says what to tell the
/// reader about a link to an id (`None`: the entry exists). Such a link is plain text, not a
/// link Tab selects, followed by what `broken` says in brackets (`[[id]]` without its own text
/// shows only that). When `broken` says nothing (an empty text), a link with its own text shows
/// that text alone and `[[id]]` is left out, and a space or a comma that it leaves doubled
/// with it (the projector: the room never reads a raw id).
pub fn render_marking(
    markdown: &str,
    width: usize,
    styles: &MdStyles,
    title_of: &dyn Fn(&str) -> Option<LinkTitle>,
    broken: &dyn Fn(&str) -> Option<String>,
) -> Rendered {
    let mut w = Writer {
        out: Rendered::default(),
        width: width.max(1),
        st: *styles,
        inline: Vec::new(),
        stack: vec![styles.text],
        link: None,
        wiki: None,
        broken: None,
        left_out: false,
        containers: Vec::new(),
        lists: Vec::new(),
        table: None,
        heading: None,
        code: None,
    };
    for event in Parser::new_ext(markdown, super::options()) {
        w.event(event, title_of, broken);
    }
    w.flush();
    w.out
}

struct Writer {
    out: Rendered,
    width: usize,
    st: MdStyles,
    inline: Vec<Glyph>,
    stack: Vec<Style>,
    link: Option<usize>,
    /// The target of a `[[id]]` link without its own text, whose title replaces the text.
    wiki: Option<String>,
    /// What to tell the reader after the link being written, which names no entry.
    broken: Option<String>,
    /// A `[[id]]` was just left out: the text after it does not double the space before it.
    left_out: bool,
    containers: Vec<Container>,
    lists: Vec<Option<u64>>,
    table: Option<Table>,
    heading: Option<u8>,
    code: Option<String>,
}

impl Writer {
    fn event(
        &mut self,
        event: Event<'_>,
        title_of: &dyn Fn(&str) -> Option<LinkTitle>,
        broken: &dyn Fn(&str) -> Option<String>,
    ) {
        match event {
            Event::Start(tag) => self.start(tag, broken),
            Event::End(tag) => self.end(tag, title_of),
            Event::Text(t) => {
                if let Some(code) = &mut self.code {
                    code.push_str(&t);
                } else if self.wiki.is_none() {
                    self.text(&t);
                }
            }
            Event::Code(t) => {
                let style = self.style().patch(self.st.code);
                push_glyphs(&mut self.inline, &inert(&t), style, self.link);
            }
            Event::Html(t) | Event::InlineHtml(t) => self.text(&t),
            Event::SoftBreak => self.text(" "),
            Event::HardBreak => self.inline.push(Glyph::new('\n', self.style(), None)),
            Event::Rule => {
                self.flush();
                self.gap();
                let (_, rest) = self.prefixes();
                let mut l = rest.clone();
                let n = self.avail(&rest);
                l.extend(glyphs(&"─".repeat(n), self.st.border, None));
                self.push(&l);
            }
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>, broken: &dyn Fn(&str) -> Option<String>) {
        match tag {
            Tag::Paragraph => {
                self.flush();
                self.gap();
            }
            Tag::Heading { level, .. } => {
                self.flush();
                self.gap();
                self.heading = Some(match level {
                    HeadingLevel::H1 => 1,
                    HeadingLevel::H2 => 2,
                    HeadingLevel::H3 => 3,
                    _ => 4,
                });
                let h = self.st.heading;
                self.push_style(|s| s.patch(h));
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.gap();
                self.containers.push(Container::Quote);
                let q = self.st.quote;
                self.push_style(|s| s.patch(q));
            }
            Tag::CodeBlock(_) => {
                self.flush();
                self.gap();
                self.code = Some(String::new());
            }
            Tag::List(start) => {
                self.flush();
                self.gap();
                self.lists.push(start);
            }
            Tag::Item => {
                self.flush();
                let depth = self.lists.len();
                let bullet = match self.lists.last_mut() {
                    Some(Some(n)) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ if depth > 1 => "◦ ".to_string(),
                    _ => "• ".to_string(),
                };
                self.containers.push(Container::Item {
                    bullet,
                    used: false,
                });
            }
            Tag::Emphasis => self.push_style(|s| s.add_modifier(Modifier::ITALIC)),
            Tag::Strong => self.push_style(|s| s.add_modifier(Modifier::BOLD)),
            Tag::Strikethrough => self.push_style(|s| s.add_modifier(Modifier::CROSSED_OUT)),
            Tag::Link {
                link_type,
                dest_url,
                ..
            } => {
                let dest = dest_url.trim().to_string();
                if matches!(link_type, LinkType::WikiLink { has_pothole: false }) {
                    self.wiki = Some(dest.clone());
                }
                let entry = names_entry(link_type, &dest);
                if let Some(said) = entry.then(|| broken(&dest)).flatten() {
                    // Not a link: nothing to follow, and it must not look like one.
                    self.broken = Some(said);
                    self.push_style(|s| s);
                    return;
                }
                let target = if entry {
                    Target::Entry(dest)
                } else {
                    Target::Url(dest)
                };
                self.link = Some(self.out.add_target(target));
                let l = self.st.link;
                self.push_style(|s| s.patch(l));
            }
            Tag::Image { .. } => self.text("["),
            Tag::Table(aligns) => {
                self.flush();
                self.gap();
                self.table = Some(Table::new(aligns));
            }
            Tag::TableHead => self.push_style(|s| s.add_modifier(Modifier::BOLD)),
            Tag::TableCell => self.inline.clear(),
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, title_of: &dyn Fn(&str) -> Option<LinkTitle>) {
        match tag {
            TagEnd::Paragraph | TagEnd::Item => {
                self.flush();
                if matches!(tag, TagEnd::Item) {
                    self.containers.pop();
                }
            }
            TagEnd::Heading(_) => {
                self.flush();
                self.heading = None;
                self.stack.pop();
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.containers.pop();
                self.stack.pop();
            }
            TagEnd::CodeBlock => {
                if let Some(code) = self.code.take() {
                    self.emit_code(&code);
                }
            }
            TagEnd::List(_) => {
                self.flush();
                self.lists.pop();
            }
            TagEnd::Emphasis | TagEnd::Strong | TagEnd::Strikethrough => {
                self.stack.pop();
            }
            TagEnd::Link => {
                let wiki = self.wiki.take();
                if let Some(said) = self.broken.take() {
                    self.left_out = said.is_empty() && wiki.is_some();
                    // `[[id]]` alone shows only what is said, which names the id.
                    let said = if wiki.is_some() || said.is_empty() {
                        said
                    } else {
                        format!(" [{said}]")
                    };
                    push_glyphs(&mut self.inline, &inert(&said), self.st.notice, None);
                } else if let Some(id) = wiki {
                    let title = match title_of(&id) {
                        Some(title) => {
                            let before: String = self.inline.iter().map(|g| g.ch).collect();
                            title.after(&before).into_owned()
                        }
                        None => id,
                    };
                    self.text(&title);
                }
                self.link = None;
                self.stack.pop();
            }
            TagEnd::Image => self.text("]"),
            TagEnd::TableHead => {
                self.stack.pop();
                if let Some(t) = &mut self.table {
                    t.end_row();
                }
            }
            TagEnd::TableRow => {
                if let Some(t) = &mut self.table {
                    t.end_row();
                }
            }
            TagEnd::TableCell => {
                let cell = std::mem::take(&mut self.inline);
                if let Some(t) = &mut self.table {
                    t.cell(cell);
                }
            }
            TagEnd::Table => {
                if let Some(t) = self.table.take() {
                    let (_, rest) = self.prefixes();
                    let max = self.avail(&rest);
                    for line in t.layout(max, self.st.border) {
                        let mut l = rest.clone();
                        l.extend(line);
                        self.push(&l);
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
#[path = "render_tests.rs"]
mod tests;
