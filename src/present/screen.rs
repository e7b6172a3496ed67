//! What the room sees besides the step's own whole slide — a figure shown over it (`f`), the
//! tour's agenda (`a`), summary slides (`s`), a blank screen (`b`) — as the presenter
//! publishes it beside its position, and the one line the notes screen gives it, so the trainer
//! at the laptop sees at a glance what is on the projector. A state file written before this
//! was published reads as "nothing over the step".

use serde::{Deserialize, Serialize};

use super::deck::Deck;
use crate::corpus::Corpus;
use crate::i18n::Localizer;
use crate::inert::inert;
use crate::lang::Lang;

/// What is on the projector besides the step itself; every field defaults to "nothing".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Screen {
    /// The figure shown over the step, if one is.
    pub figure: Option<FigureOver>,
    /// The tour's agenda is over the step.
    pub agenda: bool,
    /// Slides show an entry's title, summary and key facts only.
    pub summary_only: bool,
    /// The screen is black.
    pub blank: bool,
    /// The id of an entry shown over the step in answer to a question (`/`), if one is.
    pub answer: Option<String>,
}

/// A figure over the step: its id, and its place among the figures the step names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FigureOver {
    pub id: String,
    /// From 1.
    pub shown: usize,
    pub total: usize,
}

impl Screen {
    /// What `deck` puts on the projector besides its step.
    pub fn of(deck: &Deck, corpus: &Corpus) -> Screen {
        let figure = deck.aside.as_ref().map(|id| {
            let (shown, total) = deck.aside_place(corpus).unwrap_or((1, 1));
            FigureOver {
                id: id.clone(),
                shown,
                total,
            }
        });
        // A figure's slide is the figure whether slides are summaries or whole.
        let shows_figure = (deck.shown(corpus))
            .is_some_and(|i| corpus.kind(i) == crate::corpus::model::Kind::Figure);
        Screen {
            figure,
            agenda: deck.agenda,
            summary_only: deck.summary_only && !shows_figure,
            blank: deck.blank,
            answer: deck.answer.as_ref().map(|a| a.id.clone()),
        }
    }

    /// The notes screen's line, at most `width` columns (a figure's title is cut to fit), or
    /// None when the room sees the step's whole slide. What covers the most wins: a blank
    /// screen, then the agenda, then a figure; summary slides only matter under none of them.
    pub fn line(
        &self,
        l10n: &Localizer,
        lang: Lang,
        corpus: &Corpus,
        width: usize,
    ) -> Option<String> {
        let text = if self.blank {
            l10n.t(lang, "notes-over-blank")
        } else if self.agenda {
            l10n.t(lang, "notes-over-agenda")
        } else if let Some(id) = &self.answer {
            let title = corpus
                .get(id)
                .map_or_else(|| id.clone(), |e| e.title.show(lang).to_string());
            l10n.format(
                lang,
                "notes-over-answer",
                &[("title", inert(&title).into_owned())],
            )
        } else if let Some(f) = &self.figure {
            let title = corpus
                .get(&f.id)
                .map_or_else(|| f.id.clone(), |e| e.title.show(lang).to_string());
            l10n.format(
                lang,
                "notes-over-figure",
                &[
                    ("shown", f.shown.to_string()),
                    ("total", f.total.to_string()),
                    ("title", inert(&title).into_owned()),
                ],
            )
        } else if self.summary_only {
            l10n.t(lang, "notes-over-summary")
        } else {
            return None;
        };
        Some(crate::text::fit::fit(&text, width))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::present::sync::Position;

    #[test]
    fn a_state_file_written_before_the_screen_was_published_reads_as_the_step_itself() {
        let old =
            r#"{"tour":"tour-x","step":2,"lang":"mn","started":42,"paused_at":null,"minutes":60}"#;
        let p: Position = serde_json::from_str(old).expect("an old state file reads");
        assert_eq!(p.step, 2);
        assert_eq!(p.screen, Screen::default());
        let part = r#"{"tour":"t","step":0,"lang":"en","started":1,"screen":{"agenda":true}}"#;
        let p: Position = serde_json::from_str(part).expect("reads");
        assert!(p.screen.agenda && p.screen.figure.is_none() && !p.screen.blank);
    }

    #[test]
    fn the_line_says_what_covers_the_step_and_fits_80_columns_in_both_languages() {
        let corpus = crate::corpus::load::load(&crate::corpus::load::Sources {
            builtin: true,
            dirs: vec![],
        })
        .corpus;
        let figure = corpus
            .entries()
            .filter(|e| e.kind == crate::corpus::model::Kind::Figure)
            .max_by_key(|e| e.title.show(Lang::Mn).chars().count())
            .expect("a figure");
        let l10n = Localizer::new();
        let over = Screen {
            figure: Some(FigureOver {
                id: figure.id.clone(),
                shown: 2,
                total: 3,
            }),
            summary_only: true,
            ..Screen::default()
        };
        for lang in Lang::ALL {
            assert_eq!(Screen::default().line(&l10n, lang, &corpus, 76), None);
            let line = over
                .line(&l10n, lang, &corpus, 76)
                .expect("a figure is over");
            assert!(
                crate::markdown::wrap::str_width(&line) <= 76,
                "{lang:?}: {line}"
            );
            assert!(line.contains("2") && line.contains("3"), "{line}");
            let summary = Screen {
                summary_only: true,
                ..Screen::default()
            };
            for (screen, id) in [
                (summary, "notes-over-summary"),
                (
                    Screen {
                        agenda: true,
                        ..over.clone()
                    },
                    "notes-over-agenda",
                ),
                (
                    Screen {
                        blank: true,
                        ..over.clone()
                    },
                    "notes-over-blank",
                ),
            ] {
                let line = screen.line(&l10n, lang, &corpus, 76);
                assert_eq!(line, Some(l10n.t(lang, id)));
                assert!(line.is_some_and(|l| crate::markdown::wrap::str_width(&l) <= 76));
            }
        }
        // An answer to a question covers a figure, and says how the step comes back.
        let answered = Screen {
            answer: Some(figure.id.clone()),
            ..over.clone()
        };
        for lang in Lang::ALL {
            let line = answered.line(&l10n, lang, &corpus, 200).expect("line");
            assert!(line.contains(figure.title.show(lang)), "{line}");
            assert!(line.contains("Space") && !line.contains("2 / 3"), "{line}");
        }
        let en = over.line(&l10n, Lang::En, &corpus, 200).expect("line");
        assert!(
            en.starts_with("On the projector: figure 2 of 3 · ")
                && en.ends_with(figure.title.show(Lang::En)),
            "{en}"
        );
    }
}
