//! `tags` written as one list for both languages (`tags: [cluster policy, funding]`), which
//! both views show as written: one warning at `tags:` with the shape of a list per language,
//! each of the author's tags on the side of the language it is written in, rather than a
//! warning per tag that it is in the other language (`latin`, `cyrillic`).

use super::super::locate::Locator;
use super::super::model::Entry;
use super::{Lists, cyrillic, latin};
use crate::diagnostic::{Diagnostic, Problem};
use crate::lang::Lang;

/// Whether `tags` is written once for both languages: no `en:` nor `mn:` under it.
pub(super) fn is_one_list(loc: &Locator) -> bool {
    !loc.has_key(&["tags", "en"]) && !loc.has_key(&["tags", "mn"])
}

/// The warning for `entry`'s tags written as one list with a tag in one language's words
/// (English words not listed as names, or Cyrillic), at `tags:`.
pub(super) fn check(path: &str, loc: &Locator, entry: &Entry, lists: &Lists) -> Option<Diagnostic> {
    if !loc.has_key(&["tags"]) || !is_one_list(loc) {
        return None;
    }
    let tags = entry.tags.en.as_deref().unwrap_or_default();
    let (mut en, mut mn) = (Vec::new(), Vec::new());
    let (mut in_english, mut in_mongolian) = (false, false);
    for tag in tags {
        if cyrillic::is_cyrillic(tag) {
            in_mongolian = true;
            mn.push(tag.clone());
        } else if !latin::find(tag, lists).is_empty() {
            in_english = true;
            en.push(tag.clone());
        } else {
            // A name written alike in both (`IT Park`, `STEM`, a year) belongs to both lists.
            en.push(tag.clone());
            mn.push(tag.clone());
        }
    }
    let written = match (in_english, in_mongolian) {
        (false, false) => return None,
        (true, false) => Some(Lang::En),
        (false, true) => Some(Lang::Mn),
        (true, true) => None,
    };
    let (line, col) = loc.key(&["tags"]);
    Some(Diagnostic::new(
        path,
        line,
        col,
        Problem::TagsOneList { en, mn, written },
    ))
}
