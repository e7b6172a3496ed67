//! Finding the entry files of a content folder: a walk that refuses anything resolving outside
//! the folder, walks a folder reached twice (a link back up the tree) once, and stats each
//! file once; and the key that says whether a folder's files changed since its snapshot.

use std::path::{Path, PathBuf};

use super::load::is_entry_file;
use crate::diagnostic::{Diagnostic, Problem};

/// How deep folders are walked.
const MAX_DEPTH: usize = 16;

/// An entry file found in a folder, not yet read.
pub(super) struct Found {
    /// The path as shown to users (under the folder as given).
    pub shown: PathBuf,
    /// The resolved path, inside the folder.
    pub real: PathBuf,
    pub len: u64,
    pub modified: Option<std::time::SystemTime>,
    /// The inode's change time: any write moves it, even one that puts the modification time
    /// back (`touch -r`), so a same-size edit is never mistaken for the snapshotted file.
    pub changed: (i64, i64),
}

/// Finds entry files under `root`, refusing anything that resolves outside it.
pub(super) fn folder_files(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Vec<Found> {
    walk(root, diagnostics).0
}

/// [`folder_files`], and how many paths were resolved through the file system on the way.
fn walk(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> (Vec<Found>, usize) {
    let unreadable = |path: &Path, e: std::io::Error| {
        Diagnostic::new(
            path.display().to_string(),
            1,
            1,
            Problem::Unreadable {
                detail: e.to_string(),
            },
        )
    };
    let canonical_root = match root.canonicalize() {
        Ok(p) => p,
        Err(e) => {
            diagnostics.push(unreadable(root, e));
            return (Vec::new(), 0);
        }
    };
    let found = |shown: &Path, real: PathBuf, meta: &std::fs::Metadata| Found {
        shown: shown.to_path_buf(),
        real,
        len: meta.len(),
        modified: meta.modified().ok(),
        changed: {
            use std::os::unix::fs::MetadataExt;
            (meta.ctime(), meta.ctime_nsec())
        },
    };
    let mut out = Vec::new();
    if let Ok(meta) = std::fs::metadata(&canonical_root)
        && meta.is_file()
    {
        // A single file given as --content.
        out.push(found(root, canonical_root, &meta));
        return (out, 1);
    }
    // Folders and files by their resolved path: a link back up the tree (`up -> ..`, `a -> .`)
    // is walked once, and a file reached by two paths is read once. Only symbolic links are
    // resolved through the file system; anything else inside a resolved folder resolves to that
    // folder joined with its name, and its metadata comes from the folder entry.
    // Resolved paths are normal (no `.`, `..` or doubled `/`), so their bytes identify them:
    // hashing bytes is much cheaper than hashing a path component by component.
    let key = |p: &Path| p.as_os_str().to_os_string();
    let mut seen_dirs = std::collections::HashSet::from([key(&canonical_root)]);
    let mut seen_files = std::collections::HashSet::new();
    let mut resolved = 1; // the root
    let mut stack = vec![(root.to_path_buf(), canonical_root.clone(), 0usize)];
    while let Some((dir, real_dir, depth)) = stack.pop() {
        let mut children: Vec<(std::ffi::OsString, std::fs::DirEntry)> =
            match std::fs::read_dir(&dir) {
                Ok(rd) => rd
                    .filter_map(Result::ok)
                    .map(|d| (d.file_name(), d))
                    .collect(),
                Err(e) => {
                    diagnostics.push(unreadable(&dir, e));
                    continue;
                }
            };
        children.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        for (file_name, child) in children {
            let name = file_name.to_string_lossy();
            if name.starts_with('.') {
                continue;
            }
            let path = dir.join(&file_name);
            let is_link = child.file_type().is_ok_and(|t| t.is_symlink());
            let (real, meta) = if is_link {
                resolved += 1;
                let Ok(real) = path.canonicalize() else {
                    continue; // dangling symlink
                };
                if !real.starts_with(&canonical_root) {
                    diagnostics.push(Diagnostic::new(
                        path.display().to_string(),
                        1,
                        1,
                        Problem::OutsideRoot {
                            target: real.display().to_string(),
                        },
                    ));
                    continue;
                }
                let Ok(meta) = std::fs::metadata(&real) else {
                    continue;
                };
                (real, meta)
            } else {
                let is_dir = child.file_type().is_ok_and(|t| t.is_dir());
                // A folder needs no metadata; a file's size and times come from its entry.
                if is_dir {
                    let real = real_dir.join(&file_name);
                    if depth < MAX_DEPTH && seen_dirs.insert(key(&real)) {
                        stack.push((path, real, depth + 1));
                    }
                    continue;
                }
                if !is_entry_file(&name) {
                    continue;
                }
                let Ok(meta) = child.metadata() else {
                    continue;
                };
                (real_dir.join(&file_name), meta)
            };
            if meta.is_dir() {
                if depth < MAX_DEPTH && seen_dirs.insert(key(&real)) {
                    stack.push((path, real, depth + 1));
                }
            } else if is_entry_file(&name) && seen_files.insert(key(&real)) {
                if meta.is_file() {
                    out.push(found(&path, real, &meta));
                } else {
                    diagnostics.push(Diagnostic::new(
                        path.display().to_string(),
                        1,
                        1,
                        Problem::Unreadable {
                            detail: "not a regular file (a pipe or a device): remove it or \
                                     replace it with a file"
                                .to_string(),
                        },
                    ));
                }
            }
        }
    }
    out.sort_by(|a, b| a.shown.cmp(&b.shown));
    (out, resolved)
}

/// What a folder's files were when found: paths, sizes, modification and change times. A layer
/// parsed from the same files has the same key, so its snapshot can stand in for parsing.
pub(super) fn folder_key(root: &Path, files: &[Found]) -> u64 {
    type Stamp<'a> = (
        &'a std::ffi::OsStr,
        u64,
        Option<std::time::SystemTime>,
        (i64, i64),
    );
    let stamps: Vec<Stamp> = files
        .iter()
        .map(|f| (f.shown.as_os_str(), f.len, f.modified, f.changed))
        .collect();
    crate::cache::key((root, stamps))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_links_are_resolved() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let root = tmp.path();
        for sub in ["a", "b"] {
            std::fs::create_dir(root.join(sub)).expect("mkdir");
            for i in 0..20 {
                std::fs::write(root.join(sub).join(format!("e{i}.md")), "x").expect("write");
            }
        }
        std::os::unix::fs::symlink(root.join("a/e0.md"), root.join("b/link.md")).expect("link");
        std::os::unix::fs::symlink("..", root.join("a/up")).expect("link");
        let mut diagnostics = Vec::new();
        let (found, resolved) = walk(root, &mut diagnostics);
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        // 40 files; the link to a.md is the same file and read once; `up` is the root again.
        assert_eq!(found.len(), 40);
        assert_eq!(resolved, 3, "the root and the two links, not every file");
        let real_a = root.canonicalize().expect("root").join("a/e1.md");
        assert!(found.iter().any(|f| f.real == real_a));
    }
}
