//! Snippets: Markdown read as plain running text (links as their text or their entry's title,
//! a table's rows as their cells joined by " · ", without its header and rule), and an excerpt of about [`SNIPPET_CHARS`] chars around the first match of the query, with
//! the char positions of the matches in it.

use super::highlight::{positions, token_matches};
use super::query::Word;
use super::translit::KeyBuilder;
use crate::markdown::prose::LinkTitle;

/// Markdown reduced to plain running text: link syntax and emphasis dropped (a `[[id|text]]`
/// link keeps its text), a table read row by row ([`table_rows`]), whitespace collapsed.
pub fn plain(md: &str) -> String {
    plain_with(md, &|_| None)
}

/// Titles of linked entries by id, for [`plain_with`].
pub type Titles<'a> = dyn Fn(&str) -> Option<LinkTitle> + 'a;

/// [`plain`], with a bare `[[id]]` link read as its entry's title where `titles` knows it (a
/// snippet reads "the Investment Act (2013)", not an id), as the entry view reads it: a
/// definition's title lower-case mid-sentence ("a small cluster"), as written at the start of
/// a paragraph, list item, table cell or sentence.
pub fn plain_with(md: &str, titles: &Titles<'_>) -> String {
    let rows;
    let md = match md.contains('|') {
        true => {
            rows = table_rows(md);
            rows.as_str()
        }
        false => md,
    };
    let mut out = String::with_capacity(md.len());
    let mut chars = md.chars().peekable();
    let mut space = false;
    let mut link_start: Option<usize> = None;
    let mut piped = false;
    // Where the block (paragraph, list item, table cell) being read starts in `out`, and how
    // many line breaks the whitespace just read held.
    let mut block = 0;
    let mut breaks = 0;
    while let Some(c) = chars.next() {
        if !c.is_whitespace() && std::mem::take(&mut breaks) >= 2 {
            block = out.len();
        }
        match c {
            '[' if chars.peek() == Some(&'[') => {
                chars.next();
                if std::mem::take(&mut space) {
                    out.push(' ');
                }
                link_start = Some(out.len());
                piped = false;
            }
            // The id before the bar of `[[id|text]]` is not read.
            '|' if let Some(at) = link_start => {
                out.truncate(at);
                piped = true;
            }
            ']' if chars.peek() == Some(&']') => {
                chars.next();
                if let Some(at) = link_start.take()
                    && !piped
                    && let Some(title) = titles(&out[at..])
                {
                    out.truncate(at);
                    let before = out.get(block.min(at)..).unwrap_or_default();
                    let shown = title.after(before).into_owned();
                    out.push_str(&shown);
                }
            }
            ']' if chars.peek() == Some(&'(') => {
                for c in chars.by_ref() {
                    if c == ')' {
                        break;
                    }
                }
            }
            '|' | '#' => block = out.len(),
            '*' | '>' | '[' | ']' | '`' => {}
            c if c.is_whitespace() => {
                space = !out.is_empty();
                breaks += usize::from(c == '\n');
            }
            c => {
                if space {
                    out.push(' ');
                    space = false;
                }
                out.push(c);
                // A list item's marker starts a block of its own.
                if c == '-' && out.ends_with(" -") && chars.peek() == Some(&' ') {
                    block = out.len();
                }
            }
        }
    }
    out
}

/// A Markdown table's lines as a reader says them: each row its cells joined by " · ", rows
/// one after another with "; " between them, and neither the header row nor the `---` rule
/// under it («1 · Орон нутаг / аймгийн кластер · …», never «№ үе шат онцлог --------- 1»).
/// A line is a row when it starts or ends with a bar (a window cut inside a table starts
/// inside a row); the bar of a `[[id|text]]` link is no cell's end. Other lines are kept.
fn table_rows(md: &str) -> String {
    let is_row = |l: &str| {
        let t = l.trim();
        t.starts_with('|') || (t.ends_with('|') && !t.ends_with("||"))
    };
    let is_rule = |l: &str| {
        let t = l.trim();
        is_row(l) && t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
    };
    let lines: Vec<&str> = md.split('\n').collect();
    let mut out = String::with_capacity(md.len());
    let mut in_table = false;
    for (n, line) in lines.iter().enumerate() {
        let header = lines.get(n + 1).is_some_and(|next| is_rule(next));
        if !is_row(line) || is_rule(line) || header {
            if !is_row(line) {
                if n > 0 {
                    out.push('\n');
                }
                out.push_str(line);
                in_table = false;
            }
            continue;
        }
        let cells = cells(line);
        if cells.is_empty() {
            continue;
        }
        out.push_str(match (in_table, n) {
            (true, _) => "; ",
            (false, 0) => "",
            (false, _) => "\n",
        });
        out.push_str(&cells.join(" · "));
        in_table = true;
    }
    out
}

/// The cells of a table row, trimmed, empty ones left out; a bar inside `[[…]]` is a link's.
fn cells(row: &str) -> Vec<&str> {
    let mut cells = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let bytes = row.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'[' if bytes.get(i + 1) == Some(&b'[') => depth += 1,
            b']' if bytes.get(i + 1) == Some(&b']') => depth = depth.saturating_sub(1),
            b'|' if depth == 0 => {
                cells.push(row[start..i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    cells.push(row[start..].trim());
    cells.retain(|c| !c.is_empty());
    cells
}

/// Width of a snippet in chars.
pub const SNIPPET_CHARS: usize = 80;

/// Byte offset in `text` of the first word matching one of `words`, scanning word by word.
pub fn first_match(text: &str, words: &[Word]) -> Option<usize> {
    let mut b = KeyBuilder::new(false);
    let mut start = None;
    let mut found = None;
    let check = |b: &mut KeyBuilder, at: usize| {
        let hit = words.iter().any(|w| token_matches(b.text(), w));
        b.clear();
        hit.then_some(at)
    };
    for (i, c) in text.char_indices() {
        if super::fold::is_word_char(c) {
            start.get_or_insert(i);
            b.push(c, 0);
        } else if let Some(at) = start.take()
            && !b.is_empty()
        {
            found = check(&mut b, at);
            if found.is_some() {
                break;
            }
        } else {
            b.clear();
        }
    }
    if found.is_none()
        && let Some(at) = start
        && !b.is_empty()
    {
        found = check(&mut b, at);
    }
    found
}

/// An excerpt of about [`SNIPPET_CHARS`] chars of `text` around the first match of `words`,
/// with the char positions of the matches inside the excerpt. Only a window of the text around
/// the first match is cleaned and keyed, so long bodies cost little.
pub fn snippet(text: &str, words: &[Word]) -> (String, Vec<usize>) {
    snippet_titled(text, words, &|_| None)
}

/// [`snippet`], with bare links read as the titles `titles` gives ([`plain_with`]).
pub fn snippet_titled(text: &str, words: &[Word], titles: &Titles<'_>) -> (String, Vec<usize>) {
    snippet_at(text, words, titles, false)
}

/// [`snippet_titled`] from the text's start when `head` (a sentence answering a question
/// from its start), else around the first match.
pub fn snippet_at(
    text: &str,
    words: &[Word],
    titles: &Titles<'_>,
    head: bool,
) -> (String, Vec<usize>) {
    let at = match head {
        true => 0,
        false => first_match(text, words).unwrap_or(0),
    };
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    // Cyrillic takes two bytes a char: this is enough for the excerpt after cleaning.
    let from = floor(at.saturating_sub(SNIPPET_CHARS * 3 / 2));
    let to = floor((at + SNIPPET_CHARS * 4).min(text.len()));
    let cut = to < text.len();
    let text = plain_with(&text[from..to], titles);
    // Highlights are worked out on the excerpt shown only, which starts a little before the
    // first match (at a word boundary when one is near).
    let chars: Vec<char> = text.chars().collect();
    let first = match head {
        true => 0,
        false => first_match(&text, words).map_or(0, |b| text[..b].chars().count()),
    };
    let mut start = first.saturating_sub(SNIPPET_CHARS / 4);
    // The excerpt starts at a word when the text goes on before it: past the space before the
    // match, or, for a window that begins inside a word, past its first space (a match only in
    // a link's target leaves none in the text shown).
    let limit = match first {
        0 => (SNIPPET_CHARS / 4).min(chars.len()),
        _ => first,
    };
    if (start > 0 || from > 0)
        && let Some(sp) = (start..limit).find(|&i| chars[i].is_whitespace())
    {
        start = sp + 1;
    }
    let end = reach_end(&chars, (start + SNIPPET_CHARS).min(chars.len()));
    let lead = usize::from(start > 0 || from > 0);
    let mut s: String = if lead == 1 {
        "…".into()
    } else {
        String::new()
    };
    let shown: String = chars[start..end].iter().collect();
    let marks = positions(&shown, words, None)
        .into_iter()
        .map(|p| p + lead)
        .collect();
    s.push_str(&shown);
    if end < chars.len() || cut {
        s.push('…');
    }
    (s, marks)
}

/// Chars a snippet may run past its width to end where its fact or sentence ends.
const SNIPPET_REACH: usize = 24;

/// Where a snippet cut at `end` of `chars` stops: at the end of the fact, clause or sentence it
/// is in when that comes within [`SNIPPET_REACH`] chars, so that a figure is not cut off just
/// before its value («… эзлэх хувь (ойролцоогоор): 35%», not «… эзлэх хувь (ойролцоогоор…»).
fn reach_end(chars: &[char], end: usize) -> usize {
    if end >= chars.len() {
        return chars.len();
    }
    let limit = (end + SNIPPET_REACH).min(chars.len());
    if limit == chars.len() {
        return limit;
    }
    let boundary = |i: usize| match chars[i] {
        '\n' | '·' | ';' => true,
        '.' | ',' => chars.get(i + 1).is_none_or(|c| c.is_whitespace()),
        _ => false,
    };
    match (end..limit).find(|&i| boundary(i)) {
        // The words before a separator, without a space left hanging before it.
        Some(i) => {
            let mut j = i;
            while j > end && chars[j - 1].is_whitespace() {
                j -= 1;
            }
            j
        }
        None => end,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;

    fn words(q: &str) -> Vec<Word> {
        Query::parse(q).words
    }

    #[test]
    fn a_snippet_ends_with_its_fact_not_just_before_the_value() {
        let facts = "Салбар: мэдээлэл, харилцаа холбоо · Шилдэг 10 кластерийн дэлхийн патентын \
                     өргөдөлд эзлэх хувь (ойролцоогоор): 35% · Он: 2023 · Эх сурвалж: Дэлхийн \
                     оюуны өмчийн байгууллага";
        let (s, _) = snippet(facts, &words("кластерийн"));
        assert!(s.contains("(ойролцоогоор): 35%…"), "{s}");
        assert!(!s.contains("Он: 2023"), "{s}");
        // Far from any end the snippet keeps its width.
        let long = "word ".repeat(60);
        let (s, _) = snippet(&long, &words("word"));
        assert!(s.chars().count() <= SNIPPET_CHARS + 2, "{s}");
    }

    #[test]
    fn snippets_centre_on_the_match() {
        let body = "First paragraph about nothing in particular, quite long indeed and more.\n\n\
                    The **[[incubator]]** helps start-ups grow in the park.";
        let (s, marks) = snippet(body, &words("incubator"));
        assert!(s.starts_with('…'), "{s}");
        let chars: Vec<char> = s.chars().collect();
        let hit: String = marks.iter().map(|&i| chars[i]).collect();
        assert_eq!(hit, "incubator");
        assert_eq!(plain("a [text](id) **b**\n\nc"), "a text b c");
        assert_eq!(
            plain("a [[cluster|кластерийн]] b [[itp]]"),
            "a кластерийн b itp"
        );
        assert_eq!(plain("| a | [[x|y]] |"), "a · y");
        let titles: &Titles<'_> = &|id| {
            (id == "itp").then(|| LinkTitle {
                text: "ITP".to_string(),
                common_noun: false,
            })
        };
        assert_eq!(
            plain_with("a [[itp]] b [[itp|parks]] [[other]]", titles),
            "a ITP b parks other"
        );
    }

    /// A definition's title reads lower-case mid-sentence, as the entry view reads it, and as
    /// written where a paragraph, list item, table cell or sentence starts.
    #[test]
    fn a_definition_reads_lower_case_mid_sentence() {
        let titles: &Titles<'_> = &|id| {
            (id == "cluster").then(|| LinkTitle {
                text: "Cluster".to_string(),
                common_noun: true,
            })
        };
        let read = |md: &str| plain_with(md, titles);
        assert_eq!(read("a small [[cluster]] grew"), "a small cluster grew");
        assert_eq!(read("[[cluster]] grew"), "Cluster grew");
        assert_eq!(read("It grew. [[cluster]] too"), "It grew. Cluster too");
        assert_eq!(read("one grew\n\n[[cluster]] too"), "one grew Cluster too");
        assert_eq!(
            read("the list\n- [[cluster]] too"),
            "the list - Cluster too"
        );
        assert_eq!(read("| a | [[cluster]] |"), "a · Cluster");
        assert_eq!(read("a **[[cluster]]** b"), "a cluster b");
    }

    /// Walk 26 (P-2): a matched table reads as its rows, cells joined by " · ", without the
    /// header run into the first row or the `---` rule; a link's bar inside a cell stays a
    /// link's.
    #[test]
    fn a_table_reads_as_its_rows_never_its_rule_or_header() {
        let body = "Кластерийг дөрвөн үе шатад хуваадаг:\n\n\
                    | № | Үе шат | Онцлог |\n\
                    |---|---|---|\n\
                    | 1 | Орон нутаг / аймгийн кластер | [[cluster|Кластер]] эхэлнэ |\n\
                    | 2 | Бүсийн кластер | өргөжнө |\n\n\
                    Дараагийн догол мөр.";
        assert_eq!(
            plain(body),
            "Кластерийг дөрвөн үе шатад хуваадаг: 1 · Орон нутаг / аймгийн кластер · \
             Кластер эхэлнэ; 2 · Бүсийн кластер · өргөжнө Дараагийн догол мөр."
        );
        let (s, _) = snippet(body, &words("үе шат"));
        assert!(
            s.contains("хуваадаг: 1 · Орон нутаг / аймгийн кластер"),
            "{s}"
        );
        assert!(!s.contains("---") && !s.contains("Онцлог"), "{s}");
        // A window that starts inside a row keeps the rest of that row's cells apart.
        assert_eq!(
            plain("гийн кластер | өргөжнө |\n| 3 | Үндэсний |"),
            "гийн кластер · өргөжнө; 3 · Үндэсний"
        );
        // Text with a bar that is no table is read as before.
        assert_eq!(plain("a [[x|y]] b"), "a y b");
    }

    /// A snippet whose window begins inside a word starts at the next word, even when the
    /// word matched was only in a link's target («…эрэгсэл» was shown for «хэрэгсэл»).
    #[test]
    fn a_snippet_never_starts_inside_a_word() {
        let text = "Эдгээр хэрэгсэл хуульд байгаа ч практикт хэрэгжихгүй байна. \
                    [[sip-incentives-law-on-innovation|Инновацийн тухай хуульд]] татварын \
                    чөлөөлөлт, зээл, ваучер зэргийг заасан";
        let (s, _) = snippet(text, &words("who recomended innovation vouchers"));
        assert!(s.starts_with("…хуульд байгаа"), "{s}");
    }
}
