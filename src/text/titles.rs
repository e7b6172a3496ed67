//! Fitting a column of titles into their rows by display width: a title too long for its row
//! is cut at its end ("Start of the title…"), unless that cut would look like another row's —
//! then it keeps its start, is cut in the middle and shows the words that tell it apart
//! ("Start of…where it differs"). Cyrillic and wide characters are never split.

use std::ops::Range;

use crate::markdown::wrap::{char_width, str_width};

/// Rows narrower than this are only ever cut at their end: a middle cut would leave too little
/// of either side to read.
const MIDDLE_FROM: usize = 9;

/// Which characters of a title its row shows: the first `head` ones, then, after "…", those in
/// `rest`, then "…" again when `rest` stops before the end. A title that fits is shown whole.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cut {
    head: usize,
    rest: Range<usize>,
    len: usize,
}

impl Cut {
    fn whole(len: usize) -> Cut {
        Cut {
            head: len,
            rest: len..len,
            len,
        }
    }

    /// Whether the title is shown whole.
    pub fn is_whole(&self) -> bool {
        self.head == self.len
    }

    /// The shown characters in order, each with its index in the title (`None` for a "…").
    pub fn glyphs(&self, title: &str) -> Vec<(Option<usize>, char)> {
        let chars: Vec<char> = title.chars().collect();
        let at = |i: usize| chars.get(i).map(|c| (Some(i), *c));
        let mut out: Vec<(Option<usize>, char)> = (0..self.head).filter_map(at).collect();
        if self.head < self.len {
            out.push((None, '…'));
            out.extend(self.rest.clone().filter_map(at));
            if !self.rest.is_empty() && self.rest.end < self.len {
                out.push((None, '…'));
            }
        }
        out
    }

    /// The text its row shows.
    pub fn text(&self, title: &str) -> String {
        self.glyphs(title).into_iter().map(|(_, c)| c).collect()
    }
}

/// Each title of a column fitted to its row's width (titles and widths in row order).
pub fn fit_column(rows: &[(&str, usize)]) -> Vec<String> {
    cuts(rows)
        .iter()
        .zip(rows)
        .map(|(cut, (title, _))| cut.text(title))
        .collect()
}

/// How each title of a column is cut (see [`fit_column`]).
pub fn cuts(rows: &[(&str, usize)]) -> Vec<Cut> {
    let sorted = sorted_titles(rows.iter().map(|(t, _)| *t));
    rows.iter()
        .map(|&(title, width)| cut(&sorted, title, width))
        .collect()
}

/// Each title of a column fitted to the room it has when that room is not one row (a title
/// wrapped on two lines, say): whole when `fits` it, else the widest cut of at most `widest`
/// columns that `fits`, cut as [`fit_column`] cuts — look-alikes show where they differ.
pub fn fit_column_to(titles: &[&str], widest: usize, fits: impl Fn(&str) -> bool) -> Vec<String> {
    let sorted = sorted_titles(titles.iter().copied());
    titles
        .iter()
        .map(|&title| {
            if fits(title) {
                return title.to_string();
            }
            (1..=widest.min(str_width(title)))
                .rev()
                .map(|width| cut(&sorted, title, width).text(title))
                .find(|shown| fits(shown))
                .unwrap_or_else(|| "…".to_string())
        })
        .collect()
}

/// The titles of a column, sorted, without repeats.
fn sorted_titles<'a>(titles: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut sorted: Vec<&str> = titles.collect();
    sorted.sort_unstable();
    sorted.dedup();
    sorted
}

/// How `title` is cut to `width` columns among the column's titles `sorted`.
fn cut(sorted: &[&str], title: &str, width: usize) -> Cut {
    let chars: Vec<char> = title.chars().collect();
    if str_width(title) <= width {
        return Cut::whole(chars.len());
    }
    let head = start_chars(&chars, width.saturating_sub(1));
    let end_cut = Cut {
        head,
        rest: chars.len()..chars.len(),
        len: chars.len(),
    };
    if width < MIDDLE_FROM {
        return end_cut;
    }
    let end_cut = dated_cut(&chars, width).unwrap_or(end_cut);
    // Rows that part only at the last character before the "…" look alike too.
    let shown: String = chars[..head.saturating_sub(1)].iter().collect();
    let others = look_alikes(sorted, title, &shown);
    if others.is_empty() {
        return end_cut;
    }
    middle_cut(&chars, &others, width).unwrap_or(end_cut)
}

/// The longest date a title ends with that a cut keeps: «(2007)», «(2015–2025)».
const DATE_TAIL: usize = 13;

/// A cut that keeps the date a title ends with — «Жижиг, дунд үйлдвэрийн тухай…(2007)»: for
/// "which law, which year" the year is the part a reader looks for. `None` when the title ends
/// with no date in brackets, or keeping it would leave less than half the row to the title.
fn dated_cut(chars: &[char], width: usize) -> Option<Cut> {
    let len = chars.len();
    if chars.last() != Some(&')') {
        return None;
    }
    let open = chars.iter().rposition(|c| *c == '(')?;
    let date = &chars[open + 1..len - 1];
    let dated = len - open <= DATE_TAIL
        && date.first().is_some_and(char::is_ascii_digit)
        && date
            .iter()
            .all(|c| c.is_ascii_digit() || matches!(c, '–' | '-' | ' ' | ','));
    if !dated || open == 0 || cols(chars, open..len) * 2 > width - 1 {
        return None;
    }
    let head = trimmed_head(chars, width - 1 - cols(chars, open..len), open);
    (head > 0).then_some(Cut {
        head,
        rest: open..len,
        len,
    })
}

/// The other titles of the column (sorted, without repeats) that begin with `shown`: rows that
/// a reader could take for `title` if it were cut at its end.
fn look_alikes(sorted: &[&str], title: &str, shown: &str) -> Vec<Vec<char>> {
    let from = sorted.partition_point(|t| *t < shown);
    sorted[from..]
        .iter()
        .take_while(|t| t.starts_with(shown))
        .filter(|t| **t != title)
        .map(|t| t.chars().collect())
        .collect()
}

/// How many first characters of `chars` fit in `cols` columns.
fn start_chars(chars: &[char], cols: usize) -> usize {
    let mut used = 0;
    chars
        .iter()
        .take_while(|c| {
            used += char_width(**c);
            used <= cols
        })
        .count()
}

/// The width of `chars[range]`.
fn cols(chars: &[char], range: Range<usize>) -> usize {
    chars[range].iter().map(|c| char_width(*c)).sum()
}

/// Where the word holding character `at` begins.
fn word_start(chars: &[char], at: usize) -> usize {
    (1..=at)
        .rev()
        .find(|&i| chars[i - 1].is_whitespace())
        .unwrap_or(0)
}

/// The word starts in `from..=to`, first to last.
fn word_starts(chars: &[char], from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    (from.max(1)..=to.min(chars.len().saturating_sub(1)))
        .filter(|&i| chars[i - 1].is_whitespace() && !chars[i].is_whitespace())
}

/// A cut of `chars` in `width` columns that keeps its start and shows where it differs from
/// each of `others`: the end of the title from the word where it parts from the nearest one,
/// else the shortest end that still tells it from every other (from a word's start where one
/// fits), else a window around where it parts, between two "…". `None` when nothing fits.
fn middle_cut(chars: &[char], others: &[Vec<char>], width: usize) -> Option<Cut> {
    let len = chars.len();
    let common_start = |o: &Vec<char>| chars.iter().zip(o).take_while(|(a, b)| a == b).count();
    let common_end = |o: &Vec<char>| {
        (chars.iter().rev())
            .zip(o.iter().rev())
            .take_while(|(a, b)| a == b)
            .count()
    };
    // Where the title parts from the look-alike nearest to it, and the latest start of an end
    // that differs from every look-alike's end.
    let parts = others.iter().map(common_start).max()?.min(len - 1);
    let latest_end = len - 1 - others.iter().map(common_end).max()?.min(len - 1);
    let min_head = width.div_ceil(3);
    let max_rest = width - 1 - min_head;
    let rest_fits = |from: usize| cols(chars, from..len) <= max_rest;
    let tail_from = [word_start(chars, parts.min(latest_end))]
        .into_iter()
        .filter(|&p| p > 0)
        .chain(word_starts(chars, parts.min(latest_end) + 1, latest_end))
        .chain((0..=latest_end).filter(|&p| p > 0))
        .find(|&p| rest_fits(p));
    if let Some(from) = tail_from {
        let head = trimmed_head(chars, width - 1 - cols(chars, from..len), from);
        return Some(Cut {
            head,
            rest: skip_spaces(chars, from)..len,
            len,
        });
    }
    // The ends are alike: show the words where the title parts, between two "…".
    let room = max_rest - 1;
    let mut from = word_start(chars, parts);
    if cols(chars, from..parts + 1) > room {
        from = parts;
    }
    let from = skip_spaces(chars, from);
    let to = from + start_chars(&chars[from..], room);
    (to > from).then(|| Cut {
        head: trimmed_head(chars, width - 2 - cols(chars, from..to), from),
        rest: from..to,
        len,
    })
}

/// A word cut after fewer letters than this is left out of a head: «ДИИ 2023: М…» reads as
/// noise where «ДИИ 2023:…» does not.
const MIN_WORD_PART: usize = 3;

/// How many first characters of `chars` fit in `cols` columns (and before `limit`), without
/// spaces before the "…" and without a word cut after one or two letters.
fn trimmed_head(chars: &[char], cols: usize, limit: usize) -> usize {
    let mut head = start_chars(chars, cols).min(limit);
    // Cut between two letters (a hyphen or a digit's end is a place to stop: «ЕХ…» stays).
    if head < chars.len()
        && head > 0
        && chars[head].is_alphabetic()
        && chars[head - 1].is_alphabetic()
    {
        let start = word_start(chars, head);
        if start > 0 && head - start < MIN_WORD_PART {
            head = start;
        }
    }
    while head > 0 && chars[head - 1].is_whitespace() {
        head -= 1;
    }
    head
}

/// `from`, moved past spaces.
fn skip_spaces(chars: &[char], mut from: usize) -> usize {
    while from < chars.len() && chars[from].is_whitespace() {
        from += 1;
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column(titles: &[&str], width: usize) -> Vec<String> {
        let rows: Vec<(&str, usize)> = titles.iter().map(|t| (*t, width)).collect();
        fit_column(&rows)
    }

    const LITHUANIA: [&str; 2] = [
        "Литвийн ЕХ-ны сангаас санхүүжсэн кластерийн арга хэмжээ: төсөв",
        "Литвийн ЕХ-ны сангаас санхүүжсэн кластерийн арга хэмжээ: төсөл, үр дүн",
    ];
    const GII: [&str; 2] = [
        "ДИИ-ийн шинжлэх ухаан, технологийн шилдэг 10 кластер: PCT өргөдөл",
        "ДИИ-ийн шинжлэх ухаан, технологийн шилдэг 10 кластер: эрдэм шинжилгээний бүтээл",
    ];

    /// The entry list's width at 80 columns: a head kept before a middle cut ends at a word's
    /// end, or three letters into a word at least (not «ДИИ 2023: М…сул талууд»).
    #[test]
    fn a_head_never_ends_one_or_two_letters_into_a_word() {
        let pair = [
            "ДИИ 2023: Монголын гол давуу талууд",
            "ДИИ 2023: Монголын гол сул талууд",
        ];
        let shown = column(&pair, 22);
        assert_ne!(shown[0], shown[1], "{shown:?}");
        for (s, title) in shown.iter().zip(pair) {
            let head = s.split('…').next().unwrap_or_default();
            let last = head.rsplit(' ').next().unwrap_or_default();
            let whole_word = title.split(' ').any(|w| w == last);
            assert!(whole_word || last.chars().count() >= 3, "{s}");
            assert!(s.ends_with("талууд"), "{s}");
        }
    }

    /// A law's year is what a reader scanning laws looks for: a title cut at its end keeps
    /// the date it ends with, in a wide row as in a narrow one; a title without one, or a row
    /// too narrow to hold both, is cut at its end.
    #[test]
    fn a_title_cut_keeps_the_date_it_ends_with() {
        let laws = [
            "Жижиг, дунд үйлдвэрийн тухай хууль (2007)",
            "Шинжлэх ухаан, технологийн тухай хууль (2006)",
        ];
        let shown = column(&laws, 30);
        assert_eq!(shown[0], "Жижиг, дунд үйлдвэрийн…(2007)");
        assert_eq!(shown[1], "Шинжлэх ухаан, технолог…(2006)");
        for s in &shown {
            assert!(str_width(s) <= 30, "{s}");
        }
        let period = column(&["Чацарганын салбарын хөгжлийн стратеги (2015–2025)"], 32);
        assert!(period[0].ends_with("…(2015–2025)"), "{period:?}");
        let narrow = column(&[laws[0]], 12);
        assert!(!narrow[0].contains('('), "{narrow:?}");
        let no_date = column(&["Кластерийн хөгжлийн үе шатууд (загвар)"], 20);
        assert!(!no_date[0].contains('('), "{no_date:?}");
    }

    #[test]
    fn two_titles_sharing_a_long_start_stay_distinct_at_24_columns() {
        for pair in [LITHUANIA, GII] {
            let shown = column(&pair, 24);
            assert_ne!(shown[0], shown[1], "{shown:?}");
            for (s, t) in shown.iter().zip(pair) {
                let start: String = t.chars().take(5).collect();
                assert!(s.starts_with(&start), "{s} keeps the start of {t}");
                assert!(s.contains('…') && str_width(s) <= 24, "{s}");
            }
        }
        assert_eq!(
            column(&LITHUANIA, 24),
            ["Литвийн ЕХ-ны санг…төсөв", "Литвийн ЕХ…төсөл, үр дүн",]
        );
        assert_eq!(
            column(&GII, 24),
            ["ДИИ-ийн шинж…PCT өргөдөл", "ДИИ-ийн шинжлэх…бүтээл",]
        );
    }

    #[test]
    fn a_unique_title_is_cut_at_its_end_as_before() {
        let titles = [
            LITHUANIA[0],
            "Канадын супер кластерийн хөтөлбөр дөрвөн тоогоор",
        ];
        let shown = column(&titles, 24);
        assert_eq!(shown[1], "Канадын супер кластерий…");
        assert_eq!(column(&["Industrial parks"], 10), ["Industria…"]);
        assert_eq!(column(&["Short"], 10), ["Short"]);
        // Rows that part only at the last character before the "…" count as alike.
        let near = ["Кластерийн бодлого: A хэсэг", "Кластерийн бодлого: B хэсэг"];
        let shown = column(&near, 22);
        assert!(
            shown[0].ends_with("…A хэсэг") && shown[1].ends_with("…B хэсэг"),
            "{shown:?}"
        );
        // The same title twice cannot be told apart by any cut: both keep the usual one.
        assert_eq!(
            column(&[LITHUANIA[0], LITHUANIA[0]], 24),
            ["Литвийн ЕХ-ны сангаас с…", "Литвийн ЕХ-ны сангаас с…"]
        );
    }

    #[test]
    fn ends_alike_show_a_window_where_the_titles_part() {
        let titles = [
            "Кластерийн хөгжлийн хөтөлбөр Литва улсад хэрэгжсэн нь: тоймын тайлан",
            "Кластерийн хөгжлийн хөтөлбөр Эстони улсад хэрэгжсэн нь: тоймын тайлан",
        ];
        let shown = column(&titles, 30);
        assert_ne!(shown[0], shown[1], "{shown:?}");
        assert!(
            shown[0].contains("Литва") && shown[1].contains("Эстони"),
            "{shown:?}"
        );
        assert!(shown.iter().all(|s| s.ends_with('…') && str_width(s) <= 30));
    }

    #[test]
    fn the_width_is_never_exceeded_and_wide_characters_stay_whole() {
        let titles = [
            "中文标题很长很长的第一个版本甲",
            "中文标题很长很长的第一个版本乙",
            "中文标题很长很长的第一个版本丙丁",
            "Цэс ба 中文 холимог гарчиг, урт урт урт А",
            "Цэс ба 中文 холимог гарчиг, урт урт урт Б",
        ];
        for width in 0..40 {
            let shown = column(&titles, width);
            for (s, t) in shown.iter().zip(titles) {
                assert!(str_width(s) <= width.max(1), "{width}: {s}");
                let kept: String = s.chars().filter(|c| *c != '…').collect();
                assert!(kept.chars().all(|c| t.contains(c)), "{s}");
            }
            if width >= 12 {
                let mut distinct = shown.clone();
                distinct.sort();
                distinct.dedup();
                assert_eq!(distinct.len(), titles.len(), "{width}: {shown:?}");
            }
        }
        assert_eq!(column(&["中文标题"], 5), ["中文…"]);
    }

    #[test]
    fn glyphs_name_each_shown_characters_place_in_the_title() {
        let cuts = cuts(&[(LITHUANIA[0], 24), (LITHUANIA[1], 24)]);
        let glyphs = cuts[0].glyphs(LITHUANIA[0]);
        let len = LITHUANIA[0].chars().count();
        assert_eq!(glyphs.last(), Some(&(Some(len - 1), 'в')));
        assert!(glyphs.contains(&(None, '…')));
    }

    #[test]
    fn titles_fitted_to_a_room_of_their_own_measure_are_cut_alike_titles_apart() {
        // Room for 30 columns on a first line and 20 on a second.
        let fits = |text: &str| {
            let first = start_chars(&text.chars().collect::<Vec<_>>(), 30);
            let rest: String = text.chars().skip(first).collect();
            str_width(&rest) <= 20
        };
        let shown = fit_column_to(&GII, 50, fits);
        assert_ne!(shown[0], shown[1], "{shown:?}");
        assert!(shown[0].ends_with("…PCT өргөдөл"), "{shown:?}");
        assert!(shown[1].ends_with("бүтээл"), "{shown:?}");
        assert!(shown.iter().all(|s| fits(s) && s.starts_with("ДИИ-ийн")));
        assert_eq!(fit_column_to(&["Short"], 50, fits), ["Short"]);
        let unique = fit_column_to(&[LITHUANIA[0], GII[0]], 50, |t| str_width(t) <= 24);
        assert_eq!(
            unique,
            ["Литвийн ЕХ-ны сангаас с…", "ДИИ-ийн шинжлэх ухаан, …"]
        );
        assert_eq!(fit_column_to(&[GII[0]], 50, |_| false), ["…"]);
    }
}
