//! The facet panel (`f`): every facet with its values and counts (from [`super::facets`]);
//! toggling a value filters the entry list (moving to a kind that still has entries), `c`
//! clears. Also how facet values are named on screen (translated kinds, countries, ownership and
//! policy types). Drawn by `ui/facet_panel.rs`.

use super::action::Action;
use super::facets::{Facet, counts};
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

/// The panel's lines for the current filters.
pub fn rows(app: &App) -> Vec<Row> {
    let mut out = Vec::new();
    for (facet, mut values) in counts(&app.corpus, &app.nav.filters) {
        if !matches!(facet, Facet::Kind | Facet::Year) {
            // Most entries first; equal counts in alphabetical order of the names shown.
            values.sort_by_cached_key(|(value, count)| {
                let name = label(app, facet, value);
                (
                    std::cmp::Reverse(*count),
                    crate::collate::key(&name, app.settings.lang),
                )
            });
        }
        // A facet none of the entries left has (sectors once the list holds only policies)
        // is left out, not shown as a heading over nothing.
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
        Action::Toggle => {
            if let Some((facet, value, _)) = vals.get(*selected) {
                let (facet, value) = (*facet, value.clone());
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
