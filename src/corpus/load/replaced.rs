//! An entry of one's own that replaces a shipped one (the same id): allowed on purpose, so
//! said as a note at its `id:` line — which shipped entry is gone while the folder is loaded,
//! and the other id that keeps both — in place of the file-name warning, whose advice to name
//! the file after the id would make the replacement look meant. Files at the very places of
//! the shipped ones, as `toli new --from` copies them, were asked for: one note names them
//! all, at the first, so a folder of copies is not told so file by file on every check.

use std::path::Path;

use crate::corpus::Loaded;
use crate::diagnostic::{Diagnostic, Problem};
use crate::lang::Lang;

/// The note for `own` replacing `shipped`, and the file-name warning of `own`'s file taken out
/// of `diagnostics` (its name, when it can be an id, is the id the note offers; else the id
/// with the first number no entry has, `cluster-2`, by `taken`).
pub(super) fn note(
    diagnostics: &mut Vec<Diagnostic>,
    shipped: &Loaded,
    own: &Loaded,
    taken: &dyn Fn(&str) -> bool,
) {
    let path = &own.entry.origin.path;
    let mut stem = None;
    diagnostics.retain(|d| match &d.problem {
        Problem::FileName { stem: s, .. } if &d.path == path => {
            stem = s.clone();
            false
        }
        _ => true,
    });
    let title = &shipped.entry.title;
    diagnostics.push(Diagnostic::new(
        path,
        own.lines.id,
        1,
        Problem::ReplacesShipped {
            id: own.entry.id.clone(),
            title_en: title.show(Lang::En).to_string(),
            title_mn: title.show(Lang::Mn).to_string(),
            from_file: stem.is_some(),
            offered: stem.unwrap_or_else(|| free_id(&own.entry.id, taken)),
        },
    ));
}

/// `id` with the first number from 2 that makes an id no entry has (`cluster-2`).
fn free_id(id: &str, taken: &dyn Fn(&str) -> bool) -> String {
    (2..)
        .map(|n| format!("{id}-{n}"))
        .find(|free| !taken(free))
        .unwrap_or_default()
}

/// How many copies the note names; the others are counted.
const NAMED_COPIES: usize = 5;

/// True when `own` sits where `toli new --from` copies `shipped`: its path ends with the
/// shipped file's place under `content/` (`definitions/cluster.md`).
pub(super) fn is_copy(shipped: &Loaded, own: &Loaded) -> bool {
    let from = &shipped.entry.origin.path;
    let place = from.strip_prefix("content/").unwrap_or(from);
    Path::new(&own.entry.origin.path).ends_with(place)
}

/// Own entries that replace shipped ones from their places (see [`is_copy`]), said in one note.
#[derive(Default)]
pub(super) struct Copies {
    /// Each copy's path, `id:` line and id.
    found: Vec<(String, usize, String)>,
}

impl Copies {
    pub(super) fn add(&mut self, own: &Loaded) {
        let entry = &own.entry;
        (self.found).push((entry.origin.path.clone(), own.lines.id, entry.id.clone()));
    }

    /// The one note for every copy, at the first one's `id:` line, if there is any.
    pub(super) fn note(mut self, diagnostics: &mut Vec<Diagnostic>) {
        self.found.sort();
        let Some((path, line, _)) = self.found.first() else {
            return;
        };
        let ids: Vec<String> = (self.found.iter().take(NAMED_COPIES))
            .map(|(_, _, id)| format!("`{id}`"))
            .collect();
        let problem = Problem::ReplacesShippedCopies {
            count: self.found.len(),
            ids: ids.join(", "),
            more: self.found.len().saturating_sub(NAMED_COPIES),
        };
        diagnostics.push(Diagnostic::new(path, *line, 1, problem));
    }
}

#[cfg(test)]
mod tests {
    use super::free_id;

    #[test]
    fn the_id_offered_is_the_first_free_number() {
        assert_eq!(free_id("cluster", &|_| false), "cluster-2");
        let taken = |id: &str| matches!(id, "cluster-2" | "cluster-3");
        assert_eq!(free_id("cluster", &taken), "cluster-4");
    }
}
