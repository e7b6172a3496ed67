//! A handout that would land among the entries being loaded: its folder or file is one of this
//! run's `--content` folders, inside one, or beside one under its name (`darkhan.pdf` and
//! `darkhan.html` next to `darkhan/`). Refused before anything is written, whatever `--force`
//! says, with a name that keeps clear of it (`darkhan-handout.pdf`).

use std::path::{Component, Path, PathBuf};

/// How a handout meets a content folder.
#[derive(Debug, PartialEq, Eq)]
pub enum Meets {
    /// It is the folder, or in it.
    Inside,
    /// It is beside the folder, under the folder's name.
    Beside,
}

/// A handout refused for a content folder: how it meets it, the folder as given, and the
/// name to use instead.
#[derive(Debug, PartialEq, Eq)]
pub struct Collision {
    pub meets: Meets,
    pub dir: PathBuf,
    pub suggested: PathBuf,
}

/// The content folder among `dirs` that the handout at `handout` (for `OUT` typed as `out`)
/// would be written into or beside, if any.
pub fn collision(out: &Path, handout: &Path, dirs: &[PathBuf]) -> Option<Collision> {
    let written = resolved(handout);
    let typed = resolved(out);
    dirs.iter().find_map(|dir| {
        let folder = resolved(dir);
        let name = folder.file_name()?.to_str()?.to_string();
        let meets = if written.starts_with(&folder) || typed.starts_with(&folder) {
            Meets::Inside
        } else if [&written, &typed].iter().any(|p| {
            p.parent() == folder.parent() && p.file_stem().and_then(|s| s.to_str()) == Some(&name)
        }) {
            Meets::Beside
        } else {
            return None;
        };
        let file = match out.extension().and_then(|e| e.to_str()) {
            Some(ext) => format!("{name}-handout.{ext}"),
            None => format!("{name}-handout"),
        };
        let suggested = match dir.file_name() {
            Some(_) => dir.with_file_name(&file),
            None => folder.with_file_name(&file),
        };
        Some(Collision {
            meets,
            dir: dir.clone(),
            suggested,
        })
    })
}

/// `path` made absolute and free of `.`, `..` and links as far as it exists: a handout not
/// written yet is its existing folder's resolved path with the rest of its name.
fn resolved(path: &Path) -> PathBuf {
    if let Ok(real) = std::fs::canonicalize(path) {
        return real;
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut rest = Vec::new();
    let mut base = absolute.as_path();
    while let Some(parent) = base.parent() {
        if let Some(name) = base.file_name() {
            rest.push(name.to_os_string());
        }
        base = parent;
        if let Ok(real) = std::fs::canonicalize(base) {
            return rest.iter().rev().fold(real, |p, name| p.join(name));
        }
    }
    absolute
        .components()
        .filter(|c| !matches!(c, Component::CurDir))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_handout_in_beside_or_named_as_a_content_folder_is_refused_with_a_name_to_use() {
        let root = tempfile::tempdir().expect("tempdir");
        let content = root.path().join("darkhan");
        std::fs::create_dir_all(content.join("cases")).expect("mkdir");
        let dirs = [content.clone()];
        let said = |out: PathBuf, handout: PathBuf| collision(&out, &handout, &dirs);
        // `darkhan.pdf`: the handout folder `darkhan` is the content folder.
        let pdf = root.path().join("darkhan.pdf");
        let found = said(pdf.clone(), content.clone()).expect("refused");
        assert_eq!(found.meets, Meets::Inside);
        assert_eq!(found.suggested, root.path().join("darkhan-handout.pdf"));
        // Inside it, through `..` too.
        let inner = content.join("cases/../handout");
        assert_eq!(
            said(inner.clone(), inner).map(|c| c.meets),
            Some(Meets::Inside)
        );
        // Beside it under its name: one file.
        let html = root.path().join("darkhan.html");
        let found = said(html.clone(), html).expect("refused");
        assert_eq!(found.meets, Meets::Beside);
        assert_eq!(found.suggested, root.path().join("darkhan-handout.html"));
        // Another name beside it, or the name elsewhere, is fine.
        for out in [
            root.path().join("darkhan-handout"),
            root.path().join("x/darkhan"),
        ] {
            assert_eq!(said(out.clone(), out), None);
        }
    }
}
