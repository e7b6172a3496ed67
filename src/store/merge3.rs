//! A three-way merge of texts by lines: two texts, each changed from a common base, become one
//! that has the base's lines once with both sides' changes. Changes to lines side by side are
//! both made; lines both sides only added at the same place (two windows each adding to the
//! end of a note) are both kept, the other side's first and ours after them, the lines both
//! added alike once; where both sides changed the same lines, both versions are kept between
//! marking lines.
//! The two diffs against the base are imara-diff's Histogram diffs. A diff costs about the
//! lines compared times the lines changed, which on a long note rewritten in both windows
//! would take seconds, so when the lines changed are too many to diff (counted first, in
//! linear time) the lines between the start and the end the three texts share are kept as
//! one place both changed.

use std::collections::HashMap;
use std::ops::Range;

use imara_diff::{Algorithm, Diff, Token};

/// The lines written around a place both sides changed: before the first side's version,
/// between it and the second side's, and after that.
#[derive(Debug, Clone, Copy)]
pub struct Marks<'a> {
    pub ours: &'a str,
    pub theirs: &'a str,
    pub end: &'a str,
}

/// `ours` and `theirs`, each changed from `base`, merged line by line, and how many places
/// both changed (each kept as both versions between the `marks` lines, ours first); lines
/// both only added at one place are kept one after the other, theirs first, and are no such
/// place. A text
/// whose last line has no line break gets one, so that line compares equal with the same line
/// elsewhere; nothing else is added, and no line of either text's changes is lost.
pub fn merge(base: &str, ours: &str, theirs: &str, marks: Marks) -> (String, usize) {
    let [base, ours, theirs] = [base, ours, theirs].map(ended);
    let texts = [&base, &ours, &theirs].map(|t| t.split_inclusive('\n').collect::<Vec<_>>());
    let tokens = intern(&texts);
    let [base_lines, ours_lines, theirs_lines] = &texts;
    let hunks = if too_costly(&tokens) {
        whole_middle(&tokens)
    } else {
        [1, 2].map(|side| changes(&tokens[0], &tokens[side]))
    };
    let mut out = String::with_capacity(base.len().max(ours.len()) + theirs.len() / 8);
    let mut conflicts = 0;
    // Where the base is copied from next, and each side's lines minus the base's so far.
    let mut done = 0;
    let mut shift = [0isize; 2];
    for chunk in chunks(&hunks) {
        push(&mut out, &base_lines[done..chunk.base.start]);
        let range = [0, 1].map(|s| {
            let start = chunk.base.start.saturating_add_signed(shift[s]);
            let end = chunk
                .base
                .end
                .saturating_add_signed(shift[s] + chunk.growth[s]);
            start..end
        });
        shift = [0, 1].map(|s| shift[s] + chunk.growth[s]);
        let [o, t] = range;
        match chunk.changed {
            [true, false] => push(&mut out, &ours_lines[o]),
            [false, true] => push(&mut out, &theirs_lines[t]),
            _ if tokens[1][o.clone()] == tokens[2][t.clone()] => push(&mut out, &ours_lines[o]),
            _ if chunk.base.is_empty() => {
                let (first, last) = alike_ends(&tokens[1][o.clone()], &tokens[2][t.clone()]);
                push(&mut out, &ours_lines[o.start..o.start + first]);
                push(&mut out, &theirs_lines[t.start + first..t.end - last]);
                push(&mut out, &ours_lines[o.start + first..o.end]);
            }
            _ => {
                conflicts += 1;
                for (mark, lines) in [
                    (marks.ours, &ours_lines[o]),
                    (marks.theirs, &theirs_lines[t]),
                ] {
                    out.push_str(mark);
                    out.push('\n');
                    push(&mut out, lines);
                }
                out.push_str(marks.end);
                out.push('\n');
            }
        }
        done = chunk.base.end;
    }
    push(&mut out, &base_lines[done..]);
    (out, conflicts)
}

/// Lines two sides added at one place, `ours` and `theirs`: how many they begin with alike,
/// and how many of the rest they end with alike.
fn alike_ends(ours: &[Token], theirs: &[Token]) -> (usize, usize) {
    let first = ours.iter().zip(theirs).take_while(|(a, b)| a == b).count();
    let last = (ours[first..].iter().rev())
        .zip(theirs[first..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    (first, last)
}

fn push(out: &mut String, lines: &[&str]) {
    out.extend(lines.iter().copied());
}

/// `text` ending with a line break (none added to an empty text).
fn ended(text: &str) -> String {
    if text.is_empty() || text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    }
}

/// The three texts' lines as tokens, one token per distinct line.
fn intern(texts: &[Vec<&str>; 3]) -> [Vec<Token>; 3] {
    let mut ids: HashMap<&str, u32> = HashMap::new();
    texts.each_ref().map(|lines| {
        lines
            .iter()
            .map(|line| {
                let next = u32::try_from(ids.len()).unwrap_or(u32::MAX);
                Token(*ids.entry(line).or_insert(next))
            })
            .collect()
    })
}

/// A change of one side: a range of base lines and the side's lines in its place.
type Hunk = (Range<usize>, Range<usize>);

/// The places where `side` differs from `base`, in order.
fn changes(base: &[Token], side: &[Token]) -> Vec<Hunk> {
    let count = base
        .iter()
        .chain(side)
        .map(|t| t.0)
        .max()
        .map_or(0, |m| m + 1);
    let mut diff = Diff::default();
    diff.compute_with(Algorithm::Histogram, base, side, count);
    diff.hunks()
        .map(|h| {
            let r = |r: Range<u32>| r.start as usize..r.end as usize;
            (r(h.before), r(h.after))
        })
        .collect()
}

/// Lines compared times lines changed above which the diffs are not tried: well under a
/// second of diffing.
const MOST_WORK: usize = 20_000_000;

/// True when diffing a side against the base would cost more than [`MOST_WORK`]: its lines
/// and the base's, times the lines that are in one and not the other (as many times), which
/// the diff must change at least.
fn too_costly(tokens: &[Vec<Token>; 3]) -> bool {
    let mut work = 0usize;
    for side in &tokens[1..] {
        let mut count: HashMap<u32, isize> = HashMap::new();
        for t in &tokens[0] {
            *count.entry(t.0).or_default() += 1;
        }
        for t in side {
            *count.entry(t.0).or_default() -= 1;
        }
        let changed: usize = count.values().map(|c| c.unsigned_abs()).sum();
        work = work.saturating_add((tokens[0].len() + side.len()).saturating_mul(changed));
    }
    work > MOST_WORK
}

/// Each side's change as one hunk: the lines between the start and the end all three texts
/// share (none for a side that left them as in the base).
fn whole_middle(tokens: &[Vec<Token>; 3]) -> [Vec<Hunk>; 2] {
    let shortest = tokens.iter().map(Vec::len).min().unwrap_or(0);
    let start = (0..shortest)
        .take_while(|&i| tokens[1][i] == tokens[0][i] && tokens[2][i] == tokens[0][i])
        .count();
    let end = (0..shortest - start)
        .take_while(|&i| {
            let at = |t: &Vec<Token>| t[t.len() - 1 - i];
            at(&tokens[1]) == at(&tokens[0]) && at(&tokens[2]) == at(&tokens[0])
        })
        .count();
    let middle = |t: &Vec<Token>| start..t.len() - end;
    [1, 2].map(|side| {
        let (base, lines) = (middle(&tokens[0]), middle(&tokens[side]));
        if tokens[0][base.clone()] == tokens[side][lines.clone()] {
            Vec::new()
        } else {
            vec![(base, lines)]
        }
    })
}

/// Base lines changed by one side or both: changes of the two sides that share a base line,
/// or lines both added at the same place, are one chunk; a change right beside the other
/// side's is a chunk of its own.
struct Chunk {
    base: Range<usize>,
    /// Which side changed something here.
    changed: [bool; 2],
    /// Lines each side has here minus the base's.
    growth: [isize; 2],
}

fn chunks(hunks: &[Vec<Hunk>; 2]) -> Vec<Chunk> {
    let mut all: Vec<(usize, &Hunk)> = (0..2)
        .flat_map(|s| hunks[s].iter().map(move |h| (s, h)))
        .collect();
    all.sort_by_key(|(_, (base, _))| (base.start, base.end));
    let mut out: Vec<Chunk> = Vec::new();
    for (side, (base, lines)) in all {
        let growth = lines.len() as isize - base.len() as isize;
        match out.last_mut() {
            Some(chunk)
                if base.start < chunk.base.end
                    || (base.is_empty()
                        && chunk.base.is_empty()
                        && base.start == chunk.base.start) =>
            {
                chunk.base.end = chunk.base.end.max(base.end);
                chunk.changed[side] = true;
                chunk.growth[side] += growth;
            }
            _ => {
                let mut chunk = Chunk {
                    base: base.clone(),
                    changed: [false; 2],
                    growth: [0; 2],
                };
                chunk.changed[side] = true;
                chunk.growth[side] = growth;
                out.push(chunk);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const MARKS: Marks = Marks {
        ours: "<ours>",
        theirs: "<theirs>",
        end: "<end>",
    };

    fn merged(base: &str, ours: &str, theirs: &str) -> (String, usize) {
        merge(base, ours, theirs, MARKS)
    }

    /// A side that changed nothing takes the other's text whole; the same change on both
    /// sides is made once.
    #[test]
    fn one_side_s_changes_or_the_same_change_merge_to_that_text() {
        let base = "a\nb\nc\nd\n";
        for text in [
            "a\nb\nc\nd\n",
            "x\n",
            "",
            "a\nB\nc\nd\ne\n",
            "d\nc\nb\na\n",
            "b\n",
        ] {
            assert_eq!(merged(base, text, base), (text.to_string(), 0), "{text:?}");
            assert_eq!(merged(base, base, text), (text.to_string(), 0), "{text:?}");
            assert_eq!(merged(base, text, text), (text.to_string(), 0), "{text:?}");
        }
    }

    #[test]
    fn changes_apart_merge_cleanly() {
        let base = "1\n2\n3\n4\n5\n6\n";
        assert_eq!(
            merged(base, "0\n1\n2x\n3\n4\n5\n6\n", "1\n2\n3\n4\n6\n7\n"),
            ("0\n1\n2x\n3\n4\n6\n7\n".to_string(), 0)
        );
    }

    #[test]
    fn the_same_place_changed_on_both_sides_keeps_both_versions() {
        assert_eq!(
            merged("a\nb\nc", "a\nB1\nc", "a\nB2\nc\nd\n"),
            ("a\n<ours>\nB1\n<theirs>\nB2\n<end>\nc\nd\n".to_string(), 1)
        );
        // A line removed on one side and changed on the other: the change kept, marked
        // against nothing.
        assert_eq!(
            merged("a\nb\nc\n", "a\nc\n", "a\nB\nc\n"),
            ("a\n<ours>\n<theirs>\nB\n<end>\nc\n".to_string(), 1)
        );
        // A line added inside lines the other side changed.
        assert_eq!(
            merged("a\nb\nc\n", "a\nb\nnew\nc\n", "a\nB\nC\n"),
            (
                "a\n<ours>\nb\nnew\nc\n<theirs>\nB\nC\n<end>\n".to_string(),
                1
            )
        );
    }

    /// The walk's C-5: two windows each adding lines at the end of a note (or at any one
    /// place) keep both, the other window's first and ours after them; lines both added alike
    /// at their start or end are there once.
    #[test]
    fn lines_both_sides_only_added_at_one_place_are_kept_one_after_the_other() {
        assert_eq!(
            merged("a\n", "a\nours\n", "a\ntheirs\n"),
            ("a\ntheirs\nours\n".to_string(), 0)
        );
        assert_eq!(
            merged("a\nb\n", "a\no1\no2\nb\n", "a\nt\nb\n"),
            ("a\nt\no1\no2\nb\n".to_string(), 0)
        );
        // A note both wrote from nothing.
        assert_eq!(merged("", "o\n", "t"), ("t\no\n".to_string(), 0));
        // The same first line (a date, say) once, then each one's lines, the same last once.
        assert_eq!(
            merged("a\n", "a\nday\no\n--\n", "a\nday\nt\n--\n"),
            ("a\nday\nt\no\n--\n".to_string(), 0)
        );
        // Added at two places each: each place merged on its own.
        assert_eq!(
            merged("a\nb\n", "o0\na\nb\no1\n", "t0\na\nb\nt1\n"),
            ("t0\no0\na\nb\nt1\no1\n".to_string(), 0)
        );
    }

    /// Changes on lines side by side share no line: both are made.
    #[test]
    fn changes_on_neighbouring_lines_are_both_made() {
        assert_eq!(
            merged("a\nb\nc\nd\n", "a\nB\nc\nd\n", "a\nb\nC\nd\n"),
            ("a\nB\nC\nd\n".to_string(), 0)
        );
        // A line removed beside a line the other side changed, and lines added right
        // before a line the other side changed.
        assert_eq!(
            merged("a\nb\nc\n", "a\nc\n", "a\nb\nC\n"),
            ("a\nC\n".to_string(), 0)
        );
        assert_eq!(
            merged("a\nb\n", "a\nnew\nb\n", "a\nB\n"),
            ("a\nnew\nB\n".to_string(), 0)
        );
    }

    /// A long note rewritten in both windows is not diffed line by line (which would take
    /// seconds): the lines between the start and end all three share are kept as both
    /// versions, once.
    #[test]
    fn a_note_rewritten_on_both_sides_keeps_both_middles() {
        let text =
            |word: &str| -> String { (0..3000).map(|i| format!("{word} {i}\n\n")).collect() };
        let [base, ours, theirs] =
            ["paragraph", "ours", "theirs"].map(|w| format!("top\n{}end\n", text(w)));
        let tokens = intern(&[&base, &ours, &theirs].map(|t| t.split_inclusive('\n').collect()));
        assert!(too_costly(&tokens));
        let (merged, places) = merged(&base, &ours, &theirs);
        assert_eq!(places, 1);
        // The blank line after the last paragraph is shared too.
        let body = |word: &str| text(word)[..text(word).len() - 1].to_string();
        let want = format!(
            "top\n<ours>\n{}<theirs>\n{}<end>\n\nend\n",
            body("ours"),
            body("theirs")
        );
        assert!(
            merged == want,
            "{} lines, not {}",
            merged.lines().count(),
            want.lines().count()
        );
        // A few lines changed in a long note are still merged line by line.
        let edited = base.replace("paragraph 7\n", "edited 7\n");
        let tokens = intern(&[&base, &edited, &base].map(|t| t.split_inclusive('\n').collect()));
        assert!(!too_costly(&tokens));
        let also = base.replace("paragraph 2900\n", "also 2900\n");
        let want = edited.replace("paragraph 2900\n", "also 2900\n");
        let (merged, places) = merge(&base, &edited, &also, MARKS);
        assert!(merged == want && places == 0, "{places} places");
    }

    /// Every line either side added is in the merge, whatever the texts.
    #[test]
    fn no_added_line_is_lost() {
        let base: String = (0..40).map(|i| format!("line {}\n", i % 7)).collect();
        let mut ours = base.replace("line 3\n", "ours 3\n");
        ours.push_str("ours end\n");
        let theirs = base
            .replace("line 5\n", "theirs 5\nline 5\n")
            .replacen("line 0\n", "", 2);
        let (text, _) = merged(&base, &ours, &theirs);
        for added in ["ours 3", "ours end", "theirs 5"] {
            let want = ours
                .matches(added)
                .count()
                .max(theirs.matches(added).count());
            assert_eq!(text.matches(added).count(), want, "{added}: {text}");
        }
    }
}
