//! The entry as one scrollable document: a kind-specific header (fields, the stage stepper),
//! related links, a table of contents for long entries, the Markdown body, sources with
//! locators and the backlinks panel. Built from the state for one language and width; the view
//! draws it, and the actions that scroll, select links, find and click read the same lines.

use ratatui::style::{Modifier, Style};

use super::state::App;
use crate::corpus::facts::{Fact, FactTarget, facts, group};
use crate::corpus::model::{Bi, KindFields};
use crate::inert::inert;
use crate::lang::Lang;
use crate::markdown::render::{Rendered, Target, render};
use crate::markdown::wrap::{Glyph, glyphs, wrap};
use crate::ui::theme::{Theme, theme};

/// Entries with at least this many headings get a table of contents.
const TOC_MIN_HEADINGS: usize = 3;

pub(super) struct Doc<'a> {
    pub(super) app: &'a App,
    pub(super) lang: Lang,
    pub(super) r: Rendered,
    pub(super) width: usize,
    pub(super) th: Theme,
}

impl Doc<'_> {
    fn t(&self, id: &str) -> String {
        self.app.l10n.t(self.lang, id)
    }

    fn tf(&self, id: &str, args: &[(&str, String)]) -> String {
        self.app.l10n.format(self.lang, id, args)
    }

    fn txt(&self, s: &str, style: Style) -> Vec<Glyph> {
        glyphs(&inert(s), style, None)
    }

    /// A bilingual text, marked when it falls back to the other language.
    fn bi(&self, b: &Bi<String>, style: Style) -> Vec<Glyph> {
        let (text, fallback) = b.text(self.lang);
        let mut g = self.txt(text, style);
        if fallback {
            let marker = format!(" [{}]", self.t("label-missing-translation"));
            g.extend(self.txt(&marker, self.th.dim));
        }
        g
    }

    fn title_of(&self, id: &str) -> String {
        self.app
            .corpus
            .get(id)
            .map_or(id.to_string(), |e| e.title.show(self.lang).to_string())
    }

    /// A link to entry `id` showing its title.
    fn entry_link(&mut self, id: &str) -> Vec<Glyph> {
        let title = self.title_of(id);
        let n = self.r.add_target(Target::Entry(id.to_string()));
        glyphs(&inert(&title), self.th.link, Some(n))
    }

    /// Wraps `g` with a hanging indent of `indent` columns.
    fn para(&mut self, g: &[Glyph], indent: usize) {
        let max = self.width.saturating_sub(indent).max(1);
        for (i, line) in wrap(g, max).into_iter().enumerate() {
            let mut l = if i == 0 {
                Vec::new()
            } else {
                glyphs(
                    &" ".repeat(indent.min(self.width / 2)),
                    Style::default(),
                    None,
                )
            };
            l.extend(line);
            self.r.push(&l);
        }
    }

    fn field(&mut self, label: &str, value: Vec<Glyph>) {
        let mut g = self.txt(&format!("{}: ", self.t(label)), self.th.dim);
        g.extend(value);
        self.para(&g, 2);
    }

    fn section(&mut self, label: &str) {
        self.r.gap();
        let g = self.txt(&self.t(label), self.th.heading);
        self.para(&g, 0);
    }

    /// One link per line under a section title, with an optional suffix (a locator).
    pub(super) fn link_list(&mut self, label: &str, items: &[(String, String)], bar: bool) {
        if items.is_empty() {
            return;
        }
        self.section(label);
        for (id, suffix) in items {
            let mut g = self.txt(if bar { "│ • " } else { "• " }, self.th.dim);
            g.extend(self.entry_link(id));
            if !suffix.is_empty() {
                g.extend(self.txt(&format!(" — {suffix}"), self.th.dim));
            }
            self.para(&g, 4);
        }
    }

    /// The stage model's sequence: ○ 1. Emergence → ● 2. Growth → ○ 3. Maturity.
    fn stepper(&mut self, model: &str, current: usize) {
        let stages = self.app.corpus.stages_of(model);
        let mut g = Vec::new();
        for (n, &s) in stages.iter().enumerate() {
            if n > 0 {
                g.extend(self.txt(" → ", self.th.dim));
            }
            let id = self.app.corpus.entry(s).id.clone();
            if s == current {
                let title = format!("● {}. {}", n + 1, self.title_of(&id));
                g.extend(self.txt(&title, self.th.heading.add_modifier(Modifier::REVERSED)));
            } else {
                g.extend(self.txt(&format!("○ {}. ", n + 1), self.th.dim));
                g.extend(self.entry_link(&id));
            }
        }
        self.para(&g, 2);
    }
}

/// The document of entry `index` in `lang`, `width` columns wide.
/// How many lines of a note the entry view shows: the view is drawn every frame, and a note of
/// thousands of lines must not slow every key down (the note editor shows it all).
const NOTE_LINES_SHOWN: usize = 40;

pub fn document(app: &App, index: usize, lang: Lang, width: usize) -> Rendered {
    let th = theme(app.theme, app.no_color);
    let width = width.max(1);
    let mut d = Doc {
        app,
        lang,
        r: Rendered::default(),
        width,
        th,
    };
    let e = app.corpus.entry(index);
    let title = d.bi(&e.title, th.heading.add_modifier(Modifier::BOLD));
    d.para(&title, 0);
    let mut kind = format!("{} · {}", d.t(&format!("kind-{}", e.kind.name())), e.id);
    if app.bookmarks.contains(&e.id) {
        kind.push_str(&format!(" · ✓ {}", d.t("bookmarked")));
    }
    let kind = d.txt(&kind, th.dim);
    d.para(&kind, 0);
    d.r.gap();
    let summary = d.bi(&e.summary, Style::default().add_modifier(Modifier::ITALIC));
    d.para(&summary, 0);
    d.r.gap();
    // The reader's own note comes right after the summary: it is what they wrote to find.
    if let Some(note) = app.notes.get(&e.id) {
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
    header(&mut d, index);
    let related: Vec<(String, String)> = e
        .related
        .iter()
        .map(|r| (r.clone(), String::new()))
        .collect();
    d.link_list("label-links", &related, false);
    d.r.gap();

    let title_of = |id: &str| app.corpus.get(id).map(|x| x.title.show(lang).to_string());
    let (body_md, fallback) = e.body.text(lang);
    let mut body = render(body_md, width, &th.md(), &title_of);
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

    let sources: Vec<(String, String)> = e
        .sources
        .iter()
        .map(|s| (s.id.clone(), s.place(d.lang)))
        .collect();
    d.link_list("label-sources", &sources, false);
    super::backlinks::panel(&mut d, index);
    d.r
}

/// The kind's facts (src/corpus/facts.rs) as labelled lines — a list under a heading where one
/// label has several values — then what only the app draws: a stage's stepper, a figure.
/// Links between findings and actions are left to the backlinks panel, which shows them both ways.
fn header(d: &mut Doc<'_>, index: usize) {
    let e = d.app.corpus.entry(index);
    let facts = facts(&d.app.corpus, index, d.lang);
    let shown: Vec<Fact> = facts
        .into_iter()
        .filter(|f| !matches!(f.label, "label-addressed-by" | "label-addresses"))
        .collect();
    for (label, group) in group(&shown) {
        if group.len() > 1 && group.iter().all(|f| f.entry().is_some()) {
            let items: Vec<(String, String)> = group
                .iter()
                .filter_map(|f| f.entry().map(|id| (id.to_string(), String::new())))
                .collect();
            d.link_list(label, &items, false);
            continue;
        }
        for f in group {
            let mut g = match &f.target {
                Some(FactTarget::Entry(id)) => d.entry_link(id),
                Some(FactTarget::Url(u)) => {
                    let n = d.r.add_target(Target::Url(u.clone()));
                    glyphs(&inert(u), d.th.link, Some(n))
                }
                None => d.txt(&f.value, Style::default()),
            };
            if f.fallback {
                let marker = format!(" [{}]", d.t("label-missing-translation"));
                g.extend(d.txt(&marker, d.th.dim));
            }
            d.field(label, g);
        }
    }
    match &e.fields {
        KindFields::Stage { model, .. } => d.stepper(model, index),
        KindFields::Figure { .. } => {
            // The figure widget's drawing (bars or a table, sources under it) as lines.
            let title_of = |id: &str| {
                d.app
                    .corpus
                    .get(id)
                    .map(|s| s.title.show(d.lang).to_string())
            };
            let view = crate::ui::figure::FigureView {
                entry: e,
                lang: d.lang,
                th: &d.th,
                title: false,
                source_title: Some(&title_of),
            };
            let width = d.width.min(u16::MAX as usize) as u16;
            for line in crate::ui::figure::document_lines(view, width) {
                d.r.push(&line);
            }
        }
        _ => {}
    }
}
