//! Splits an entry file into its YAML front matter and its per-language Markdown sections,
//! remembering where each part starts so diagnostics can name lines of the original file.
//!
//! Accepts a UTF-8 byte-order mark and CRLF line ends (both are normal on Windows).

use crate::diagnostic::Problem;
use crate::lang::Lang;

/// One language's Markdown and the file line its first line is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub text: String,
    pub first_line: usize,
}

/// The parts of an entry file.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parts {
    /// The YAML between the `---` lines, with `\n` line ends.
    pub front_matter: String,
    /// File line of the front matter's first line (2 unless the file starts with blank lines).
    pub front_matter_line: usize,
    pub en: Option<Section>,
    pub mn: Option<Section>,
    /// Problems in the body (unknown or repeated markers, stray text), with their file lines.
    pub problems: Vec<(usize, Problem)>,
}

fn is_fence(line: &str) -> bool {
    line.trim_end() == "---"
}

/// The lines of `text` as the YAML parser counts them: LF, CRLF, a lone CR, NEL (U+0085) and
/// the Unicode line and paragraph separators each end a line, so diagnostics from the parser and
/// from toli agree on line numbers.
pub fn lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}') {
            out.push(&text[start..i]);
            if c == '\r' && chars.peek().is_some_and(|&(_, n)| n == '\n') {
                chars.next();
                start = i + 2;
            } else {
                start = i + c.len_utf8();
            }
        }
    }
    out.push(&text[start..]);
    out
}

/// Splits `text`. Fails (with the line to report) when there is no usable front matter.
pub fn split(text: &str) -> Result<Parts, (usize, Problem)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err((1, Problem::Empty));
    }
    let lines = lines(text);
    // Leading blank lines are tolerated; the first other line must open the front matter.
    let open = lines.iter().position(|l| !l.trim().is_empty()).unwrap_or(0);
    if !is_fence(lines[open]) {
        return Err((open + 1, Problem::NoFrontMatter));
    }
    let Some(close_rel) = lines[open + 1..]
        .iter()
        .position(|l| is_fence(l) || l.trim_end() == "...")
    else {
        return Err((open + 1, Problem::UnclosedFrontMatter));
    };
    let close = open + 1 + close_rel;
    let mut parts = Parts {
        front_matter: lines[open + 1..close].join("\n"),
        front_matter_line: open + 2,
        ..Parts::default()
    };

    // Each language's text, from its first `::: ` line on. The text under a second `::: en`
    // (or `::: mn`) line is added after the first's, nothing dropped: the lines between (the
    // other language's, the repeated line) are kept blank, so that a line inside still counts
    // from `first_line`; the repeat is said at its line with the first's.
    let mut texts: [Option<(usize, Vec<&str>)>; 2] = [None, None];
    // The language of the lines being read, and the repeat they are under, if any (an index
    // of `repeats`, which gathers each repeat's lines to tell the language they are in).
    let mut current: Option<(Lang, Option<usize>)> = None;
    let mut repeats: Vec<(usize, Vec<&str>)> = Vec::new();
    let mut outside: Vec<&str> = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(close + 1) {
        let file_line = i + 1;
        if let Some(marker) = line.trim_end().strip_prefix(":::") {
            let marker = marker.trim();
            let lang = match marker {
                "en" => Lang::En,
                "mn" => Lang::Mn,
                other => {
                    // A line naming a language otherwise (`::: eng`, `::: Монгол`) is read as
                    // that language's, so its text is kept; any other starts no section.
                    let read_as = meant_language(other);
                    parts.problems.push((
                        file_line,
                        Problem::UnknownSection {
                            marker: other.to_string(),
                            read_as,
                        },
                    ));
                    match read_as {
                        Some(lang) => lang,
                        None => continue,
                    }
                }
            };
            let repeat = match &texts[lang as usize] {
                Some((first_line, _)) => {
                    let problem = Problem::DuplicateSection {
                        lang,
                        first: first_line - 1,
                        written: lang,
                    };
                    repeats.push((parts.problems.len(), Vec::new()));
                    parts.problems.push((file_line, problem));
                    Some(repeats.len() - 1)
                }
                None => {
                    texts[lang as usize] = Some((file_line + 1, Vec::new()));
                    None
                }
            };
            current = Some((lang, repeat));
        } else if let Some((lang, repeat)) = current {
            if let Some((first_line, body)) = texts[lang as usize].as_mut() {
                body.resize(file_line - *first_line, "");
                body.push(line);
            }
            if let Some((_, part)) = repeat.and_then(|r| repeats.get_mut(r)) {
                part.push(line);
            }
        } else if !line.trim().is_empty() {
            if outside.is_empty() {
                parts.problems.push((
                    file_line,
                    Problem::TextOutsideSection {
                        lines: 0,
                        lang: Lang::En,
                    },
                ));
            }
            outside.push(line);
        }
    }
    for (lang, text) in Lang::ALL.into_iter().zip(texts) {
        let section = text.map(|(first_line, body)| Section {
            text: body.join("\n").trim_end().to_string() + "\n",
            first_line,
        });
        match lang {
            Lang::En => parts.en = section,
            Lang::Mn => parts.mn = section,
        }
    }
    // The text no section holds is said once, at its first line, with how many lines it has
    // and the language it is written in, to move it under.
    for (_, problem) in &mut parts.problems {
        if let Problem::TextOutsideSection { lines, lang } = problem {
            *lines = outside.len();
            *lang = written_in(&outside);
        }
    }
    // A repeat's text in the other language was most likely meant to be under its line.
    for (at, part) in repeats {
        if let Some((_, Problem::DuplicateSection { written, .. })) = parts.problems.get_mut(at)
            && part.iter().any(|l| l.chars().any(char::is_alphabetic))
        {
            *written = written_in(&part);
        }
    }
    // A section with only whitespace counts as missing.
    for slot in [&mut parts.en, &mut parts.mn] {
        if slot.as_ref().is_some_and(|s| s.text.trim().is_empty()) {
            *slot = None;
        }
    }
    Ok(parts)
}

/// The language a `::: ` line names in another way than `en` or `mn`: `eng`, `English`,
/// `EN`, `mon`, `монгол`, `англи`.
fn meant_language(marker: &str) -> Option<Lang> {
    let word = marker.trim_end_matches([':', '.']).trim().to_lowercase();
    let names = |starts: &[&str]| starts.iter().any(|s| word.starts_with(s));
    if word == "ан" || names(&["en", "англи"]) {
        Some(Lang::En)
    } else if word == "мн" || names(&["mn", "mon", "монгол"]) {
        Some(Lang::Mn)
    } else {
        None
    }
}

/// The language `lines` are written in: Mongolian when most of their letters are Cyrillic.
fn written_in(lines: &[&str]) -> Lang {
    let letters = lines
        .iter()
        .flat_map(|l| l.chars())
        .filter(|c| c.is_alphabetic());
    let (cyrillic, other) = letters.fold((0usize, 0usize), |(c, o), ch| {
        if ('\u{400}'..='\u{4ff}').contains(&ch) {
            (c + 1, o)
        } else {
            (c, o + 1)
        }
    });
    if cyrillic > other { Lang::Mn } else { Lang::En }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_front_matter_and_sections_with_lines() {
        let p = split("---\nid: a\n---\n::: en\nHello\n\n::: mn\nСайн\n").expect("parts");
        assert_eq!(p.front_matter, "id: a");
        assert_eq!(p.front_matter_line, 2);
        let en = p.en.expect("en");
        assert_eq!(en.text, "Hello\n");
        assert_eq!(en.first_line, 5);
        assert_eq!(p.mn.expect("mn").first_line, 8);
        assert!(p.problems.is_empty());
    }

    #[test]
    fn lone_carriage_returns_end_lines_as_in_yaml() {
        assert_eq!(lines("a\rb\r\nc\nd"), ["a", "b", "c", "d"]);
        assert_eq!(lines("a\u{85}б\u{2028}c"), ["a", "б", "c"]);
        assert_eq!(lines(""), [""]);
    }

    #[test]
    fn accepts_bom_and_crlf() {
        let p = split("\u{feff}---\r\nid: a\r\n---\r\n::: en\r\nHi\r\n").expect("parts");
        assert_eq!(p.front_matter, "id: a");
        assert_eq!(p.en.expect("en").text, "Hi\n");
    }

    #[test]
    fn reports_missing_or_unclosed_front_matter() {
        assert_eq!(split("").expect_err("an error"), (1, Problem::Empty));
        assert_eq!(
            split("id: a\n").expect_err("an error"),
            (1, Problem::NoFrontMatter)
        );
        assert_eq!(
            split("\n---\nid: a\n").expect_err("an error"),
            (2, Problem::UnclosedFrontMatter)
        );
    }

    /// Text before the first section is said once, with its lines counted (blank ones not)
    /// and the language to move it under (coach walk 21, C-5).
    #[test]
    fn text_before_the_sections_is_counted_with_its_language() {
        let p = split("---\nid: a\n---\n- нэг\n\n- хоёр\n::: en\nx\n::: mn\nб\n").expect("parts");
        assert_eq!(
            p.problems,
            vec![(
                4,
                Problem::TextOutsideSection {
                    lines: 2,
                    lang: Lang::Mn
                }
            )]
        );
    }

    /// A second `::: en` line loses nothing: its text follows the first's, the lines between
    /// kept blank so that lines inside count from the first (coach walk 23); the repeat is
    /// said with the first's line and the language its text is written in.
    #[test]
    fn a_repeated_language_line_adds_its_text_after_the_first() {
        let p = split("---\nid: a\n---\n::: en\none\n::: mn\nнэг\n::: en\nхоёр\n").expect("parts");
        let en = p.en.expect("en");
        assert_eq!(en.first_line, 5);
        assert_eq!(en.text, "one\n\n\n\nхоёр\n");
        assert_eq!(en.text.lines().nth(9 - 5), Some("хоёр"));
        assert_eq!(p.mn.expect("mn").text, "нэг\n");
        assert_eq!(
            p.problems,
            vec![(
                8,
                Problem::DuplicateSection {
                    lang: Lang::En,
                    first: 4,
                    written: Lang::Mn
                }
            )]
        );
    }

    /// A line naming a language another way is read as that language's: its text is kept.
    #[test]
    fn a_language_line_written_otherwise_is_read_as_that_language() {
        let p = split("---\nid: a\n---\n::: eng\nx\n::: Монгол\nб\n").expect("parts");
        assert_eq!(p.en.expect("en").text, "x\n");
        assert_eq!(p.mn.expect("mn").text, "б\n");
        assert_eq!(meant_language("English:"), Some(Lang::En));
        assert_eq!(meant_language("mon"), Some(Lang::Mn));
        assert_eq!(meant_language("fr"), None);
    }

    #[test]
    fn reports_body_problems_at_their_lines() {
        let p = split("---\nid: a\n---\nstray\n::: fr\n::: en\nx\n::: en\ny\n").expect("parts");
        assert_eq!(
            p.problems,
            vec![
                (
                    4,
                    Problem::TextOutsideSection {
                        lines: 1,
                        lang: Lang::En
                    }
                ),
                (
                    5,
                    Problem::UnknownSection {
                        marker: "fr".into(),
                        read_as: None
                    }
                ),
                (
                    8,
                    Problem::DuplicateSection {
                        lang: Lang::En,
                        first: 6,
                        written: Lang::En
                    }
                ),
            ]
        );
    }
}
