//! The facet panel (`f`): every facet with its values and counts (from [`super::facets`]),
//! each row in a place that no filter changes: a value no entry left has stays, at 0 (drawn
//! greyed), and choosing it does nothing but say why; toggling a value filters the entry list
//! (moving to a kind that still has entries), `c` clears. Also how facet values are named on screen (translated kinds, countries, ownership and
//! policy types). Drawn by `ui/facet_panel.rs`.

use super::action::Action;
use super::facets::{Facet, Filters, counts};
use super::state::{App, Overlay, Then};
use crate::corpus::model::Kind;
use crate::corpus::values::{self, Coded};

/// One line of the panel: a facet heading, or a value with its count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Heading(Facet),
    Value {
        facet: Facet,
        value: String,
        count: usize,
    },
}

/// The panel's lines for the current filters, in the same places under any filters.
pub fn rows(app: &App) -> Vec<Row> {
    let unfiltered = counts(&app.corpus, &Filters::default());
    let total = |facet: Facet, value: &str| {
        (unfiltered.iter())
            .find(|(f, _)| *f == facet)
            .and_then(|(_, vs)| vs.iter().find(|(v, _)| v == value))
            .map_or(0, |(_, n)| *n)
    };
    let mut out = Vec::new();
    for (facet, mut values) in counts(&app.corpus, &app.nav.filters) {
        if !matches!(facet, Facet::Kind | Facet::Year) {
            // Most entries in all first (not under the filters, so that rows keep their
            // places); equal counts in alphabetical order of the names shown.
            values.sort_by_cached_key(|(value, _)| {
                let name = label(app, facet, value);
                (
                    std::cmp::Reverse(total(facet, value)),
                    crate::collate::key(&name, app.settings.lang),
                )
            });
        }
        // A facet no entry has at all (no case gives an ownership) has no heading.
        if values.is_empty() {
            continue;
        }
        out.push(Row::Heading(facet));
        out.extend(values.into_iter().map(|(value, count)| Row::Value {
            facet,
            value,
            count,
        }));
    }
    out
}

/// The value rows only (what the selection moves over).
pub fn values(app: &App) -> Vec<(Facet, String, usize)> {
    rows(app)
        .into_iter()
        .filter_map(|r| match r {
            Row::Value {
                facet,
                value,
                count,
            } => Some((facet, value, count)),
            Row::Heading(_) => None,
        })
        .collect()
}

/// How a facet value is shown: translated where the UI has a name for it.
pub fn label(app: &App, facet: Facet, value: &str) -> String {
    let coded = |field: Coded| {
        crate::inert::inert(&values::label(field, value, app.settings.lang)).into_owned()
    };
    let id = match facet {
        Facet::Kind => format!("kinds-{value}"),
        Facet::Country => return coded(Coded::Country),
        Facet::Ownership => return coded(Coded::Ownership),
        Facet::PolicyType => return coded(Coded::PolicyType),
        Facet::Sector => return coded(Coded::Sector),
        Facet::Year => return crate::inert::inert(value).into_owned(),
    };
    if app.l10n.has(app.settings.lang, &id) {
        app.t(&id)
    } else {
        crate::inert::inert(value).into_owned()
    }
}

/// Recomputes the entry lists under the filters, keeping selections in range.
pub fn apply_filters(app: &mut App) {
    app.nav.relist(&app.corpus, app.settings.lang, false);
    app.reading.restart();
}

/// After a filter changes: when the shown kind has no entry left, shows the first kind that has
/// (and says so), or says that nothing matches and that `c` clears the filters.
pub fn follow_filters(app: &mut App) {
    app.status.clear();
    if app
        .nav
        .lists
        .get(app.nav.kind)
        .is_some_and(|l| !l.is_empty())
    {
        return;
    }
    let name = |app: &App, k: usize| app.t(&format!("kinds-{}", Kind::ALL[k].name()));
    match app.nav.lists.iter().position(|l| !l.is_empty()) {
        Some(k) => {
            let from = name(app, app.nav.kind);
            app.nav.show_kind(k);
            app.nav.select_row(0);
            let to = name(app, k);
            app.status
                .say(app.tf("facets-moved", &[("from", from), ("to", to)]));
        }
        None => app.status.say(app.t("facets-nothing")),
    }
}

/// Applies an action while the panel is open.
pub fn action(app: &mut App, action: Action) -> Then {
    let vals = values(app);
    let Some(Overlay::Facets { selected }) = &mut app.overlay else {
        return Then::Stay;
    };
    let last = vals.len().saturating_sub(1);
    match action {
        Action::Up | Action::Wheel { down: false, .. } => *selected = selected.saturating_sub(1),
        Action::Down | Action::Wheel { down: true, .. } => *selected = (*selected + 1).min(last),
        Action::PageUp => *selected = selected.saturating_sub(10),
        Action::PageDown => *selected = (*selected + 10).min(last),
        Action::Top => *selected = 0,
        Action::Bottom => *selected = last,
        Action::Toggle => {
            if let Some((facet, value, count)) = vals.get(*selected) {
                let (facet, value) = (*facet, value.clone());
                // A value no entry left has keeps its row, but choosing it would empty the
                // list: it says so instead (a chosen one is still unchosen).
                if *count == 0 && !app.nav.filters.contains(facet, &value) {
                    let name = ("value", label(app, facet, &value));
                    let told = app.tf("facets-zero", &[name]);
                    app.status.say(told);
                    return Then::Stay;
                }
                app.nav.toggle_filter(facet, &value);
                apply_filters(app);
                follow_filters(app);
                // Keep the same value selected though the rows may have moved.
                let now = values(app);
                if let (Some(i), Some(Overlay::Facets { selected })) = (
                    now.iter().position(|(f, v, _)| *f == facet && *v == value),
                    &mut app.overlay,
                ) {
                    *selected = i;
                }
            }
        }
        Action::ClearFilters => {
            app.nav.clear_filters();
            apply_filters(app);
            app.status.clear();
        }
        Action::Escape | Action::OpenFacets => return Then::Close,
        _ => {}
    }
    Then::Stay
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::app::settings::ThemeName;
    use crate::app::update;
    use crate::corpus::load::{Sources, load};
    use crate::lang::Lang;

    fn app() -> App {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let dirs = vec![root.join("content"), root.join("study")];
        let corpus = load(&Sources {
            builtin: false,
            dirs,
        })
        .corpus;
        App::new(corpus, Lang::En, ThemeName::Dark, false)
    }

    fn names(app: &App) -> Vec<(Facet, String)> {
        values(app).into_iter().map(|(f, v, _)| (f, v)).collect()
    }

    fn selected(app: &App) -> usize {
        match &app.overlay {
            Some(Overlay::Facets { selected }) => *selected,
            _ => panic!("the facet panel is open"),
        }
    }

    /// Choosing a kind leaves every row in its place, the cursor on the kind chosen; a value
    /// no policy has (the manufacturing sector) stays at 0, and Space on it chooses nothing
    /// and says why.
    #[test]
    fn a_choice_moves_no_row_and_a_value_at_zero_is_not_chosen() {
        let mut app = app();
        update(&mut app, Action::OpenFacets);
        let before = names(&app);
        let row = |f: Facet, v: &str| {
            (before.iter().position(|(g, w)| *g == f && w == v)).expect("the value has a row")
        };
        let (policy, manufacturing) = (
            row(Facet::Kind, "policy"),
            row(Facet::Sector, "manufacturing"),
        );
        for _ in 0..policy {
            update(&mut app, Action::Down);
        }
        update(&mut app, Action::Toggle);
        assert!(app.nav.filters.contains(Facet::Kind, "policy"));
        assert_eq!(names(&app), before, "no row moved");
        assert_eq!(selected(&app), policy);
        assert_eq!(values(&app)[manufacturing].2, 0);
        for _ in policy..manufacturing {
            update(&mut app, Action::Down);
        }
        update(&mut app, Action::Toggle);
        assert!(!app.nav.filters.contains(Facet::Sector, "manufacturing"));
        let told = app.status.notice.clone().unwrap_or_default();
        assert!(told.contains("No entry left has manufacturing"), "{told}");
        assert_eq!(selected(&app), manufacturing);
        // The chosen kind, counted under no other filter, is still unchosen by Space.
        for _ in policy..manufacturing {
            update(&mut app, Action::Up);
        }
        update(&mut app, Action::Toggle);
        assert!(app.nav.filters.is_empty());
    }
}
