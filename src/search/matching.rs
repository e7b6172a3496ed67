//! Matching: each query word against the token index (its English and Mongolian forms), fuzzy
//! recall on short fields, and the field a match is reported in. How much of a title a query
//! covers is `title_tier`; quoted phrases are `phrase`.

use fuzzy_matcher::FuzzyMatcher;

use super::english;
use super::index::{FIELDS, field_number};
use super::query::Word;
use super::shorts::letter_mask;
use super::skipped::vowel_left_out;
use super::stem::{fleeting_forms, stem, verb_root};
use super::tokens::TokenIndex;
use super::{Field, SearchIndex, highlight, rank};
use crate::lang::Lang;

/// Posting-mask bits a Cyrillic word may match: every field's Mongolian text (not the ids,
/// which are English words).
const MONGOLIAN_PLACES: u16 = {
    let mut mask = 0;
    let mut fi = 0;
    while fi < FIELDS.len() {
        mask |= 1 << (2 * fi + 1);
        fi += 1;
    }
    mask
};

/// Fuzzy recall runs when fewer entries than this matched every word.
pub(super) const RECALL_BELOW: usize = 10;

impl SearchIndex {
    /// Every entry's best match for one word, packed (0: no match). Where the word matches
    /// both languages of a field, the place is given in Mongolian for a Cyrillic word or a
    /// Mongolian reader (so "klaster" shows a Mongolian snippet to one), else in English.
    pub(super) fn word_matches(&self, w: &Word, n: usize, reader: Lang) -> Vec<u32> {
        self.word_matches_held(w, n, reader).0
    }

    /// [`Self::word_matches`], and whether the corpus holds the word itself — whole, as the
    /// start of a longer word, or in another form of it — rather than only a near spelling
    /// (a slip of typing: "Finland" is not "financial").
    pub(super) fn word_matches_held(&self, w: &Word, n: usize, reader: Lang) -> (Vec<u32>, bool) {
        let ti = &self.index.tokens;
        let mut acc = vec![0u32; n];
        let mut held = false;
        let prefer_mn = w.is_cyrillic() || reader == Lang::Mn;
        // A word typed in Cyrillic is Mongolian: it finds Mongolian text, never an
        // English word that shares its Latin key («говь» is not "government").
        let places = match w.is_cyrillic() {
            true => MONGOLIAN_PLACES,
            false => u16::MAX,
        };
        let mut visit = |ti: &TokenIndex, tok: usize, strength: u32| {
            // A token's postings mostly share a few masks: each mask is packed once per run.
            let mut last: (u16, u32) = (0, 0);
            for p in ti.postings(tok) {
                let mask = p.mask & places;
                if mask == 0 {
                    continue;
                }
                held |= strength > rank::TYPO;
                if mask != last.0 {
                    let (fi, mn) = best_place(mask, prefer_mn);
                    last = (
                        mask,
                        rank::pack(rank::weight(FIELDS[fi]) * strength, fi, mn),
                    );
                }
                let packed = last.1;
                if let Some(slot) = acc.get_mut(p.entry as usize)
                    && packed > *slot
                {
                    *slot = packed;
                }
            }
        };
        let exact = ti.find(&w.key);
        if w.exact || w.key.len() <= 2 {
            // Whole words everywhere; short prefixes only in titles, aliases, tags and ids.
            if let Some(t) = exact {
                visit(ti, t, rank::EXACT);
            }
            if !w.exact && !w.whole {
                let st = &self.index.short_tokens;
                for t in st.prefix_range(&w.key) {
                    visit(st, t, rank::prefix(w.key.len(), st.token(t).len()));
                }
            }
            return (acc, held);
        }
        // A case form of the word: the same stem (each token's was worked out when indexed).
        let word_stem = stem(&w.key);
        let inflected =
            |t: usize| w.key.len() >= 4 && ti.token(t) != w.key && ti.stem(t) == word_stem;
        let range = ti.prefix_range(&w.key);
        for t in range.clone() {
            let strength = if inflected(t) {
                rank::INFLECTED
            } else {
                rank::prefix(w.key.len(), ti.token(t).len())
            };
            visit(ti, t, strength);
        }
        if w.lower.chars().count() >= 5 && w.key.len() >= 5 {
            // A Mongolian suffix often replaces the last vowel: чацаргана → чацарганын. A last
            // consonant only in a longer word (ашиглагдаж → ашиглагдаагүй) or a verb form
            // (хүлээж → хүлээгдэж): зөвлөл, council, is not зөвлө-сөн, recommended.
            let vowel_last = w.key.bytes().last().is_some_and(|b| b"aeio".contains(&b));
            let long = w.key.len() >= super::tokens::SLIP_AND_PREFIX_FROM;
            let stem_key = match vowel_last || long || verb_root(&w.key).is_some() {
                true => &w.key[..w.key.len() - 1],
                false => w.key.as_str(),
            };
            let stem = ti.prefix_range(stem_key);
            for t in stem.clone() {
                if !range.contains(&t) {
                    let s = if inflected(t) {
                        rank::INFLECTED
                    } else {
                        rank::prefix(w.key.len() - 1, ti.token(t).len()) - 1
                    };
                    visit(ti, t, s.max(rank::TYPO));
                }
            }
            // A word the corpus holds nowhere, typed with an inner vowel left out, is the word
            // written in full (`honglolt`, хөнгөлөлт), not a slip of typing.
            let skipped = |t: usize| {
                range.is_empty() && vowel_left_out(w.key.as_bytes(), ti.token(t).as_bytes())
            };
            for t in ti.typo_matches(&w.key, w.letters()) {
                if !range.contains(&t) && !stem.contains(&t) {
                    let s = if skipped(t) {
                        rank::INFLECTED
                    } else {
                        rank::TYPO
                    };
                    visit(ti, t, s);
                }
            }
        } else if w.lower.chars().count() == 4 && exact.is_none() {
            // A four-letter word no entry holds whole may be a slip in a short word (хуль for
            // хууль, the law; прак for парк): whole words one edit away, weighed as typos.
            for t in ti.typo_matches(&w.key, w.letters()) {
                if !range.contains(&t) {
                    visit(ti, t, rank::TYPO);
                }
            }
        }
        self.case_forms(w, prefer_mn, &range, &mut visit);
        if !w.is_cyrillic() {
            self.english_forms(w, &range, &mut visit);
        }
        (acc, held)
    }

    /// The other English forms of a word typed in Latin letters: "financing" finds
    /// "financial" and "finance" (see [`english`]).
    fn english_forms(
        &self,
        w: &Word,
        typed: &std::ops::Range<usize>,
        visit: &mut impl FnMut(&TokenIndex, usize, u32),
    ) {
        let ti = &self.index.tokens;
        let st = english::stem(&w.key);
        // A short plural finds its singular as a whole word: "laws" finds "law", "acts" "act"
        // (not every word starting so: "law" is not "lawyer").
        if english::is_short_plural(&w.key, &st)
            && let Some(t) = ti.find(&st)
            && !typed.contains(&t)
        {
            visit(ti, t, rank::INFLECTED);
        }
        // A word the stemmer leaves whole has its forms in its own prefix range already.
        if st.len() < english::SHORTEST || st.len() == w.key.len() {
            return;
        }
        // The stemmer may rewrite a word's end ("disabilities" is `disabl`, as "disabled" is),
        // so the forms are looked for under the stem less its last letter.
        let shared = st
            .get(..(st.len() - 1).max(english::SHORTEST))
            .unwrap_or(&st);
        for t in ti.prefix_range(shared) {
            if !typed.contains(&t) && english::same_word(&st, ti.token(t)) {
                visit(ti, t, rank::INFLECTED);
            }
        }
    }

    /// The other case forms of a word typed with an ending: хуулийн finds хууль and хуулинд,
    /// Сократусын finds Socratus (a Cyrillic word's stem within one edit); `mongolian`: the
    /// word is typed in Cyrillic or by a Mongolian reader.
    fn case_forms(
        &self,
        w: &Word,
        mongolian: bool,
        typed: &std::ops::Range<usize>,
        visit: &mut impl FnMut(&TokenIndex, usize, u32),
    ) {
        let ti = &self.index.tokens;
        // A Cyrillic verb form finds the other forms of the verb: хариуцдаг → хариуцна. So
        // does one a Mongolian reader types in Latin letters (`hamruulsan` finds «хамруулж»).
        if let Some(root) = verb_root(&w.key).filter(|_| mongolian) {
            for t in ti.prefix_range(root) {
                // An action noun with a case ending is read from its stem: санхүүжилтийг.
                let of_token = verb_root(ti.token(t)).or_else(|| verb_root(ti.stem(t)));
                if !typed.contains(&t) && of_token == Some(root) {
                    visit(ti, t, rank::INFLECTED);
                }
            }
        }
        let st = stem(&w.key);
        // The word with or without its fleeting vowel: тахлын finds тахал, тахалтай finds тахлын.
        // The whole word too, where the stemmer read its last letter as an ending: засаг finds
        // засгийн, хүүхэд finds хүүхдийн.
        if st.len() >= 3 {
            let whole = (w.key.len() != st.len()).then_some(w.key.as_str());
            for other in std::iter::once(st).chain(whole).flat_map(fleeting_forms) {
                for t in ti.prefix_range(&other) {
                    if !typed.contains(&t) && ti.stem(t) == other {
                        visit(ti, t, rank::INFLECTED);
                    }
                }
            }
        }
        if st.len() < 3 || st.len() == w.key.len() {
            return;
        }
        let forms = ti.prefix_range(st);
        for t in forms.clone() {
            // The bare word too, whose own stem may be shorter: ажилтантай (with staff) finds
            // ажилтан, which the stemmer reads as ажилта-н.
            if !typed.contains(&t) && (ti.stem(t) == st || ti.token(t) == st) {
                visit(ti, t, rank::INFLECTED);
            }
        }
        // The stem's letters as typed: the ending cut off is plain letters, one byte each
        // («хоршоодын» keeps «хорш», four letters, whose key "horsh" has five).
        let stem_letters = w.letters().saturating_sub(w.key.len() - st.len());
        if stem_letters >= 5 && w.is_cyrillic() {
            for t in ti.typo_matches(st, stem_letters) {
                if !typed.contains(&t)
                    && !forms.contains(&t)
                    && super::stem::stems_one_slip_apart(st, ti.stem(t))
                {
                    visit(ti, t, rank::TYPO);
                }
            }
        }
    }

    /// Fuzzy (subsequence) matches on titles, aliases and tags for the `heavy` (not light)
    /// words that found nothing, in entries `ok` (each entry read on its own, so the entries
    /// are shared among the cores).
    pub(super) fn fuzzy_recall(
        &self,
        words: &[Word],
        heavy: &[bool],
        best: &mut [Vec<u32>],
        ok: &[usize],
    ) {
        let masks: Vec<u32> = words.iter().map(|w| letter_mask(&w.key)).collect();
        let found: &[Vec<u32>] = best;
        // The matches recalled in some entries: (word, entry, match).
        let recall_in = |part: &[usize]| -> Vec<(usize, usize, u32)> {
            let mut out = Vec::new();
            for &e in part {
                for (wi, w) in words.iter().enumerate() {
                    // Letters strewn over a title are a misspelling only of a word typed in
                    // Latin letters, spelled as each reader hears it ("hovsgol"); a Cyrillic
                    // word is spelled as written, and its slips are found as typos: «хоршоо»
                    // or «увс», which no entry holds, find nothing rather than titles holding
                    // their letters.
                    let skip = w.exact || w.key.len() < 3 || !heavy[wi] || w.is_cyrillic();
                    if skip || found[wi][e] > 0 {
                        continue;
                    }
                    let top = self.strewn_in_entry(w, masks[wi], e);
                    if top == 0 {
                        break;
                    }
                    out.push((wi, e, top));
                }
            }
            out
        };
        for (wi, e, top) in self.split.chunks(ok, recall_in).concat() {
            best[wi][e] = top;
        }
    }

    /// The best fuzzy match of `w` (whose letters are `wanted`) in entry `e`'s titles, aliases
    /// and tags, packed (0: none).
    fn strewn_in_entry(&self, w: &Word, wanted: u32, e: usize) -> u32 {
        let mut top = 0;
        let keep = move |field, mask: u32| mask & wanted == wanted && field != Field::Id;
        for s in self.index.shorts.of_where(e, keep) {
            // A match must be compact: the letters of "hovsgol" strewn over a long
            // title ("…tecHnOlogy … deVelopment Strategy …") are not a misspelling of it.
            // Where no compact run of the letters exists, SkimMatcherV2 cannot find one.
            let span = 2 * w.key.len();
            if !highlight::compact_subsequence(w.key.as_bytes(), s.words.as_bytes(), span) {
                continue;
            }
            let good = 10 * w.key.len() as i64;
            // A word of three letters starts a word: "uvs" is not in «тUVShin».
            let starts_word = |at: usize| {
                w.key.len() > 3 || at == 0 || s.words.as_bytes().get(at - 1) == Some(&b' ')
            };
            let compact = |(score, at): (i64, Vec<usize>)| {
                let used = at.last().zip(at.first()).map_or(0, |(l, f)| l - f + 1);
                score >= good && used <= span && at.first().is_some_and(|&f| starts_word(f))
            };
            if self
                .matcher
                .fuzzy_indices(s.words, &w.key)
                .is_some_and(compact)
            {
                // Shown at the title it was found in, but scored below any real match
                // of the word, even a slip in a body: "noolur" finds the entries that
                // say «ноолуур» before titles that hold its letters.
                let fi = field_number(s.field);
                let score = rank::weight(Field::Body) * rank::FUZZY;
                let p = rank::pack(score, fi, s.lang == Lang::Mn);
                top = top.max(p);
            }
        }
        top
    }
}

/// Fields by weight, heaviest first: where [`best_place`] looks first. Its length is the
/// number of fields, so a field added to [`Field`] must be placed here to compile.
const BY_WEIGHT: [Field; <Field as strum::EnumCount>::COUNT] = [
    Field::Title,
    Field::Alias,
    Field::Tag,
    Field::Id,
    Field::Summary,
    Field::Fields,
    Field::Body,
];

const _: () = {
    let mut f = 0;
    while f < FIELDS.len() {
        let mut found = false;
        let mut i = 0;
        while i < BY_WEIGHT.len() {
            found |= BY_WEIGHT[i] as usize == f;
            i += 1;
        }
        assert!(found, "every field has its place in BY_WEIGHT");
        f += 1;
    }
};

/// The best field (by weight) in a posting mask, and whether to report it as Mongolian.
pub(super) fn best_place(mask: u16, prefer_mn: bool) -> (usize, bool) {
    for fi in BY_WEIGHT.map(field_number) {
        let en = mask & (1 << (2 * fi)) != 0;
        let mn = mask & (1 << (2 * fi + 1)) != 0;
        if en || mn {
            return (fi, mn && (prefer_mn || !en));
        }
    }
    (field_number(Field::Body), false)
}
