//! Files that did not build into an entry, kept by the id they declare, so that a link to one
//! says where that id is and why it is missing («`soum-hub` is in definitions/soum-hub.md,
//! which did not load») rather than that no entry has it; and by the stage model and position
//! they declare, so that a model lacking that stage is not one more error: the file's own says
//! why.

use std::collections::{BTreeSet, HashMap, HashSet};

use super::Corpus;
use super::parse::LinkSite;
use crate::diagnostic::{Diagnostic, Problem, Severity};

/// What the files that did not build into an entry leave for the corpus-wide checks.
#[derive(Debug, Default)]
pub struct Unbuilt {
    /// Their links, checked like any entry's (path, site).
    pub links: Vec<(String, LinkSite)>,
    /// The id each declares, with its path.
    pub ids: Vec<(String, String)>,
    /// The stage model each declares, with the position it declares when that reads as one.
    pub stages: Vec<(String, Option<u32>)>,
    /// The actions each lists in `actions:` (a recommendation), each with the file's path.
    pub actions: Vec<(String, String)>,
}

impl Unbuilt {
    /// Notes that the file at `path`, whose text is `bytes`, did not load.
    pub fn file(&mut self, path: &str, bytes: &[u8]) {
        // A file saved as UTF-16 still says which entry it holds.
        let text = match super::load::utf16_text(bytes) {
            Some(text) => std::borrow::Cow::Owned(text),
            None => String::from_utf8_lossy(bytes),
        };
        if let Some(id) = declared_id(&text) {
            self.ids.push((id, path.to_string()));
        }
        if let Some(model) = declared(&text, "model") {
            let position = declared(&text, "position").and_then(|p| p.parse().ok());
            self.stages.push((model, position));
        }
        for action in super::unloaded_actions::declared_actions(&text) {
            self.actions.push((action, path.to_string()));
        }
    }
}

/// The id a file's front matter declares on an `id:` line of its own, read without parsing
/// the YAML (which may be what is broken).
pub fn declared_id(text: &str) -> Option<String> {
    declared(text, "id")
}

/// The one-word value a file's front matter gives `key` on a line of its own (`model:`,
/// `position:`), read without parsing the YAML.
fn declared(text: &str, key: &str) -> Option<String> {
    front_lines(text)
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .map(bare)
        .filter(|v| !v.is_empty() && !v.contains(char::is_whitespace))
        .map(str::to_string)
}

/// The lines of a file's front matter, between its opening and closing `---` (none when it
/// does not open with one), read as lines: the YAML may be what is broken.
pub(super) fn front_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut lines = text.lines();
    let opens = lines.next().map(str::trim_end) == Some("---");
    lines.take_while(move |l| opens && l.trim_end() != "---")
}

/// A value as written on a front-matter line, without a trailing `# comment`, the spaces
/// around it or its quotes.
pub(super) fn bare(value: &str) -> &str {
    (value.split(" #").next().unwrap_or(value).trim()).trim_matches(|c| c == '"' || c == '\'')
}

/// Leaves out each "model has no stage at position N" whose stage is in a file that did not
/// load (`stages`: the model and position each such file declares): that file's own error
/// says why, and fixing it fills the gap. A file whose position does not read as one (it may
/// be what is broken) stands for any gap of its model.
pub fn explain_stages(diagnostics: &mut Vec<Diagnostic>, stages: &[(String, Option<u32>)]) {
    if stages.is_empty() {
        return;
    }
    diagnostics.retain(|d| match &d.problem {
        Problem::StageGap { model, missing } => !stages
            .iter()
            .any(|(m, p)| m == model && p.is_none_or(|p| p == *missing)),
        _ => true,
    });
}

/// The entry files that did not load, in path order: each with an error and no loaded entry
/// from it (a YAML slip, a missing field, a second file with an id already used, a file too
/// large …). A file whose last good version is still loaded (live reload) is not among them.
pub fn files_not_loaded<'a>(corpus: &Corpus, diagnostics: &'a [Diagnostic]) -> Vec<&'a str> {
    let failed: BTreeSet<&str> = (diagnostics.iter())
        .filter(|d| d.severity() == Severity::Error && d.path.ends_with(".md"))
        .map(|d| d.path.as_str())
        .collect();
    if failed.is_empty() {
        return Vec::new();
    }
    let loaded: HashSet<&str> = corpus.entries().map(|e| e.origin.path.as_str()).collect();
    failed.into_iter().filter(|p| !loaded.contains(p)).collect()
}

/// An unloaded file's id, path, first error, the files that link to it and how many links.
type Group<'a> = (String, &'a str, (usize, usize), Vec<String>, usize);

/// How many of the entries that link to an unloaded file are named by id.
const NAMED: usize = 3;

/// Gathers the links to nothing whose target is the id of a file that did not load into one
/// [`Problem::LinkToUnloaded`] per such file, at its first error: how many entries link to it
/// and the first few of them (`id_of` gives a linking file's id). Each of those links would
/// otherwise be one more line, each saying the same thing: fix that file.
pub fn explain(
    diagnostics: &mut Vec<Diagnostic>,
    ids: &[(String, String)],
    id_of: impl Fn(&str) -> Option<String>,
) {
    if ids.is_empty() {
        return;
    }
    let mut path_of: HashMap<&str, &str> = HashMap::new();
    for (id, path) in ids {
        path_of.entry(id).or_insert(path);
    }
    let first_error = |path: &str| {
        (diagnostics.iter())
            .filter(|d| d.path == path && d.severity() == Severity::Error)
            .map(|d| (d.line, d.column))
            .min()
    };
    // Per unloaded file, in the order first linked: its target, its error, the linking files.
    let mut groups: Vec<Group> = Vec::new();
    let mut gathered = vec![false; diagnostics.len()];
    for (i, d) in diagnostics.iter().enumerate() {
        let Problem::BrokenLink { target, .. } = &d.problem else {
            continue;
        };
        let Some(&file) = path_of.get(target.as_str()) else {
            continue;
        };
        let Some(at) = first_error(file) else {
            continue;
        };
        gathered[i] = true;
        let k = match groups.iter().position(|g| g.1 == file && g.0 == *target) {
            Some(k) => k,
            None => {
                groups.push((target.clone(), file, at, Vec::new(), 0));
                groups.len() - 1
            }
        };
        groups[k].4 += 1;
        if !groups[k].3.contains(&d.path) {
            groups[k].3.push(d.path.clone());
        }
    }
    let said: Vec<Diagnostic> = groups
        .into_iter()
        .map(|(target, file, (line, column), paths, links)| {
            let mut named: Vec<String> = (paths.iter().take(NAMED))
                .map(|p| id_of(p).unwrap_or_else(|| p.clone()))
                .collect();
            if paths.len() > NAMED {
                named.push("…".into());
            }
            let problem = Problem::LinkToUnloaded {
                target,
                file: file.to_string(),
                line,
                column,
                entries: paths.len(),
                links,
                linking: named.join(", "),
            };
            Diagnostic::new(file, line, column, problem)
        })
        .collect();
    let mut k = 0;
    diagnostics.retain(|_| {
        k += 1;
        !gathered[k - 1]
    });
    diagnostics.extend(said);
}

/// Where `id` is when it is the id of a file that did not load: that file and the line and
/// column of its first error, as the load's `problems` say it (a link to the id explained by
/// [`explain`]); none when no link names it so.
pub fn find<'a>(problems: &'a [Diagnostic], id: &str) -> Option<(&'a str, usize, usize)> {
    problems.iter().find_map(|p| match &p.problem {
        Problem::LinkToUnloaded {
            target,
            file,
            line,
            column,
            ..
        } if target == id => Some((file.as_str(), *line, *column)),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_id_is_read_from_its_own_line_of_the_front_matter() {
        let broken = "---\nid: soum-hub\nkind: definition\ntags:\n  en: [rural, hubs\n---\n";
        assert_eq!(declared_id(broken).as_deref(), Some("soum-hub"));
        assert_eq!(
            declared_id("---\nid: \"a-b\" # quoted\n---\n").as_deref(),
            Some("a-b")
        );
        assert_eq!(declared_id("---\nkind: case\n---\nid: late\n"), None);
        assert_eq!(declared_id("no front matter\nid: x\n"), None);
        assert_eq!(declared_id("---\n  id: nested\n---\n"), None);
        assert_eq!(declared_id("---\nidea: x\n---\n"), None);
    }

    /// A stage whose file did not load leaves its model no gap of its own to report: only a
    /// gap no unloaded file declares stays.
    #[test]
    fn a_gap_left_by_a_stage_file_that_did_not_load_is_not_said_again() {
        let gap = |model: &str, missing| {
            Diagnostic::new(
                "stages/st-2.md",
                7,
                1,
                Problem::StageGap {
                    model: model.into(),
                    missing,
                },
            )
        };
        let mut unbuilt = Unbuilt::default();
        let broken = "---\nid: st-1\nkind: stage\nsummary: {en: The stage: 1.}\nmodel: my-model\nposition: 1\n---\n";
        unbuilt.file("stages/st-1.md", broken.as_bytes());
        unbuilt.file(
            "stages/x.md",
            b"---\nmodel: \"other\"\nposition: one\n---\n",
        );
        assert_eq!(
            unbuilt.stages,
            [
                ("my-model".to_string(), Some(1)),
                ("other".to_string(), None)
            ]
        );
        let mut all = vec![
            gap("my-model", 1),
            gap("my-model", 4),
            gap("other", 2),
            gap("third", 1),
        ];
        explain_stages(&mut all, &unbuilt.stages);
        assert_eq!(all, [gap("my-model", 4), gap("third", 1)]);
    }

    /// The links to a file that did not load are one problem at that file's error, saying
    /// how many entries link and naming the first few; other broken links stay as they are.
    #[test]
    fn links_to_the_id_of_a_file_that_did_not_load_are_one_problem_at_its_error() {
        let link = |from: &str, target: &str| {
            Diagnostic::new(
                format!("{from}.md"),
                16,
                12,
                Problem::BrokenLink {
                    target: target.into(),
                    text: None,
                    field: crate::corpus::parse::LinkField::Related,
                },
            )
            .suggesting(Some("soum-hubs"))
        };
        let mut all = vec![
            Diagnostic::new(
                "definitions/soum-hub.md",
                11,
                7,
                Problem::Yaml { detail: "x".into() },
            ),
            link("a", "soum-hub"),
            link("a", "soum-hub"),
            link("b", "soum-hub"),
            link("c", "nowhere"),
            link("d", "soum-hub"),
            link("e", "soum-hub"),
        ];
        let ids = [(
            "soum-hub".to_string(),
            "definitions/soum-hub.md".to_string(),
        )];
        explain(&mut all, &ids, |p| {
            p.strip_suffix(".md").map(str::to_string)
        });
        assert_eq!(all.len(), 3, "{all:?}");
        assert!(matches!(all[1].problem, Problem::BrokenLink { .. }));
        let said = &all[2];
        assert_eq!(
            (said.path.as_str(), said.line, said.column),
            ("definitions/soum-hub.md", 11, 7)
        );
        assert_eq!(
            said.problem,
            Problem::LinkToUnloaded {
                target: "soum-hub".into(),
                file: "definitions/soum-hub.md".into(),
                line: 11,
                column: 7,
                entries: 4,
                // a links twice: five links of four entries.
                links: 5,
                linking: "a, b, d, …".into(),
            }
        );
        assert_eq!(said.suggestion, None);
        assert_eq!(
            find(&all, "soum-hub"),
            Some(("definitions/soum-hub.md", 11, 7))
        );
    }
}
