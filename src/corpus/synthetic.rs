//! A deterministic generator of synthetic bilingual corpora, for benchmarks and tests.
//!
//! [`corpus`] builds `n` entries of every kind from a fixed seed: titles of 2–6 words, a few
//! aliases and tags, one-sentence summaries and bodies of 60–200 words per language, mixing the
//! domain's English and Mongolian vocabulary with generated rare words (so the token index has a
//! realistic long tail), plus kind-specific fields. The same `n` and seed always give the same
//! corpus.

use crate::corpus::model::{Bi, Entry, KeyFigure, Kind, KindFields, Origin, PolicyType};
use crate::corpus::{Corpus, KeyLines, Loaded};

const EN: &str = "cluster innovation park science technology policy incubator accelerator startup \
     university industry government region national programme fund investment export \
     supply chain value firms research development transfer knowledge collaboration \
     network manager organisation strategy law incentive tax grant agriculture mining \
     tourism textile leather cashmere digital green transition resilience competitiveness \
     productivity skills training education market access international cooperation \
     platform monitoring indicators evaluation stage emerging growth mature decline \
     renewal the of and in for with to a is by on are its from local global small medium \
     enterprises partnership public private infrastructure laboratory testing \
     certification quality standards buckthorn processing food energy ict software biotech";

const MN: &str = "кластер инноваци парк шинжлэх ухаан технологи бодлого инкубатор акселератор гарааны \
     бизнес их сургууль аж үйлдвэр засгийн газар бүс нутаг үндэсний хөтөлбөр сан хөрөнгө \
     оруулалт экспорт нийлүүлэлт гинж үнэ цэнэ пүүс судалгаа хөгжүүлэлт дамжуулалт мэдлэг \
     хамтын ажиллагаа сүлжээ менежер байгууллага стратеги хууль урамшуулал татвар \
     буцалтгүй тусламж хөдөө уул уурхай аялал жуулчлал нэхмэл арьс шир ноолуур дижитал \
     ногоон шилжилт тэсвэртэй байдал өрсөлдөх чадвар бүтээмж ур боловсрол зах зээл олон \
     улсын платформ хяналт үзүүлэлт үнэлгээ үе шат өсөлт төлөвшсөн уналт шинэчлэл ба нь \
     болон юм байна орон дэлхийн жижиг дунд түншлэл төрийн хувийн дэд бүтэц лаборатори \
     туршилт чанар стандарт чацаргана боловсруулалт хүнс эрчим хүч програм Хөвсгөл \
     Улаанбаатар Дархан";

/// The vocabularies as word lists, split once.
struct Vocab {
    en: Vec<&'static str>,
    mn: Vec<&'static str>,
}

fn vocab() -> &'static Vocab {
    static VOCAB: std::sync::OnceLock<Vocab> = std::sync::OnceLock::new();
    VOCAB.get_or_init(|| Vocab {
        en: EN.split_whitespace().collect(),
        mn: MN.split_whitespace().collect(),
    })
}

const COUNTRIES: &[&str] = &["MN", "LT", "EU", "CA", "RU", "CN", "KR", "US", "JP", "KZ"];

/// SplitMix64: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }
}

const SYLLABLES_EN: &[&str] = &[
    "ka", "ro", "tek", "lin", "var", "ost", "mer", "di", "zan", "pel",
];
const SYLLABLES_MN: &[&str] = &[
    "ба", "төр", "гол", "мөр", "ха", "лан", "суу", "даг", "ний", "зө",
];

/// A word: mostly common vocabulary, sometimes a generated rare one.
fn word(r: &mut Rng, mn: bool) -> String {
    if r.below(12) == 0 {
        let syl = if mn { SYLLABLES_MN } else { SYLLABLES_EN };
        let n = r.range(2, 4);
        (0..n).map(|_| syl[r.below(syl.len())]).collect()
    } else {
        let v = vocab();
        let list = if mn { &v.mn } else { &v.en };
        list[r.below(list.len())].to_string()
    }
}

fn words(r: &mut Rng, mn: bool, lo: usize, hi: usize) -> String {
    let n = r.range(lo, hi);
    let mut s = String::new();
    for i in 0..n {
        if i > 0 {
            s.push(if i % 12 == 0 { '.' } else { ' ' });
            if i % 12 == 0 {
                s.push(' ');
            }
        }
        s.push_str(&word(r, mn));
    }
    s.push('.');
    s
}

fn bi(r: &mut Rng, lo: usize, hi: usize) -> Bi<String> {
    Bi {
        en: Some(words(r, false, lo, hi)),
        mn: Some(words(r, true, lo, hi)),
    }
}

fn list(r: &mut Rng, n: usize, mn: bool) -> Vec<String> {
    (0..n)
        .map(|_| words(r, mn, 1, 3).trim_end_matches('.').to_string())
        .collect()
}

fn fields(r: &mut Rng, kind: Kind) -> KindFields {
    let country = COUNTRIES[r.below(COUNTRIES.len())].to_string();
    let year = Some(1990 + r.below(35) as i32);
    let figure = |r: &mut Rng| KeyFigure {
        label: bi(r, 2, 5),
        value: r.below(10_000) as f64,
        places: None,
        unit: None,
        year,
    };
    match kind {
        Kind::Definition => KindFields::Definition { defined_by: None },
        Kind::Stage => KindFields::Stage {
            model: "model-x".into(),
            position: r.range(1, 5) as u32,
            period: None,
        },
        Kind::Policy => KindFields::Policy {
            country,
            year,
            policy_type: PolicyType::Law,
            responsible_body: Some(bi(r, 2, 5)),
            instrument: None,
        },
        Kind::Case => KindFields::Case {
            country,
            case_type: "cluster".into(),
            ownership: None,
            established: year,
            licensed: None,
            status: None,
            sector: vec!["ict".into()],
            key_figures: vec![figure(r), figure(r)],
            profile: None,
        },
        Kind::Finding => KindFields::Finding {
            number: Some(r.range(1, 9) as u32),
            addressed_by: Vec::new(),
            evidence: vec![figure(r)],
        },
        Kind::Recommendation => KindFields::Recommendation {
            challenge: bi(r, 5, 15),
            actions: Vec::new(),
        },
        Kind::Action => KindFields::Action {
            actor: Some(bi(r, 1, 3)),
        },
        Kind::Source => KindFields::Source {
            // One name for both languages, as most sources print it.
            author: {
                let name = words(r, false, 2, 3);
                Bi {
                    en: Some(name.clone()),
                    mn: Some(name),
                }
            },
            year,
            publisher: None,
            published_in: None,
            url: None,
            document: None,
            original: Default::default(),
        },
        Kind::Tour => KindFields::Tour { steps: Vec::new() },
        Kind::Figure => KindFields::Figure {
            unit: Some(bi(r, 1, 2)),
            chart: Default::default(),
            order: Default::default(),
            total: None,
            columns: Vec::new(),
            label_column: None,
            rows: (0..r.range(3, 8))
                .map(|_| crate::corpus::model::FigureRow {
                    label: bi(r, 1, 3),
                    value: Some(r.below(10_000) as f64),
                    places: None,
                    unit: None,
                    year,
                    cells: Vec::new(),
                })
                .collect(),
        },
    }
}

/// One synthetic entry.
fn entry(r: &mut Rng, i: usize) -> Entry {
    let kind = Kind::ALL[i % Kind::ALL.len()];
    let strip = |s: String| s.trim_end_matches('.').to_string();
    let title = Bi {
        en: Some(strip(words(r, false, 2, 6))),
        mn: Some(strip(words(r, true, 2, 6))),
    };
    let (na, nt) = (r.below(3), r.range(1, 4));
    Entry {
        id: format!("syn-{}-{i}", kind.name()),
        kind,
        title,
        summary: bi(r, 10, 30),
        aliases: Bi {
            en: Some(list(r, na, false)),
            mn: Some(list(r, na, true)),
        },
        tags: Bi {
            en: Some(list(r, nt, false)),
            mn: Some(list(r, nt, true)),
        },
        related: Vec::new(),
        sources: Vec::new(),
        body: bi(r, 60, 200),
        fields: fields(r, kind),
        origin: Origin {
            path: format!("synthetic/{i}.md"),
            builtin: false,
        },
    }
}

/// The loaded form of `n` synthetic entries.
pub fn loaded(n: usize, seed: u64) -> Vec<Loaded> {
    let mut r = Rng(seed);
    (0..n)
        .map(|i| Loaded {
            entry: entry(&mut r, i),
            link_sites: Vec::new(),
            lines: KeyLines::default(),
        })
        .collect()
}

/// A synthetic corpus of `n` entries.
pub fn corpus(n: usize, seed: u64) -> Corpus {
    Corpus::new(loaded(n, seed))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_bilingual() {
        let a = corpus(50, 7);
        let b = corpus(50, 7);
        assert!(a.entries().eq(b.entries()));
        let e = a.entry(3);
        let body = e.body.en.as_deref().expect("en body");
        assert!(body.split(' ').count() >= 60);
        assert!(
            e.body
                .mn
                .as_deref()
                .expect("mn body")
                .chars()
                .any(|c| ('а'..='я').contains(&c))
        );
    }
}
