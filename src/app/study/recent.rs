//! The recently read window (`H`): the entries read lately, newest first, each once, with
//! when — "yesterday 18:40", «өчигдөр 18:40» — in the language shown; Enter opens one. It
//! lists what earlier runs read (kept per profile in the data folder, `store::recent`) and
//! this run's reads (`nav.opened`: every entry opened, by Enter, a link, a search or a
//! window, or reached by Back and Forward; not one only previewed beside the list), so a
//! reader finds the next morning what was read the evening before. Drawn by
//! `ui/study/recent.rs`.

use super::local_clock::LocalClock;
use crate::app::action::Action;
use crate::app::navigation::{Visit, now_secs};
use crate::app::state::{App, Overlay, Then};
use crate::i18n::Localizer;
use crate::lang::Lang;

/// The most entries listed.
pub const MOST: usize = 40;

const DAY: i64 = 24 * 60 * 60;

/// The window as it opens: its first row selected, the time now and the system's local
/// clock, which its "when" column is told in.
pub fn opened() -> Overlay {
    Overlay::Recent {
        selected: 0,
        now: now_secs(),
        clock: LocalClock::System,
    }
}

/// The entries read lately, newest first, each once at its latest read, at most [`MOST`]:
/// those of earlier runs, then this run's, then the entry being read ([`App::read_now`]:
/// opened, not only previewed beside the list) if it is not the last of them.
pub fn entries(app: &App, now: i64) -> Vec<Visit> {
    let mut all: Vec<Visit> = (app.nav.read_before.iter())
        .chain(&app.nav.opened)
        .copied()
        .collect();
    if let Some(place) = app.read_now()
        && all.last().map(|v| v.place.entry) != Some(place.entry)
    {
        all.push(Visit {
            place,
            at: Some(now),
        });
    }
    let mut out: Vec<Visit> = Vec::new();
    for visit in all.into_iter().rev() {
        if !out.iter().any(|v| v.place.entry == visit.place.entry) {
            out.push(visit);
        }
        if out.len() == MOST {
            break;
        }
    }
    out
}

/// When `at` was, seen at `now`, on a local clock `offset_at` an instant seconds from UTC
/// ([`LocalClock::offset_at`]), as the list says it in `lang`: today or yesterday with the
/// time, else how many days ago; "earlier" for a place saved with no time. Each instant is
/// told with the offset in force at that instant: a read from before a daylight-saving change
/// shows the hour the clock showed then.
pub fn when(
    l10n: &Localizer,
    lang: Lang,
    at: Option<i64>,
    now: i64,
    offset_at: impl Fn(i64) -> i64,
) -> String {
    let Some(at) = at else {
        return l10n.t(lang, "recent-earlier");
    };
    let (local, today) = (at + offset_at(at), now + offset_at(now));
    let days = today.div_euclid(DAY) - local.div_euclid(DAY);
    let minutes = local.rem_euclid(DAY) / 60;
    let time = format!("{:02}:{:02}", minutes / 60, minutes % 60);
    match days {
        ..=0 => l10n.format(lang, "recent-today", &[("time", time)]),
        1 => l10n.format(lang, "recent-yesterday", &[("time", time)]),
        days => l10n.format(lang, "recent-days-ago", &[("days", days.to_string())]),
    }
}

/// Applies an action in the window: moves, Enter opens the entry selected.
pub fn action(app: &mut App, action: Action) -> Then {
    let Some(Overlay::Recent { selected, now, .. }) = &app.overlay else {
        return Then::Stay;
    };
    let (row, now) = (*selected, *now);
    let listed = entries(app, now);
    let last = listed.len().saturating_sub(1);
    let to = match action {
        Action::Up | Action::Wheel { down: false, .. } => row.saturating_sub(1),
        Action::Down | Action::Wheel { down: true, .. } => (row + 1).min(last),
        Action::Top => 0,
        Action::Bottom => last,
        Action::Open => {
            return listed
                .get(row)
                .map_or(Then::Stay, |v| Then::Open(v.place.entry));
        }
        Action::Escape | Action::OpenRecent => return Then::Close,
        _ => row,
    };
    if let Some(Overlay::Recent { selected, .. }) = &mut app.overlay {
        *selected = to;
    }
    Then::Stay
}

#[cfg(test)]
mod tests {
    use super::*;

    /// 7 December 2026, 09:15 UTC.
    const NOW: i64 = 1_796_634_900;

    #[test]
    fn when_says_today_yesterday_or_days_ago_in_the_local_day() {
        let l10n = Localizer::new();
        let at = |secs_before: i64| Some(NOW - secs_before);
        let said = |lang, at, offset| when(&l10n, lang, at, NOW, |_| offset);
        assert_eq!(said(Lang::En, at(15 * 60), 0), "today 09:00");
        assert_eq!(
            said(Lang::En, at(14 * 3600 + 35 * 60), 0),
            "yesterday 18:40"
        );
        assert_eq!(said(Lang::Mn, at(14 * 3600 + 35 * 60), 0), "өчигдөр 18:40");
        assert_eq!(said(Lang::Mn, at(15 * 60), 0), "өнөөдөр 09:00");
        assert_eq!(said(Lang::En, at(3 * DAY), 0), "3 days ago");
        assert_eq!(said(Lang::Mn, at(3 * DAY), 0), "3 хоногийн өмнө");
        // Ulaanbaatar, UTC+8: now is 17:15 there; 23:15 UTC the evening before is 07:15
        // today, and 15:15 UTC the day before is 23:15 yesterday.
        assert_eq!(
            said(Lang::En, at(8 * 3600 + 15 * 60), 8 * 3600),
            "today 09:00"
        );
        assert_eq!(said(Lang::En, at(10 * 3600), 8 * 3600), "today 07:15");
        assert_eq!(said(Lang::En, at(18 * 3600), 8 * 3600), "yesterday 23:15");
        assert_eq!(said(Lang::En, None, 0), "earlier");
        assert_eq!(said(Lang::Mn, None, 0), "өмнө нь");
    }

    /// A clock like London's: an hour ahead of UTC (summer time) until 01:00 UTC on 25 October
    /// 2026, on UTC after.
    fn london(at: i64) -> i64 {
        const SUMMER_TIME_ENDS: i64 = 1_792_890_000;
        if at < SUMMER_TIME_ENDS { 3600 } else { 0 }
    }

    /// Each time is told with the offset of its own instant: read at 18:40 summer time the
    /// evening before the change, it is "yesterday 18:40" the morning after, not 17:40.
    #[test]
    fn a_read_before_a_daylight_saving_change_keeps_its_hour() {
        let l10n = Localizer::new();
        // 25 October 2026, 09:15 UTC (09:15 in London, on winter time).
        let now = 1_792_919_700;
        let evening = now - (15 * 3600 + 35 * 60); // 17:40 UTC, 18:40 summer time.
        let at = Some(evening);
        assert_eq!((london(evening), london(now)), (3600, 0));
        assert_eq!(when(&l10n, Lang::En, at, now, london), "yesterday 18:40");
        assert_eq!(when(&l10n, Lang::Mn, at, now, london), "өчигдөр 18:40");
        // One offset for both, now's, as the window took before: an hour off.
        assert_eq!(when(&l10n, Lang::En, at, now, |_| 0), "yesterday 17:40");
        // And the other way, in spring: read at 00:30 winter time on the day clocks go
        // forward (29 March 2026, 01:00 UTC), seen at 12:00 summer time, is today 00:30.
        let spring = |t: i64| if t < 1_774_746_000 { 0 } else { 3600 };
        let (read, noon) = (1_774_744_200, 1_774_782_000);
        assert_eq!(
            when(&l10n, Lang::En, Some(read), noon, spring),
            "today 00:30"
        );
    }
}
