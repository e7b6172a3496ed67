//! Soft wrap for the note editor: where a line of the note breaks into screen rows of a given
//! width, and where a cursor position falls on them. Display only: the note's lines are never
//! changed. Lines break after a space or tab (one that does not fit hangs at the end of its row),
//! before and after a wide character, and inside a word only when the word alone is wider than
//! the row. Widths are display columns (unicode-width): Cyrillic one, CJK two; a tab shows as
//! one space and a hazardous character as its visible placeholder ([`crate::inert`]).
//!
//! Only the lines on screen and between the view's top and the cursor are wrapped, so a key
//! costs the same on a large note as on a small one.

use std::borrow::Cow;

use crate::inert::inert;
use crate::markdown::wrap::{char_width, str_width};

/// How `c` is shown in the editor.
pub fn shown(c: char) -> Cow<'static, str> {
    match c {
        '\t' => Cow::Borrowed(" "),
        c => {
            let mut buf = [0; 4];
            Cow::Owned(inert(c.encode_utf8(&mut buf)).into_owned())
        }
    }
}

/// The columns `c` takes in the editor.
pub fn width_of(c: char) -> usize {
    match c {
        '\t' => 1,
        // Letters before the zero-width and bidi controls are never hazards but for controls.
        c if c < '\u{200B}' && !c.is_control() => char_width(c),
        c => str_width(&shown(c)),
    }
}

/// The char indices at which each screen row of `line` starts, wrapped at `width` columns: at
/// least one row. A line whose last row is full gets one more, empty, row for the cursor after
/// its last character.
pub fn row_starts(line: &[char], width: usize) -> Vec<usize> {
    let width = width.max(1);
    let mut starts = vec![0];
    let (mut start, mut used) = (0, 0);
    // The index after the last space (or wide character) of the row: where it may break.
    let mut brk: Option<usize> = None;
    for (i, &c) in line.iter().enumerate() {
        let w = width_of(c);
        let space = c == ' ' || c == '\t';
        // Broken after the last space, the row may still be too wide for `c`: then before it.
        while !space && used + w > width && i > start {
            start = match brk.filter(|&b| b > start && b <= i) {
                Some(b) => b,
                None => i,
            };
            starts.push(start);
            used = line[start..i].iter().map(|&c| width_of(c)).sum();
            brk = None;
        }
        if w == 2 && i > start {
            brk = Some(i);
        }
        used += w;
        if space || w == 2 {
            brk = Some(i + 1);
        }
    }
    if used >= width && !line.is_empty() {
        starts.push(line.len());
    }
    starts
}

/// The char index just past row `row`'s last character.
fn row_end(line: &[char], starts: &[usize], row: usize) -> usize {
    starts.get(row + 1).copied().unwrap_or(line.len())
}

/// The screen row and column of the cursor before char `col` of `line` (`col` may be the
/// line's length): a position past the row's last column (a hanging space) shows at the start
/// of the next row.
pub fn locate(line: &[char], starts: &[usize], col: usize, width: usize) -> (usize, usize) {
    let row = starts
        .iter()
        .rposition(|&s| s <= col)
        .unwrap_or(0)
        .min(starts.len() - 1);
    let x: usize = line[starts[row]..col.min(line.len())]
        .iter()
        .map(|&c| width_of(c))
        .sum();
    if x >= width.max(1) && row + 1 < starts.len() {
        (row + 1, 0)
    } else {
        (row, x)
    }
}

/// The char index on screen row `row` of `line` nearest column `x` from the left: the cursor
/// lands on the character under `x`, or at the row's end when it is shorter.
pub fn col_at(line: &[char], starts: &[usize], row: usize, x: usize, width: usize) -> usize {
    let row = row.min(starts.len() - 1);
    let start = starts[row];
    let last = row + 1 == starts.len();
    let end = row_end(line, starts, row);
    let mut best = start;
    let mut at = 0;
    for (i, &c) in line[start..end].iter().enumerate() {
        at += width_of(c);
        let next = start + i + 1;
        // The position after this character: within the row (or the end of the last row).
        let stays = if next == end { last } else { at < width };
        if at > x || !stays {
            break;
        }
        best = next;
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// The rows of `s` as text.
    fn rows(s: &str, width: usize) -> Vec<String> {
        let line = chars(s);
        let starts = row_starts(&line, width);
        (0..starts.len())
            .map(|r| line[starts[r]..row_end(&line, &starts, r)].iter().collect())
            .collect()
    }

    #[test]
    fn a_line_breaks_after_the_last_space_that_fits() {
        assert_eq!(rows("one two three", 8), ["one two ", "three"]);
        assert_eq!(rows("short", 20), ["short"]);
        assert_eq!(rows("", 5), [""]);
        // The space that does not fit hangs at the end of its row.
        assert_eq!(rows("abcde fgh", 5), ["abcde ", "fgh"]);
    }

    #[test]
    fn a_word_wider_than_the_row_breaks_inside() {
        assert_eq!(rows("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        // A tab breaks as a space does; a control character takes its placeholder's columns.
        assert_eq!(rows(" aaa\ta\u{1b}", 6), [" aaa\t", "a\u{1b}"]);
        // Moved after the space, the word is still too wide: it breaks again.
        assert_eq!(rows("a bcdefg", 3), ["a ", "bcd", "efg", ""]);
        assert_eq!(rows("ab abcdefghij", 4), ["ab ", "abcd", "efgh", "ij"]);
    }

    /// The walk's line (m13): 150 Cyrillic characters wrap at word boundaries, every row within
    /// the width, nothing lost.
    #[test]
    fn cyrillic_wraps_by_display_width() {
        let line = "Оюутнуудыг сургалтад ашиглаж, хоршоодын удирдлагатай уулзалт хийх \
                    төлөвлөгөө гаргах ба кластерийн гишүүдийн хамтын ажиллагааг \
                    бэхжүүлэх арга хэмжээ авна";
        let got = rows(line, 30);
        assert_eq!(got.concat(), line, "display only: the text is whole");
        for row in &got {
            assert!(str_width(row.trim_end()) <= 30, "{row:?}");
            assert!(!row.starts_with(' '), "{row:?}");
        }
        assert_eq!(got[0], "Оюутнуудыг сургалтад ашиглаж, ");
        assert_eq!(got[1], "хоршоодын удирдлагатай уулзалт ");
    }

    #[test]
    fn wide_characters_take_two_columns_and_break_between() {
        let got = rows("产业集群是一个地理集中", 8);
        assert_eq!(got, ["产业集群", "是一个地", "理集中"]);
        assert_eq!(rows("ab 产业集群", 6), ["ab 产", "业集群", ""]);
    }

    #[test]
    fn a_full_last_row_gets_a_row_for_the_cursor_after_it() {
        let line = chars("abcd");
        let starts = row_starts(&line, 4);
        assert_eq!(starts, [0, 4]);
        assert_eq!(locate(&line, &starts, 4, 4), (1, 0));
        assert_eq!(locate(&line, &starts, 3, 4), (0, 3));
    }

    #[test]
    fn the_cursor_is_found_on_its_row() {
        let line = chars("one two three");
        let starts = row_starts(&line, 8);
        assert_eq!(locate(&line, &starts, 0, 8), (0, 0));
        assert_eq!(locate(&line, &starts, 7, 8), (0, 7));
        assert_eq!(locate(&line, &starts, 8, 8), (1, 0));
        assert_eq!(locate(&line, &starts, 13, 8), (1, 5));
        // A hanging space shows at the start of the next row.
        let line = chars("abcde fgh");
        let starts = row_starts(&line, 5);
        assert_eq!(locate(&line, &starts, 5, 5), (1, 0));
        // Wide characters count two columns.
        let line = chars("产业集群是");
        let starts = row_starts(&line, 6);
        assert_eq!(locate(&line, &starts, 2, 6), (0, 4));
        assert_eq!(locate(&line, &starts, 4, 6), (1, 2));
    }

    #[test]
    fn a_column_on_a_row_lands_on_the_character_under_it() {
        let line = chars("one two three");
        let starts = row_starts(&line, 8);
        assert_eq!(col_at(&line, &starts, 1, 2, 8), 10);
        assert_eq!(col_at(&line, &starts, 1, 40, 8), 13, "the last row's end");
        // Not past a row that goes on below: its last place is before the next row.
        assert_eq!(col_at(&line, &starts, 0, 40, 8), 7);
        let line = chars("产业集群");
        let starts = row_starts(&line, 10);
        assert_eq!(
            col_at(&line, &starts, 0, 3, 10),
            1,
            "inside a wide character"
        );
    }

    #[test]
    fn tabs_and_hazards_take_the_columns_they_show_in() {
        assert_eq!(width_of('\t'), 1);
        assert_eq!(shown('\t'), " ");
        assert_eq!(width_of('\u{200B}'), str_width("<U+200B>"));
        assert_eq!(width_of('ө'), 1);
        assert_eq!(width_of('中'), 2);
    }
}
