//! The kind a name that names no kind most likely means, for a "did you mean": the kind one of
//! whose names is spelt most like it (English, Mongolian, or the English name as Mongolian
//! borrows it: `кейс` for a case), else the kind whose Mongolian name it is in Latin letters
//! (`dugnelt` → «дүгнэлт»). `toli check`'s `kind:`, `toli new` and `toli list --kind` guess
//! alike.

use super::model::Kind;

/// English kind names as Mongolian writes them when it borrows the word (`кейс судалгаа`, a
/// case study): no name a file may give, but what a Mongolian reader may type for the kind.
const BORROWED: &[(&str, Kind)] = &[("кейс", Kind::Case), ("тур", Kind::Tour)];

/// Every name a kind may be written as, English and Mongolian.
pub fn names() -> impl Iterator<Item = &'static str> {
    Kind::ALL
        .iter()
        .flat_map(|k| [k.name(), k.mongolian_name()])
}

/// The kind `typed` most likely means, with the name to offer for it: the kind's name spelt
/// most like `typed`, or its English name for a borrowed word. `None` when nothing is near.
pub fn guess(typed: &str) -> Option<(Kind, &'static str)> {
    let lower = typed.trim().to_lowercase();
    let borrowed = |word: &str| BORROWED.iter().find(|(w, _)| *w == word).map(|(_, k)| *k);
    if let Some(kind) = borrowed(&lower) {
        return Some((kind, kind.name()));
    }
    let spelt = names().chain(BORROWED.iter().map(|(w, _)| *w));
    if let Some(name) = crate::suggest::closest(typed, spelt) {
        return match borrowed(name) {
            Some(kind) => Some((kind, kind.name())),
            None => Kind::parse(name).map(|kind| (kind, name)),
        };
    }
    let said = crate::suggest::closest_as_said(typed, Kind::ALL.map(Kind::mongolian_name))?;
    Kind::parse(said).map(|kind| (kind, said))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_a_borrowed_word_or_latin_letters_name_their_kind() {
        assert_eq!(guess("definiton"), Some((Kind::Definition, "definition")));
        assert_eq!(guess("бодлог"), Some((Kind::Policy, "бодлого")));
        assert_eq!(guess("кейс"), Some((Kind::Case, "case")));
        assert_eq!(guess("Кейсүүд"), Some((Kind::Case, "case")));
        assert_eq!(guess("dugnelt"), Some((Kind::Finding, "дүгнэлт")));
        assert_eq!(guess("tuor"), Some((Kind::Tour, "tour")));
        assert_eq!(guess("zzz"), None);
        assert_eq!(guess(""), None);
    }
}
