//! The entry as one scrollable document in the shared reading order ([`crate::reading::ORDER`]):
//! title, source line, summary, note, the kind's facts (the stage stepper, a figure), the
//! relations that carry the answer, a table of contents and the Markdown body, then links,
//! backlinks and sources compact. Built from the state for one language and width; the view
//! draws it, and the actions that scroll, select links, find and click read the same lines.

use ratatui::style::{Modifier, Style};

mod facts;
pub mod kind_line;

use super::state::App;
use crate::corpus::model::Bi;
use crate::inert::inert;
use crate::lang::Lang;
use crate::markdown::render::{Rendered, Target, render_marking};
use crate::markdown::wrap::{Glyph, glyphs, wrap};
use crate::reading::{ORDER, Section, relations};
use crate::ui::theme::{Theme, theme};
use crate::ui::titles::{fit_column, fit_column_to};

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

    /// What the reader is told in place of a link to `id` when no entry has that id
    /// ([`crate::reading::broken_link`]).
    fn broken(&self, id: &str) -> Option<String> {
        crate::reading::broken_link(&self.app.corpus, &self.app.l10n, self.lang, id)
    }

    /// A link to entry `id` showing its title; where no entry has that id, plain words saying
    /// so, which Tab does not select.
    fn entry_link(&mut self, id: &str) -> Vec<Glyph> {
        if let Some(said) = self.broken(id) {
            return self.txt(&said, self.th.notice);
        }
        let title = self.title_of(id);
        self.entry_link_as(id, &title)
    }

    /// A link to entry `id` showing `title`.
    fn entry_link_as(&mut self, id: &str, title: &str) -> Vec<Glyph> {
        let n = self.r.add_target(Target::Entry(id.to_string()));
        glyphs(&inert(title), self.th.link, Some(n))
    }

    /// Stage `index`'s name after its model's, which the stepper's line above names (see
    /// [`super::list_rows::stage_name`]).
    fn stage_title(&self, model: &str, index: usize) -> String {
        let e = self.app.corpus.entry(index);
        let title = self.title_of(&e.id);
        match e.fields {
            crate::corpus::model::KindFields::Stage { position, .. } => {
                super::list_rows::stage_name(&title, position, &self.title_of(model)).into_owned()
            }
            _ => title,
        }
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

    /// Draws the facts gathered on `line`, if any, and empties it.
    fn flush_facts(&mut self, line: &mut Vec<Glyph>) {
        if !line.is_empty() {
            let g = std::mem::take(line);
            self.para(&g, 2);
        }
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

    /// A tour's steps under their section title, numbered as `g` in a presentation counts them.
    pub(super) fn numbered_list(&mut self, label: &str, ids: &[String]) {
        if ids.is_empty() {
            return;
        }
        self.section(label);
        let digits = ids.len().to_string().len();
        for (n, id) in ids.iter().enumerate() {
            let mut g = self.txt(&format!("{:>digits$}. ", n + 1), self.th.dim);
            g.extend(self.entry_link(id));
            self.para(&g, digits + 2);
        }
    }

    /// A count line ("Links (38)", the first one adding "— Tab to go through them") and the
    /// links run together; in the side column, one link a line.
    pub(super) fn compact(&mut self, label: &str, ids: &[String]) {
        if ids.is_empty() {
            return;
        }
        self.r.gap();
        let head = self.tf(
            "reading-count",
            &[("label", self.t(label)), ("count", ids.len().to_string())],
        );
        let mut g = self.txt(&head, self.th.heading);
        if self.side {
            let line = super::side_column::one_line(&g, self.width);
            self.r.push(&line);
            self.side_items(ids);
            return;
        }
        // The hint waits for a list with a link to select (one naming no entry is not one).
        if !self.hinted && ids.iter().any(|id| self.app.corpus.get(id).is_some()) {
            g.extend(self.txt(&format!(" — {}", self.t("reading-tab-hint")), self.th.dim));
            self.hinted = true;
        }
        self.para(&g, 0);
        let mut g = Vec::new();
        for (n, id) in ids.iter().enumerate() {
            if n > 0 {
                g.extend(self.txt(" · ", self.th.dim));
            }
            g.extend(self.entry_link(id));
        }
        self.para(&g, 0);
    }

    /// Side-column items: "• title" on at most two lines. Titles too long are cut together
    /// ([`crate::ui::titles`]), so that two that would be cut alike show where they differ.
    fn side_items(&mut self, ids: &[String]) {
        let width = self.width;
        let titles: Vec<String> = (ids.iter())
            .map(|id| inert(&self.broken(id).unwrap_or_else(|| self.title_of(id))).into_owned())
            .collect();
        let rows: Vec<&str> = titles.iter().map(String::as_str).collect();
        let fits = |title: &str| super::side_column::fits_two_lines(&format!("• {title}"), width);
        let fitted = fit_column_to(&rows, 2 * width, fits);
        for (id, title) in ids.iter().zip(fitted) {
            let mut g = self.txt("• ", self.th.dim);
            if self.app.corpus.get(id).is_some() {
                let n = self.r.add_target(Target::Entry(id.clone()));
                g.extend(glyphs(&title, self.th.link, Some(n)));
            } else {
                g.extend(glyphs(&title, self.th.notice, None));
            }
            for line in super::side_column::two_lines(&g, width) {
                self.r.push(&line);
            }
        }
    }

    /// Side-column sources: each source once, its title on one line (cut as the lists cut
    /// titles, [`crate::ui::titles`]) and the places cited in it on the next two (a source cited
    /// twice would otherwise show two identical cut lines).
    fn side_sources(&mut self, sources: &[(String, String)]) {
        let mut grouped: Vec<(&str, Vec<&str>)> = Vec::new();
        for (id, place) in sources {
            match grouped.iter_mut().find(|(g, _)| g == id) {
                Some((_, places)) => places.push(place),
                None => grouped.push((id, vec![place])),
            }
        }
        let titles: Vec<String> = (grouped.iter())
            .map(|(id, _)| {
                inert(&self.broken(id).unwrap_or_else(|| self.title_of(id))).into_owned()
            })
            .collect();
        let rows: Vec<(&str, usize)> = (titles.iter())
            .map(|t| (t.as_str(), self.width.saturating_sub(2)))
            .collect();
        for ((id, places), title) in grouped.into_iter().zip(fit_column(&rows)) {
            let mut g = self.txt("• ", self.th.dim);
            if self.app.corpus.get(id).is_some() {
                let n = self.r.add_target(Target::Entry(id.to_string()));
                g.extend(glyphs(&title, self.th.link, Some(n)));
            } else {
                g.extend(glyphs(&title, self.th.notice, None));
            }
            let line = super::side_column::one_line(&g, self.width);
            self.r.push(&line);
            let places: Vec<&str> = places.into_iter().filter(|p| !p.is_empty()).collect();
            if !places.is_empty() {
                let g = self.txt(&format!("  {}", places.join("; ")), self.th.dim);
                for line in super::side_column::two_lines(&g, self.width) {
                    self.r.push(&line);
                }
            }
        }
    }

    /// The stage model's sequence: ○ 1. Emergence → ● 2. Growth → ○ 3. Maturity, each stage
    /// by its own name (the model's is on the line above).
    fn stepper(&mut self, model: &str, current: usize) {
        let stages = self.app.corpus.stages_of(model);
        let mut g = Vec::new();
        for (n, &s) in stages.iter().enumerate() {
            if n > 0 {
                g.extend(self.txt(" → ", self.th.dim));
            }
            let id = self.app.corpus.entry(s).id.clone();
            let name = self.stage_title(model, s);
            if s == current {
                let title = format!("● {}. {name}", n + 1);
                g.extend(self.txt(&title, self.th.heading.add_modifier(Modifier::REVERSED)));
            } else {
                g.extend(self.txt(&format!("○ {}. ", n + 1), self.th.dim));
                g.extend(self.entry_link_as(&id, &name));
            }
        }
        self.para(&g, 2);
    }
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
                g.extend(d.entry_link(&source.id));
                let rest =
                    source.tail(|n| d.tf("reading-more-sources", &[("count", n.to_string())]));
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
            let title_of = |id: &str| app.corpus.get(id).map(|x| x.title.show(lang).to_string());
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
            let sources: Vec<(String, String)> = e
                .sources
                .iter()
                .map(|s| (s.id.clone(), s.place(d.lang)))
                .collect();
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
