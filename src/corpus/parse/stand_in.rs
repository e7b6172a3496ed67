//! The kind a file is checked as when its `kind:` is missing or unknown, so that a slip in
//! `kind` does not hide the file's other problems: the kind guessed from what is written (the
//! one the "did you mean" names, `corpus::kind_guess`), else the kind its folder holds
//! (`policies/` → policy).

use super::super::kind_guess;
use super::super::model::Kind;

/// The kind to check a file at `path` as, when `written` (if any) names no kind.
pub(super) fn stand_in(path: &str, written: Option<&str>) -> Option<Kind> {
    written
        .and_then(kind_guess::guess)
        .map(|(kind, _)| kind)
        .or_else(|| of_folder(path))
}

/// The kind a folder named for it holds: `policies/` → policy, `cases/` → case.
fn of_folder(path: &str) -> Option<Kind> {
    let folder = std::path::Path::new(path)
        .parent()?
        .file_name()?
        .to_str()?
        .to_lowercase();
    Kind::ALL.into_iter().find(|k| {
        let name = k.name();
        let plural = match name.strip_suffix('y') {
            Some(stem) => format!("{stem}ies"),
            None => format!("{name}s"),
        };
        folder == plural || folder == name
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_closest_name_comes_before_the_folder() {
        assert_eq!(
            stand_in("c/policies/a.md", Some("бодлог")),
            Some(Kind::Policy)
        );
        assert_eq!(
            stand_in("c/cases/a.md", Some("definiton")),
            Some(Kind::Definition)
        );
        assert_eq!(stand_in("c/policies/a.md", Some("zzz")), Some(Kind::Policy));
        assert_eq!(stand_in("c/policies/a.md", None), Some(Kind::Policy));
        assert_eq!(stand_in("c/stories/a.md", Some("zzz")), None);
        assert_eq!(stand_in("a.md", None), None);
    }

    #[test]
    fn the_folder_toli_new_writes_a_kind_to_names_that_kind() {
        for kind in Kind::ALL {
            let folder = crate::corpus::kinds::folder(kind);
            assert_eq!(of_folder(&format!("content/{folder}/x.md")), Some(kind));
        }
    }
}
