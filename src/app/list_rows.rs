//! The entry list's rows: its entries and, in the stages list, a heading naming each model
//! before its stages — thirty-odd stages of ten models, each numbered from 1, read as one list
//! without them. The view draws these rows and a click maps back through them.

use std::borrow::Cow;

use super::App;
use crate::corpus::model::KindFields;

/// One row of the entry list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A model's name, over its stages (not selectable).
    Heading(String),
    /// The list's `n`th entry.
    Entry(usize),
}

/// The rows of the list shown, in order.
pub fn rows(app: &App) -> Vec<Row> {
    let lang = app.settings.lang;
    let mut out = Vec::with_capacity(app.list().len());
    let mut model: Option<&str> = None;
    for (n, &i) in app.list().iter().enumerate() {
        if let KindFields::Stage { model: m, .. } = &app.corpus.entry(i).fields
            && model != Some(m.as_str())
        {
            model = Some(m.as_str());
            let name = match app.corpus.index_of(m) {
                Some(j) => app.corpus.title(j, lang).to_string(),
                None => m.clone(),
            };
            out.push(Row::Heading(name));
        }
        out.push(Row::Entry(n));
    }
    out
}

/// A stage's title as it reads under its model's heading: the words that name the model are
/// left out, the stage's own name kept. Titles are written to stand alone ("China's STI
/// parks, stage 1: FDI-led technology acquisition"); under the heading "STI parks in China"
/// and with the number in front, the part after the colon says the rest. The part before the
/// colon is left out when it names the stage's number ("stage 1", "1-р шат", "Pathway 3"); else
/// its first words that the model's title holds side by side are, two or more of them ("IT
/// Park 2002: …" → "2002: …"; without a colon, "Cluster paradigm 2008–2015" under "Cluster
/// paradigm shift" → "2008–2015"). A title with neither is kept whole ("2007: MNASGP
/// established"). What is left starts with a capital.
pub fn stage_name<'a>(title: &'a str, position: u32, model_title: &str) -> Cow<'a, str> {
    let (head, rest) = match title.split_once(": ") {
        Some((head, rest)) if !rest.trim().is_empty() => (head, Some(rest)),
        _ => (title, None),
    };
    let number = position.to_string();
    let names_number = || {
        head.split(|c: char| !c.is_ascii_digit())
            .any(|d| d == number)
    };
    if let Some(rest) = rest
        && names_number()
    {
        return capitalized(rest);
    }
    let model_words: Vec<String> = words(model_title).collect();
    let head_words: Vec<&str> = head.split_whitespace().collect();
    let named = named_run(&head_words, &model_words);
    // One word in common may be chance («Дижитал» in «Хос шилжилт (ногоон ба дижитал)»).
    if named < 2 {
        return Cow::Borrowed(title);
    }
    let left = capitalized(&head_words[named..].join(" ")).into_owned();
    match (left.is_empty(), rest) {
        (true, Some(rest)) => capitalized(rest),
        (true, None) => Cow::Borrowed(title),
        (false, Some(rest)) => Cow::Owned(format!("{left}: {rest}")),
        (false, None) => Cow::Owned(left),
    }
}

/// `text` with its first letter a capital, as a name at the start of a row reads.
fn capitalized(text: &str) -> Cow<'_, str> {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) if first.is_lowercase() => {
            Cow::Owned(first.to_uppercase().chain(chars).collect())
        }
        _ => Cow::Borrowed(text),
    }
}

/// How many of `head`'s first words are words of the model's title in the same order, side by
/// side («IT Park» in «Information Technology Park (IT Park)»). A model word may carry a case
/// ending the head's word lacks («холбооны» for «холбоо»).
fn named_run(head: &[&str], model: &[String]) -> usize {
    let head: Vec<String> = head.iter().map(|w| trimmed(w).to_lowercase()).collect();
    let same = |h: &String, m: &String| !h.is_empty() && m.starts_with(h.as_str());
    (0..model.len())
        .map(|start| {
            (head.iter().zip(&model[start..]))
                .take_while(|(h, m)| same(h, m))
                .count()
        })
        .max()
        .unwrap_or(0)
}

/// A word without the punctuation around it («(IT», «паркууд,»).
fn trimmed(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// The lower-case words of `text`, without the punctuation around them.
fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split_whitespace()
        .map(|w| trimmed(w).to_lowercase())
        .filter(|w| !w.is_empty())
}

/// The row showing the list's `n`th entry.
pub fn row_of(rows: &[Row], n: usize) -> usize {
    rows.iter().position(|r| *r == Row::Entry(n)).unwrap_or(n)
}

/// The heading drawn on the top row when the list shows rows from `top` on, `height` tall: a
/// model's stages scrolled below its heading keep its name above them (a sticky heading, in
/// place of row `top`). `None` when the top row is a heading or comes under none, when the
/// next model's heading follows it (two headings would read as one model with no stages), or
/// when the list is one row tall (the selected row is the only one).
pub fn sticky_heading(rows: &[Row], top: usize, height: usize) -> Option<usize> {
    let entry_on_top = matches!(rows.get(top), Some(Row::Entry(_)));
    let heading_next = matches!(rows.get(top + 1), Some(Row::Heading(_)));
    if height < 2 || !entry_on_top || heading_next {
        return None;
    }
    rows[..top]
        .iter()
        .rposition(|r| matches!(r, Row::Heading(_)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Model A with two stages, model B with one.
    fn two_models() -> [Row; 5] {
        [
            Row::Heading("A".into()),
            Row::Entry(0),
            Row::Entry(1),
            Row::Heading("B".into()),
            Row::Entry(2),
        ]
    }

    /// Stages scrolled past their model's heading keep it on the top row; a heading already on
    /// top, a list without headings or one row tall has none.
    #[test]
    fn the_top_row_names_the_model_scrolled_past() {
        let rows = two_models();
        assert_eq!(sticky_heading(&rows, 0, 3), None);
        assert_eq!(sticky_heading(&rows, 1, 3), Some(0));
        assert_eq!(sticky_heading(&rows, 2, 3), None, "B's heading follows");
        assert_eq!(sticky_heading(&rows, 3, 2), None);
        assert_eq!(sticky_heading(&rows, 4, 2), Some(3));
        assert_eq!(sticky_heading(&rows, 2, 1), None);
        assert_eq!(sticky_heading(&[Row::Entry(0), Row::Entry(1)], 1, 3), None);
    }

    #[test]
    fn an_entrys_row_counts_the_headings_above_it() {
        let rows = two_models();
        assert_eq!(row_of(&rows, 0), 1);
        assert_eq!(row_of(&rows, 2), 4);
        assert_eq!(row_of(&[Row::Entry(0), Row::Entry(1)], 1), 1);
    }

    /// Under its model's heading a stage reads by its own name (walk m7: «1. Хятадын
    /// ШУ…олж авах» at 80 columns).
    #[test]
    fn a_stage_under_its_model_reads_by_its_own_name() {
        for (title, position, model, want) in [
            (
                "Хятадын ШУТИ-ийн паркууд, 1-р шат: ГШХО-оор технологи олж авах",
                1,
                "Хятадын ШУТИ-ийн паркууд",
                "ГШХО-оор технологи олж авах",
            ),
            (
                "China's STI parks, stage 2: shift to indigenous innovation",
                2,
                "STI parks in China",
                "Shift to indigenous innovation",
            ),
            (
                "3-р зам: корпорацийн төрөлжилтөд чиглэсэн гарааны бизнес",
                3,
                "Технопаркаар дамжих технологийн шинэчлэлийн гурван зам",
                "Корпорацийн төрөлжилтөд чиглэсэн гарааны бизнес",
            ),
            (
                "Шинжлэх ухаан–бизнесийн холбоо: эхний шат",
                1,
                "Шинжлэх ухаан–бизнесийн холбооны үе шатууд",
                "Эхний шат",
            ),
            (
                "Science–business linkages: mature stage",
                3,
                "Stages of science–business linkages",
                "Mature stage",
            ),
            (
                "IT Park 2002: shift to supporting IT companies",
                2,
                "Information Technology Park (IT Park)",
                "2002: shift to supporting IT companies",
            ),
            (
                "IT Park today: incubation, training and office space",
                3,
                "Information Technology Park (IT Park)",
                "Today: incubation, training and office space",
            ),
            // Nothing of the model before the colon, no number: the title stays whole.
            (
                "2007: MNASGP established",
                1,
                "Mongolian sea buckthorn cluster initiative (SCI)",
                "2007: MNASGP established",
            ),
            (
                "Өнөөгийн IT Park: инкубаци, сургалт",
                3,
                "Мэдээллийн технологийн парк (IT Park)",
                "Өнөөгийн IT Park: инкубаци, сургалт",
            ),
            (
                "National cluster",
                3,
                "Cluster development stages",
                "National cluster",
            ),
            // Without a colon: the model's words in front, two or more of them.
            (
                "Cluster paradigm 2008–2015",
                1,
                "Cluster paradigm shift",
                "2008–2015",
            ),
            (
                "Cluster paradigm from 2015",
                2,
                "Cluster paradigm shift",
                "From 2015",
            ),
            (
                "Кластерийн парадигм 2008–2015",
                1,
                "Кластерийн парадигмын шилжилт",
                "2008–2015",
            ),
            (
                "Тэсвэртэй байдлыг бий болгох",
                3,
                "Хос шилжилт (ногоон ба дижитал) ба тэсвэртэй байдал",
                "Тэсвэртэй байдлыг бий болгох",
            ),
            (
                "Cluster paradigm",
                1,
                "Cluster paradigm shift",
                "Cluster paradigm",
            ),
            (
                "Дижитал шилжилт: хурдасгах",
                1,
                "Хос шилжилт (ногоон ба дижитал) ба тэсвэртэй байдал",
                "Дижитал шилжилт: хурдасгах",
            ),
            ("Odd: ", 1, "Odd", "Odd: "),
        ] {
            assert_eq!(stage_name(title, position, model), want, "{title}");
        }
    }
}
