//! Web addresses written bare in a text ("see https://…"): found so that handouts make them
//! links. Punctuation that ends the sentence is not part of the address.

use std::sync::OnceLock;

use regex::Regex;

/// A piece of text: plain, or a web address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Url(&'a str),
}

fn pattern() -> &'static Regex {
    static PATTERN: OnceLock<Regex> = OnceLock::new();
    PATTERN
        .get_or_init(|| Regex::new(r#"https?://[^\s<>"«»“”]+"#).expect("the URL pattern is valid"))
}

/// The address at the start of `found`, without the sentence's closing punctuation (a closing
/// bracket stays when the address opened one).
fn trim(found: &str) -> &str {
    let mut url = found;
    loop {
        let Some(last) = url.chars().last() else {
            return url;
        };
        let unbalanced = last == ')' && url.matches('(').count() < url.matches(')').count();
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '\'' | '’') || unbalanced {
            url = &url[..url.len() - last.len_utf8()];
        } else {
            return url;
        }
    }
}

/// `text` cut into plain pieces and web addresses, in order.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut at = 0;
    for m in pattern().find_iter(text) {
        let url = trim(m.as_str());
        if url.len() <= "https://".len() {
            continue;
        }
        if m.start() > at {
            out.push(Piece::Text(&text[at..m.start()]));
        }
        out.push(Piece::Url(url));
        at = m.start() + url.len();
    }
    if at < text.len() {
        out.push(Piece::Text(&text[at..]));
    }
    out
}

/// True for an address a handout may link to: http, https or mailto.
pub fn is_external(target: &str) -> bool {
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|p| target.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_addresses_and_leaves_the_sentence_punctuation_out() {
        assert_eq!(
            pieces("See https://www.ksp.go.kr/a?b=1. Then (http://x.org/y)."),
            [
                Piece::Text("See "),
                Piece::Url("https://www.ksp.go.kr/a?b=1"),
                Piece::Text(". Then ("),
                Piece::Url("http://x.org/y"),
                Piece::Text(")."),
            ]
        );
        assert_eq!(
            pieces("https://en.wikipedia.org/wiki/Cluster_(economics)"),
            [Piece::Url(
                "https://en.wikipedia.org/wiki/Cluster_(economics)"
            )]
        );
        assert_eq!(pieces("no address"), [Piece::Text("no address")]);
        assert_eq!(pieces("https:// alone"), [Piece::Text("https:// alone")]);
    }
}
