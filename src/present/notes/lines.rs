//! What the trainer's notes screen says, for a column of a given width: a waiting message, or
//! the talk's step with its counter, time and pace against a plan, what the room sees over the
//! step, the tour's note and the trainer's own, and the next step.

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::Notes;
use crate::inert::inert;
use crate::lang::Lang;
use crate::present::deck::{clock_label, steps_of};
use crate::present::pace::{Pace, Plan, own_total};
use crate::present::sync::Position;
use crate::ui::theme::theme;

impl Notes<'_> {
    /// The view's text for a column `width` wide: a waiting message, or the step, what the
    /// room sees over it, its note and the next step.
    pub fn lines(&self, width: usize) -> Vec<Line<'static>> {
        let th = theme(self.theme, self.no_color);
        let lang = self.shown_lang();
        let t = |id: &str| self.l10n.t(lang, id);
        let title_of = |i: usize| inert(self.corpus.entry(i).title.show(lang)).into_owned();
        let step_title = |s: &crate::present::deck::Step| match s.entry {
            Some(i) => title_of(i),
            None => {
                let (text, _) =
                    crate::present::missing::step_text(self.l10n, lang, &s.id, &self.problems);
                inert(&text).into_owned()
            }
        };
        let tour = self
            .position
            .as_ref()
            .map(|p| p.tour.clone())
            .or_else(|| self.tour.clone());
        let tour_index = tour.as_deref().and_then(|t| self.corpus.index_of(t));
        let mut out = vec![Line::from(vec![
            Span::styled(t("notes-heading"), th.dim),
            Span::styled(
                tour_index.map_or(String::new(), |i| format!(" · {}", title_of(i))),
                th.dim,
            ),
        ])];
        out.push(Line::from(""));
        if let Some(d) = &self.problem {
            out.push(Line::from(Span::styled(
                t("notes-reload-problem"),
                th.notice.add_modifier(Modifier::BOLD),
            )));
            out.push(Line::from(Span::styled(
                inert(&d.render(self.l10n, lang)).into_owned(),
                th.notice,
            )));
            out.push(Line::from(""));
        }
        // The command that starts the talk followed: the tour's own id, to type as it stands.
        let command = || {
            let tour = self.tour.as_deref().or(self.last_tour.as_deref());
            self.loaded.present_command(tour)
        };
        let start = |id: &str| self.l10n.format(lang, id, &[("command", command())]);
        let (Some(p), Some(ti)) = (&self.position, tour_index) else {
            let running = self.position.as_ref();
            let waiting = match (&self.elsewhere, self.ended) {
                // A talk runs whose tour this screen's content does not hold: the command that
                // loads what the presenter loaded.
                _ if let Some(p) = running => {
                    let args = [
                        ("tour", inert(&p.tour).into_owned()),
                        (
                            "command",
                            inert(&p.content.notes_command(&p.tour)).into_owned(),
                        ),
                    ];
                    self.l10n.format(lang, "notes-tour-not-loaded", &args)
                }
                // Started for a presentation that does not run while another of the tour
                // does: the command that follows that one.
                _ if let (true, Some(pid), Some(other)) =
                    (self.pinned, self.presenter, &self.other_presenter) =>
                {
                    let o = &other.position;
                    let command = o.content.notes_command_for(&o.tour, other.pid);
                    let args = [
                        ("pid", pid.to_string()),
                        ("command", inert(&command).into_owned()),
                    ];
                    self.l10n.format(lang, "notes-presenter-not-running", &args)
                }
                (Some(other), _) => {
                    let other = (self.corpus.index_of(other)).map_or(other.clone(), title_of);
                    self.l10n
                        .format(lang, "notes-other-tour", &[("title", other)])
                }
                // Left before its last step: where, and the same command resumes it there.
                (None, true) if let Some((step, total)) = self.stopped_at() => {
                    let args = [
                        ("step", step.to_string()),
                        ("total", total.to_string()),
                        ("command", command()),
                    ];
                    self.l10n.format(lang, "notes-stopped", &args)
                }
                (None, true) => start("notes-ended"),
                (None, false) => start("notes-waiting"),
            };
            out.push(Line::from(Span::styled(waiting, th.notice)));
            return out;
        };
        // Two talks of this tour (another session of the same user): say which is followed.
        if let (true, Some(pid), Some(other)) =
            (self.presenters > 1, self.presenter, &self.other_presenter)
        {
            let command = p.content.notes_command_for(&p.tour, other.pid);
            let args = [
                ("count", self.presenters.to_string()),
                ("pid", pid.to_string()),
                ("command", inert(&command).into_owned()),
            ];
            let text = self.l10n.format(lang, "notes-presenter-chosen", &args);
            out.push(Line::from(Span::styled(text, th.notice)));
        }
        let steps = steps_of(&self.corpus, ti);
        let Some(step) = steps.get(p.step) else {
            out.push(Line::from(Span::styled(start("notes-waiting"), th.notice)));
            return out;
        };
        out.push(Line::from(vec![
            Span::styled(
                format!("{} {} / {}", t("notes-step"), p.step + 1, steps.len()),
                th.key,
            ),
            Span::styled(
                format!(
                    "   {}",
                    clock_label(self.l10n, lang, p.elapsed(self.now), p.paused_at.is_some())
                ),
                th.key,
            ),
        ]));
        let planned: Vec<Option<u32>> = steps.iter().map(|s| s.minutes).collect();
        // Without `--minutes`, a tour that plans every step is planned by their sum.
        if let Some(minutes) = p.minutes.or_else(|| own_total(&planned)) {
            out.push(Line::from(Span::styled(
                self.plan_line(p, &Plan::new(&planned, minutes), minutes, lang),
                th.dim,
            )));
            // The steps' own minutes overrun the slot: said, so the trainer can cut.
            let own: u32 = planned.iter().flatten().sum();
            if own > minutes {
                let args = [("own", own.to_string()), ("minutes", minutes.to_string())];
                out.push(Line::from(Span::styled(
                    self.l10n.format(lang, "notes-plan-overrun", &args),
                    th.notice,
                )));
            }
        }
        if let Some(over) = p.screen.line(self.l10n, lang, &self.corpus, width) {
            out.push(Line::from(Span::styled(
                over,
                th.notice.add_modifier(Modifier::BOLD),
            )));
        }
        // The room sees another language than these notes (`L` on the projector): said, as
        // the talk's next start keeps that language; and a language the talk kept from its
        // last showing is said whichever these notes are in, as the projector's footer said it.
        if p.lang != lang || p.lang_kept {
            let id = match p.lang_kept {
                true => "notes-room-lang-kept",
                false => "notes-room-lang",
            };
            let text = self
                .l10n
                .format(lang, id, &[("lang", p.lang.code().to_string())]);
            out.push(Line::from(Span::styled(
                text,
                th.notice.add_modifier(Modifier::BOLD),
            )));
        }
        out.push(Line::from(""));
        out.push(Line::from(Span::styled(
            step_title(step),
            th.heading.add_modifier(Modifier::BOLD),
        )));
        out.extend(self.broken_links(step.entry, p.lang, lang, &th));
        // The charts `f` shows over this step, so the trainer knows one is waiting.
        let charts: Vec<String> =
            (crate::present::figures::shown(&self.corpus, step.entry, &step.figures).into_iter())
                .map(|f| self.corpus.entry(f).title.show(lang).to_string())
                .collect();
        if !charts.is_empty() {
            let args = [
                ("count", charts.len().to_string()),
                ("titles", inert(&charts.join("; ")).into_owned()),
            ];
            out.push(Line::from(Span::styled(
                self.l10n.format(lang, "notes-step-figures", &args),
                th.key,
            )));
        }
        out.push(Line::from(""));
        let (note, _) = step.note.text(lang);
        if note.is_empty() {
            out.push(Line::from(Span::styled(t("notes-no-note"), th.dim)));
        } else {
            out.extend(
                inert(note)
                    .lines()
                    .map(|l| Line::from(Span::styled(l.to_string(), Style::default()))),
            );
        }
        // The trainer's own note on the step's entry, under the tour's: only this screen shows
        // it (the projector never reads the notes folder).
        if let (Some(i), Some(own)) = (step.entry, &self.own_note) {
            out.extend(own.lines(&self.corpus.entry(i).id, t("note-title"), &th));
        }
        out.push(Line::from(""));
        let next = match steps.get(p.step + 1) {
            Some(n) => format!("{}: {}", t("notes-next"), step_title(n)),
            None => t("notes-last-step"),
        };
        out.push(Line::from(Span::styled(next, th.dim)));
        out
    }

    /// The step's links to an entry that does not exist, which the projector leaves out: each
    /// fact's, named by its label, then each bare `[[id]]` of the body the room sees (in the
    /// talk's language, `shown`), with what the app says in its place.
    fn broken_links(
        &self,
        entry: Option<usize>,
        shown: Lang,
        lang: Lang,
        th: &crate::ui::theme::Theme,
    ) -> Vec<Line<'static>> {
        let Some(i) = entry else {
            return Vec::new();
        };
        let said = |id: &str| crate::reading::broken_link(&self.corpus, self.l10n, lang, id);
        let facts = crate::corpus::facts::facts(&self.corpus, i, lang);
        let in_facts = facts.iter().filter_map(|f| {
            let args = [
                ("label", self.l10n.t(lang, f.label)),
                ("said", inert(&said(f.entry()?)?).into_owned()),
            ];
            Some(self.l10n.format(lang, "notes-broken-link", &args))
        });
        // Each id once, however often the text names it.
        let body = crate::markdown::links::bare_ids(self.corpus.entry(i).body.show(shown));
        let in_body = body.into_iter().filter_map(|id| {
            let args = [("said", inert(&said(&id)?).into_owned())];
            Some(self.l10n.format(lang, "notes-broken-body-link", &args))
        });
        in_facts
            .chain(in_body)
            .map(|text| Line::from(Span::styled(text, th.notice)))
            .collect()
    }

    /// "Plan: 60 min, about 4:36 a step · 2 min behind"; "… this step 8:00 …" when the tour
    /// plans some steps' minutes. The pace is measured at the step the talk has reached in
    /// order, and says so on a step shown out of order.
    fn plan_line(&self, p: &Position, plan: &Plan, minutes: u32, lang: Lang) -> String {
        let at = p.pace_at.unwrap_or(p.step);
        let pace = plan.pace(p.elapsed(self.now), at);
        let state = match pace {
            Pace::OnTime => self.l10n.t(lang, "notes-pace-on-time"),
            Pace::Behind(m) => {
                self.l10n
                    .format(lang, "notes-pace-behind", &[("min", m.max(1).to_string())])
            }
            Pace::Ahead(m) => {
                self.l10n
                    .format(lang, "notes-pace-ahead", &[("min", m.max(1).to_string())])
            }
            Pace::Paging => self.l10n.format(
                lang,
                "notes-pace-paging",
                &[("secs", crate::present::pace::PAGING_SECS.to_string())],
            ),
        };
        // Paging through is said of the whole talk, not of the step it is measured at.
        let state = match at == p.step || pace == Pace::Paging {
            true => state,
            false => self.l10n.format(
                lang,
                "notes-pace-out-of-order",
                &[("state", state), ("at", (at + 1).to_string())],
            ),
        };
        let m_ss = |secs: u64| format!("{}:{:02}", secs / 60, secs % 60);
        let (id, share) = match plan.has_own() {
            true => ("notes-plan-step", ("step", m_ss(plan.step_secs(p.step)))),
            // Equal steps: each step's share (they differ by a second at most).
            false => ("notes-plan", ("per", m_ss(plan.step_secs(0)))),
        };
        self.l10n.format(
            lang,
            id,
            &[("minutes", minutes.to_string()), share, ("state", state)],
        )
    }
}
