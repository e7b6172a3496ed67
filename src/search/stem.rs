//! A light Mongolian stemmer on ASCII keys ([`super::translit`]), so that a word and its case
//! forms meet: хууль, хуулийн, хуулинд, khuuliin and huulind all stem to `hool`; ном and номыг
//! to `nom`; кластерууд, кластеруудын and кластерт to `klaster`.
//!
//! One case ending is taken off (genitive, accusative, dative-locative, ablative,
//! instrumental, comitative, directional), then one plural ending, then a final vowel (the
//! vowel Mongolian drops or adds before an ending: чацаргана → чацарганын, хууль → хуулийн).
//! A stem keeps at least three letters and a vowel, so short words are left whole and two
//! letters never match everything.

/// Case endings in key form (ы, и, й → i; у, ү, о, ө → o; е, э → e; ь dropped), longest first
/// within each length so that `iin` is tried before `in`. The forms with a linking н or г
/// (-наас, -гаар) are left out: they would cut the н or г of stems that end in one
/// (чацарган-аас, байгууллаг-аас).
const CASE: &[&str] = &[
    "iin", "iig", "nii", "aas", "ees", "oos", "ias", "ios", "aar", "eer", "oor", "iar", "ior",
    "tai", "tei", "toi", "roo", "loo", "in", "ni", "ig", "nd", "n", "g", "d", "t",
];

/// Plural endings in key form: -ууд/-үүд, -нууд/-нүүд, -чууд, -нар.
const PLURAL: &[&str] = &["chood", "nood", "ood", "nar"];

/// The plural after a stem's и (from ь, й or и): хууль → хуулиуд, компани → компаниуд,
/// сургууль → сургуулиуд, in key form `iod`; the и goes with it, as the genitive's does
/// (хуулийн). The stem must keep four letters, so English `period` stays whole.
const PLURAL_AFTER_I: &str = "iod";

/// `s` without the plural -иуд/-иүд, if four letters or more are left.
fn strip_plural_after_i(s: &str) -> Option<&str> {
    let rest = s.strip_suffix(PLURAL_AFTER_I)?;
    (rest.len() > SHORTEST_STEM && has_vowel(rest)).then_some(rest)
}

/// Endings of one letter are taken off only after a vowel (`n`, `g`) or from a longer word.
const SHORTEST_STEM: usize = 3;

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o')
}

fn has_vowel(s: &str) -> bool {
    s.bytes().any(is_vowel)
}

/// Whether `s` ends with `e` (compared byte by byte: endings are a few letters long).
fn ends_with(s: &[u8], e: &[u8]) -> bool {
    s.len() >= e.len() && s[s.len() - e.len()..].iter().zip(e).all(|(a, b)| a == b)
}

/// `s` without the first of `endings` it ends with, if what is left is a stem.
fn strip<'a>(s: &'a str, endings: &[&str]) -> Option<&'a str> {
    let last = *s.as_bytes().last()?;
    endings.iter().find_map(|e| {
        if e.as_bytes().last() != Some(&last) || !ends_with(s.as_bytes(), e.as_bytes()) {
            return None;
        }
        let rest = &s[..s.len() - e.len()];
        // The causative's -л- takes a converb as a vowel does: хамруулж.
        let after_vowel = rest.bytes().last().is_some_and(is_vowel) || rest.ends_with(CAUSATIVE);
        let one = e.len() == 1;
        let ok = rest.len() >= SHORTEST_STEM
            && has_vowel(rest)
            && (!one || matches!(*e, "d" | "t") || after_vowel)
            && (!one || rest.len() >= 4);
        ok.then_some(rest)
    })
}

/// Whether `key` is nothing but a case ending, a plural ending, or a plural ending and then a
/// case ending (the `-ийн` of `ШУТИ-ийн`, `Socratus-iin`, the `-ноос` of `ЕХ-ноос`, the `-уудыг`
/// of `ТББ-уудыг`, the `-уудад` of `ТББ-уудад`).
pub fn is_case_ending(key: &str) -> bool {
    // After a hyphen an ablative takes the linking `н` (`ЕХ-ноос`, `НҮБ-аас` but `ТББ-наас`).
    let case = |k: &str| {
        CASE.contains(&k)
            || matches!(
                k,
                "i" | "ii" | "ad" | "ed" | "od" | "at" | "et" | "ot" | "naas" | "nees" | "noos"
            )
    };
    case(key)
        || PLURAL
            .iter()
            .filter_map(|p| key.strip_prefix(p))
            .any(|rest| rest.is_empty() || case(rest))
}

/// Whether a word's key ends in a plural ending, with or without a case ending after it:
/// кластерууд, хуулиуд, паркуудын, сургуулиудад.
pub fn is_plural(key: &str) -> bool {
    let plural = |s: &str| strip(s, PLURAL).is_some() || strip_plural_after_i(s).is_some();
    if plural(key) {
        return true;
    }
    let Some(s) = strip(key, CASE) else {
        return false;
    };
    plural(s) || (s.bytes().last().is_some_and(is_vowel) && plural(&s[..s.len() - 1]))
}

/// The stem of a word's key (ASCII, as [`super::translit::key_text`] makes it).
pub fn stem(key: &str) -> &str {
    if key.len() < 4 || !key.is_ascii() || key.bytes().any(|b| b.is_ascii_digit()) {
        return key;
    }
    // A plural ending at the end of the word is not a case ending (кластерууд, not кластеруу-д).
    let plural = |s| strip(s, PLURAL).or_else(|| strip_plural_after_i(s));
    let s = match plural(key) {
        Some(s) => s,
        None => {
            let s = strip(key, CASE).unwrap_or(key);
            // The dative after a plural is -ад/-эд: паркуудад, сургуулиудад.
            let before_vowel = match s.as_bytes() {
                [.., v] if is_vowel(*v) => Some(&s[..s.len() - 1]),
                _ => None,
            };
            plural(s)
                .or_else(|| before_vowel.and_then(plural))
                .unwrap_or(s)
        }
    };
    match s.as_bytes() {
        [.., v] if s.len() > SHORTEST_STEM && is_vowel(*v) => &s[..s.len() - 1],
        _ => s,
    }
}

/// Consonants (in key form) before which Mongolian drops a stem's last vowel when an ending
/// follows: тахал → тахлын, ажил → ажлын, эрдэм → эрдмийн, хөгжил → хөгжлийн, төсөл →
/// төслийн, олон → олны.
const FLEETING_BEFORE: &[u8] = b"bdglmnrsv";

/// Whether two stems are one word with and without its fleeting vowel (`tahal` and `tahl`):
/// the longer is the shorter with a vowel between its last two consonants (хууль's long vowel
/// stays: `hool` is not `hol`).
pub fn fleeting_pair(a: &str, b: &str) -> bool {
    let (long, short) = match (a.len().checked_sub(b.len()), b.len().checked_sub(a.len())) {
        (Some(1), _) => (a.as_bytes(), b.as_bytes()),
        (_, Some(1)) => (b.as_bytes(), a.as_bytes()),
        _ => return false,
    };
    let [.., c1, v, c2] = long else {
        return false;
    };
    let n = long.len();
    short.len() >= SHORTEST_STEM
        && is_vowel(*v)
        && !is_vowel(*c1)
        && FLEETING_BEFORE.contains(c2)
        && short[..n - 2] == long[..n - 2]
        && short[n - 2] == *c2
        && short.iter().any(|&x| is_vowel(x))
}

/// Whether two keys are one word with and without its fleeting vowel, read from their stems
/// or, where the stemmer took a last letter for an ending (засаг → `zas`), from the whole word:
/// тахал and тахлын, засаг and засгийн.
pub fn fleeting_kin(a: &str, b: &str) -> bool {
    let (sa, sb) = (stem(a), stem(b));
    fleeting_pair(sa, sb) || fleeting_pair(a, sb) || fleeting_pair(sa, b)
}

/// The other stems `st` may have by its fleeting vowel: `tahl` gives `tahal`, `tahel`, `tahil`
/// and `tahol` (the corpus writes one of them); `tahal` gives `tahl`.
pub fn fleeting_forms(st: &str) -> Vec<String> {
    let b = st.as_bytes();
    let Some(last) = b.len().checked_sub(1) else {
        return Vec::new();
    };
    let with_vowel = b"aeio".iter().map(|&v| {
        let mut form = b.to_vec();
        form.insert(last, v);
        form
    });
    let without = (last >= 1).then(|| {
        let mut form = b.to_vec();
        form.remove(last - 1);
        form
    });
    with_vowel
        .chain(without)
        .filter_map(|form| String::from_utf8(form).ok())
        .filter(|form| fleeting_pair(st, form))
        .collect()
}

/// Verb endings in key form, longest first: the negatives -даггүй, -аагүй and (after a vowel)
/// -хгүй, past -сан/-сэн/-сон/-сөн, habitual -даг/-дэг/-дог, perfective -аад/-ээд/-оод, non-past
/// -на/-нэ/-но, and after a vowel the converb -ж, -ч, the infinitive -х and the action noun -лт
/// (санхүүжилт, financing: what the verb does, as a reader asks about it).
const VERB: &[&str] = &[
    "daggoi", "deggoi", "doggoi", "aagoi", "eegoi", "oogoi", "hgoi", "san", "sen", "son", "dag",
    "deg", "dog", "aad", "eed", "ood", "na", "ne", "no", "ch", "lt", "j", "h",
];

/// The causative -уул-/-үүл- after a consonant, in key form: санхүүжүүлэх (to finance) is
/// санхүүжих (to be financed) made to happen.
const CAUSATIVE: &str = "ool";

/// The passive -гд- after a vowel, in key form: хамрагдсан (was covered) is хамруулсан (covered)
/// done to it; the vowel before it is the stem's own (хамра-гд-).
const PASSIVE: &str = "gd";

/// The root of a Mongolian verb form's key, without its inflection and final vowel: хариуцдаг,
/// хариуцна and хариуцах all give `harioc`; зөвлөсөн, зөвлөж and зөвлөх give `zovl`, while
/// зөвлөл (council) and зөвлөлдөх (to consult) keep theirs (`zovlol`, `zovlold`): derivations
/// are other words. `None` when no verb ending leaves a root of four letters or more.
pub fn verb_root(key: &str) -> Option<&str> {
    let b = key.as_bytes();
    let rest = VERB.iter().find_map(|e| {
        let rest = key.strip_suffix(e)?;
        // The causative's -л- takes a converb as a vowel does: хамруулж.
        let after_vowel = rest.bytes().last().is_some_and(is_vowel) || rest.ends_with(CAUSATIVE);
        let needs_vowel = matches!(*e, "ch" | "j" | "h" | "hgoi" | "lt");
        (rest.len() >= 4 && has_vowel(rest) && (after_vowel || !needs_vowel)).then_some(rest)
    })?;
    let root = match rest.as_bytes() {
        [.., v] if is_vowel(*v) => &rest[..rest.len() - 1],
        _ => rest,
    };
    let root = match root.strip_suffix(CAUSATIVE) {
        Some(r) if r.len() >= 4 && r.bytes().last().is_some_and(|c| !is_vowel(c)) => r,
        _ => match root.strip_suffix(PASSIVE) {
            Some(r) if r.len() >= 5 && r.bytes().last().is_some_and(is_vowel) => &r[..r.len() - 1],
            _ => root,
        },
    };
    (root.len() >= 4 && root.len() < b.len()).then_some(root)
}

/// Whether two stems of five letters or more are one slip of typing apart (Сократусын →
/// Socratus): one edit, not at the last letter, where a Mongolian word's derivations part
/// (зөвлө-с-өн, recommended, is not зөвлө-л, council).
pub fn stems_one_slip_apart(a: &str, b: &str) -> bool {
    a.len().min(b.len()) >= 5
        && a.as_bytes().last() == b.as_bytes().last()
        && super::tokens::one_edit(a.as_bytes(), b.as_bytes())
}

/// Whether two keys have one stem, or stems one fleeting vowel apart (тахал, тахлын). Stems are
/// prefixes of at least three letters, so words that differ in their first three letters (two,
/// with a fleeting vowel third: ажил, ажлын) are told apart without stemming them.
pub fn same_stem(a: &str, b: &str) -> bool {
    match (a.as_bytes(), b.as_bytes()) {
        ([a0, a1, a2, ..], [b0, b1, b2, ..]) if (a0, a1, a2) == (b0, b1, b2) => {
            stem(a) == stem(b) || fleeting_kin(a, b)
        }
        // A vowel dropped right after the first two letters: ажил, ажлын.
        ([a0, a1, _, ..], [b0, b1, _, ..]) if (a0, a1) == (b0, b1) => fleeting_kin(a, b),
        ([_, _, _, ..], [_, _, _, ..]) => false,
        _ => a == b,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::translit::key_text;

    fn st(word: &str) -> String {
        stem(&key_text(word)).to_string()
    }

    /// Real word forms from the corpus: each row's forms share one stem.
    #[test]
    fn word_forms_share_a_stem() {
        let table: &[&[&str]] = &[
            &[
                "хууль",
                "хуулийн",
                "хуулинд",
                "хуулиар",
                "хуулиас",
                "khuuliin",
                "huulind",
                "хуулиуд",
                "хуулиудыг",
                "хуулиудын",
                "huuliud",
            ],
            &["ном", "номыг", "номын", "номоор"],
            &[
                "кластер",
                "кластерийн",
                "кластерт",
                "кластерууд",
                "кластеруудын",
                "klasteriin",
            ],
            &[
                "чацаргана",
                "чацарганын",
                "чацарганаас",
                "chatsargana",
                "chatsarganyn",
            ],
            &["инноваци", "инновацийн", "инновацид", "innovatsiin"],
            &["технологи", "технологийн", "технологиор"],
            &[
                "парк",
                "паркийн",
                "паркууд",
                "паркуудын",
                "паркуудад",
                "паркаас",
            ],
            &["бодлого", "бодлогын", "бодлогоор"],
            &[
                "байгууллага",
                "байгууллагын",
                "байгууллагууд",
                "байгууллагатай",
            ],
            &["улс", "улсын", "улсаас"],
            &["Сократус", "Сократусын"],
            &["санаачилга", "санаачилгын", "санаачилгаар"],
            &["хот", "хотын", "хотод", "хотоос", "хотруу"],
            &[
                "сургууль",
                "сургуулийн",
                "сургуульд",
                "сургуулиуд",
                "сургуулиудад",
            ],
            &["компанийн", "компаниуд", "компаниудын", "компаниудтай"],
            &["лаборатори", "лабораторийн", "лабораториуд"],
        ];
        for forms in table {
            let first = st(forms[0]);
            for f in &forms[1..] {
                assert_eq!(st(f), first, "{f} should stem like {}", forms[0]);
            }
        }
    }

    /// Stems stay long enough to mean something: different words keep different stems.
    #[test]
    fn short_words_and_different_words_stay_apart() {
        assert_ne!(
            st("period"),
            "per",
            "an English word ending in -iod is no plural"
        );
        for word in ["нд", "ын", "хэн", "ийн", "аас", "он", "cl", "2012"] {
            assert_eq!(st(word), key_text(word), "{word} is left whole");
        }
        for (a, b) in [
            ("кластер", "кластерчлал"),
            ("хууль", "хуулга"),
            ("парк", "парламент"),
            ("ном", "номхон"),
            ("цахим", "цахилгаан"),
        ] {
            assert_ne!(st(a), st(b), "{a} and {b}");
        }
        assert!(st("номыг").len() >= 3);
    }

    #[test]
    fn same_stem_agrees_with_stem() {
        for (a, b) in [
            ("hooliin", "hool"),
            ("nomig", "nom"),
            ("park", "parliament"),
            ("ab", "ab"),
        ] {
            assert_eq!(same_stem(a, b), stem(a) == stem(b), "{a} {b}");
        }
    }

    /// Verb forms meet; a derived noun or verb (council, to consult) is another word.
    #[test]
    fn verb_forms_share_a_root() {
        let root = |w: &str| verb_root(&key_text(w)).map(str::to_string);
        for forms in [
            &["зөвлөсөн", "зөвлөж", "зөвлөх", "зөвлөдөг"][..],
            &["хариуцдаг", "хариуцна", "хариуцах", "хариуцаж"],
        ] {
            for f in &forms[1..] {
                assert_eq!(root(f), root(forms[0]), "{f} and {}", forms[0]);
                assert!(root(f).is_some(), "{f}");
            }
        }
        for other in ["зөвлөл", "зөвлөлийн", "зөвлөлдөх", "зөвлөлдсөн", "зөвлөмж"]
        {
            assert_ne!(root(other), root("зөвлөсөн"), "{other}");
        }
        assert_eq!(root("зөвлөлдөх"), root("зөвлөлдсөн"));
        // A negative is the verb: not used, being used.
        assert_eq!(root("ашиглагдахгүй"), root("ашиглагдаж"));
        assert_eq!(root("ашигладаггүй"), root("ашигладаг"));
        assert_eq!(root("хэрэгжээгүй"), root("хэрэгжсэн"));
        // To finance, financed, financing: the causative and the action noun are the verb.
        for f in ["санхүүжүүлэх", "санхүүжсэн", "санхүүжилт", "санхүүжих"]
        {
            assert_eq!(root(f).as_deref(), Some("sanhooj"), "{f}");
        }
        assert_eq!(root("хөнгөлөлт"), root("хөнгөлөх"));
        assert_eq!(root("хөгжүүлэх"), root("хөгжсөн"));
        // The passive is the verb too: covered, was covered, to cover.
        for f in ["хамрагдсан", "хамруулсан", "хамрах", "хамруулж"]
        {
            assert_eq!(root(f).as_deref(), Some("hamr"), "{f}");
        }
        assert!(!stems_one_slip_apart(&st("зөвлөсөн"), &st("зөвлөл")));
        assert!(stems_one_slip_apart(&st("Сократусын"), &st("Socratus")));
    }

    /// A stem's last vowel drops before an ending: both forms meet, and nothing else does.
    #[test]
    fn fleeting_vowels_meet() {
        for (bare, inflected) in [
            ("тахал", "тахлын"),
            ("тахалтай", "тахлын"),
            ("ажил", "ажлын"),
            ("эрдэм", "эрдмийн"),
            ("хөгжил", "хөгжлийн"),
            ("төсөл", "төслийн"),
            ("олон", "олны"),
        ] {
            let (a, b) = (st(bare), st(inflected));
            assert!(fleeting_pair(&a, &b), "{bare} {a} and {inflected} {b}");
            assert!(fleeting_forms(&b).contains(&a), "{inflected} finds {bare}");
            assert!(fleeting_forms(&a).contains(&b), "{bare} finds {inflected}");
        }
        for (a, b) in [
            ("хууль", "хулын"),
            ("кластер", "кластерын"),
            ("парк", "парын"),
            ("ном", "нмын"),
            ("тал", "тлын"),
        ] {
            assert!(!fleeting_pair(&st(a), &st(b)), "{a} and {b}");
        }
        assert!(same_stem(&key_text("тахлын"), &key_text("тахалтай")));
        // The stemmer reads the last letter of засаг and хүүхэд as an ending: the whole word meets.
        for (bare, inflected) in [("засаг", "засгийн"), ("хүүхэд", "хүүхдийн")]
        {
            assert!(
                same_stem(&key_text(bare), &key_text(inflected)),
                "{bare} and {inflected}"
            );
        }
        assert!(same_stem(&key_text("ажил"), &key_text("ажлын")));
    }

    #[test]
    fn case_endings_alone() {
        assert!(is_case_ending(&key_text("ийн")));
        assert!(is_case_ending(&key_text("ын")));
        assert!(is_case_ending("iin"));
        assert!(!is_case_ending("park"));
        for plural_and_case in ["ууд", "уудыг", "уудын", "уудад", "үүдээс", "нар", "нарын"]
        {
            assert!(
                is_case_ending(&key_text(plural_and_case)),
                "{plural_and_case}"
            );
        }
        assert!(!is_case_ending(&key_text("уудам")));
    }
}
