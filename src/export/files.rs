//! Writing a handout to disk without harming what is already there. A handout folder carries a
//! manifest (`.toli-export.json`) listing the files toli wrote; a folder holding anything else
//! is refused unless `--force`, a re-export replaces only its own files and removes its own
//! stale ones, and a symbolic link in the way is refused, never written through. Each file is
//! written to a temporary file beside it and renamed into place. Every error names its path.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The manifest's file name inside a handout folder.
pub const MANIFEST: &str = ".toli-export.json";
/// Marks a single-file handout as toli's own, so a re-export may replace it.
pub const GENERATOR: &str = "<meta name=\"generator\" content=\"toli export\">";

/// How the temporary files written beside a handout's files begin.
const TEMP_PREFIX: &str = ".toli-export-tmp-";

/// Why a handout was not written.
#[derive(Debug)]
pub enum ExportError {
    /// The folder holds files toli did not write (their names, sorted, at most a few).
    Foreign { dir: PathBuf, names: Vec<String> },
    /// The single-file handout's path names a file toli did not write.
    ForeignFile { path: PathBuf },
    /// A symbolic link where toli would write.
    Symlink { path: PathBuf },
    /// Something that is not a folder where the handout folder goes.
    NotAFolder { path: PathBuf },
    /// A folder where a handout file goes.
    NotAFile { path: PathBuf },
    /// The manifest is not one toli wrote.
    BadManifest { path: PathBuf, reason: String },
    /// Reading or writing `path` failed.
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> ExportError + '_ {
    move |error| ExportError::Io {
        path: path.to_path_buf(),
        error,
    }
}

#[derive(serde::Serialize, serde::Deserialize)]
struct Manifest {
    generator: String,
    files: Vec<String>,
    /// What the handout holds; a manifest written before it was kept has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    subject: Option<Subject>,
}

/// What a handout holds, kept in its folder's manifest so that a re-export of something else
/// into the folder says what it replaced.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Subject {
    /// A tour's handout, by the tour's id.
    Tour(String),
    /// A tour's handout with entries added after it (`--tour` and `--ids`), in order.
    #[serde(rename = "tour-with")]
    TourWith { tour: String, ids: Vec<String> },
    /// Entries chosen by id (`--ids`), sorted.
    Ids(Vec<String>),
    /// The whole knowledge base.
    All,
}

/// What [`write_folder`] found in the folder before it: the handout it replaced, when that
/// held something else.
#[derive(Debug, Default)]
pub struct Replaced(pub Option<Subject>);

/// A plain file name: no folders, no `..`, not hidden.
fn plain_name(name: &str) -> bool {
    !name.is_empty() && !name.starts_with('.') && !name.contains(['/', '\\', '\0'])
}

/// What a folder's manifest says: the files toli wrote there and what they hold.
type Listed = (BTreeSet<String>, Option<Subject>);

/// The files listed by the manifest in `dir` and what they hold, or `None` when there is no
/// manifest.
fn read_manifest(dir: &Path) -> Result<Option<Listed>, ExportError> {
    let path = dir.join(MANIFEST);
    match std::fs::symlink_metadata(&path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(&path)(e)),
        Ok(m) if m.file_type().is_symlink() => return Err(ExportError::Symlink { path }),
        Ok(_) => {}
    }
    let bytes = crate::safe_file::read_regular(&path, 4 << 20).map_err(io(&path))?;
    let bad = |reason: String| ExportError::BadManifest {
        path: path.clone(),
        reason,
    };
    let manifest: Manifest = serde_json::from_slice(&bytes).map_err(|e| bad(e.to_string()))?;
    if let Some(name) = manifest.files.iter().find(|n| !plain_name(n)) {
        return Err(bad(format!("{name:?} is not a plain file name")));
    }
    Ok(Some((
        manifest.files.into_iter().collect(),
        manifest.subject,
    )))
}

/// Control characters other than newline and tab, as a last guard: content is made inert
/// before it is escaped, so none should arrive here.
fn scrub(text: &str) -> std::borrow::Cow<'_, str> {
    let hazard = |c: char| c.is_control() && c != '\n' && c != '\t';
    if text.chars().any(hazard) {
        text.chars()
            .map(|c| if hazard(c) { '\u{FFFD}' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// Writes `contents` to `path` through a temporary file in the same folder renamed into place
/// (a rename replaces a link that appeared meanwhile, it never writes through it). A handout is
/// made to be shared: readable by others as a file the user saves is (0644 less the umask),
/// not private as the temporary file would be.
fn put(path: &Path, contents: &str) -> Result<(), ExportError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX);
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o644));
    let mut tmp = builder.tempfile_in(dir).map_err(io(dir))?;
    tmp.write_all(scrub(contents).as_bytes())
        .map_err(io(tmp.path()))?;
    tmp.persist(path).map_err(|e| io(path)(e.error))?;
    Ok(())
}

/// Writes `files` (name, contents), the handout of `subject`, into the folder `dir`, creating it
/// when needed. Returns the other handout the folder held, which these files replaced.
pub fn write_folder(
    dir: &Path,
    files: &[(String, String)],
    force: bool,
    subject: &Subject,
) -> Result<Replaced, ExportError> {
    match std::fs::metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            std::fs::create_dir_all(dir).map_err(io(dir))?;
        }
        Err(e) => return Err(io(dir)(e)),
        Ok(m) if !m.is_dir() => {
            return Err(ExportError::NotAFolder {
                path: dir.to_path_buf(),
            });
        }
        Ok(_) => {}
    }
    let (old, old_subject) = match read_manifest(dir) {
        Err(ExportError::BadManifest { .. }) if force => (BTreeSet::new(), None),
        other => other?.unwrap_or_default(),
    };
    let new: BTreeSet<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let mut foreign = Vec::new();
    for item in std::fs::read_dir(dir).map_err(io(dir))? {
        let item = item.map_err(io(dir))?;
        let name = item.file_name().to_string_lossy().into_owned();
        if name == MANIFEST {
            continue;
        }
        let path = dir.join(&name);
        let kind = item.file_type().map_err(io(&path))?;
        if name.starts_with(TEMP_PREFIX) && kind.is_file() {
            // Left by an export that was interrupted.
            std::fs::remove_file(&path).map_err(io(&path))?;
            continue;
        }
        let ours = new.contains(name.as_str()) || old.contains(&name);
        if kind.is_symlink() && ours {
            return Err(ExportError::Symlink { path });
        }
        if kind.is_dir() && new.contains(name.as_str()) {
            return Err(ExportError::NotAFile { path });
        }
        if !old.contains(&name) {
            foreign.push(name);
        }
    }
    if !foreign.is_empty() && !force {
        foreign.sort();
        foreign.truncate(5);
        return Err(ExportError::Foreign {
            dir: dir.to_path_buf(),
            names: foreign,
        });
    }
    for (name, contents) in files {
        put(&dir.join(name), contents)?;
    }
    for stale in old.iter().filter(|n| !new.contains(n.as_str())) {
        let path = dir.join(stale);
        match std::fs::symlink_metadata(&path) {
            Ok(m) if !m.is_dir() => std::fs::remove_file(&path).map_err(io(&path))?,
            _ => {}
        }
    }
    let manifest = Manifest {
        generator: "toli export".to_string(),
        files: new.iter().map(|n| n.to_string()).collect(),
        subject: Some(subject.clone()),
    };
    let json = serde_json::to_string_pretty(&manifest).unwrap_or_default();
    put(&dir.join(MANIFEST), &json)?;
    Ok(Replaced(old_subject.filter(|s| s != subject)))
}

/// Writes one file at `path`: a new file, or one toli wrote before (it carries [`GENERATOR`]).
pub fn write_file(path: &Path, contents: &str, force: bool) -> Result<(), ExportError> {
    write_marked(path, contents, force, GENERATOR)
}

/// Whether the file at `path` is one toli wrote: its beginning carries `mark`.
pub fn is_ours(path: &Path, mark: &str) -> Result<bool, ExportError> {
    let head = crate::safe_file::read_regular(path, 64 << 20).map_err(io(path))?;
    let head = String::from_utf8_lossy(&head[..head.len().min(4096)]).into_owned();
    Ok(head.contains(mark))
}

/// [`write_file`] for a file whose beginning carries `mark` when toli wrote it (a Markdown
/// file has no place for [`GENERATOR`]).
pub fn write_marked(
    path: &Path,
    contents: &str,
    force: bool,
    mark: &str,
) -> Result<(), ExportError> {
    match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                std::fs::create_dir_all(parent).map_err(io(parent))?;
            }
        }
        Err(e) => return Err(io(path)(e)),
        Ok(m) if m.file_type().is_symlink() => {
            return Err(ExportError::Symlink {
                path: path.to_path_buf(),
            });
        }
        Ok(m) if m.is_dir() => {
            return Err(ExportError::NotAFile {
                path: path.to_path_buf(),
            });
        }
        Ok(_) if force => {}
        Ok(_) => {
            if !is_ours(path, mark)? {
                return Err(ExportError::ForeignFile {
                    path: path.to_path_buf(),
                });
            }
        }
    }
    put(path, contents)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(names: &[&str]) -> Vec<(String, String)> {
        names
            .iter()
            .map(|n| (n.to_string(), format!("{n} text")))
            .collect()
    }

    #[test]
    fn a_re_export_replaces_its_files_and_removes_its_stale_ones() {
        let dir = tempfile::tempdir().expect("tempdir");
        let tour = Subject::Tour("tour-a".into());
        write_folder(dir.path(), &files(&["a.html", "b.html"]), false, &tour).expect("first");
        let again = write_folder(dir.path(), &files(&["a.html", "c.html"]), false, &tour);
        assert_eq!(
            again.expect("second").0,
            None,
            "the same tour replaces nothing else"
        );
        assert!(dir.path().join("a.html").is_file());
        assert!(!dir.path().join("b.html").exists());
        assert!(dir.path().join("c.html").is_file());
        let (listed, subject) = read_manifest(dir.path()).expect("read").expect("manifest");
        assert_eq!((listed.len(), subject), (2, Some(tour)));
    }

    /// Another tour's handout written into the folder says which one it replaced; a manifest
    /// written before the subject was kept says nothing of it.
    #[test]
    fn a_re_export_of_another_handout_says_what_it_replaced() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (a, b) = (
            Subject::Tour("tour-a".into()),
            Subject::Tour("tour-b".into()),
        );
        write_folder(dir.path(), &files(&["a.html"]), false, &a).expect("first");
        let replaced = write_folder(dir.path(), &files(&["b.html"]), false, &b).expect("second");
        assert_eq!(replaced.0, Some(a));
        let all = write_folder(dir.path(), &files(&["c.html"]), false, &Subject::All);
        assert_eq!(all.expect("third").0, Some(b));
        std::fs::write(
            dir.path().join(MANIFEST),
            r#"{"generator":"toli export","files":["c.html"]}"#,
        )
        .expect("an older manifest");
        let older = write_folder(dir.path(), &files(&["c.html"]), false, &Subject::All);
        assert_eq!(older.expect("fourth").0, None);
    }

    #[test]
    fn a_manifest_naming_paths_outside_the_folder_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(
            dir.path().join(MANIFEST),
            r#"{"generator":"toli export","files":["../x"]}"#,
        )
        .expect("write");
        let err = write_folder(dir.path(), &files(&["a.html"]), false, &Subject::All)
            .expect_err("refused");
        assert!(matches!(err, ExportError::BadManifest { .. }), "{err:?}");
    }

    /// A handout is shared: others may read it, as the umask allows (never more than 0644).
    #[cfg(unix)]
    #[test]
    fn a_handout_is_readable_by_others() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("handout.html");
        write_file(&file, "<p>x</p>", false).expect("written");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        // What the umask leaves of a plain file (0666 less the umask), as a user's own save.
        let plain = dir.path().join("plain");
        std::fs::write(&plain, "x").expect("plain file");
        assert_eq!(mode(&file), mode(&plain) & 0o644, "{:o}", mode(&file));
    }

    #[test]
    fn control_characters_never_reach_a_file() {
        assert_eq!(scrub("a\u{1b}b\u{9b}c\nd"), "a\u{FFFD}b\u{FFFD}c\nd");
    }
}
