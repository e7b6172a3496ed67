//! Widths for a table whose cells wrap, sized by content the way a browser's automatic table
//! layout does: each column gets at least its longest word, the room left goes where it saves
//! the most lines (a row is as tall as its tallest cell), and what no line needs is shared in
//! proportion to what each column still lacks of its widest cell.

use std::cmp::Ordering;

use unicode_width::UnicodeWidthStr;

use super::layout::column_widths;

/// A row to size: its cells and the most lines each of them may take.
pub struct SizedRow<'a> {
    pub cells: &'a [String],
    pub most_lines: usize,
}

/// How a set of widths sets the table: lines past a row's limit, the table's height, and the
/// lines of all its cells (which break ties where no row gets shorter yet).
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
struct Cost {
    overflow: usize,
    height: usize,
    lines: usize,
}

/// Widths for the columns of `rows`, whose widest cells are `natural` wide and longest words
/// `least` wide, sharing `available` columns (separators already taken off). When the longest
/// words do not fit side by side, every column shrinks to one level instead
/// ([`column_widths`]); so it does when that sets the table in fewer lines.
pub fn fit_columns(
    rows: &[SizedRow],
    natural: &[usize],
    least: &[usize],
    available: usize,
) -> Vec<usize> {
    let level = column_widths(natural, least, available);
    let floor: Vec<usize> = natural
        .iter()
        .enumerate()
        .map(|(i, &n)| least.get(i).copied().unwrap_or(0).min(n).max(1))
        .collect();
    if natural.iter().sum::<usize>() <= available || floor.iter().sum::<usize>() > available {
        return level;
    }
    let words: Vec<Vec<Vec<usize>>> = rows
        .iter()
        .map(|r| {
            (0..natural.len())
                .map(|i| {
                    let cell = r.cells.get(i).map_or("", String::as_str);
                    cell.split_whitespace()
                        .map(UnicodeWidthStr::width)
                        .collect()
                })
                .collect()
        })
        .collect();
    // lines[i][r][w - floor[i]]: the lines of row r's cell in column i at width w.
    let lines: Vec<Vec<Vec<usize>>> = (0..natural.len())
        .map(|i| {
            words
                .iter()
                .map(|row| {
                    (floor[i]..=natural[i])
                        .map(|w| lines_at(&row[i], w))
                        .collect()
                })
                .collect()
        })
        .collect();
    let cost = |widths: &[usize]| -> Cost {
        let mut c = Cost {
            overflow: 0,
            height: 0,
            lines: 0,
        };
        for (r, row) in rows.iter().enumerate() {
            let mut tallest = 1;
            for (i, &w) in widths.iter().enumerate() {
                let n = lines[i][r][w - floor[i]];
                tallest = tallest.max(n);
                c.lines += n;
            }
            c.overflow += tallest.saturating_sub(row.most_lines);
            c.height += tallest;
        }
        c
    };
    let mut widths = floor.clone();
    loop {
        let left = available - widths.iter().sum::<usize>();
        let now = cost(&widths);
        // Every widening within what is left, with how it sets the table: a row is as tall
        // as the tallest of the other columns' cells and the widened one's.
        let mut tried: Vec<(usize, usize, Cost)> = Vec::new();
        for i in 0..widths.len() {
            let others: Vec<(usize, usize)> = (0..rows.len())
                .map(|r| {
                    let (mut tallest, mut sum) = (1, 0);
                    for (j, &w) in widths.iter().enumerate().filter(|&(j, _)| j != i) {
                        let n = lines[j][r][w - floor[j]];
                        tallest = tallest.max(n);
                        sum += n;
                    }
                    (tallest, sum)
                })
                .collect();
            for w in widths[i] + 1..=natural[i].min(widths[i] + left) {
                let mut c = Cost {
                    overflow: 0,
                    height: 0,
                    lines: 0,
                };
                for (r, row) in rows.iter().enumerate() {
                    let n = lines[i][r][w - floor[i]];
                    let tallest = others[r].0.max(n);
                    c.overflow += tallest.saturating_sub(row.most_lines);
                    c.height += tallest;
                    c.lines += others[r].1 + n;
                }
                tried.push((i, w, c));
            }
        }
        // The widening that saves the most per column spent: overflow first, then height,
        // then lines; the cheaper one on a tie.
        let mut best: Option<(usize, usize, usize, usize)> = None; // (saved, spent, column, width)
        for rank in 0..3 {
            for &(i, w, c) in &tried {
                let saved = match rank {
                    0 => now.overflow.saturating_sub(c.overflow),
                    1 => now.height.saturating_sub(c.height),
                    _ => now.lines.saturating_sub(c.lines),
                };
                let spent = w - widths[i];
                let better = best.is_none_or(|(s, p, _, _)| match (saved * p).cmp(&(s * spent)) {
                    Ordering::Greater => true,
                    Ordering::Equal => spent < p,
                    Ordering::Less => false,
                });
                if saved > 0 && c <= now && better {
                    best = Some((saved, spent, i, w));
                }
            }
            if best.is_some() {
                break;
            }
        }
        let Some((_, _, i, w)) = best else { break };
        widths[i] = w;
    }
    share_the_rest(&mut widths, natural, available);
    let direct = |widths: &[usize]| -> Cost {
        let mut c = Cost {
            overflow: 0,
            height: 0,
            lines: 0,
        };
        for (row, words) in rows.iter().zip(&words) {
            let per: Vec<usize> = widths
                .iter()
                .zip(words)
                .map(|(&w, cell)| lines_at(cell, w))
                .collect();
            let tallest = per.iter().copied().max().unwrap_or(1).max(1);
            c.overflow += tallest.saturating_sub(row.most_lines);
            c.height += tallest;
            c.lines += per.iter().sum::<usize>();
        }
        c
    };
    if direct(&level) < direct(&widths) {
        level
    } else {
        widths
    }
}

/// Gives the columns still narrower than their content what `available` has left, in
/// proportion to what each lacks.
fn share_the_rest(widths: &mut [usize], natural: &[usize], available: usize) {
    let left = available.saturating_sub(widths.iter().sum());
    let lacking: Vec<usize> = widths
        .iter()
        .zip(natural)
        .map(|(&w, &n)| n.saturating_sub(w))
        .collect();
    let total: usize = lacking.iter().sum();
    if total == 0 || left == 0 {
        return;
    }
    let left = left.min(total);
    let mut given = 0;
    for (w, &lack) in widths.iter_mut().zip(&lacking) {
        let share = left * lack / total;
        *w += share;
        given += share;
    }
    for (w, &n) in widths.iter_mut().zip(natural) {
        if given < left && *w < n {
            *w += 1;
            given += 1;
        }
    }
}

/// Lines a cell of words `words` wide takes wrapped at spaces into `width` columns (as
/// [`super::layout::wrap`] sets it); a word wider than the column takes as many lines as its
/// pieces.
fn lines_at(words: &[usize], width: usize) -> usize {
    let width = width.max(1);
    let mut lines = 0;
    let mut line = 0;
    for &w in words {
        if line > 0 && line + 1 + w <= width {
            line += 1 + w;
            continue;
        }
        if line > 0 {
            lines += 1;
        }
        if w > width {
            lines += (w - 1) / width;
            line = w - (w - 1) / width * width;
        } else {
            line = w;
        }
    }
    (lines + usize::from(line > 0)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figure::layout::wrap;

    fn row(cells: &[&str], most_lines: usize) -> (Vec<String>, usize) {
        (cells.iter().map(|c| c.to_string()).collect(), most_lines)
    }

    fn fit(table: &[(Vec<String>, usize)], available: usize) -> (Vec<usize>, usize, usize) {
        let n = table.iter().map(|(c, _)| c.len()).max().unwrap_or(0);
        let natural: Vec<usize> = (0..n)
            .map(|i| table.iter().map(|(c, _)| c[i].width()).max().unwrap_or(0))
            .collect();
        let least: Vec<usize> = (0..n)
            .map(|i| {
                table
                    .iter()
                    .flat_map(|(c, _)| c[i].split_whitespace().map(UnicodeWidthStr::width))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        let rows: Vec<SizedRow> = table
            .iter()
            .map(|(cells, most_lines)| SizedRow {
                cells,
                most_lines: *most_lines,
            })
            .collect();
        let widths = fit_columns(&rows, &natural, &least, available);
        let level = column_widths(&natural, &least, available);
        (
            widths.clone(),
            height(table, &widths),
            height(table, &level),
        )
    }

    fn height(table: &[(Vec<String>, usize)], widths: &[usize]) -> usize {
        table
            .iter()
            .map(|(c, _)| {
                c.iter()
                    .zip(widths)
                    .map(|(s, &w)| wrap(s, w, usize::MAX).len())
                    .max()
                    .unwrap_or(1)
            })
            .sum()
    }

    #[test]
    fn lines_are_counted_as_wrap_sets_them() {
        for text in [
            "",
            "a",
            "Тусгай зөвшөөрлийн хугацаа дууссан",
            "3. Налайхын барилгын материалын ҮТП",
            "Уул уурхай-металлурги-химийн үйлдвэр",
            "a bb ccc dddd eeeee",
        ] {
            let words: Vec<usize> = text.split_whitespace().map(|w| w.width()).collect();
            let longest = words.iter().copied().max().unwrap_or(1);
            for width in longest..=text.width() + 2 {
                assert_eq!(
                    lines_at(&words, width),
                    wrap(text, width, usize::MAX).len(),
                    "{text:?} at {width}"
                );
            }
        }
    }

    #[test]
    fn a_table_that_fits_keeps_its_content_widths() {
        let table = [row(&["Zavkhan ITP", "Light industry"], 3)];
        assert_eq!(fit(&table, 40).0, vec![11, 14]);
    }

    #[test]
    fn room_goes_to_the_column_whose_lines_it_saves() {
        // Rows of the Mongolian Table 3: one level for every column set the park's name on
        // three lines of 18 columns while «Орон нутгийн өмч» had room to spare.
        let table = [
            row(
                &[
                    "",
                    "Салбар",
                    "Өмчийн хэлбэр",
                    "Тусгай зөвшөөрөл авсан он",
                    "Тайлбар",
                ],
                2,
            ),
            row(
                &[
                    "3. Налайхын барилгын материалын ҮТП",
                    "Барилгын материал",
                    "Орон нутгийн өмч",
                    "2017",
                    "Тусгай зөвшөөрлийн хугацаа дууссан",
                ],
                3,
            ),
            row(
                &[
                    "10. Эрдэнэтийн ҮТП",
                    "Уул уурхай-металлурги-химийн үйлдвэр",
                    "Төрийн өмч",
                    "2021",
                    "Статусаа өөрчлөх шаардлагатай",
                ],
                3,
            ),
            row(
                &[
                    "13. Алтанширээтийн ҮТП",
                    "Хүнд үйлдвэр",
                    "Хувийн өмч",
                    "мэдээлэлгүй",
                    "–",
                ],
                3,
            ),
        ];
        let (widths, height, level) = fit(&table, 92);
        assert_eq!(widths.iter().sum::<usize>(), 92, "{widths:?}");
        let name = wrap("3. Налайхын барилгын материалын ҮТП", widths[0], usize::MAX);
        assert_eq!(name.len(), 2, "{widths:?}");
        assert_eq!((height, level), (9, 10), "{widths:?}");
    }

    #[test]
    fn a_header_over_its_line_limit_is_widened_first() {
        // The header may take two lines; at its longest word it would take three.
        let table = [
            row(&["Name", "Year licensed by the ministry"], 2),
            row(&["A long park name that wraps", "2013"], 3),
        ];
        let (widths, _, _) = fit(&table, 30);
        assert!(
            wrap("Year licensed by the ministry", widths[1], usize::MAX).len() <= 2,
            "{widths:?}"
        );
    }

    #[test]
    fn never_taller_than_one_level_for_every_column() {
        let table = [
            row(
                &[
                    "",
                    "Industry type",
                    "Ownership type",
                    "Year licensed",
                    "Remarks",
                ],
                2,
            ),
            row(
                &[
                    "1. Zavkhan ITP",
                    "Light industry",
                    "Privately owned",
                    "2013",
                    "Expired",
                ],
                3,
            ),
            row(
                &[
                    "2. Baganuur ITP",
                    "Light, food, heavy, plant nanobiotechnology",
                    "Locally owned",
                    "2016",
                    "Expired",
                ],
                3,
            ),
            row(
                &[
                    "10. Erdenet ITP",
                    "Mining-metallurgy-chemical industry",
                    "State owned",
                    "2021",
                    "Needs to change status",
                ],
                3,
            ),
        ];
        for available in 40..=110 {
            let (widths, height, level) = fit(&table, available);
            assert!(widths.iter().sum::<usize>() <= available);
            assert!(height <= level, "{available}: {widths:?}");
        }
    }
}
