//! Keys to answer (issue 19), end to end on the real binary and the built-in corpus: an
//! official's four lookups typed as questions — in English, in Mongolian (Cyrillic) and in
//! Mongolian typed in Latin letters — into the search (`/`), then Enter; the answer (the figure,
//! the year, the duration, the source's name) is on the entry's first screen, without scrolling,
//! at 80×24 and at 160×45. Skipped with a note when tmux is not installed (CI requires it).

use crate::common;

use common::tmux::{Tmux, last_pane_text};

/// One lookup: the question as typed, the entry Enter opens, and what its first screen must
/// say.
struct Lookup {
    lang: &'static str,
    question: &'static str,
    /// The entry that must open (its id, shown on the line under the title).
    opens: &'static str,
    /// Phrases of the answer, each found on the first screen (wrapped lines joined).
    answer: &'static [&'static str],
}

/// Asks `l.question` at `w`×`h` and checks the first screen of the entry that opens.
fn ask(l: &Lookup, w: u16, h: u16) {
    let Some(t) = Tmux::toli(l.lang, w, h) else {
        return;
    };
    let (search_title, lang_mark) = match l.lang {
        "mn" => ("Хайлт", "MN · "),
        _ => ("Search", "EN · "),
    };
    t.wait_for(lang_mark);
    t.keys(&["/"]);
    t.wait_for(search_title);
    t.text(l.question);
    // The results are in once the count shows beside the typed question.
    let results = match l.lang {
        "mn" => "илэрц",
        _ => "result",
    };
    t.wait_for(results);
    t.settle();
    t.keys(&["Enter"]);
    // The entry is open once the search box has gone and its id shows under the title.
    let box_title = format!("╭ {search_title} ");
    t.wait_gone(&box_title);
    t.wait_for(&format!(" · {}", l.opens));
    t.settle();
    let screen = t.capture();
    // A number keeps its unit on its line with a no-break space: read as a space here.
    let text = last_pane_text(&screen).replace('\u{a0}', " ");
    for phrase in l.answer {
        assert!(
            text.contains(phrase),
            "{}×{} {:?} → {}: {phrase:?} is not on the first screen:\n{screen}",
            w,
            h,
            l.question,
            l.opens
        );
    }
}

/// (a) The industrial technology parks' tax incentives and how long they last.
const TAX_INCENTIVES: &[Lookup] = &[
    Lookup {
        lang: "en",
        question: "What tax incentives do industrial technology parks get, and for how long?",
        opens: "fig-itp-incentives",
        answer: &[
            "Land lease fee exemption",
            "Period: ten years",
            "five years free of real estate tax plus five at 50%",
            "up to four years' deferral of import duty and VAT",
        ],
    },
    Lookup {
        lang: "mn",
        question: "Үйлдвэр, технологийн паркийн татварын хөнгөлөлт ямар байдаг, хэр удаан үргэлжилдэг вэ?",
        opens: "fig-itp-incentives",
        answer: &[
            "Газрын төлбөрөөс чөлөөлөх",
            "Хугацаа: арван жил",
            "үл хөдлөх хөрөнгийн албан татвараас таван жил",
        ],
    },
    Lookup {
        lang: "mn",
        question: "uildver tekhnologiin parkiin tatvaryn khungulult heden jil urgeljildeg ve?",
        opens: "fig-itp-incentives",
        answer: &["Хугацаа: арван жил"],
    },
];

/// (b) The year the Law on Innovation was adopted.
const LAW_ON_INNOVATION: &[Lookup] = &[
    Lookup {
        lang: "en",
        question: "When was the Law on Innovation adopted?",
        opens: "law-on-innovation-2012",
        answer: &["Year: 2012"],
    },
    Lookup {
        lang: "mn",
        question: "Инновацийн тухай хууль хэдэн онд батлагдсан бэ?",
        opens: "law-on-innovation-2012",
        answer: &["Он: 2012"],
    },
    Lookup {
        lang: "mn",
        question: "inovaciin tukhai khuuli hezee batlagdsan be?",
        opens: "law-on-innovation-2012",
        answer: &["Он: 2012"],
    },
];

/// (c) How many industrial technology parks there are and which: the count and the names (the
/// summary names the 14 parks of Table 3), on the first screen at any size.
const HOW_MANY_ITPS: &[Lookup] = &[
    Lookup {
        lang: "en",
        question: "How many industrial technology parks are there in Mongolia, and which?",
        opens: "mongolia-industrial-technology-parks",
        answer: &[
            "Table 3 lists 14 parks: Zavkhan, Baganuur, Nalaikh",
            "Altanshireet and Tavantolgoi",
            "Parks listed in Table 3: 14 parks",
        ],
    },
    Lookup {
        lang: "mn",
        question: "Монголд хэдэн үйлдвэр, технологийн парк байдаг вэ, аль нь вэ?",
        opens: "mongolia-industrial-technology-parks",
        answer: &[
            "3-р хүснэгтэд 14 парк бий: Завхан, Багануур, Налайх",
            "Алтанширээт, Тавантолгой",
            "3-р хүснэгтэд орсон парк: 14 парк",
        ],
    },
];

/// (c) continued: at 160×45 the first rows of Table 3 are on the first screen too.
const WHICH_ITPS: &[Lookup] = &[
    Lookup {
        lang: "en",
        question: "How many industrial technology parks are there in Mongolia, and which?",
        opens: "mongolia-industrial-technology-parks",
        answer: &["Zavkhan ITP", "Baganuur ITP", "Nalaikh"],
    },
    Lookup {
        lang: "mn",
        question: "Монголд хэдэн үйлдвэр, технологийн парк байдаг вэ, аль нь вэ?",
        opens: "mongolia-industrial-technology-parks",
        answer: &["Завханы", "Багануурын", "Налайхын"],
    },
];

/// (d) The R&D share of GDP, and its source.
const RD_SHARE: &[Lookup] = &[
    Lookup {
        lang: "en",
        question: "What share of GDP goes to R&D?",
        opens: "finding-rd-expenditure-0-1-percent-gdp",
        answer: &[
            "R&D expenditure, latest level, year not given in the",
            "(approximately): 0.1% of GDP",
            "Source: UNCTAD, 2025",
            "Figures 9 and 12",
        ],
    },
    Lookup {
        lang: "mn",
        question: "Судалгаа, хөгжүүлэлтийн зардал ДНБ-ий хэдэн хувь вэ?",
        opens: "finding-rd-expenditure-0-1-percent-gdp",
        answer: &[
            "СХ-ийн зардал, сүүлийн түвшин, он нь эх сурвалжид",
            "заагаагүй, ДНБ-д эзлэх хувь (ойролцоогоор): 0.1%",
            "Эх сурвалж: НҮБХХБХ, 2025",
            "9, 12-р зураг",
        ],
    },
];

#[test]
fn tax_incentives_and_their_periods_on_the_first_screen_at_80x24() {
    TAX_INCENTIVES.iter().for_each(|l| ask(l, 80, 24));
}

#[test]
fn the_law_on_innovation_year_on_the_first_screen_at_80x24() {
    LAW_ON_INNOVATION.iter().for_each(|l| ask(l, 80, 24));
}

#[test]
fn how_many_itps_on_the_first_screen_at_80x24() {
    HOW_MANY_ITPS.iter().for_each(|l| ask(l, 80, 24));
}

#[test]
fn the_rd_share_of_gdp_and_its_source_on_the_first_screen_at_80x24() {
    RD_SHARE.iter().for_each(|l| ask(l, 80, 24));
}

#[test]
fn the_four_lookups_on_the_first_screen_at_160x45() {
    for set in [
        TAX_INCENTIVES,
        LAW_ON_INNOVATION,
        HOW_MANY_ITPS,
        WHICH_ITPS,
        RD_SHARE,
    ] {
        set.iter().for_each(|l| ask(l, 160, 45));
    }
}
