//! The standard Mongolian Cyrillic keyboard layout (X11 `mn`, Windows "Mongolian Cyrillic")
//! against the US Latin one, key by key, both ways: a Cyrillic letter read as the Latin key in
//! its place, so commands such as `q`, `j`, `k` work while the Mongolian layout is active (the
//! app's overlays, presentations and notes terminal; in the panes a Mongolian letter starts a
//! search instead, see `app::keymap::key_action`), and text typed with the Latin layout active
//! read as the Mongolian layout would have typed it (`mfvf.` → «төсөв», for the search).

/// (Cyrillic lower-case letter, Latin key in the same position on a US keyboard).
pub const LAYOUT: [(char, char); 35] = [
    // Digit row: the two letters right of 0.
    ('е', '-'),
    ('щ', '='),
    // Top row.
    ('ф', 'q'),
    ('ц', 'w'),
    ('у', 'e'),
    ('ж', 'r'),
    ('э', 't'),
    ('н', 'y'),
    ('г', 'u'),
    ('ш', 'i'),
    ('ү', 'o'),
    ('з', 'p'),
    ('к', '['),
    ('ъ', ']'),
    // Home row.
    ('й', 'a'),
    ('ы', 's'),
    ('б', 'd'),
    ('ө', 'f'),
    ('а', 'g'),
    ('х', 'h'),
    ('р', 'j'),
    ('о', 'k'),
    ('л', 'l'),
    ('д', ';'),
    ('п', '\''),
    // Bottom row.
    ('я', 'z'),
    ('ч', 'x'),
    ('ё', 'c'),
    ('с', 'v'),
    ('м', 'b'),
    ('и', 'n'),
    ('т', 'm'),
    ('ь', ','),
    ('в', '.'),
    ('ю', '/'),
];

/// (character a US keyboard types with Shift, the one the same keys type on the Mongolian
/// layout) for the keys whose shifted characters differ other than by case: the digit row's
/// signs and the upper-case letters on punctuation keys.
const SHIFTED: [(char, char); 20] = [
    ('~', '+'),
    ('!', '№'),
    ('@', '-'),
    ('#', '"'),
    ('$', '₮'),
    ('%', ':'),
    ('^', '.'),
    ('&', '_'),
    ('*', ','),
    ('(', '%'),
    (')', '?'),
    ('_', 'Е'),
    ('+', 'Щ'),
    ('{', 'К'),
    ('}', 'Ъ'),
    (':', 'Д'),
    ('"', 'П'),
    ('<', 'Ь'),
    ('>', 'В'),
    ('?', 'Ю'),
];

/// (unshifted character of a US keyboard, the one its key types on the Mongolian layout) for
/// the keys [`LAYOUT`] leaves out.
const UNSHIFTED_SIGNS: [(char, char); 2] = [('`', '='), ('\\', '!')];

/// What the keys that typed `text` on a US Latin layout type on the Mongolian one (`mfvf.` →
/// `төсөв`, `Heel,` → `Хууль`): digits, spaces and characters no US key types stay.
pub fn as_typed_on_mongolian(text: &str) -> String {
    text.chars().map(mongolian_on_key_of).collect()
}

/// The character the Mongolian layout types on the key (and Shift) that types `c` on a US one.
fn mongolian_on_key_of(c: char) -> char {
    let lower = c.to_ascii_lowercase();
    if let Some((cy, _)) = LAYOUT.iter().find(|(_, latin)| *latin == lower) {
        return match c.is_ascii_uppercase() {
            true => cy.to_uppercase().next().unwrap_or(*cy),
            false => *cy,
        };
    }
    let signs = SHIFTED.iter().chain(&UNSHIFTED_SIGNS);
    match signs.into_iter().find(|(us, _)| *us == c) {
        Some((_, mn)) => *mn,
        None => c,
    }
}

/// The Latin key at the position of Cyrillic `c` (upper case maps to upper case: `Л` → `L`);
/// any other character is returned unchanged.
pub fn to_latin(c: char) -> char {
    let lower = c.to_lowercase().next().unwrap_or(c);
    let upper = lower != c;
    match LAYOUT.iter().find(|(cy, _)| *cy == lower) {
        Some((_, latin)) if upper => latin.to_ascii_uppercase(),
        Some((_, latin)) => *latin,
        None => c,
    }
}

/// The Cyrillic letter on the key of Latin letter `c` (`u` → `г`, `L` → `Л`), for hints that
/// name both; `None` for anything but a Latin letter.
pub fn cyrillic_twin(c: char) -> Option<char> {
    if !c.is_ascii_alphabetic() {
        return None;
    }
    let lower = c.to_ascii_lowercase();
    let (cy, _) = LAYOUT.iter().find(|(_, latin)| *latin == lower)?;
    match c.is_ascii_uppercase() {
        true => cy.to_uppercase().next(),
        false => Some(*cy),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_latin_letter_has_the_cyrillic_twin_that_acts_as_it() {
        for c in ('a'..='z').chain('A'..='Z') {
            let twin = cyrillic_twin(c).unwrap_or_else(|| panic!("{c} has a twin"));
            assert_eq!(to_latin(twin), c, "{c} → {twin}");
        }
        assert_eq!(cyrillic_twin('u'), Some('г'));
        assert_eq!(cyrillic_twin('M'), Some('Т'));
        assert_eq!(cyrillic_twin('?'), None);
        assert_eq!(cyrillic_twin('.'), None);
    }

    #[test]
    fn covers_the_whole_mongolian_alphabet_once() {
        let alphabet = "абвгдеёжзийклмнопрстуүфхцчшщъыьэюяө";
        assert_eq!(alphabet.chars().count(), 35);
        for c in alphabet.chars() {
            assert_eq!(
                LAYOUT.iter().filter(|(cy, _)| *cy == c).count(),
                1,
                "{c} must appear once"
            );
        }
        let mut keys: Vec<char> = LAYOUT.iter().map(|(_, k)| *k).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), 35, "every letter sits on its own key");
    }

    #[test]
    fn reads_latin_keys_as_the_mongolian_layout_types_them() {
        assert_eq!(as_typed_on_mongolian("mfvf."), "төсөв");
        assert_eq!(as_typed_on_mongolian("heel,"), "хууль");
        assert_eq!(as_typed_on_mongolian("mgm.gjsy heel,"), "татварын хууль");
        assert_eq!(
            as_typed_on_mongolian("[lgvm-j utr /e .t"),
            "кластер гэж юу вэ"
        );
        assert_eq!(as_typed_on_mongolian("ht;ty 'gj["), "хэдэн парк");
        // Shift: upper-case letters, and the digit row's signs of the Mongolian layout.
        assert_eq!(as_typed_on_mongolian("Bkyukl {"), "Монгол К");
        assert_eq!(as_typed_on_mongolian("/e .t)"), "юу вэ?");
        assert_eq!(as_typed_on_mongolian("2022 kys @ 5%"), "2022 оны - 5:");
    }

    #[test]
    fn every_key_of_the_layout_reads_back_as_its_letter() {
        for (cy, latin) in LAYOUT {
            assert_eq!(as_typed_on_mongolian(&latin.to_string()), cy.to_string());
            assert_eq!(to_latin(mongolian_on_key_of(latin)), latin);
        }
    }

    #[test]
    fn maps_by_key_position() {
        for (cy, latin) in [
            ('ф', 'q'),
            ('р', 'j'),
            ('о', 'k'),
            ('х', 'h'),
            ('л', 'l'),
            ('и', 'n'),
            ('м', 'b'),
            ('ю', '/'),
        ] {
            assert_eq!(to_latin(cy), latin);
        }
        assert_eq!(to_latin('Л'), 'L');
        assert_eq!(to_latin('М'), 'B');
        assert_eq!(to_latin('Э'), 'T');
        assert_eq!(to_latin('Т'), 'M');
        assert_eq!(to_latin('И'), 'N');
        assert_eq!(to_latin('q'), 'q');
        assert_eq!(to_latin('?'), '?');
    }
}
