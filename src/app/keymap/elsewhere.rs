//! What a Latin letter that is a command in another pane says where it is no command: what
//! it does in the panes that use it, and which they are, read from the key table so it stays
//! true.

use super::{Ctx, pane_uses};
use crate::app::App;

/// What a Latin letter that is no command in the focused pane but is one in another says
/// (over the search it started): what it does in the panes where it is one and which they
/// are, from the key table (so it stays true).
pub fn told(app: &App, c: char) -> String {
    let key = c.to_string();
    let uses = pane_uses(c);
    // Each thing the letter does, with the panes where it does it, in the table's order.
    let mut does: Vec<(&str, Vec<Ctx>)> = Vec::new();
    for (ctx, hint) in uses {
        match does.iter_mut().find(|(h, _)| *h == hint) {
            Some((_, panes)) => panes.push(ctx),
            None => does.push((hint, vec![ctx])),
        }
    }
    let name = |ctx: Ctx| ctx.pane_name_id().map(|id| app.t(id));
    let told: Vec<String> = (does.into_iter())
        .map(|(hint, panes)| {
            let names: Vec<String> = panes.into_iter().filter_map(name).collect();
            let places = match names.as_slice() {
                [a, b] => app.tf("keys-places-two", &[("a", a.clone()), ("b", b.clone())]),
                _ => names.join(", "),
            };
            app.tf(
                "keys-works-in",
                &[("does", app.t(hint)), ("places", places)],
            )
        })
        .collect();
    app.tf(
        "keys-letter-elsewhere",
        &[("key", key), ("uses", told.join("; "))],
    )
}
