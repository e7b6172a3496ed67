//! The recently read window (`H`): each entry read lately, newest first, with when it was
//! read ("yesterday 18:40", «өчигдөр 18:40»), its kind and its title; the behaviour is in
//! `app/study/recent.rs`.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::app::App;
use crate::app::study::local_clock::LocalClock;
use crate::app::study::recent::{entries, when};
use crate::inert::inert;
use crate::markdown::wrap::str_width;
use crate::ui::list::rows;
use crate::ui::theme::Theme;

/// The narrowest the window is drawn, in columns, as the bookmarks window.
const NARROWEST: u16 = 80;

/// Draws the list with row `selected`, its times told as seen at `now` on the local `clock`,
/// each with the clock's offset at its own instant.
pub fn draw(
    frame: &mut Frame,
    screen: Rect,
    app: &App,
    selected: usize,
    (now, clock): (i64, LocalClock),
    th: &Theme,
) {
    let lang = app.settings.lang;
    let listed = entries(app, now);
    let whens: Vec<String> = (listed.iter())
        .map(|v| when(&app.l10n, lang, v.at, now, |t| clock.offset_at(t)))
        .collect();
    let ids: Vec<&str> = (listed.iter())
        .map(|v| app.corpus.entry(v.place.entry).id.as_str())
        .collect();
    let kinds: Vec<String> = ids.iter().map(|id| super::kind_label(app, id)).collect();
    let when_w = whens.iter().map(|w| str_width(w)).max().unwrap_or(0);
    let kind_w = kinds.iter().map(|k| str_width(k)).max().unwrap_or(0);
    let titles: Vec<Option<String>> = (listed.iter())
        .map(|v| {
            let e = app.corpus.entry(v.place.entry);
            Some(inert(e.title.show(lang)).into_owned())
        })
        .collect();
    let lead = when_w + 2 + kind_w + 1;
    let widest = (titles.iter().flatten()).map(|t| str_width(t)).max();
    let width =
        u16::try_from(lead + widest.unwrap_or(0) + 2).map_or(u16::MAX, |w| w.max(NARROWEST));
    let box_of = ("recent-title", listed.len(), width);
    let Some(i) = super::list_box(frame, screen, app, th, box_of, &app.t("recent-empty")) else {
        return;
    };
    let room = (i.width as usize).saturating_sub(lead);
    let fitted = super::fit_titles(&titles, std::iter::repeat(room));
    let pad = |text: &str, w: usize| " ".repeat(w.saturating_sub(str_width(text)));
    let items: Vec<Line<'static>> = (whens.iter().zip(&kinds).zip(fitted))
        .map(|((w, k), title)| {
            Line::from(vec![
                Span::styled(format!("{w}{}  ", pad(w, when_w)), th.dim),
                Span::styled(format!("{k}{} ", pad(k, kind_w)), th.dim),
                Span::raw(title.unwrap_or_default()),
            ])
        })
        .collect();
    rows(frame, i, items, selected, true, th);
}
