//! The notes screen's own search (`/`): during questions the trainer finds an entry at the
//! laptop — the question typed on the key line, the best entries listed over the notes — and
//! Enter shows the one chosen on the projector, over the step, as the projector's own search
//! in a talk does ([`crate::present::remote::Request::Show`]); a step key there, or here,
//! brings the step back. The room sees only the answer, never the typing.

use std::path::Path;
use std::sync::Arc;

use crossterm::event::{self, Event, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::Notes;
use crate::app::action::Action;
use crate::app::keymap::Ctx;
use crate::inert::inert;
use crate::present::remote::{Request, send};
use crate::search::{Detail, SearchIndex, SearchOptions};
use crate::ui::theme::Theme;

/// The most entries listed.
const LISTED: usize = 8;

/// The question being typed and the entries it finds, best first.
#[derive(Debug, Default)]
pub struct Question {
    pub query: String,
    pub hits: Vec<usize>,
    pub selected: usize,
}

/// The action of a key while the question is typed: the search box's keys from the key
/// table, a character typed into the question.
pub fn search_key_action(ev: &Event) -> Option<Action> {
    let Event::Key(k) = ev else {
        return None;
    };
    if k.kind == event::KeyEventKind::Release {
        return None;
    }
    let mods = k.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    let found =
        (Ctx::Search.bindings().iter()).find(|b| b.key.code == k.code && b.key.mods == mods);
    match (found, k.code) {
        (Some(b), _) => Some(b.action.clone()),
        (None, event::KeyCode::Char(c)) if mods.is_empty() => Some(Action::Input(c)),
        _ => None,
    }
}

impl Notes<'_> {
    /// The search index of the corpus shown, built when first asked (and again after a
    /// reload, which drops it).
    fn index(&mut self) -> Arc<SearchIndex> {
        let corpus = &self.corpus;
        Arc::clone(
            self.index
                .get_or_insert_with(|| Arc::new(SearchIndex::build(corpus))),
        )
    }

    /// Finds the question's entries again.
    fn find(&mut self) {
        let index = self.index();
        let lang = self.shown_lang();
        let corpus = Arc::clone(&self.corpus);
        let Some(q) = self.question.as_mut() else {
            return;
        };
        let opts = SearchOptions {
            kind: None,
            limit: LISTED,
            detail: Detail::Ranked,
            lang,
        };
        q.hits = match q.query.trim().is_empty() {
            true => Vec::new(),
            false => (index.search(&corpus, &q.query, &opts).iter())
                .map(|h| h.entry)
                .collect(),
        };
        q.selected = 0;
    }

    /// A key while the question is typed: letters, Backspace, the moves, Enter (the entry
    /// chosen on the projector), Esc (back to the notes).
    pub(super) fn question_action(&mut self, action: Action, dir: &Path) {
        let Some(q) = self.question.as_mut() else {
            return;
        };
        match action {
            Action::Input(c) => q.query.push(c),
            Action::Paste(text) => q.query.push_str(&text),
            Action::DeleteChar => {
                q.query.pop();
            }
            Action::ClearInput => q.query.clear(),
            Action::DeleteWord => {
                let kept = q.query.trim_end().rfind(' ').map_or(0, |at| at + 1);
                q.query.truncate(kept);
            }
            Action::Down => {
                q.selected = (q.selected + 1).min(q.hits.len().saturating_sub(1));
                return;
            }
            Action::Up => {
                q.selected = q.selected.saturating_sub(1);
                return;
            }
            Action::Open => {
                let chosen = q.hits.get(q.selected).copied();
                if let Some(entry) = chosen {
                    self.question = None;
                    self.show_on_projector(entry, dir);
                }
                return;
            }
            Action::Escape => {
                self.question = None;
                return;
            }
            Action::Help => {
                self.help = true;
                return;
            }
            _ => return,
        }
        self.find();
    }

    /// Shows `entry` over the step on the projector followed; the key line says so, or that
    /// no talk runs to show it in.
    fn show_on_projector(&mut self, entry: usize, dir: &Path) {
        let followed = self.position.as_ref().zip(self.presenter);
        let Some((p, pid)) = followed else {
            self.told = Some("notes-search-no-talk");
            return;
        };
        let id = self.corpus.entry(entry).id.clone();
        self.told = match send(dir, &p.tour, pid, Request::Show(id)) {
            Ok(()) => Some("notes-search-shown"),
            Err(_) => Some("notes-search-not-sent"),
        };
    }

    /// The key line while the question is typed.
    pub(super) fn question_line(&self) -> Option<String> {
        let q = self.question.as_ref()?;
        let lang = self.shown_lang();
        let said = self.l10n.t(lang, "notes-search-prompt");
        Some(format!("{said}: {}▏", q.query))
    }

    /// The entries found, over the notes above the key line.
    pub(super) fn draw_question(&self, frame: &mut Frame, th: &Theme) {
        let Some(q) = self.question.as_ref() else {
            return;
        };
        let lang = self.shown_lang();
        let area = frame.area();
        let width = area.width.saturating_sub(4);
        let lines: Vec<Line> = match q.hits.is_empty() {
            true if q.query.trim().is_empty() => {
                vec![Line::styled(self.l10n.t(lang, "notes-search-type"), th.dim)]
            }
            true => vec![Line::styled(self.l10n.t(lang, "notes-search-none"), th.dim)],
            false => (q.hits.iter().enumerate())
                .map(|(row, &entry)| {
                    let e = self.corpus.entry(entry);
                    let kind = self.l10n.t(lang, &format!("kind-{}", e.kind.name()));
                    let title = inert(e.title.show(lang)).into_owned();
                    let style = match row == q.selected {
                        true => th.selected,
                        false => th.base,
                    };
                    Line::from(vec![
                        Span::styled(format!("{title}  "), style),
                        Span::styled(kind, th.dim),
                    ])
                })
                .collect(),
        };
        let height = u16::try_from(lines.len() + 2)
            .unwrap_or(u16::MAX)
            .min(area.height.saturating_sub(2));
        let r = Rect::new(
            area.x + 2.min(area.width),
            area.y + area.height.saturating_sub(height + 1),
            width,
            height,
        );
        let title = format!(" {} ", self.l10n.t(lang, "notes-search-title"));
        frame.render_widget(Clear, r);
        frame.render_widget(
            Paragraph::new(lines)
                .style(th.base)
                .block(Block::default().borders(Borders::ALL).title(title)),
            r,
        );
    }
}
