//! The short fields of every entry (id, titles, aliases, tags) as fuzzy and tier matching need
//! them: lower-cased text, the words of the ASCII key, the words before a parenthesis or a colon, and a
//! letter mask.
//!
//! They live in one flat [`ShortTable`] — all texts in a single string, numbers in one list —
//! rather than three strings per field: a keystroke's scan walks contiguous memory, and a
//! snapshot decodes one string and two arrays.

use super::Field;
use super::index::field_bit;
use super::tokens::TokenIndexBuilder;
use crate::corpus::model::Entry;
use crate::lang::Lang;

/// A short field of one entry, borrowed from the [`ShortTable`].
#[derive(Debug, Clone, Copy)]
pub struct Short<'a> {
    pub field: Field,
    pub lang: Lang,
    /// The original text lower-cased (one char per char).
    pub lower: &'a str,
    /// The words of the text's key joined by single spaces.
    pub words: &'a str,
    /// The same for the text before a parenthesis or a colon ("STI park (science …)" →
    /// "sti park").
    pub head: &'a str,
    /// The number of words in `words` and in `head`.
    pub words_n: u32,
    pub head_n: u32,
    /// Bit `b - 'a'` for letters, 26 + digit/2 for digits, of the key.
    pub mask: u32,
}

/// One short field's numbers; its texts are `lower`, `words`, `head` one after the other in the
/// table's text, ending at these offsets (the first starts where the previous field's ends).
#[derive(Debug, Clone, Copy, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
struct Row {
    field: Field,
    lang: Lang,
    lower_end: u32,
    words_end: u32,
    head_end: u32,
    words_n: u32,
    head_n: u32,
    mask: u32,
}

/// The short fields of entries `0..len()`, in entry order, as built.
#[derive(Debug, Default, Clone, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub struct ShortTable {
    text: String,
    rows: Vec<Row>,
    /// Entry `i`'s rows are `rows[ends[i - 1]..ends[i]]`.
    ends: Vec<u32>,
}

/// Where a title's head ends ([`Short::head`]): at its first parenthesis or colon, or at the
/// " / " after a first name of two words or more, whichever comes first.
fn head_end(text: &str) -> Option<usize> {
    let mark = text.find(['(', ':']).filter(|&at| at > 0);
    let slash = (text.find(" / ")).filter(|&at| text[..at].trim().contains(' '));
    match (mark, slash) {
        (Some(m), Some(s)) => Some(m.min(s)),
        (m, s) => m.or(s),
    }
}

impl Short<'_> {
    /// Whether `head` is the subject before a colon ("Sea buckthorn cluster: research
    /// agenda"), what the entry is about, rather than a name before a parenthesis
    /// ("Industrial technology park (ITP)").
    pub fn head_is_subject(&self) -> bool {
        if self.head.is_empty() || self.head.len() == self.words.len() {
            return false;
        }
        memchr::memchr2(b'(', b':', self.lower.as_bytes())
            .is_some_and(|at| self.lower.as_bytes()[at] == b':')
    }
}

impl ShortTable {
    /// Whether the rows end where the text does (a table decoded from a snapshot).
    pub fn fits(&self) -> bool {
        let text_end = self.rows.last().map_or(0, |r| r.head_end as usize);
        text_end == self.text.len()
    }

    /// The short fields of entry `entry` (none for an entry the table does not have). Lookups
    /// never panic, whatever the numbers say (a field out of range reads as empty).
    pub fn of(&self, entry: usize) -> impl Iterator<Item = Short<'_>> + Clone + '_ {
        self.of_where(entry, |_, _| true)
    }

    /// The short fields of entry `entry` whose field and letter mask `keep` accepts. A scan of
    /// every entry asks this way: a row it skips costs its numbers only, not a read of its texts.
    pub fn of_where<'a>(
        &'a self,
        entry: usize,
        keep: impl Fn(Field, u32) -> bool + Clone + 'a,
    ) -> impl Iterator<Item = Short<'a>> + Clone + 'a {
        let start = match entry {
            0 => 0,
            _ => self.ends.get(entry - 1).copied().unwrap_or(0),
        };
        let end = self.ends.get(entry).copied().unwrap_or(start);
        let rows = self.rows.get(start as usize..end as usize).unwrap_or(&[]);
        let first = start
            .checked_sub(1)
            .and_then(|p| self.rows.get(p as usize))
            .map_or(0, |r| r.head_end);
        let text = |a: u32, b: u32| self.text.get(a as usize..b as usize).unwrap_or("");
        (rows.iter())
            .scan(first, |from, r| {
                let row_start = std::mem::replace(from, r.head_end);
                Some((row_start, r))
            })
            .filter(move |(_, r)| keep(r.field, r.mask))
            .map(move |(from, r)| Short {
                field: r.field,
                lang: r.lang,
                lower: text(from, r.lower_end),
                words: text(r.lower_end, r.words_end),
                head: text(r.words_end, r.head_end),
                words_n: r.words_n,
                head_n: r.head_n,
                mask: r.mask,
            })
    }
}

impl ShortTable {
    /// The texts of every field, one after another (for snapshots).
    pub(crate) fn text_mut(&mut self) -> &mut String {
        &mut self.text
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Adds the short fields of entry `entry`, the next one, and their words to `tokens` (which
    /// keys each word as written once, for the whole index).
    pub fn push(&mut self, e: &Entry, tokens: &mut TokenIndexBuilder, entry: u32) {
        self.push_field(tokens, entry, Field::Id, Lang::En, &e.id);
        for lang in Lang::ALL {
            if let Some(t) = e.title.get(lang) {
                self.push_field(tokens, entry, Field::Title, lang, t);
            }
            for a in e.aliases.get(lang).into_iter().flatten() {
                self.push_field(tokens, entry, Field::Alias, lang, a);
            }
            for t in e.tags.get(lang).into_iter().flatten() {
                self.push_field(tokens, entry, Field::Tag, lang, t);
            }
        }
        self.ends.push(self.rows.len() as u32);
    }

    /// Appends one field's texts straight into the table's text.
    fn push_field(
        &mut self,
        tokens: &mut TokenIndexBuilder,
        entry: u32,
        field: Field,
        lang: Lang,
        text: &str,
    ) {
        let start = self.text.len();
        if text.is_ascii() {
            self.text.push_str(text);
            self.text[start..].make_ascii_lowercase();
        } else {
            self.text.extend(text.chars().map(super::fold::lower_char));
        }
        let lower_end = self.text.len();
        tokens.add_keyed(entry, field_bit(field, lang), text, &mut self.text);
        let words_end = self.text.len();
        // The head: the title before a parenthesis or a colon ("Incentives for industrial
        // technology parks: who gets what" → "incentives for industrial technology parks"),
        // or the first of two names ("Cluster organisation / cluster management organisation").
        if let Some(at) = head_end(text) {
            tokens.push_keys(&text[..at], &mut self.text);
        }
        let head_end = self.text.len();
        let words = &self.text[lower_end..words_end];
        let head = &self.text[words_end..head_end];
        self.rows.push(Row {
            field,
            lang,
            lower_end: lower_end as u32,
            words_end: words_end as u32,
            head_end: head_end as u32,
            words_n: count_words(words),
            head_n: count_words(head),
            mask: letter_mask(words),
        });
    }

    /// Appends `other`'s entries after this table's.
    pub fn extend(&mut self, other: ShortTable) {
        let text = self.text.len() as u32;
        let rows = self.rows.len() as u32;
        self.text.push_str(&other.text);
        self.rows.extend(other.rows.into_iter().map(|r| Row {
            lower_end: r.lower_end + text,
            words_end: r.words_end + text,
            head_end: r.head_end + text,
            ..r
        }));
        self.ends.extend(other.ends.into_iter().map(|e| e + rows));
    }
}

/// Letter bitmask of an ASCII key.
pub fn letter_mask(key: &str) -> u32 {
    key.bytes().fold(0, |m, b| match b {
        b'a'..=b'z' => m | 1 << (b - b'a'),
        b'0'..=b'9' => m | 1 << (26 + (b - b'0') / 2),
        _ => m,
    })
}

/// The number of words in a text of words joined by single spaces.
pub fn count_words(words: &str) -> u32 {
    if words.is_empty() {
        0
    } else {
        words.bytes().filter(|&b| b == b' ').count() as u32 + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The words of a key joined by single spaces.
    fn words_of(key: &str) -> String {
        let mut out = String::with_capacity(key.len());
        for w in key.split(' ').filter(|w| !w.is_empty()) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
        out
    }

    #[test]
    fn each_entry_reads_back_its_own_fields_also_after_extend() {
        let corpus = crate::search::synthetic::corpus(40, 3);
        let mut whole = ShortTable::default();
        let (mut first, mut second) = (ShortTable::default(), ShortTable::default());
        let b = &mut TokenIndexBuilder::default();
        for (i, e) in corpus.entries().enumerate() {
            whole.push(e, b, i as u32);
            if i < 17 { &mut first } else { &mut second }.push(e, b, i as u32);
        }
        first.extend(second);
        assert_eq!(first, whole);
        assert_eq!(whole.len(), 40);
        for (i, e) in corpus.entries().enumerate() {
            let shorts: Vec<Short> = whole.of(i).collect();
            assert_eq!(shorts[0].field, Field::Id);
            assert_eq!(shorts[0].lower, e.id.to_lowercase());
            let title = shorts
                .iter()
                .find(|s| s.field == Field::Title && s.lang == Lang::Mn)
                .expect("a Mongolian title");
            assert_eq!(
                title.lower,
                crate::search::fold::lower(e.title.show(Lang::Mn))
            );
            let key = crate::search::translit::key_text(e.title.show(Lang::Mn));
            assert_eq!(title.words, words_of(&key));
            assert_eq!(title.words_n, count_words(title.words));
        }
        assert_eq!(whole.of(40).count(), 0, "no such entry");
    }

    #[test]
    fn short_fields_keep_keys_heads_and_masks() {
        let mut t = ShortTable::default();
        let b = &mut TokenIndexBuilder::default();
        t.push_field(
            b,
            0,
            Field::Title,
            Lang::Mn,
            "ШУТИ-ийн парк (шинжлэх ухаан)",
        );
        t.push_field(b, 0, Field::Title, Lang::Mn, "Кластер");
        t.push_field(b, 0, Field::Alias, Lang::En, "STI Park (Science)");
        t.ends.push(3);
        let s: Vec<Short> = t.of(0).collect();
        // The case ending after the hyphen belongs to ШУТИ: no word of its own.
        assert_eq!(s[0].words, "shoti park shinjleh ohaan");
        assert_eq!((s[0].head, s[0].head_n), ("shoti park", 2));
        assert_eq!(s[0].lower, "шути-ийн парк (шинжлэх ухаан)");
        assert_eq!(s[0].words_n, 4);
        assert_eq!(
            (s[1].lower, s[1].words, s[1].head),
            ("кластер", "klaster", "")
        );
        assert_eq!(s[1].mask, letter_mask("klaster"));
        assert_eq!(
            (s[2].lower, s[2].words, s[2].head),
            ("sti park (science)", "sti park science", "sti park")
        );
        let tokens = std::mem::take(b).finish();
        let words: Vec<&str> = (0..tokens.len()).map(|i| tokens.token(i)).collect();
        // Of two names, the first is the head; a one-word first part is no name of its own.
        let mut names = ShortTable::default();
        let b = &mut TokenIndexBuilder::default();
        let two = "Cluster organisation / cluster management organisation";
        names.push_field(b, 0, Field::Title, Lang::En, two);
        names.push_field(b, 0, Field::Title, Lang::En, "Local / aimag cluster");
        names.ends.push(2);
        let heads: Vec<&str> = names.of(0).map(|s| s.head).collect();
        assert_eq!(
            heads,
            ["closter organisation", ""],
            "heads are keyed as the words are"
        );
        assert_eq!(
            words,
            [
                "klaster", "ohaan", "park", "science", "shinjleh", "shoti", "sti"
            ],
            "the words are indexed as they are keyed"
        );
        assert_eq!(letter_mask("ab") & letter_mask("b"), letter_mask("b"));
        assert_eq!(words_of("a  b "), "a b");
    }
}
