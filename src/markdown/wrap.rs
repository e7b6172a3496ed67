//! Wrapping styled text by display width: a line of [`Glyph`]s (a character with its style and
//! the link it belongs to) is broken at spaces, after hyphens and slashes, and around wide (CJK)
//! characters; words longer than the width are broken between characters. Plain one-shot
//! output ([`wrap_words`]) breaks at spaces only. Widths come from unicode-width, so Cyrillic
//! counts one column and CJK and emoji two.

use ratatui::style::Style;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// One character of rendered text with its style and the link (ordinal) it belongs to. A
/// page is converted glyph by glyph, so the link is kept in 32 bits: 28 bytes a glyph, not 40.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    pub ch: char,
    pub style: Style,
    link: Option<u32>,
}

impl Glyph {
    pub fn new(ch: char, style: Style, link: Option<usize>) -> Glyph {
        let link = link.and_then(|l| u32::try_from(l).ok());
        Glyph { ch, style, link }
    }

    /// The link (ordinal) this glyph belongs to.
    pub fn link(&self) -> Option<usize> {
        self.link.map(|l| l as usize)
    }
}

/// Appends the glyphs of `text` in one style to `out` (tabs become spaces).
pub fn push_glyphs(out: &mut Vec<Glyph>, text: &str, style: Style, link: Option<usize>) {
    out.extend(
        text.chars()
            .map(|c| Glyph::new(if c == '\t' { ' ' } else { c }, style, link)),
    );
}

/// Glyphs of `text` in one style (tabs become spaces).
pub fn glyphs(text: &str, style: Style, link: Option<usize>) -> Vec<Glyph> {
    let mut out = Vec::with_capacity(text.len());
    push_glyphs(&mut out, text, style, link);
    out
}

/// Display width of one character (controls count zero; they never get here after `inert`).
pub fn char_width(ch: char) -> usize {
    ch.width().unwrap_or(0)
}

/// The emoji presentation selector: after a digit or a symbol such as ☺ it asks for the emoji,
/// two columns wide.
const EMOJI_SELECTOR: char = '\u{fe0f}';

/// Display width `ch` adds after `prev`, as a terminal (and ratatui) counts the string: the
/// emoji selector widens the character before it ("0\u{fe0f}" is two columns, not one).
fn width_after(prev: Option<char>, ch: char) -> usize {
    match (prev, ch) {
        (Some(p), EMOJI_SELECTOR) => {
            let mut pair = [0u8; 8];
            let p_len = p.encode_utf8(&mut pair).len();
            let sel_len = EMOJI_SELECTOR.encode_utf8(&mut pair[p_len..]).len();
            std::str::from_utf8(&pair[..p_len + sel_len])
                .map_or(0, |pair| pair.width().saturating_sub(char_width(p)))
        }
        _ => char_width(ch),
    }
}

/// Display width of a run of glyphs.
pub fn width(line: &[Glyph]) -> usize {
    let mut prev = None;
    line.iter()
        .map(|g| width_after(prev.replace(g.ch), g.ch))
        .sum()
}

/// Display width of a string.
pub fn str_width(s: &str) -> usize {
    let mut prev = None;
    s.chars()
        .map(|c| width_after(prev.replace(c), c))
        .sum()
}

fn trim_end(mut line: Vec<Glyph>) -> Vec<Glyph> {
    while line.last().is_some_and(|g| g.ch == ' ') {
        line.pop();
    }
    line
}

fn trim_start(line: Vec<Glyph>) -> Vec<Glyph> {
    let skip = line.iter().take_while(|g| g.ch == ' ').count();
    line.into_iter().skip(skip).collect()
}

/// Breaks `glyphs` into lines of at most `max` columns ('\n' forces a break). Always returns at
/// least one line.
pub fn wrap(glyphs: &[Glyph], max: usize) -> Vec<Vec<Glyph>> {
    let max = max.max(1);
    // A line rarely holds more than `max` glyphs: allocate each once.
    let line = || Vec::with_capacity(max.min(glyphs.len()) + 1);
    let mut lines: Vec<Vec<Glyph>> = Vec::new();
    let mut cur: Vec<Glyph> = line();
    let mut cur_w = 0usize;
    // `cur[..b]` may end a line.
    let mut brk: Option<usize> = None;
    for g in glyphs {
        if g.ch == '\n' {
            lines.push(trim_end(std::mem::replace(&mut cur, line())));
            cur_w = 0;
            brk = None;
            continue;
        }
        let w = width_after(cur.last().map(|p| p.ch), g.ch);
        if g.ch == ' ' && cur.is_empty() && !lines.is_empty() {
            continue;
        }
        // The emoji selector stays with its character: when the pair does not fit, both go on.
        if g.ch == EMOJI_SELECTOR {
            if cur_w + w > max && cur.len() > 1 {
                let glyph = cur.pop();
                lines.push(trim_end(std::mem::replace(&mut cur, line())));
                cur.extend(glyph);
                cur_w = width(&cur);
                brk = None;
            }
            cur.push(*g);
            cur_w += w;
            continue;
        }
        if w == 2 {
            brk = Some(cur.len());
        }
        while cur_w + w > max && !cur.is_empty() {
            if g.ch == ' ' {
                lines.push(trim_end(std::mem::replace(&mut cur, line())));
            } else if let Some(b) = brk.filter(|&b| b > 0 && b <= cur.len()) {
                let rest = trim_start(cur.split_off(b));
                lines.push(trim_end(std::mem::replace(&mut cur, line())));
                cur = rest;
            } else {
                lines.push(std::mem::replace(&mut cur, line()));
            }
            cur_w = width(&cur);
            brk = None;
        }
        if g.ch == ' ' && cur.is_empty() && !lines.is_empty() {
            continue;
        }
        // A hyphen after a digit or a capital joins a Mongolian ending to a number or an
        // abbreviation ("3-р", "ДНБ-ий", "ҮТП-ийн"): no break there.
        let joins_ending = g.ch == '-'
            && cur
                .last()
                .is_some_and(|p| p.ch.is_numeric() || p.ch.is_uppercase());
        cur.push(*g);
        cur_w += w;
        if g.ch == ' ' || w == 2 || (g.ch == '-' && !joins_ending) || g.ch == '/' {
            brk = Some(cur.len());
        }
    }
    if !cur.is_empty() || lines.is_empty() {
        lines.push(trim_end(cur));
    }
    lines
}

/// Plain text: `line` wrapped at `width` display columns, the lines after the first indented by
/// `indent` spaces (so a list item's text lines up under its first word). Lines break only at spaces:
/// an id or an address stays whole, to be copied.
pub fn wrap_words(line: &str, width: usize, indent: usize) -> Vec<String> {
    let mut lines = Vec::new();
    // Leading spaces (a list item's "  - ") are kept as they are.
    let words = line.trim_start_matches(' ');
    let mut cur = line[..line.len() - words.len()].to_string();
    let mut cur_width = cur.len();
    let mut has_word = false;
    for word in words.split(' ').filter(|w| !w.is_empty()) {
        let w = str_width(word);
        if has_word && cur_width + 1 + w > width {
            lines.push(std::mem::replace(&mut cur, " ".repeat(indent)));
            cur_width = indent;
            has_word = false;
        }
        if has_word {
            cur.push(' ');
            cur_width += 1;
        }
        cur.push_str(word);
        cur_width += w;
        has_word = true;
    }
    lines.push(cur);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(lines: &[Vec<Glyph>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|g| g.ch).collect())
            .collect()
    }

    fn w(s: &str, max: usize) -> Vec<String> {
        text(&wrap(&glyphs(s, Style::default(), None), max))
    }

    #[test]
    fn breaks_at_spaces() {
        assert_eq!(w("one two three", 7), ["one two", "three"]);
        assert_eq!(w("", 5), [""]);
    }

    #[test]
    fn cyrillic_counts_one_column_per_letter() {
        let lines = w("Кластер бол газарзүйн бөөгнөрөл", 12);
        assert_eq!(lines, ["Кластер бол", "газарзүйн", "бөөгнөрөл"]);
        for l in &lines {
            assert!(str_width(l) <= 12);
        }
    }

    #[test]
    fn cjk_is_two_columns_and_breaks_anywhere() {
        let lines = w("产业集群是一个地理集中", 8);
        assert_eq!(lines, ["产业集群", "是一个地", "理集中"]);
        for l in &lines {
            assert!(str_width(l) <= 8);
        }
    }

    #[test]
    fn the_emoji_selector_widens_its_character_and_stays_with_it() {
        use unicode_width::UnicodeWidthStr;
        assert_eq!(str_width("0\u{fe0f}"), "0\u{fe0f}".width());
        let lines = w("00\u{fe0f}⭶ැઽ  a0", 2);
        assert_eq!(lines, ["0", "0\u{fe0f}", "⭶ැ", "ઽ", "a0"]);
        for l in &lines {
            assert!(l.width() <= 2, "{l:?}");
        }
    }

    #[test]
    fn emoji_are_two_columns() {
        let lines = w("🚀🚀🚀 go", 4);
        assert_eq!(lines, ["🚀🚀", "🚀", "go"]);
    }

    #[test]
    fn long_words_are_broken() {
        assert_eq!(w("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(
            w("see supercalifragilistic", 8),
            ["see", "supercal", "ifragili", "stic"]
        );
    }

    #[test]
    fn hyphens_allow_a_break() {
        assert_eq!(w("science-technology", 10), ["science-", "technology"]);
    }

    #[test]
    fn endings_after_a_number_or_an_abbreviation_stay_on() {
        assert_eq!(w("хүснэгт 3-р хүснэгт", 10), ["хүснэгт", "3-р", "хүснэгт"]);
        assert_eq!(w("аа ДНБ-ий хувь", 7), ["аа", "ДНБ-ий", "хувь"]);
    }

    #[test]
    fn zero_width_never_loops() {
        assert_eq!(w("abc", 0), ["a", "b", "c"]);
    }

    #[test]
    fn wraps_at_spaces_with_a_hanging_indent() {
        let lines = wrap_words(
            "  - Cluster support raised turnover (lithuania-cluster-rd-export-effects)",
            40,
            4,
        );
        assert_eq!(
            lines,
            [
                "  - Cluster support raised turnover",
                "    (lithuania-cluster-rd-export-effects)"
            ]
        );
        assert_eq!(
            wrap_words("Кластер бол газарзүйн бөөгнөрөл", 12, 0),
            ["Кластер бол", "газарзүйн", "бөөгнөрөл"]
        );
        assert_eq!(wrap_words("short", 80, 2), ["short"]);
        assert_eq!(wrap_words("", 80, 0), [""]);
        // A word longer than the width stays whole, on its own line.
        assert_eq!(
            wrap_words("see https://example.org/a/very/long/address", 20, 2),
            ["see", "  https://example.org/a/very/long/address"]
        );
    }
}
