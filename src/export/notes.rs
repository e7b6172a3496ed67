//! The reader's notes written out to be read or handed on (`toli notes --full`, `toli notes
//! --out FILE`): each note whole under its entry's title in the reader's language, with the
//! entry's id and the day the note was last changed, as Markdown (also what `--full` prints)
//! or as one self-contained HTML page that prints with the handouts' style. Under each note
//! its entry's citation, the line `toli cite` prints in the reader's language, so that a memo
//! built from the notes names its sources. The notes come in
//! the order they are given ([`crate::app::study::notes::in_order`]). In a file, read where
//! toli is not, a note's `[[id]]` links read as the entries' titles; in HTML a note's text is
//! rendered as a handout body is, its raw HTML shown as text.

use std::fmt::Write as _;

use super::Plan;
use super::body::body_html;
use super::html::STYLE;
use super::stamp::Stamp;
use super::svg::escape;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// Marks a Markdown file of notes as toli's own, so that writing the notes again may replace
/// it (an HTML one carries [`super::files::GENERATOR`]); Markdown readers do not show it.
pub const MD_GENERATOR: &str = "<!-- written by toli notes -->";

/// One note as it is written out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub id: String,
    /// The entry's title in the reader's language, or, for an entry this run did not load,
    /// why (in brackets).
    pub title: String,
    /// The day the note's file was last changed, when known.
    pub changed: Option<time::Date>,
    /// Said before the note when its save failed: the file that keeps it.
    pub kept: Option<String>,
    pub text: String,
    /// The entry's citation in the reader's language, as `toli cite` prints it; `None` for an
    /// entry this run did not load.
    pub citation: Option<String>,
}

/// The heading and the line under it: what the page holds and when it was written.
fn head(l10n: &Localizer, lang: Lang, stamp: &Stamp) -> (String, String) {
    (l10n.t(lang, "notes-title"), stamp.line(l10n, lang))
}

/// The line under a note's title: its id, and the day it was last changed.
fn meta(note: &Note, l10n: &Localizer, lang: Lang, code: impl Fn(&str) -> String) -> String {
    let mut line = code(&note.id);
    if let Some(day) = note.changed {
        let date = Stamp {
            date: day,
            version: "",
        }
        .date(l10n, lang);
        let changed = l10n.format(lang, "notes-export-changed", &[("date", date)]);
        line = format!("{line} · {changed}");
    }
    line
}

/// The notes as Markdown: a heading, the day written, then each note under its entry's title
/// (`##`), its id and day on the line below. For a file (`file` is the plan naming the
/// entries), [`MD_GENERATOR`] goes on the first line and the notes' entry links are written as
/// the entries' titles; in the terminal the notes are printed as written.
pub fn markdown(
    notes: &[Note],
    l10n: &Localizer,
    lang: Lang,
    stamp: &Stamp,
    file: Option<&Plan>,
) -> String {
    let (title, made) = head(l10n, lang, stamp);
    let mut out = String::new();
    if file.is_some() {
        out.push_str(MD_GENERATOR);
        out.push('\n');
    }
    let _ = write!(out, "# {title}\n\n{made}\n");
    for note in notes {
        let _ = write!(out, "\n## {}\n\n", note.title);
        let _ = writeln!(out, "{}", meta(note, l10n, lang, |id| format!("`{id}`")));
        if let Some(kept) = &note.kept {
            let _ = writeln!(out, "\n{kept}");
        }
        let text = match file {
            Some(plan) => super::markdown::rewrite_links(plan, note.text.trim(), lang),
            None => note.text.trim().to_string(),
        };
        let _ = write!(out, "\n{text}\n");
        if let Some(citation) = &note.citation {
            let label = l10n.t(lang, "notes-export-citation");
            let _ = write!(out, "\n*{label}:* {citation}\n");
        }
    }
    out
}

/// Rules added to the handouts' style for the notes page: a line break the note-taker typed
/// stays one, as in the editor.
const NOTES_STYLE: &str = "main.notes{max-width:46rem;margin:0 auto;padding:1rem}\
article.note{break-inside:auto;margin-top:1.6rem}\
p.note-meta{color:#555;font-size:.9em;margin-top:-.4rem}\
p.note-kept{color:#8a4b00}\
p.note-cite{font-size:.94em;border-top:1px solid #ccc;padding-top:.3rem}\
article.note p,article.note li{white-space:pre-line}\n";

/// The notes as one self-contained HTML page in `plan`'s language (no entry is in the plan, so
/// a link in a note shows its entry's title as text).
pub fn html(notes: &[Note], plan: &Plan, l10n: &Localizer) -> String {
    let lang = plan.langs.first().copied().unwrap_or(Lang::En);
    let (title, made) = head(l10n, lang, &plan.stamp);
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">{}<title>{}</title><style>\n{STYLE}{NOTES_STYLE}{}</style></head><body><main class=\"notes\">\n<h1>{}</h1>\n<p class=\"stamp\">{}</p>\n",
        lang.code(),
        super::files::GENERATOR,
        escape(&title),
        plan.stamp.page_css(l10n, &[lang]),
        escape(&title),
        escape(&made),
    );
    for note in notes {
        let code = |id: &str| format!("<code>{}</code>", escape(id));
        let _ = write!(
            out,
            "<article class=\"note\" id=\"{}\"><h2>{}</h2><p class=\"note-meta\">{}</p>",
            escape(&note.id),
            escape(&note.title),
            meta(note, l10n, lang, code),
        );
        if let Some(kept) = &note.kept {
            let _ = write!(out, "<p class=\"note-kept\">{}</p>", escape(kept));
        }
        out.push_str(&body_html(plan, l10n, &note.text, lang));
        if let Some(citation) = &note.citation {
            let label = l10n.t(lang, "notes-export-citation");
            let _ = write!(
                out,
                "<p class=\"note-cite\"><em>{}:</em> {}</p>",
                escape(&label),
                escape(citation)
            );
        }
        out.push_str("</article>\n");
    }
    out.push_str("</main></body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};
    use crate::export::Languages;

    fn notes() -> Vec<Note> {
        vec![
            Note {
                id: "living-lab".into(),
                title: "Амьд лаборатори".into(),
                changed: time::Date::from_calendar_date(2026, time::Month::December, 5).ok(),
                kept: None,
                text: "Эхний мөр.\n\nХоёр дахь догол мөр: [[cluster]] <b>тод</b>\n\n".into(),
                citation: Some("Амьд лаборатори — Эх сурвалж: <Зохиогч>, 2020".into()),
            },
            Note {
                id: "patent-act-2006".into(),
                title: "Патентын тухай хууль (2006)".into(),
                changed: None,
                kept: Some("[хадгалагдаагүй; /tmp/x.md файлд байна]".into()),
                text: "Асуух".into(),
                citation: None,
            },
        ]
    }

    fn stamp() -> Stamp {
        Stamp {
            date: time::Date::from_calendar_date(2026, time::Month::December, 7).expect("a date"),
            version: "0.0.0",
        }
    }

    fn plan(corpus: &crate::corpus::Corpus) -> Plan<'_> {
        let mut plan = Plan::chosen(corpus, &[], Languages::Mn, Lang::Mn);
        plan.stamp = stamp();
        plan
    }

    fn builtin() -> crate::corpus::Corpus {
        load(&Sources {
            builtin: true,
            dirs: vec![],
        })
        .corpus
    }

    #[test]
    fn markdown_has_each_note_whole_under_its_title_with_id_and_day() {
        let l10n = Localizer::shared();
        let corpus = builtin();
        let md = markdown(&notes(), l10n, Lang::Mn, &stamp(), Some(&plan(&corpus)));
        let expected = "<!-- written by toli notes -->
# Миний тэмдэглэлүүд

Бэлтгэсэн огноо: 2026 оны 12-р сарын 7 · toli 0.0.0

## Амьд лаборатори

`living-lab` · сүүлд өөрчилсөн: 2026 оны 12-р сарын 5

Эхний мөр.

Хоёр дахь догол мөр: Кластер <b>тод</b>

*Ишлэл:* Амьд лаборатори — Эх сурвалж: <Зохиогч>, 2020

## Патентын тухай хууль (2006)

`patent-act-2006`

[хадгалагдаагүй; /tmp/x.md файлд байна]

Асуух
";
        assert_eq!(md, expected);
        let plain = markdown(&notes(), l10n, Lang::Mn, &stamp(), None);
        assert!(!plain.contains(MD_GENERATOR));
        assert!(
            plain.contains("[[cluster]]"),
            "the terminal shows a note as written"
        );
        assert_eq!(md.lines().next(), Some(MD_GENERATOR));
    }

    /// The page shows a note's raw HTML as text, a link as the entry's title, and marks
    /// itself as toli's own.
    #[test]
    fn html_escapes_the_note_and_names_linked_entries() {
        let corpus = builtin();
        let page = html(&notes(), &plan(&corpus), Localizer::shared());
        assert!(page.contains(super::super::files::GENERATOR));
        assert!(page.contains("&lt;b&gt;тод&lt;/b&gt;"), "{page}");
        assert!(!page.contains("<b>"), "{page}");
        assert!(page.contains("<h2>Амьд лаборатори</h2>"));
        assert!(page.contains("<code>living-lab</code> · "));
        assert!(!page.contains("[[cluster]]"), "a link reads as the title");
        assert!(page.contains("Кластер"), "{page}");
        assert!(
            page.contains("<p class=\"note-cite\"><em>Ишлэл:</em> Амьд лаборатори — Эх сурвалж: &lt;Зохиогч&gt;, 2020</p></article>"),
            "the citation under the note, escaped: {page}"
        );
        assert_eq!(
            page.matches("note-cite\">").count(),
            1,
            "none for an entry not loaded"
        );
        let first = page.find("Амьд лаборатори</h2>").expect("first");
        let second = page
            .find("Патентын тухай хууль (2006)</h2>")
            .expect("second");
        assert!(first < second, "in the order given");
    }
}
