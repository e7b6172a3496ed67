//! The standard Mongolian Cyrillic keyboard layout (X11 `mn`, Windows "Mongolian Cyrillic"):
//! each Cyrillic letter mapped to the Latin key in the same position, so commands such as
//! `q`, `j`, `k` work while the Mongolian layout is active. Used in overlays, presentations and
//! the notes terminal; in the panes a Mongolian letter starts a search instead (see
//! `keymap::key_action`).

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
