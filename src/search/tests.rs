//! Engine tests over a small hand-made corpus.

use super::phrase::contains_phrase;
use super::*;
use crate::corpus::model::{Entry, KindFields, Origin};
use crate::corpus::{KeyLines, Loaded};

pub(super) fn e(
    id: &str,
    kind: Kind,
    en: &str,
    mn: &str,
    aliases: &[&str],
    body_en: &str,
    body_mn: &str,
) -> Loaded {
    let s = |x: &str| Some(x.to_string());
    let fields = match kind {
        Kind::Policy => KindFields::Policy {
            country: "MN".into(),
            year: Some(2016),
            policy_type: crate::corpus::model::PolicyType::Law,
            responsible_body: None,
            instrument: None,
        },
        _ => KindFields::Definition { defined_by: None },
    };
    Loaded {
        entry: Entry {
            id: id.into(),
            kind,
            title: Bi {
                en: s(en),
                mn: s(mn),
            },
            summary: Bi {
                en: s("A summary."),
                mn: s("Товч."),
            },
            aliases: Bi {
                en: Some(aliases.iter().map(|a| a.to_string()).collect()),
                mn: Some(Vec::new()),
            },
            tags: Bi::default(),
            related: Vec::new(),
            sources: Vec::new(),
            body: Bi {
                en: s(body_en),
                mn: s(body_mn),
            },
            fields,
            origin: Origin {
                path: format!("{id}.md"),
                builtin: false,
            },
        },
        link_sites: Vec::new(),
        lines: KeyLines::default(),
    }
}

fn corpus() -> Corpus {
    Corpus::new(vec![
        e(
            "cluster",
            Kind::Definition,
            "Cluster",
            "Кластер",
            &[],
            "A group of firms.",
            "Пүүсүүдийн бүлэг.",
        ),
        e(
            "supercluster",
            Kind::Definition,
            "Supercluster",
            "Супер кластер",
            &["super cluster"],
            "Large clusters.",
            "Том кластер.",
        ),
        e(
            "incubator",
            Kind::Definition,
            "Incubator (business incubator)",
            "Инкубатор",
            &["TBI"],
            "Helps start-ups.",
            "Гарааны бизнесийг дэмжинэ.",
        ),
        e(
            "sea-buckthorn-cluster",
            Kind::Definition,
            "Sea buckthorn cluster",
            "Чацарганын кластер",
            &[],
            "Berries in Khövsgöl.",
            "Хөвсгөл аймгийн чацаргана.",
        ),
        e(
            "innovation-law",
            Kind::Policy,
            "Law on innovation",
            "Инновацийн тухай хууль",
            &[],
            "Technology transfer rules.",
            "Технологи дамжуулах журам.",
        ),
        e("or-term", Kind::Definition, "Debt", "Өр", &[], "", ""),
        e("or-other", Kind::Definition, "Or", "Ор", &[], "", ""),
    ])
}

/// The ids `ix` finds for `q` in `c`, best first.
fn ids(c: &Corpus, ix: &SearchIndex, q: &str) -> Vec<String> {
    ix.search(c, q, &SearchOptions::default())
        .into_iter()
        .map(|h| c.entry(h.entry).id.clone())
        .collect()
}

fn top(q: &str) -> Vec<String> {
    let c = corpus();
    let ix = SearchIndex::build(&c);
    ids(&c, &ix, q)
}

#[test]
fn ranks_titles_first_and_finds_across_scripts() {
    assert_eq!(top("cluster")[0], "cluster");
    assert_eq!(top("КЛАСТЕР")[0], "cluster");
    assert_eq!(top("klaster")[0], "cluster");
    assert_eq!(top("chatsargana")[0], "sea-buckthorn-cluster");
    assert_eq!(top("huvsgul")[0], "sea-buckthorn-cluster");
    assert_eq!(top("inkubator")[0], "incubator");
    assert_eq!(top("incubaton")[0], "incubator");
    assert_eq!(top("supercluser")[0], "supercluster");
    assert_eq!(top("өр")[0], "or-term");
    assert_eq!(top("ор")[0], "or-other");
}

#[test]
fn syntax_filters_and_phrases() {
    assert_eq!(top("kind:policy"), vec!["innovation-law"]);
    assert_eq!(top("kind:бодлого innovation"), vec!["innovation-law"]);
    assert!(top("kind:nothing cluster").is_empty());
    assert_eq!(top("\"technology transfer\""), vec!["innovation-law"]);
    assert!(top("\"transfer technology\"").is_empty());
    assert_eq!(top("transfer law")[0], "innovation-law");
    assert_eq!(top("mongolia")[0], "innovation-law");
}

#[test]
fn hits_carry_highlights_and_snippets() {
    let c = corpus();
    let ix = SearchIndex::build(&c);
    let hits = ix.search(&c, "хөвсгөл", &SearchOptions::default());
    let h = &hits[0];
    assert_eq!(h.field, Field::Body);
    assert_eq!(h.lang, Lang::Mn);
    let chars: Vec<char> = h.snippet.chars().collect();
    let lit: String = h.snippet_highlights.iter().map(|&i| chars[i]).collect();
    assert_eq!(lit, "Хөвсгөл");
    let hits = ix.search(&c, "klast", &SearchOptions::in_lang(Lang::Mn));
    assert_eq!(hits[0].title_highlights.mn, Some(vec![0, 1, 2, 3, 4]));
    assert_eq!(
        hits[0].title_highlights.en, None,
        "only the language searched in"
    );
    let hits = ix.search(&c, "klast", &SearchOptions::default());
    assert_eq!(hits[0].title_highlights.en, Some(vec![]));
    assert_eq!(hits[0].title_highlights.mn, None);
    let limited = ix.search(
        &c,
        "cluster",
        &SearchOptions {
            limit: 1,
            ..SearchOptions::default()
        },
    );
    assert_eq!(limited.len(), 1);
}

#[test]
fn less_detail_ranks_the_same_and_leaves_out_only_the_extras() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    for q in ["klaster", "чацаргана", "kind:policy", "incubaton", "2016"] {
        let with = |detail| {
            ix.search(
                &c,
                q,
                &SearchOptions {
                    detail,
                    ..SearchOptions::default()
                },
            )
        };
        let (full, snippet, ranked) = (
            with(Detail::Full),
            with(Detail::Snippet),
            with(Detail::Ranked),
        );
        assert!(!full.is_empty(), "{q}");
        for ((f, s), r) in full.iter().zip(&snippet).zip(&ranked) {
            let same = |h: &Hit| (h.entry, h.score, h.field, h.lang);
            assert_eq!(same(f), same(s), "{q}");
            assert_eq!(same(f), same(r), "{q}");
            assert_eq!(
                (&s.snippet, &s.snippet_highlights),
                (&f.snippet, &f.snippet_highlights)
            );
            assert_eq!(s.title_highlights, Bi::default(), "{q}");
            assert!(
                r.snippet.is_empty() && r.snippet_highlights.is_empty(),
                "{q}"
            );
            assert_eq!(r.title_highlights, Bi::default(), "{q}");
        }
        assert_eq!(
            (full.len(), snippet.len()),
            (ranked.len(), ranked.len()),
            "{q}"
        );
    }
}

#[test]
fn synthetic_corpus_is_searchable() {
    let c = synthetic::corpus(300, 1);
    let ix = SearchIndex::build(&c);
    let hits = ix.search(&c, "кластер innovation", &SearchOptions::default());
    assert!(!hits.is_empty());
    assert!(
        ix.search(&c, "zzzzqqq", &SearchOptions::default())
            .is_empty()
    );
}

#[test]
fn phrases_match_across_lines_and_markup() {
    assert!(contains_phrase("The **Value**\n  chain is", "value chain"));
    assert!(!contains_phrase("value-chain", "value chain"));
    assert!(contains_phrase("Хөвсгөл Аймаг", "хөвсгөл аймаг"));
    assert!(
        contains_phrase("\u{212A}elvin Scale", "kelvin scale"),
        "Kelvin sign K"
    );
    assert!(contains_phrase("a ИННОВАЦИЙН парк", "инновацийн парк"));
    assert!(!contains_phrase("", "a"));
    assert!(
        !contains_phrase("avalue chain", "value chain"),
        "whole words only"
    );
    assert!(
        !contains_phrase("value chains", "value chain"),
        "whole words only"
    );
    assert!(contains_phrase("(value chain)", "value chain"));
    assert!(contains_phrase("кластерийн хөгжил.", "кластерийн хөгжил"));
}

#[test]
fn an_index_read_back_from_its_snapshot_answers_the_same() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let mut built = SearchIndex::build(&c);
    let dir = tempfile::tempdir().expect("tempdir");
    crate::cache::write_parts_in(dir.path(), "ix", 1, &built.encode());
    let parts = crate::cache::read_parts_in(dir.path(), "ix", 1).expect("written");
    let read = SearchIndex::from_snapshot(&parts, c.len()).expect("reads");
    for q in [
        "cluster",
        "klaster",
        "КЛАСТЕР",
        "incubaton",
        "kind:policy 2016",
        "\"value chain\"",
    ] {
        let opts = SearchOptions::default();
        let (a, b) = (built.search(&c, q, &opts), read.search(&c, q, &opts));
        assert!(!a.is_empty(), "{q}");
        assert_eq!(a, b, "{q}");
    }
}

#[test]
fn a_damaged_or_mismatched_index_snapshot_is_not_used() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let mut built = SearchIndex::build(&c);
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ix.bin");
    let read = |entries: usize| {
        let parts = crate::cache::read_parts_in(dir.path(), "ix", 1)?;
        SearchIndex::from_snapshot(&parts, entries)
    };
    let encoded = built.encode();
    crate::cache::write_parts_in(dir.path(), "ix", 1, &encoded);
    assert!(read(c.len()).is_some());
    assert!(read(c.len() + 1).is_none(), "an index of another corpus");
    // A flipped bit in the middle of the file spoils the part.
    let mut bytes = std::fs::read(&file).expect("written");
    let middle = bytes.len() / 2;
    bytes[middle] ^= 0x40;
    std::fs::write(&file, &bytes).expect("damage");
    assert!(read(c.len()).is_none());
    // Intact parts that are not an index.
    let numbers = &encoded[0];
    let cut = |p: &Vec<u8>| p[..p.len() / 2].to_vec();
    let not_text = vec![0xFF, 0xFE];
    for (k, wrong) in [
        (0, cut(numbers)),
        (0, b"not an index".to_vec()),
        (1, cut(&encoded[1])),
        (2, not_text),
    ] {
        let mut parts = encoded.clone();
        parts[k] = wrong;
        crate::cache::write_parts_in(dir.path(), "ix", 1, &parts);
        assert!(read(c.len()).is_none(), "part {k}");
    }
    let mut more = encoded.clone();
    more.push(numbers.clone());
    crate::cache::write_parts_in(dir.path(), "ix", 1, &more);
    assert!(read(c.len()).is_none(), "a part too many");
    // An index whose per-entry arrays disagree.
    let mut uneven = Index::build(&c);
    uneven.kinds.pop();
    let parts = crate::cache::encode_with_texts(&mut uneven);
    crate::cache::write_parts_in(dir.path(), "ix", 1, &parts);
    assert!(read(c.len()).is_none());
}

#[test]
fn a_mongolian_reader_typing_latin_letters_reads_mongolian_snippets() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    let cyrillic = |s: &str| {
        s.chars()
            .any(|ch| ('а'..='я').contains(&ch.to_lowercase().next().unwrap_or(ch)))
    };
    for q in [
        "klaster",
        "erdenet",
        "darkhan",
        "mongol",
        "socratus",
        "ulaanbaatar",
    ] {
        let hits = ix.search(&c, q, &SearchOptions::in_lang(Lang::Mn));
        assert!(!hits.is_empty(), "{q}");
        for h in hits.iter().take(5) {
            let id = &c.entry(h.entry).id;
            assert!(cyrillic(&h.snippet), "{q}: {id} {:?}", h.snippet);
        }
    }
    // An English word matches only the English side: that is where its snippet is.
    let hits = ix.search(&c, "spillover", &SearchOptions::in_lang(Lang::Mn));
    assert!(hits.iter().take(3).all(|h| h.lang == Lang::En));
}

/// A reader writing Mongolian is not handed an English excerpt because one word of the query
/// (an acronym) occurs only in the English text: the entry's Mongolian summary instead.
#[test]
fn a_mongolian_question_reads_mongolian_snippets() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    let cyrillic = |s: &str| s.chars().any(|ch| ('\u{400}'..='\u{4ff}').contains(&ch));
    let hits = ix.search(&c, "ECCP гэж юу вэ", &SearchOptions::in_lang(Lang::Mn));
    let apec = (hits.iter())
        .find(|h| c.entry(h.entry).id == "apec-cluster-collaboration-platform")
        .expect("the APEC platform is found by ECCP");
    assert!(cyrillic(&apec.snippet), "{:?}", apec.snippet);
    for h in &hits {
        let e = c.entry(h.entry);
        if !e.summary.show(Lang::Mn).is_empty() {
            assert!(cyrillic(&h.snippet), "{} {:?}", e.id, h.snippet);
        }
    }
}

/// An English reader is never handed a Mongolian excerpt: words that matched only the
/// Mongolian text show the entry's English summary instead.
#[test]
fn an_english_reader_reads_english_snippets() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    let cyrillic = |s: &str| s.chars().any(|ch| ('\u{400}'..='\u{4ff}').contains(&ch));
    let mut from_mongolian = 0;
    for q in [
        "how many Socratus startups failed",
        "pentagon model",
        "sea buckthorn cluster",
        "erdenet",
    ] {
        let hits = ix.search(&c, q, &SearchOptions::in_lang(Lang::En));
        assert!(!hits.is_empty(), "{q}");
        for h in &hits {
            let e = c.entry(h.entry);
            from_mongolian += usize::from(h.lang == Lang::Mn);
            if !cyrillic(e.summary.show(Lang::En)) && !cyrillic(e.body.show(Lang::En)) {
                assert!(!cyrillic(&h.snippet), "{q}: {} {:?}", e.id, h.snippet);
            }
        }
    }
    assert!(
        from_mongolian > 0,
        "some of these match only Mongolian text"
    );
}

#[test]
fn counts_are_exact_or_said_to_be_a_lower_bound() {
    // Shipped corpus: a phrase over few entries is counted exactly.
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    let all = SearchOptions {
        limit: 10_000,
        ..SearchOptions::default()
    };
    let limited = |limit| SearchOptions {
        limit,
        ..SearchOptions::default()
    };
    for q in [
        "klaster",
        "\"value chain\"",
        "kind:policy",
        // Several words: fewer entries match them all than match some.
        "инновацийн тухай хууль",
        "when was the law on innovation adopted",
    ] {
        let few = ix.find(&c, q, &SearchOptions::default());
        let every = ix.find(&c, q, &all);
        assert!(few.exact && every.exact, "{q}");
        assert_eq!(few.total, every.hits.len(), "{q}");
        assert_eq!(few.hits.len(), few.total.min(50), "{q}");
        // The total does not depend on how many are asked for, and asking for it lists all.
        for limit in [5, 30] {
            assert_eq!(
                ix.find(&c, q, &limited(limit)).total,
                few.total,
                "{q} {limit}"
            );
        }
        assert_eq!(
            ix.find(&c, q, &limited(few.total)).hits.len(),
            few.total,
            "{q}"
        );
    }
    // How many hold every word: said when fewer than the total, and they come first.
    for (q, lang) in [
        ("how many clusters does Canada have", Lang::En),
        (
            "инкубатор дутуу ашиглагдаж байгааг шийдэх арга хэмжээ",
            Lang::Mn,
        ),
    ] {
        let every = ix.find(
            &c,
            q,
            &SearchOptions {
                limit: 500,
                ..SearchOptions::in_lang(lang)
            },
        );
        let complete = every
            .complete
            .expect("fewer hold every word than match some");
        assert!(
            0 < complete && complete < every.total,
            "{q}: {complete} of {}",
            every.total
        );
        let top = every.hits.iter().take(complete).map(|h| h.score).min();
        let rest = every.hits.iter().skip(complete).map(|h| h.score).max();
        assert!(top > rest, "{q}: the complete matches come first");
    }
    assert_eq!(
        ix.find(&c, "klaster", &SearchOptions::default()).complete,
        None
    );
    // A phrase whose words are in most of 2,000 entries: checking stops once the list is full,
    // and the total says "at least".
    let c = crate::search::synthetic::corpus(2_000, 42);
    let ix = SearchIndex::build(&c);
    let found = ix.find(&c, "\"cluster\"", &SearchOptions::default());
    assert!(!found.exact, "{} entries hold the word", found.total);
    assert!(found.total >= found.hits.len() && found.hits.len() == 50);
    let every = ix.find(&c, "\"cluster\"", &all);
    assert!(every.exact, "a limit past every candidate counts them all");
    assert!(every.total > found.total);
}

/// A snippet reads a linked entry's title, never its id ("the Investment Act (2013)", not
/// "investment-act-2013").
#[test]
fn snippets_name_linked_entries_by_their_titles() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    for (q, lang) in [
        ("which law was adopted in 2013", Lang::En),
        (
            "EU incubators 2002 share of costs covered by tenant fees",
            Lang::En,
        ),
        ("2013 онд батлагдсан хууль", Lang::Mn),
    ] {
        let hits = ix.search(&c, q, &SearchOptions::in_lang(lang));
        assert!(!hits.is_empty(), "{q}");
        for h in &hits {
            let ids: Vec<&str> = h
                .snippet
                .split(|ch: char| !(ch.is_ascii_alphanumeric() || ch == '-'))
                .filter(|w| w.contains('-') && c.index_of(w).is_some())
                .collect();
            assert!(
                ids.is_empty(),
                "{q}: {} {:?}",
                c.entry(h.entry).id,
                h.snippet
            );
        }
    }
}

#[test]
fn a_tour_is_not_found_by_its_trainer_notes() {
    let mut tour = e(
        "tour-parks",
        Kind::Definition,
        "Parks in a morning",
        "Паркууд нэг өглөө",
        &[],
        "",
        "",
    );
    tour.entry.kind = Kind::Tour;
    tour.entry.fields = KindFields::Tour {
        steps: vec![crate::corpus::model::TourStep {
            entry: "cluster".into(),
            minutes: None,
            figures: Vec::new(),
            note: Bi {
                en: Some("Remind the room about buckthorn grants.".into()),
                mn: Some("Чацарганын буцалтгүй тусламжийг сануул.".into()),
            },
        }],
    };
    let cluster = e(
        "cluster",
        Kind::Definition,
        "Cluster",
        "Кластер",
        &[],
        "",
        "",
    );
    let c = Corpus::new(vec![tour, cluster]);
    let ix = SearchIndex::build(&c);
    let found = |q: &str| ids(&c, &ix, q);
    // The note's words are the trainer's: a reader never sees them, so they find nothing …
    assert!(!found("grants").contains(&"tour-parks".to_string()));
    assert!(!found("буцалтгүй").contains(&"tour-parks".to_string()));
    // … while the tour's own title still finds it.
    assert_eq!(
        found("parks in a morning").first().map(String::as_str),
        Some("tour-parks")
    );
}

/// A word typed in Cyrillic is Mongolian: it never meets an English word, a code or a link's
/// target id through its Latin key («говь», "gov", is not "governance"), and three letters of
/// it are not a misspelling of a longer word («увс» in «түвшин»).
#[test]
fn cyrillic_words_meet_mongolian_text_only() {
    let c = Corpus::new(vec![
        e(
            "policy-governance",
            Kind::Definition,
            "Governance",
            "Засаглал",
            &[],
            "Who governs a park.",
            "Паркийн түвшин.",
        ),
        e(
            "action",
            Kind::Definition,
            "Consultations",
            "Зөвлөлдөх",
            &[],
            "See [[policy-governance|governance]].",
            "[[policy-governance|Засаглалын]] зөвлөмж.",
        ),
    ]);
    let ix = SearchIndex::build(&c);
    let found = |q: &str| ids(&c, &ix, q);
    assert!(found("говь").is_empty(), "{:?}", found("говь"));
    assert!(found("увс").is_empty(), "{:?}", found("увс"));
    assert_eq!(found("governance"), ["policy-governance", "action"]);
    assert_eq!(found("засаглал"), ["policy-governance", "action"]);
}

/// A question asking when gets the entry's date at the start of its snippet: from the sentence
/// holding it, read from its start (not from the first word matched, which cut «1972 онд» off),
/// or, when no sentence with a year holds a word besides the entry's name, its first year
/// («IT Park hezee baiguulagdsan», «MCS hezee baiguulagdsan»).
#[test]
fn a_when_question_shows_the_entrys_date_first() {
    let c = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
    let ix = SearchIndex::build(&c);
    let snippet = |q: &str, id: &str| {
        let opts = SearchOptions {
            detail: Detail::Snippet,
            ..SearchOptions::in_lang(Lang::Mn)
        };
        let hits = ix.search(&c, q, &opts);
        let hit = hits.iter().find(|h| c.id(h.entry) == id);
        hit.map(|h| h.snippet.clone()).unwrap_or_default()
    };
    let it = snippet("IT Park hezee baiguulagdsan", "it-park");
    assert!(it.starts_with("1972 онд"), "{it}");
    let mcs = snippet("MCS hezee baiguulagdsan", "mcs-business-park");
    assert!(mcs.contains("1993"), "{mcs}");
    // A count keeps the label that says what it counts.
    let count = snippet("IT Park хэдэн компани инкубацид хамруулсан", "it-park");
    assert!(count.contains("хамрагдсан компани: 120 компани"), "{count}");
    // A Mongolian reader asking in English reads the English fact that answers it; asking in
    // Latin-letter Mongolian, the Mongolian one.
    let staff = snippet("how many staff does IT Park have", "it-park");
    assert!(staff.contains("Staff: 43"), "{staff}");
    let staff = snippet("IT park heden ajiltantai ve", "it-park");
    assert!(staff.contains("Ажилтан: 43"), "{staff}");
    // The thing counted named before «тоо хэд», and by another word of its synonym group
    // («ажилчдын», workers', is counted as «Ажилтан», staff).
    for q in [
        "IT паркийн ажилчдын тоо хэд вэ",
        "IT parkiin ajilchdyn too hed ve",
    ] {
        let staff = snippet(q, "it-park");
        assert!(staff.starts_with("…Ажилтан: 43"), "{q}: {staff}");
    }
    let staff = snippet("how many employees does IT Park have", "it-park");
    assert!(staff.contains("43"), "{staff}");
}
