//! Synonyms and spelling variants, as data: `content/SYNONYMS.yaml` (shipped) and a
//! `SYNONYMS.yaml` in each `--content` folder, one group per line —
//! `- [санаачлага, санаачилга]`. A query word or run of words that names one member of a group
//! also matches wherever another member occurs (every word of that member, in any order).
//! A broader term names its narrower ones, one way only —
//! `- {term: [ШУТИ парк, STI park], includes: [шинжлэх ухааны парк, science park]}`: a search
//! for STI parks finds the science parks, one for science parks does not find every STI park.
//!
//! The files are parsed when the corpus is loaded from its files, and the table they make is
//! kept in the corpus snapshot beside the diagnostics they gave (`corpus::snapshot`): a start
//! that reads the snapshot parses no YAML.

use std::sync::OnceLock;

use super::query::Word;
use super::stem::{same_stem, verb_root};
use super::translit::key_text;
use crate::diagnostic::{Diagnostic, Problem};

/// The shipped synonyms file.
const BUILTIN: &str = include_str!("../../content/SYNONYMS.yaml");

/// Groups of members; a member is the keys of its words.
#[derive(Debug, Clone, Default, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub struct Synonyms {
    groups: Vec<Group>,
}

/// One line of the file: members that name one idea, then, for a broader term, the narrower
/// ones it includes (found through the term, never naming it).
#[derive(Debug, Clone, Default, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
struct Group {
    members: Vec<Vec<String>>,
    /// How many of `members`, from the first, name the idea; the rest are narrower terms.
    names: u32,
}

/// A line as written: a list of synonyms, or a term with the narrower terms it includes.
#[derive(serde::Deserialize)]
#[serde(untagged)]
enum Line {
    Same(Vec<String>),
    Broader {
        term: Vec<String>,
        includes: Vec<String>,
    },
}

/// Where a run of query words names a member of a group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// The first query word and how many words the member has.
    pub start: usize,
    pub len: usize,
    pub group: usize,
    pub member: usize,
}

fn member_keys(text: &str) -> Vec<String> {
    key_text(text)
        .split(' ')
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// Whether query word `q` names member word `k`: the same word, a case form of it, a form of
/// the same Mongolian verb («нэвтрүүлдэг» for «нэвтрүүлэх»), or one with up to two more letters
/// than the other ("type" for "types"). No typos: a synonym is looked up only for words typed
/// as they are.
fn names_member(q: &str, k: &str) -> bool {
    let (short, long) = if q.len() <= k.len() { (q, k) } else { (k, q) };
    q == k
        || same_stem(q, k)
        || (short.len() >= 4 && long.starts_with(short) && long.len() - short.len() <= 2)
        || verb_root(q).is_some_and(|root| verb_root(k) == Some(root))
}

impl Synonyms {
    /// The shipped synonyms, parsed once per process: for a load from the files, and for an
    /// index built with no load's synonyms given.
    pub fn builtin() -> &'static Synonyms {
        static BUILT: OnceLock<Synonyms> = OnceLock::new();
        BUILT.get_or_init(|| Synonyms::parse("content/SYNONYMS.yaml", BUILTIN).0)
    }

    /// The groups of `text` (the file at `path`), and its problems as `path:line:col`.
    pub fn parse(path: &str, text: &str) -> (Synonyms, Vec<Diagnostic>) {
        let mut out = Synonyms::default();
        let mut problems = Vec::new();
        let problem = |line: usize, col: usize, detail: String| {
            Diagnostic::new(path, line, col, Problem::Synonyms { detail })
        };
        let groups: Vec<Line> = match serde_yaml::from_str::<Option<Vec<Line>>>(text) {
            Ok(g) => g.unwrap_or_default(),
            Err(e) => {
                let (line, col) = e.location().map_or((1, 1), |l| (l.line(), l.column()));
                problems.push(problem(line, col, e.to_string()));
                return (out, problems);
            }
        };
        // The line of each group: the n-th line that starts a list item.
        let item_lines: Vec<usize> = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.starts_with('-'))
            .map(|(i, _)| i + 1)
            .collect();
        let keys = |words: &[String]| -> Vec<Vec<String>> {
            words
                .iter()
                .map(|m| member_keys(m))
                .filter(|m| !m.is_empty())
                .collect()
        };
        for (i, group) in groups.into_iter().enumerate() {
            let line = item_lines.get(i).copied().unwrap_or(1);
            let (members, names, detail) = match &group {
                Line::Same(words) => {
                    let members = keys(words);
                    let detail = (members.len() < 2).then(|| {
                        format!("a group needs two or more words or phrases, found {words:?}")
                    });
                    let n = members.len() as u32;
                    (members, n, detail)
                }
                Line::Broader { term, includes } => {
                    let (names, narrower) = (keys(term), keys(includes));
                    let bad = names.is_empty() || narrower.is_empty();
                    let detail = bad.then(|| {
                        format!(
                            "a broader term needs a term and at least one narrower term in \
                             `includes`, found term {term:?}, includes {includes:?}"
                        )
                    });
                    let n = names.len() as u32;
                    ([names, narrower].concat(), n, detail)
                }
            };
            if let Some(detail) = detail {
                problems.push(problem(line, 1, detail));
                continue;
            }
            out.groups.push(Group { members, names });
        }
        (out, problems)
    }

    /// Adds the groups of `other` (a `--content` folder's file) after these.
    pub fn extend(&mut self, other: Synonyms) {
        self.groups.extend(other.groups);
    }

    pub fn is_empty(&self) -> bool {
        self.groups.is_empty()
    }

    /// Every place where consecutive query words name all the words of a member.
    pub fn find(&self, words: &[Word]) -> Vec<Found> {
        let mut out = Vec::new();
        for (g, group) in self.groups.iter().enumerate() {
            // A narrower term does not name its broader one.
            for (m, member) in group.members.iter().enumerate().take(group.names as usize) {
                for start in 0..words.len().saturating_sub(member.len() - 1) {
                    let run = &words[start..start + member.len()];
                    if run
                        .iter()
                        .zip(member)
                        .all(|(w, k)| !w.exact && names_member(&w.key, k))
                    {
                        out.push(Found {
                            start,
                            len: member.len(),
                            group: g,
                            member: m,
                        });
                    }
                }
            }
        }
        out
    }

    /// The other members of the group of `found`, as word keys.
    pub fn others(&self, found: Found) -> impl Iterator<Item = &[String]> {
        self.groups[found.group]
            .members
            .iter()
            .enumerate()
            .filter(move |(m, _)| *m != found.member)
            .map(|(_, member)| member.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;

    #[test]
    fn the_shipped_file_is_clean() {
        let (syn, problems) = Synonyms::parse("content/SYNONYMS.yaml", BUILTIN);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(syn.groups.len() >= 7);
    }

    #[test]
    fn problems_name_their_line() {
        let (_, p) = Synonyms::parse("s.yaml", "- [a, b]\n- [lonely]\n");
        assert_eq!((p.len(), p[0].line), (1, 2));
        let (_, p) = Synonyms::parse("s.yaml", "- [a, b]\n- [c, d\n");
        assert_eq!(p.len(), 1);
        assert!(p[0].line >= 2, "{p:?}");
    }

    #[test]
    fn a_broader_term_names_its_narrower_ones_one_way() {
        let text = "- {term: [STI park], includes: [science park, incubator]}\n";
        let (syn, problems) = Synonyms::parse("s.yaml", text);
        assert!(problems.is_empty(), "{problems:?}");
        let found = syn.find(&Query::parse("STI parks").words);
        assert_eq!(found.len(), 1, "{found:?}");
        let others: Vec<String> = syn.others(found[0]).map(|m| m.join(" ")).collect();
        assert_eq!(others, ["science park", "incubator"].map(key_text));
        assert!(syn.find(&Query::parse("science park").words).is_empty());
        assert!(syn.find(&Query::parse("incubator").words).is_empty());
        let (_, p) = Synonyms::parse("s.yaml", "- [a, b]\n- {term: [x], includes: []}\n");
        assert_eq!((p.len(), p[0].line), (1, 2), "{p:?}");
    }

    #[test]
    fn runs_of_words_name_members() {
        let (syn, _) = Synonyms::parse("s.yaml", BUILTIN);
        let q = Query::parse("эрдэм шинжилгээний байгууллагын санаачилга");
        let found = syn.find(&q.words);
        assert!(
            found.iter().any(|f| f.start == 0 && f.len == 3),
            "{found:?}"
        );
        assert!(
            found.iter().any(|f| f.start == 3 && f.len == 1),
            "{found:?}"
        );
        let other: Vec<&[String]> = syn.others(found[0]).collect();
        assert!(!other.is_empty());
        assert!(
            syn.find(&Query::parse("\"science\"").words).is_empty(),
            "quoted words are exact"
        );
        let (syn, _) = Synonyms::parse(
            "s.yaml",
            "- [инноваци хийх, шинэ бүтээгдэхүүн нэвтрүүлэх]\n",
        );
        for q in [
            "шинэ бүтээгдэхүүн нэвтрүүлдэг",
            "shine buteegdehuun nevtruulsen",
        ] {
            assert_eq!(
                syn.find(&Query::parse(q).words).len(),
                1,
                "a verb's forms name it: {q}"
            );
        }
    }
}
