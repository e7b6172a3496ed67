//! The building blocks of an entry's document: texts in the document's language (a missing
//! translation marked), links to entries (a broken one named), paragraphs, section labels, link
//! lists, compact lists and the side column's lines, and the stage stepper. The order they
//! come in is `document.rs`'s.

use ratatui::style::{Modifier, Style};

use super::Doc;
use crate::corpus::model::Bi;
use crate::inert::inert;
use crate::markdown::render::Target;
use crate::markdown::wrap::{Glyph, glyphs, wrap};
use crate::text::titles::{fit_column, fit_column_to};

impl Doc<'_> {
    pub(super) fn t(&self, id: &str) -> String {
        self.app.l10n.t(self.lang, id)
    }

    pub(super) fn tf(&self, id: &str, args: &[(&str, String)]) -> String {
        self.app.l10n.format(self.lang, id, args)
    }

    pub(super) fn txt(&self, s: &str, style: Style) -> Vec<Glyph> {
        glyphs(&inert(s), style, None)
    }

    /// A bilingual text, marked when it falls back to the other language.
    pub(super) fn bi(&self, b: &Bi<String>, style: Style) -> Vec<Glyph> {
        let (text, fallback) = b.text(self.lang);
        let mut g = self.txt(text, style);
        if fallback {
            let marker = format!(" [{}]", self.t("label-missing-translation"));
            g.extend(self.txt(&marker, self.th.dim));
        }
        g
    }

    pub(super) fn title_of(&self, id: &str) -> String {
        self.app
            .corpus
            .get(id)
            .map_or(id.to_string(), |e| e.title.show(self.lang).to_string())
    }

    /// What the reader is told in place of a link to `id` when no entry has that id
    /// ([`crate::reading::broken_link`]).
    pub(super) fn broken(&self, id: &str) -> Option<String> {
        crate::reading::broken_link(&self.app.corpus, &self.app.l10n, self.lang, id)
    }

    /// A link to entry `id` showing its title; where no entry has that id, plain words saying
    /// so, which Tab does not select.
    pub(super) fn entry_link(&mut self, id: &str) -> Vec<Glyph> {
        if let Some(said) = self.broken(id) {
            return self.txt(&said, self.th.notice);
        }
        let title = self.title_of(id);
        self.entry_link_as(id, &title)
    }

    /// A link to entry `id` showing `title`.
    pub(super) fn entry_link_as(&mut self, id: &str, title: &str) -> Vec<Glyph> {
        let n = self.r.add_target(Target::Entry(id.to_string()));
        glyphs(&inert(title), self.th.link, Some(n))
    }

    /// Stage `index`'s name after its model's, which the stepper's line above names (see
    /// [`crate::app::list_rows::stage_name`]).
    pub(super) fn stage_title(&self, model: &str, index: usize) -> String {
        let e = self.app.corpus.entry(index);
        let title = self.title_of(&e.id);
        match e.fields {
            crate::corpus::model::KindFields::Stage { position, .. } => {
                crate::app::list_rows::stage_name(&title, position, &self.title_of(model))
                    .into_owned()
            }
            _ => title,
        }
    }

    /// Wraps `g` with a hanging indent of `indent` columns.
    pub(super) fn para(&mut self, g: &[Glyph], indent: usize) {
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
    pub(super) fn flush_facts(&mut self, line: &mut Vec<Glyph>) {
        if !line.is_empty() {
            let g = std::mem::take(line);
            self.para(&g, 2);
        }
    }

    pub(super) fn section(&mut self, label: &str) {
        self.r.gap();
        let g = self.txt(&self.t(label), self.th.heading);
        self.para(&g, 0);
    }

    /// One link per line under a section title, with an optional suffix (a locator).
    pub(in crate::app) fn link_list(&mut self, label: &str, items: &[(String, String)], bar: bool) {
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
    pub(in crate::app) fn numbered_list(&mut self, label: &str, ids: &[String]) {
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
    pub(in crate::app) fn compact(&mut self, label: &str, ids: &[String]) {
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
            let line = crate::app::side_column::one_line(&g, self.width);
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
    pub(super) fn side_items(&mut self, ids: &[String]) {
        let width = self.width;
        let titles: Vec<String> = (ids.iter())
            .map(|id| inert(&self.broken(id).unwrap_or_else(|| self.title_of(id))).into_owned())
            .collect();
        let rows: Vec<&str> = titles.iter().map(String::as_str).collect();
        let fits =
            |title: &str| crate::app::side_column::fits_two_lines(&format!("• {title}"), width);
        let fitted = fit_column_to(&rows, 2 * width, fits);
        for (id, title) in ids.iter().zip(fitted) {
            let mut g = self.txt("• ", self.th.dim);
            if self.app.corpus.get(id).is_some() {
                let n = self.r.add_target(Target::Entry(id.clone()));
                g.extend(glyphs(&title, self.th.link, Some(n)));
            } else {
                g.extend(glyphs(&title, self.th.notice, None));
            }
            for line in crate::app::side_column::two_lines(&g, width) {
                self.r.push(&line);
            }
        }
    }

    /// Side-column sources, each once with all its places
    /// ([`crate::corpus::facts::sources_listed`]): its title on one line (cut as the lists cut
    /// titles, [`crate::ui::titles`]) and the places cited in it on the next two.
    pub(super) fn side_sources(&mut self, sources: &[(String, String)]) {
        let titles: Vec<String> = (sources.iter())
            .map(|(id, _)| {
                inert(&self.broken(id).unwrap_or_else(|| self.title_of(id))).into_owned()
            })
            .collect();
        let rows: Vec<(&str, usize)> = (titles.iter())
            .map(|t| (t.as_str(), self.width.saturating_sub(2)))
            .collect();
        for ((id, places), title) in sources.iter().zip(fit_column(&rows)) {
            let mut g = self.txt("• ", self.th.dim);
            if self.app.corpus.get(id).is_some() {
                let n = self.r.add_target(Target::Entry(id.to_string()));
                g.extend(glyphs(&title, self.th.link, Some(n)));
            } else {
                g.extend(glyphs(&title, self.th.notice, None));
            }
            let line = crate::app::side_column::one_line(&g, self.width);
            self.r.push(&line);
            if !places.is_empty() {
                let g = self.txt(&format!("  {places}"), self.th.dim);
                for line in crate::app::side_column::two_lines(&g, self.width) {
                    self.r.push(&line);
                }
            }
        }
    }

    /// The stage model's sequence: ○ 1. Emergence → ● 2. Growth → ○ 3. Maturity, each stage
    /// by its own name (the model's is on the line above).
    pub(super) fn stepper(&mut self, model: &str, current: usize) {
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
