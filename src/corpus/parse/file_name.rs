//! Whether a file is named after its entry's id (`cluster.md` for `id: cluster`), as the format
//! asks: a file named otherwise loads and links all the same, but whoever looks for the entry's
//! file by its id does not find it (content/README.md says why this is a warning).

use crate::diagnostic::Problem;
use crate::markdown::links::is_entry_id;

/// The problem of the file at `path` holding the entry `id` when the file is not named
/// `ID.md`; the name before `.md` is offered as the id to write when it can be one.
pub fn check(path: &str, id: &str) -> Option<Problem> {
    let path = std::path::Path::new(path);
    let stem = path.file_stem()?.to_string_lossy();
    if stem == id {
        return None;
    }
    Some(Problem::FileName {
        file: path.file_name()?.to_string_lossy().into_owned(),
        id: id.to_string(),
        stem: is_entry_id(&stem).then(|| stem.into_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_is_named_after_its_id() {
        assert_eq!(check("content/definitions/cluster.md", "cluster"), None);
        assert_eq!(
            check("mine/definitions/cluster-copy.md", "cluster"),
            Some(Problem::FileName {
                file: "cluster-copy.md".into(),
                id: "cluster".into(),
                stem: Some("cluster-copy".into()),
            })
        );
        // A name that cannot be an id is not offered as one.
        assert_eq!(
            check("mine/My Cluster.md", "cluster"),
            Some(Problem::FileName {
                file: "My Cluster.md".into(),
                id: "cluster".into(),
                stem: None,
            })
        );
    }
}
