//! The entry as one scrollable document in the shared reading order ([`crate::reading::ORDER`]):
//! title, source line, summary, note, the kind's facts (the stage stepper, a figure), the
//! relations that carry the answer, a table of contents and the Markdown body, then links,
//! backlinks and sources compact. Built from the state for one language and width; the view
//! draws it, and the actions that scroll, select links, find and click read the same lines.
//! This module keeps the order; the blocks it is built of are `document/blocks.rs`.

use ratatui::style::{Modifier, Style};

mod blocks;
mod facts;
pub mod kind_line;

use super::state::App;
use crate::lang::Lang;
use crate::markdown::render::{Rendered, Target, render_marking};
use crate::markdown::wrap::{glyphs, wrap};
use crate::reading::{ORDER, Section, relations};
use crate::ui::theme::{Theme, theme};

/// Entries with at least this many headings get a table of contents.
const TOC_MIN_HEADINGS: usize = 3;

pub(super) struct Doc<'a> {
    pub(super) app: &'a App,
    pub(super) lang: Lang,
    pub(super) r: Rendered,
    pub(super) width: usize,
    pub(super) th: Theme,
    /// Drawing the side column ([`super::side_column`]): one link a line, cut to the width.
    pub(super) side: bool,
    /// Whether a count line has said that Tab goes through the links: it is said once.
    pub(super) hinted: bool,
}

/// How many lines of a note the entry view shows: the view is drawn every frame, and a note of
/// thousands of lines must not slow every key down (the note editor shows it all).
const NOTE_LINES_SHOWN: usize = 40;

/// The document of entry `index` in `lang`, `width` columns wide.
pub fn document(app: &App, index: usize, lang: Lang, width: usize) -> Rendered {
    document_sections(app, index, lang, width).0
}

/// The document and the sections it drew, in order (those that drew nothing left out).
pub fn document_sections(
    app: &App,
    index: usize,
    lang: Lang,
    width: usize,
) -> (Rendered, Vec<Section>) {
    let th = theme(app.settings.theme, app.settings.no_color);
    let doc = |width: usize, side: bool| Doc {
        app,
        lang,
        r: Rendered::default(),
        width: width.max(1),
        th,
        side,
        hinted: false,
    };
    let split = if super::side_column::wanted(app) {
        super::side_column::split(width)
    } else {
        None
    };
    let (reading, side_width) = split.unwrap_or((width, 0));
    let mut main = doc(reading, false);
    let mut side = doc(side_width, true);
    let mut drawn = Vec::new();
    for s in ORDER {
        let apparatus = matches!(s, Section::Links | Section::Backlinks | Section::Sources);
        let d = if apparatus && split.is_some() {
            &mut side
        } else {
            &mut main
        };
        let before = d.r.lines.len();
        section(d, index, s);
        if d.r.lines.len() > before {
            drawn.push(s);
        }
    }
    if split.is_none() {
        return (main.r, drawn);
    }
    // The side column starts level with the summary, below the title and source lines.
    let mut column = Rendered::default();
    let top = main.r.texts.iter().position(|t| t.is_empty()).unwrap_or(0);
    for _ in 0..=top {
        column.push(&[]);
    }
    let mut side_r = side.r;
    if side_r.texts.first().is_some_and(|t| t.is_empty()) {
        side_r.lines.remove(0);
        side_r.texts.remove(0);
        for s in &mut side_r.spans {
            s.line -= 1;
        }
    }
    column.append(side_r);
    let at = reading + super::side_column::GAP;
    (super::side_column::beside(main.r, column, at), drawn)
}

fn section(d: &mut Doc<'_>, index: usize, section: Section) {
    let app = d.app;
    let th = d.th;
    let lang = d.lang;
    let width = d.width;
    let e = app.corpus.entry(index);
    match section {
        Section::Title => {
            let title = d.bi(&e.title, th.heading.add_modifier(Modifier::BOLD));
            d.para(&title, 0);
            let name = d.t(&format!("kind-{}", e.kind.name()));
            let mark = if app.study.bookmarks.contains(&e.id) {
                format!(" · ✓ {}", d.t("bookmarked"))
            } else {
                String::new()
            };
            let reading = app.nav.focus == super::navigation::Pane::Entry;
            let kind = kind_line::text(&name, &e.id, &mark, width, reading);
            let kind = d.txt(&kind, th.dim);
            d.para(&kind, 0);
        }
        Section::Source => {
            if let Some(source) = crate::corpus::facts::source_line(&app.corpus, index, d.lang) {
                let mut g = d.txt(&format!("{}: ", d.t("reading-source")), th.dim);
                // Who and when first, as a speech cites it; the link opens the source whole.
                g.extend(match &source.short {
                    Some(short) => d.entry_link_as(&source.id, short),
                    None => d.entry_link(&source.id),
                });
                let rest = source.tail(|id, n| d.tf(id, &[("count", n.to_string())]));
                g.extend(d.txt(&rest, th.dim));
                d.para(&g, 2);
            }
        }
        Section::Summary => {
            d.r.gap();
            let summary = d.bi(&e.summary, Style::default().add_modifier(Modifier::ITALIC));
            d.para(&summary, 0);
            d.r.gap();
        }
        Section::Note => {
            // The reader's own note comes right after the summary: it is what they wrote to find.
            let Some(note) = app.study.notes.get(&e.id) else {
                return;
            };
            d.section("note-title");
            let lines: Vec<&str> = note.trim_end().lines().collect();
            for line in lines.iter().take(NOTE_LINES_SHOWN) {
                let g = d.txt(&format!("│ {line}"), th.quote);
                d.para(&g, 2);
            }
            if lines.len() > NOTE_LINES_SHOWN {
                let more = lines.len() - NOTE_LINES_SHOWN;
                let g = d.txt(
                    &d.tf("note-more-lines", &[("count", more.to_string())]),
                    th.dim,
                );
                d.para(&g, 2);
            }
            d.r.gap();
        }
        Section::Facts => facts::header(d, index),
        Section::Relations => {
            for (label, ids) in relations(&app.corpus, index, lang) {
                if label == crate::reading::STEPS {
                    d.numbered_list(label, &ids);
                    continue;
                }
                let items: Vec<(String, String)> =
                    ids.into_iter().map(|id| (id, String::new())).collect();
                d.link_list(label, &items, false);
            }
        }
        Section::Body => {
            d.r.gap();
            let title_of = |id: &str| crate::corpus::prose_title::of(&app.corpus, id, lang);
            let (body_md, fallback) = e.body.text(lang);
            let broken = |id: &str| d.broken(id);
            let mut body = render_marking(body_md, width, &th.md(), &title_of, &broken);
            if fallback {
                let marker = format!("[{}]", d.t("label-missing-translation"));
                let mut marked = Rendered::default();
                marked.push(&glyphs(&marker, th.dim, None));
                marked.append(body);
                body = marked;
            }
            if body.headings.len() >= TOC_MIN_HEADINGS {
                let mut toc = Rendered::default();
                let len = body.headings.len() + 2;
                toc.push(&glyphs(&d.t("label-contents"), th.heading, None));
                for h in &body.headings {
                    let n = toc.add_target(Target::Line(len + h.line));
                    let mut g = glyphs(
                        &"  ".repeat(h.level.saturating_sub(1) as usize),
                        Style::default(),
                        None,
                    );
                    g.extend(glyphs(&h.text, th.link, Some(n)));
                    let mut line = wrap(&g, width).into_iter().next().unwrap_or_default();
                    line.truncate(line.len().min(width));
                    toc.push(&line);
                }
                toc.push(&[]);
                d.r.append(toc);
            }
            d.r.append(body);
        }
        Section::Links => {
            let ids: Vec<String> = e.related.clone();
            d.compact("label-links", &ids);
        }
        Section::Backlinks => super::backlinks::panel(d, index),
        Section::Sources => {
            let sources = crate::corpus::facts::sources_listed(e, d.lang);
            if !sources.is_empty() {
                let label = d.t("label-sources");
                let count = sources.len().to_string();
                let head = d.tf("reading-count", &[("label", label), ("count", count)]);
                d.r.gap();
                let g = d.txt(&head, th.heading);
                if d.side {
                    let line = super::side_column::one_line(&g, d.width);
                    d.r.push(&line);
                    d.side_sources(&sources);
                    return;
                }
                d.para(&g, 0);
                for (id, locator) in &sources {
                    let mut g = d.txt("• ", th.dim);
                    g.extend(d.entry_link(id));
                    if !locator.is_empty() {
                        g.extend(d.txt(&format!(" — {locator}"), th.dim));
                    }
                    d.para(&g, 2);
                }
            }
        }
    }
}
