//! Sizing a figure for a character grid, independent of any terminal library: bar lengths in
//! eighths of a cell, labels wrapped or cut with an ellipsis by display width (Cyrillic one
//! column, CJK two), and table columns shrunk to fit.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The partial blocks, one to seven eighths of a cell.
const EIGHTHS: [char; 7] = ['▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/// A bar for `value` scaled so that `max` fills `width` cells, in block glyphs with eighths.
/// A positive value never disappears (at least ▏); zero, negative or unknown values draw nothing.
pub fn bar(value: f64, max: f64, width: usize) -> String {
    if !(value > 0.0 && max > 0.0) || width == 0 {
        return String::new();
    }
    let eighths = ((value / max).min(1.0) * width as f64 * 8.0).round() as usize;
    let eighths = eighths.clamp(1, width * 8);
    let mut s = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        s.push(EIGHTHS[eighths % 8 - 1]);
    }
    s
}

/// `text` cut to at most `width` columns, ending in "…" when something was cut.
pub fn truncate(text: &str, width: usize) -> String {
    if text.width() <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in text.chars() {
        let cw = c.width().unwrap_or(0);
        if w + cw > width - 1 {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// `text` wrapped at spaces into lines of at most `width` columns, at most `max_lines` of them;
/// the last line ends in "…" when text was left over. Words longer than a line are cut.
pub fn wrap(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    if width == 0 || max_lines == 0 {
        return Vec::new();
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if candidate.width() <= width {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        line = word.to_string();
        while line.width() > width {
            let mut head = truncate(&line, width + 1).trim_end_matches('…').to_string();
            if head.is_empty() {
                head = line.chars().take(1).collect();
            }
            let rest = line[head.len()..].to_string();
            lines.push(head);
            line = rest;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        let rest = lines[max_lines - 1..].join(" ");
        lines.truncate(max_lines - 1);
        lines.push(truncate(&rest, width));
    }
    lines
}

/// The width of the number that opens a numbered label ("3. ", "12) "), or 0.
pub fn number_marker(text: &str) -> usize {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    let rest = &text[digits..];
    let marked = (1..=3).contains(&digits) && (rest.starts_with(". ") || rest.starts_with(") "));
    if marked { digits + 2 } else { 0 }
}

/// [`wrap`] for a numbered label: continuation lines hang under the name, not under the
/// number ("3. Налайхын барилгын" / "   материалын ҮТП"). A label without a number, or one
/// whose words would not fit the narrower lines or would take more of them, wraps as [`wrap`]
/// does: a table sized for its labels' lines keeps its layout.
pub fn wrap_hanging(text: &str, width: usize, max_lines: usize) -> Vec<String> {
    let hang = number_marker(text);
    let plain = wrap(text, width, usize::MAX);
    if hang == 0 || hang * 3 > width || max_lines < 2 || plain.len() < 2 {
        return wrap(text, width, max_lines);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    let first = &plain[0];
    let n = first.split_whitespace().count();
    let rest = &words[n.min(words.len())..];
    if words[..n.min(words.len())].join(" ") != *first
        || rest.iter().any(|w| w.width() > width - hang)
    {
        return wrap(text, width, max_lines);
    }
    let hung = wrap(&rest.join(" "), width - hang, usize::MAX);
    if hung.len() + 1 > plain.len() {
        return wrap(text, width, max_lines);
    }
    let mut out = vec![first.clone()];
    let pad = " ".repeat(hang);
    out.extend(
        wrap(&rest.join(" "), width - hang, max_lines - 1)
            .into_iter()
            .map(|l| format!("{pad}{l}")),
    );
    out
}

/// Widths for columns whose content is `natural` columns wide, shrunk to share `available`
/// (separators already taken off), none below its `least` (its longest word) while the least
/// widths fit: every column is filled up to one common level, narrow columns keep their
/// natural width and the rest share what is left.
pub fn column_widths(natural: &[usize], least: &[usize], available: usize) -> Vec<usize> {
    if natural.iter().sum::<usize>() <= available {
        return natural.to_vec();
    }
    let floor: Vec<usize> = natural
        .iter()
        .enumerate()
        .map(|(i, &n)| least.get(i).copied().unwrap_or(0).min(n))
        .collect();
    let floor = if floor.iter().sum::<usize>() <= available {
        floor
    } else {
        vec![0; natural.len()]
    };
    let at = |level: usize| -> Vec<usize> {
        natural
            .iter()
            .zip(&floor)
            .map(|(&n, &f)| level.clamp(f, n.max(f)))
            .collect()
    };
    let top = natural.iter().copied().max().unwrap_or(0);
    let level = (0..=top)
        .take_while(|&l| at(l).iter().sum::<usize>() <= available)
        .last()
        .unwrap_or(0);
    let mut widths = at(level);
    // What the level leaves over goes a column each to those still short of their content.
    let mut left = available.saturating_sub(widths.iter().sum());
    for (w, &n) in widths.iter_mut().zip(natural) {
        if left > 0 && *w < n {
            *w += 1;
            left -= 1;
        }
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_value() {
        assert_eq!(bar(10.0, 10.0, 8), "████████");
        assert_eq!(bar(5.0, 10.0, 8), "████");
        assert_eq!(bar(1.0, 16.0, 2), "▏");
        assert_eq!(bar(3.0, 8.0, 1), "▍");
        // Estonia against Mongolia in ICT service exports: 59.37 of 2,972.53 on 40 cells.
        assert_eq!(bar(59.37, 2972.53, 40), "▊", "6.4 eighths");
        assert_eq!(bar(0.0, 10.0, 8), "");
        assert_eq!(bar(-1.0, 10.0, 8), "");
        assert_eq!(bar(1e-9, 10.0, 8), "▏", "a positive value stays visible");
        assert_eq!(bar(20.0, 10.0, 3), "███", "never longer than the width");
        assert_eq!(bar(5.0, 10.0, 0), "");
    }

    #[test]
    fn labels_are_cut_by_display_width() {
        assert_eq!(truncate("Mongolia", 10), "Mongolia");
        assert_eq!(truncate("Mongolia", 8), "Mongolia");
        assert_eq!(truncate("Mongolia", 5), "Mong…");
        assert_eq!(truncate("Монгол Улс", 6), "Монго…");
        assert_eq!(truncate("Монгол Улс", 6).width(), 6);
        assert_eq!(truncate("中关村科技园", 5), "中关…");
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(truncate("abc", 1), "…");
    }

    #[test]
    fn labels_wrap_at_spaces_within_a_line_budget() {
        assert_eq!(
            wrap("Олон нийтийн мэдээлэл, сэтгүүл зүй", 14, 3),
            vec!["Олон нийтийн", "мэдээлэл,", "сэтгүүл зүй"]
        );
        let two = wrap("Олон нийтийн мэдээлэл, сэтгүүл зүй", 14, 2);
        assert_eq!(two.len(), 2);
        assert!(two[1].ends_with('…'), "{two:?}");
        assert!(two.iter().all(|l| l.width() <= 14));
        assert_eq!(wrap("Supercalifragilistic", 8, 3).len(), 3);
        assert!(
            wrap("Supercalifragilistic", 8, 3)
                .iter()
                .all(|l| l.width() <= 8)
        );
        assert_eq!(wrap("", 5, 2), vec![""]);
        assert!(wrap("x", 0, 2).is_empty());
    }

    #[test]
    fn columns_share_the_width() {
        assert_eq!(column_widths(&[5, 10], &[], 20), vec![5, 10]);
        assert_eq!(column_widths(&[4, 30, 30], &[], 40), vec![4, 18, 18]);
        assert_eq!(column_widths(&[4, 30, 30], &[], 41), vec![4, 19, 18]);
        assert_eq!(column_widths(&[4, 30, 10], &[], 30), vec![4, 16, 10]);
        assert_eq!(column_widths(&[10, 10], &[], 3), vec![2, 1]);
        assert!(column_widths(&[], &[], 3).is_empty());
        // A column whose longest word is 26 wide keeps 26; the others share the rest.
        assert_eq!(
            column_widths(&[43, 43, 15, 13, 22], &[12, 26, 9, 8, 7], 96),
            vec![21, 26, 15, 13, 21]
        );
        // Least widths that cannot all fit are not kept.
        assert_eq!(column_widths(&[30, 30], &[25, 25], 40), vec![20, 20]);
    }

    /// A numbered label hangs under its name; without a number, or where hanging would take
    /// another line, it wraps as any text does.
    #[test]
    fn a_numbered_label_hangs_under_its_name() {
        assert_eq!(
            wrap_hanging("3. Налайхын барилгын материалын ҮТП", 26, 3),
            ["3. Налайхын барилгын", "   материалын ҮТП"]
        );
        assert_eq!(
            wrap_hanging("10. Erdenet Technopark ITP", 19, 3),
            ["10. Erdenet", "    Technopark ITP"]
        );
        assert_eq!(
            wrap_hanging("Nalaikh construction materials", 14, 3),
            wrap("Nalaikh construction materials", 14, 3)
        );
        assert_eq!(
            wrap_hanging("9. Bagakhangai glass and glass products ITP", 14, 9),
            wrap("9. Bagakhangai glass and glass products ITP", 14, 9),
            "hanging would take more lines"
        );
        assert_eq!(number_marker("12) x"), 4);
        assert_eq!(number_marker("2023 онд"), 0);
    }
}
