//! The search overlay (`/`, Ctrl-K): the query, then live results with the kind (on a list
//! wide enough) and the title's matched characters highlighted, and a snippet; their count; and a preview of the selected
//! result beside them on a wide screen, below them on a narrow one.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Wrap};

use super::layout::{centered, inner, list_offset};
use super::theme::Theme;
use super::titles::cuts;
use super::{block, list::rows};
use crate::app::App;
use crate::app::state::Search;
use crate::inert::inert;
use crate::markdown::wrap::{char_width, str_width};

/// Screens at least this wide show the preview beside the results, narrower ones below them.
const WIDE_FROM: u16 = 120;
/// Beside the preview, the results take this share of the width (in twentieths): a result row
/// is one line, so its title needs the room more than the preview, which wraps (at 120 columns
/// half the Mongolian titles show whole, and the preview keeps 43 columns).
const RESULTS_SHARE: u16 = 12;
/// Beside the results, the preview takes at most this many columns (a reading width): on a
/// wider screen the rest goes to the results, whose titles and snippets use it.
const PREVIEW_MAX: u16 = 72;

/// Where the overlay's parts go on a screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    pub area: Rect,
    pub input: Rect,
    pub results: Rect,
    /// None when the screen is too small for one.
    pub preview: Option<Rect>,
    /// The line between the results and the preview.
    pub divider: Option<Rect>,
}

/// Lays the overlay out on `screen`: the query line, then the results with the preview beside
/// them (wide screens) or below them (narrow ones).
pub fn parts(screen: Rect) -> Parts {
    let wide = screen.width >= WIDE_FROM;
    let area = if wide {
        centered(screen, u16::MAX, 40)
    } else {
        centered(screen, 100, 24)
    };
    let i = inner(area);
    let input = Rect::new(i.x, i.y, i.width, i.height.min(1));
    let body = Rect::new(
        i.x,
        i.y + 2.min(i.height),
        i.width,
        i.height.saturating_sub(2),
    );
    let (results, divider, preview) = if wide {
        let share = (body.width * RESULTS_SHARE / 20).max(40);
        let left = share
            .max(body.width.saturating_sub(PREVIEW_MAX + 3))
            .min(body.width);
        let rest = body.width.saturating_sub(left + 3);
        (
            Rect::new(body.x, body.y, left, body.height),
            Rect::new(body.x + left + 1, body.y, 1, body.height),
            Rect::new(body.x + left + 3, body.y, rest, body.height),
        )
    } else {
        let top = (body.height * 2 / 5).max(3).min(body.height);
        let rest = body.height.saturating_sub(top + 1);
        (
            Rect::new(body.x, body.y, body.width, top),
            Rect::new(body.x, body.y + top, body.width, 1.min(body.height - top)),
            Rect::new(body.x, body.y + top + 1, body.width, rest),
        )
    };
    let room = preview.width >= 20 && preview.height >= 3;
    Parts {
        area,
        input,
        results: if room { results } else { body },
        preview: room.then_some(preview),
        divider: room.then_some(divider),
    }
}

/// The overlay's rectangle on `screen`.
pub fn area(screen: Rect) -> Rect {
    parts(screen).area
}

/// Where the results are listed.
pub fn results_area(screen: Rect) -> Rect {
    parts(screen).results
}

/// The hit on screen row `row` of the results.
pub fn hit_at(s: &Search, results: Rect, row: u16) -> Option<usize> {
    let off = list_offset(s.selected, results.height as usize);
    let i = off + row.checked_sub(results.y)? as usize;
    (i < s.hits.len()).then_some(i)
}

/// The divider between results and preview: a rule with the preview's name, or a bar.
fn divider(frame: &mut Frame, r: Rect, app: &App, th: &Theme) {
    if r.width == 1 {
        let bar: Vec<Line> = (0..r.height).map(|_| Line::from("│")).collect();
        frame.render_widget(Paragraph::new(bar).style(th.border), r);
    } else {
        let label = format!("─ {} ", app.t("search-preview"));
        let fill = (r.width as usize).saturating_sub(str_width(&label));
        let rule = format!("{label}{}", "─".repeat(fill));
        frame.render_widget(Paragraph::new(rule).style(th.border), r);
    }
}

/// Result lists at least this wide show each result's kind before its title; a narrower one
/// (a 40-column screen) gives those columns to the titles.
const KIND_FROM: u16 = 50;

/// Columns the query line takes besides the query: the prompt `> ` and the cursor.
const PROMPT: usize = 3;
/// The fewest columns of the query shown beside the count; narrower, the count gives way.
const QUERY_MIN: usize = 16;
/// Columns a query too long to show whole keeps beside a longer count (a word not found with
/// the count, rather than one of them).
const QUERY_ROOM: usize = 40;

/// The count line's forms: `full`, longest first, for a query shown whole or given
/// [`QUERY_ROOM`]; `short`, longest first, for a query left only [`QUERY_MIN`].
struct Counts {
    full: Vec<String>,
    short: Vec<String>,
}

/// The result counts: how many hold every word with the count, then the count alone (a
/// question matches most entries by some word); a word the corpus does not hold, or the
/// Mongolian reading searched instead of the keys typed, is said before them, and stays
/// said, in fewer words, with the count, when the query leaves little room.
fn counts(app: &App, s: &Search) -> Counts {
    let plain = plain_counts(app, s);
    let Some(said) = said_first(app, s) else {
        let short = plain.last().cloned().into_iter().collect();
        return Counts { full: plain, short };
    };
    let total = match s.exact {
        true => app.tf("search-count", &[("count", s.total.to_string())]),
        false => plain.last().cloned().unwrap_or_default(),
    };
    let mut full: Vec<String> = (plain.iter())
        .map(|c| format!("{} · {c}", said.long))
        .collect();
    let short = vec![
        format!("{} · {total}", said.short),
        format!("{} · {total}", said.least),
    ];
    full.push(short[0].clone());
    Counts { full, short }
}

/// What the count line says before the counts, in three lengths.
struct SaidFirst {
    long: String,
    short: String,
    /// Without the words, for a line with room for little more than the count.
    least: String,
}

/// What the count line says before the counts: the Mongolian reading searched instead of the
/// keys typed, or the words the corpus does not hold (the hits only look like them); `None`
/// when neither, or nothing was found.
fn said_first(app: &App, s: &Search) -> Option<SaidFirst> {
    if s.hits.is_empty() {
        return None;
    }
    let quoted = |w: &str| app.tf("quoted-word", &[("word", w.to_string())]);
    if let Some(reading) = &s.read_as {
        let args = [("reading", quoted(reading))];
        return Some(SaidFirst {
            long: app.tf("search-read-as", &args),
            short: app.tf("search-read-as-short", &args),
            least: app.t("search-read-as-least"),
        });
    }
    if s.near_only.is_empty() {
        return None;
    }
    let words: Vec<String> = s.near_only.iter().map(|w| quoted(w)).collect();
    let words = [("words", words.join(", "))];
    Some(SaidFirst {
        long: app.tf("search-near-only", &words),
        short: app.tf("search-near-only-short", &words),
        least: app.t("search-near-only-least"),
    })
}

fn plain_counts(app: &App, s: &Search) -> Vec<String> {
    let shown = s.hits.len().to_string();
    let args = [("count", shown), ("total", s.total.to_string())];
    let count = match (s.total > s.hits.len(), s.exact) {
        (true, true) => app.tf("search-count-first", &args),
        (true, false) => app.tf("search-count-at-least", &args),
        (false, _) => app.tf("search-count", &args[..1]),
    };
    let Some(complete) = s.complete else {
        return vec![count];
    };
    let every = app.tf(
        "search-count-complete",
        &[("complete", complete.to_string())],
    );
    // Where the whole line does not fit, the figures without how many the list shows.
    let total = match s.exact {
        true => app.tf("search-count", &[("count", s.total.to_string())]),
        false => count.clone(),
    };
    vec![
        format!("{every} · {count}"),
        format!("{every} · {total}"),
        count,
    ]
}

/// The end of `text` that fits in `cols` columns: all of it when it fits, else `…` and as many
/// of its last characters as fit (by display width), so the words typed last and the cursor
/// after them stay in view.
pub fn tail(text: &str, cols: usize) -> String {
    if str_width(text) <= cols {
        return text.to_string();
    }
    if cols == 0 {
        return String::new();
    }
    let mut kept = Vec::new();
    let mut used = 1;
    for c in text.chars().rev() {
        let w = char_width(c);
        if used + w > cols {
            break;
        }
        used += w;
        kept.push(c);
    }
    std::iter::once('…').chain(kept.into_iter().rev()).collect()
}

pub fn draw(frame: &mut Frame, screen: Rect, app: &App, s: &Search, th: &Theme) {
    let p = parts(screen);
    let r = p.area;
    frame.render_widget(Clear, r);
    super::paint(frame, r, th.base);
    frame.render_widget(
        block(Line::from(format!(" {} ", app.t("tui-search"))), true, th),
        r,
    );
    let typed = inert(&s.query).into_owned();
    let counts = match s.hits.is_empty() {
        true => Counts {
            full: Vec::new(),
            short: Vec::new(),
        },
        false => counts(app, s),
    };
    let width = p.input.width as usize;
    // The longest count that leaves the whole query in view, else the longest that leaves a
    // long query [`QUERY_ROOM`], else the longest short one that leaves it some room; the
    // query then scrolls so that its end and the cursor stay in view.
    let leaves = |c: &String, query: usize| PROMPT + query + 1 + str_width(c) <= width;
    let count = (counts.full.iter())
        .find(|c| leaves(c, str_width(&typed)))
        .or_else(|| counts.full.iter().find(|c| leaves(c, QUERY_ROOM)))
        .or_else(|| counts.short.iter().find(|c| leaves(c, QUERY_MIN)));
    let room = width.saturating_sub(PROMPT + count.map_or(0, |c| str_width(c) + 1));
    let input = Line::from(vec![
        Span::styled("> ", th.key),
        Span::raw(tail(&typed, room)),
        Span::styled("▏", th.key),
    ]);
    frame.render_widget(Paragraph::new(input), p.input);
    if let Some(count) = count {
        let w = str_width(count) as u16;
        let at = Rect::new(p.input.right() - w, p.input.y, w, p.input.height);
        frame.render_widget(Paragraph::new(count.as_str()).style(th.dim), at);
    }
    let res = p.results;
    if s.hits.is_empty() {
        let msg = if s.query.trim().is_empty() && !app.last_query.is_empty() {
            let last = app.last_query.clone();
            format!(
                "{}\n{}",
                app.t("tui-search-prompt"),
                app.tf("tui-search-last", &[("query", last)])
            )
        } else if s.query.trim().is_empty() {
            app.t("tui-search-prompt")
        } else if app.searching() {
            app.t("tui-searching")
        } else {
            app.tf("cli-no-results", &[("query", s.query.clone())])
        };
        // Wrapped: the last question brought back by ↑ reads whole.
        let msg = Paragraph::new(inert(&msg).into_owned()).style(th.dim);
        frame.render_widget(msg.wrap(Wrap { trim: false }), res);
        return;
    }
    // A narrow list gives the titles the kind's columns (the preview, when there is room for
    // one, still names the kind).
    let with_kind = res.width >= KIND_FROM;
    let kind_w = match with_kind {
        true => (s.hits.iter())
            .map(|h| str_width(&app.t(&format!("kind-{}", app.corpus.entry(h.entry).kind.name()))))
            .max()
            .unwrap_or(0),
        false => 0,
    };
    // The titles share one column, fitted together so that two cut alike show where they
    // differ; the snippet follows a title shown whole, in what is left of the row.
    let titles: Vec<String> = (s.hits.iter())
        .map(|h| inert(app.corpus.entry(h.entry).title.show(app.settings.lang)).into_owned())
        .collect();
    // A hit listed for the reader's note on it is marked before its title, as in the list.
    let noted = |h: &crate::search::Hit| s.noted.contains(&h.entry);
    let mark = "✎ ";
    let room = |h| {
        let kind = if with_kind { kind_w + 1 } else { 0 };
        (res.width as usize).saturating_sub(kind + if noted(h) { str_width(mark) } else { 0 })
    };
    let column: Vec<(&str, usize)> = (titles.iter().zip(&s.hits))
        .map(|(t, h)| (t.as_str(), room(h)))
        .collect();
    let cuts = cuts(&column);
    let items: Vec<Line<'static>> = (s.hits.iter().zip(&titles).zip(&cuts))
        .map(|((h, title), cut)| {
            let e = app.corpus.entry(h.entry);
            let mut spans = Vec::new();
            if with_kind {
                let kind = app.t(&format!("kind-{}", e.kind.name()));
                let pad = kind_w.saturating_sub(str_width(&kind));
                spans.push(Span::styled(format!("{kind}{} ", " ".repeat(pad)), th.dim));
            }
            if noted(h) {
                spans.push(Span::styled(mark, th.key));
            }
            let room = room(h);
            let marks = h
                .title_highlights
                .get(app.settings.lang)
                .cloned()
                .unwrap_or_default();
            for (n, c) in cut.glyphs(title) {
                let style = match n {
                    Some(n) if marks.contains(&n) => th.highlight,
                    _ => th.base,
                };
                spans.push(Span::styled(c.to_string(), style));
            }
            if cut.is_whole() {
                let snippet = inert(&h.snippet).replace('\n', " ");
                let left = room.saturating_sub(str_width(title) + 2);
                let snippet = snippet_within(snippet.trim(), left);
                if !snippet.is_empty() {
                    spans.push(Span::styled(format!("  {snippet}"), th.dim));
                }
            }
            Line::from(spans)
        })
        .collect();
    rows(frame, res, items, s.selected, true, th);
    if let (Some(pr), Some(d), Some(hit)) = (p.preview, p.divider, s.hits.get(s.selected)) {
        divider(frame, d, app, th);
        super::search_preview::draw(frame, pr, app, hit, th);
    }
}

/// A snippet in `width` columns: whole, or cut after its last word that fits and ended with
/// "…", so that a cut word never reads as a misspelt one («…тайланд дурдс»). Nothing when
/// what fits is too short to say anything ("A…").
pub fn snippet_within(snippet: &str, width: usize) -> String {
    if str_width(snippet) <= width {
        return snippet.to_string();
    }
    let mut out = String::new();
    for word in snippet.split(' ') {
        let next = match out.is_empty() {
            true => word.to_string(),
            false => format!("{out} {word}"),
        };
        if str_width(&next) + 1 > width {
            break;
        }
        out = next;
    }
    let kept = out.trim_end_matches(['…', ',', ';', ':']);
    match str_width(kept.trim_start_matches('…')) < SNIPPET_MIN {
        true => String::new(),
        false => format!("{kept}…"),
    }
}

/// Columns of a cut snippet's words below which it says nothing ("A…") and is left out.
const SNIPPET_MIN: usize = 6;

#[cfg(test)]
mod tests {
    use super::*;

    /// On a 200-column screen the overlay takes the width and the results take what the
    /// preview, kept to a reading width, leaves; at 160 columns and below nothing changes.
    #[test]
    fn a_wide_screen_gives_the_results_its_width() {
        let p = parts(Rect::new(0, 0, 200, 50));
        let preview = p.preview.expect("a preview beside the results");
        assert_eq!(p.area.width, 196);
        assert_eq!((p.results.width, preview.width), (119, PREVIEW_MAX));
        let p = parts(Rect::new(0, 0, 160, 45));
        let preview = p.preview.expect("a preview beside the results");
        assert_eq!(
            (p.area.width, p.results.width, preview.width),
            (156, 92, 59)
        );
    }

    #[test]
    fn a_snippet_is_cut_after_a_word_and_says_so() {
        assert_eq!(
            snippet_within("…тайланд дурдсанаар", 40),
            "…тайланд дурдсанаар"
        );
        assert_eq!(snippet_within("…тайланд дурдсанаар хууль", 16), "…тайланд…");
        assert_eq!(snippet_within("Инновацийн төслийн", 5), "");
        assert!(str_width(&snippet_within("a b c d e f g h i j", 12)) <= 12);
        assert_eq!(
            snippet_within("A mix of grants, loans and tax incentives", 6),
            ""
        );
        assert_eq!(snippet_within("…тайланд дурдсанаар хууль", 8), "");
    }

    #[test]
    fn a_long_query_keeps_its_end_in_view_by_display_width() {
        assert_eq!(tail("кластер", 10), "кластер");
        assert_eq!(tail("кластер гэж юу вэ", 8), "…ж юу вэ");
        assert_eq!(str_width(&tail("кластер гэж юу вэ", 8)), 8);
        // A wide character is never cut in half: the tail takes whole characters only.
        assert_eq!(tail("ab中文字", 6), "…文字");
        assert_eq!(tail("ab中文字", 4), "…字");
        assert_eq!(tail("abc", 0), "");
    }
}
