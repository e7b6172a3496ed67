//! A listing's lines (`toli list`, `search`, the figure list, `bookmarks`, `notes`): an id,
//! perhaps a kind, and a title per entry, laid out for the output's width. In a pipe (no width)
//! each entry is one line with its columns lined up, for scripts. In a terminal the title wraps
//! at spaces with its continuation under the title column; when id and kind leave the title too
//! little room, each title gets the whole width, with its id and kind on the line under it.

use crate::markdown::wrap::{str_width, wrap_words};

/// Columns between two columns.
const GAP: usize = 2;
/// The fewest columns a title column may have; with less, titles go first (see [`lines`]).
pub const MIN_TITLE: usize = 32;
/// How far a title's continuation and its id line are indented when titles go first.
const HANG: usize = 2;

/// One entry of a listing, its text already made inert.
pub struct Row {
    pub id: String,
    /// The kind's name in the reader's language, for listings that show it.
    pub kind: Option<String>,
    pub title: String,
}

/// `text` followed by spaces up to `width` display columns.
fn padded(text: &str, width: usize) -> String {
    let pad = width.saturating_sub(str_width(text));
    format!("{text}{}", " ".repeat(pad))
}

/// The lines of `rows` for an output `width` columns wide, or one line per row without one.
pub fn lines(rows: &[Row], width: Option<usize>) -> Vec<String> {
    let id_width = rows.iter().map(|r| str_width(&r.id)).max().unwrap_or(0);
    let kind_width = rows
        .iter()
        .filter_map(|r| r.kind.as_deref())
        .map(str_width)
        .max();
    let head = |r: &Row| match (&r.kind, kind_width) {
        (Some(kind), Some(w)) => format!(
            "{}{}{}",
            padded(&r.id, id_width + GAP),
            padded(kind, w),
            " ".repeat(GAP)
        ),
        _ => padded(&r.id, id_width + GAP),
    };
    let title_at = id_width + GAP + kind_width.map_or(0, |w| w + GAP);
    let mut out = Vec::with_capacity(rows.len());
    match width {
        None => out.extend(rows.iter().map(|r| format!("{}{}", head(r), r.title))),
        Some(width) if width >= title_at + MIN_TITLE => {
            for r in rows {
                let mut title = wrap_words(&r.title, width - title_at, 0).into_iter();
                out.push(format!("{}{}", head(r), title.next().unwrap_or_default()));
                out.extend(title.map(|l| format!("{}{l}", " ".repeat(title_at))));
            }
        }
        Some(width) => {
            for r in rows {
                out.extend(wrap_words(&r.title, width, HANG));
                let under = match &r.kind {
                    Some(kind) => format!("{} · {kind}", r.id),
                    None => r.id.clone(),
                };
                out.push(format!("{}{under}", " ".repeat(HANG)));
            }
        }
    }
    out
}

/// `line` wrapped at `width` with the lines after the first indented by `indent`, or whole
/// without a width (one line in a pipe).
pub fn wrapped(line: &str, width: Option<usize>, indent: usize) -> Vec<String> {
    match width {
        Some(w) => wrap_words(line, w, indent),
        None => vec![line.to_string()],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(id: &str, kind: Option<&str>, title: &str) -> Row {
        Row {
            id: id.into(),
            kind: kind.map(str::to_string),
            title: title.into(),
        }
    }

    fn policies() -> Vec<Row> {
        vec![
            row(
                "law-on-innovation-2012",
                Some("Бодлого"),
                "Инновацийн тухай хууль (2012)",
            ),
            row(
                "national-sti-committee",
                Some("Бодлого"),
                "ШУТИ-ийн үндэсний хороо — инновацийн бодлогын бүрэн эрх (Шинжлэх ухаан, \
                 технологийн тухай хууль, 2024)",
            ),
        ]
    }

    #[test]
    fn a_pipe_gets_one_line_per_entry_in_columns() {
        let lines = lines(&policies(), None);
        assert_eq!(lines.len(), 2);
        assert_eq!(
            lines[0],
            "law-on-innovation-2012  Бодлого  Инновацийн тухай хууль (2012)"
        );
        assert!(lines[1].starts_with("national-sti-committee  Бодлого  ШУТИ-ийн"));
    }

    #[test]
    fn a_terminal_wraps_the_title_at_spaces_under_its_column() {
        let lines = lines(&policies(), Some(80));
        let at = "law-on-innovation-2012  Бодлого  ".chars().count();
        assert_eq!(
            lines[0],
            "law-on-innovation-2012  Бодлого  Инновацийн тухай хууль (2012)"
        );
        assert!(lines.len() > 3, "{lines:#?}");
        for line in &lines {
            assert!(str_width(line) <= 80, "{line}");
        }
        for line in &lines[2..] {
            assert_eq!(line.chars().take_while(|&c| c == ' ').count(), at, "{line}");
        }
        // The words come back whole, in order.
        let title: Vec<String> = lines[1..]
            .iter()
            .map(|l| l.chars().skip(at).collect())
            .collect();
        assert_eq!(title.join(" "), policies()[1].title);
    }

    #[test]
    fn the_id_column_is_as_wide_as_the_ids_shown() {
        let short = [row("a", Some("Policy"), "A"), row("bb", Some("Case"), "B")];
        assert_eq!(lines(&short, Some(80)), ["a   Policy  A", "bb  Case    B"]);
        let figures = [row("fig-a", None, "Graduates by field")];
        assert_eq!(lines(&figures, None), ["fig-a  Graduates by field"]);
    }

    #[test]
    fn a_narrow_terminal_puts_each_title_first_with_its_id_under_it() {
        let long_id = "rec-a-recommendation-with-an-id-of-fifty-characters";
        let rows = [
            row(
                long_id,
                Some("Зөвлөмж"),
                "Литва: кластерт тавьж буй өндөр хүлээлт",
            ),
            row("rec-b", Some("Зөвлөмж"), "Дижитал шилжилт"),
        ];
        let lines = lines(&rows, Some(80));
        assert_eq!(
            lines,
            [
                "Литва: кластерт тавьж буй өндөр хүлээлт".to_string(),
                format!("  {long_id} · Зөвлөмж"),
                "Дижитал шилжилт".to_string(),
                "  rec-b · Зөвлөмж".to_string(),
            ]
        );
        let figures = [row("fig-a", None, "Graduates by field of study, 2023")];
        assert_eq!(
            super::lines(&figures, Some(20)),
            ["Graduates by field", "  of study, 2023", "  fig-a"]
        );
    }

    #[test]
    fn wrapped_keeps_a_line_whole_in_a_pipe() {
        let line = "  → one two three four";
        assert_eq!(wrapped(line, None, 4), [line]);
        assert_eq!(
            wrapped(line, Some(14), 4),
            ["  → one two", "    three four"]
        );
    }
}
