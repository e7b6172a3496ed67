//! Makes untrusted text safe to print: control characters, escape sequences, bidi overrides and
//! zero-width characters from content files are shown as visible placeholders, never sent to the
//! terminal as commands.

use std::borrow::Cow;

/// True for characters that must not reach a terminal as they are.
fn is_hazard(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c,
            '\u{200B}'..='\u{200F}'   // zero-width space/joiners, LRM, RLM
            | '\u{202A}'..='\u{202E}' // bidi embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner, invisible operators
            | '\u{2066}'..='\u{2069}' // bidi isolates
            | '\u{FEFF}'              // zero-width no-break space
        )
}

/// The visible stand-in for a hazardous character: `^[` for ESC and other C0 controls in caret
/// notation, `<U+XXXX>` for the rest.
fn placeholder(c: char, out: &mut String) {
    let code = c as u32;
    if code < 0x20 {
        out.push('^');
        out.push(char::from_u32(code + 0x40).unwrap_or('?'));
    } else if code == 0x7f {
        out.push_str("^?");
    } else {
        out.push_str(&format!("<U+{code:04X}>"));
    }
}

/// `text` with every hazardous character replaced by a visible placeholder. Newlines and tabs
/// stay. Borrows when there is nothing to replace.
pub fn inert(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hazard) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_hazard(c) {
            placeholder(c, &mut out);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible() {
        assert_eq!(inert("a\u{1b}[31mred"), "a^[[31mred");
        assert_eq!(inert("osc\u{1b}]52;c;x\u{7}"), "osc^[]52;c;x^G");
        assert_eq!(inert("c1\u{9b}2J"), "c1<U+009B>2J");
        assert_eq!(inert("bidi\u{202E}x"), "bidi<U+202E>x");
        assert_eq!(inert("zw\u{200B}j"), "zw<U+200B>j");
    }

    #[test]
    fn ordinary_text_is_borrowed() {
        assert!(matches!(inert("Кластер\ttab\nline"), Cow::Borrowed(_)));
    }
}
