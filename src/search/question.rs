//! Questions rather than keywords: the function and question words of both languages (`words`:
//! they weigh almost nothing and never filter; one typed with a slip is read as itself, see
//! [`slipped_light_word`]), what a query asks for (a count, a date, a length of time, what is
//! recommended), and the entries a question names — those whose whole title the query contains ("what is a living
//! lab", «инновацийн тухай хууль хэзээ батлагдсан бэ», "cluster vs cluster initiative").

use rustc_hash::FxHashMap;
use rustc_hash::FxHashSet as HashSet;

use super::query::Word;
use super::stem::{stem, stems_one_slip_apart};
pub use frames::without_framing_phrases;
pub use indefinite::indefinite_as_typed;
pub use kinds::kind_named;
pub use plain::{names_place_by_adjective_only, without_pronoun_it, worked_as_success};
use words::lists;
pub use words::{is_light, slipped_light_word};

mod frames;
mod indefinite;
mod kinds;
mod plain;
mod words;

/// What a query asks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Question {
    /// The query asks something (a question word, "vs", or a `?`): entries whose title it names
    /// come first, whatever other words they lack.
    pub asks: bool,
    /// It asks how many: entries whose facts carry a count are favoured.
    pub count: bool,
    /// It asks when, or names a year: entries with a date or year are favoured (when it names
    /// years, those dated in one of them: see `years`).
    pub date: bool,
    /// The years it names ("law on innovation 2012"), up to this one: a date question naming a
    /// year asks about that year, not about whatever has a date.
    pub years: Vec<u16>,
    /// It asks how two things differ: the entries named for each come first, not one whose
    /// title happens to hold both.
    pub compares: bool,
    /// It asks what is recommended: recommendations and actions are favoured.
    pub recommends: bool,
    /// It asks what went wrong: findings are favoured.
    pub faults: bool,
    /// It asks where something comes from ("where do these numbers come from", «… хаанаас
    /// гарсан бэ», «хэн бичсэн бэ»): sources are favoured.
    pub sources: bool,
    /// It asks how long ("how many months", «хэдэн сар»): entries stating a length of time
    /// are favoured, rather than any count (or, for "how many years", any date).
    pub duration: bool,
    /// It asks how much money ("how much did Lithuania spend", «хэдэн сая евро»): entries
    /// stating an amount of money are favoured, rather than any count.
    pub money: bool,
    /// It names a workshop walk («сургалт», "tour"): a tour may then answer its figure.
    pub walk: bool,
    /// The one kind of entry it names ("recommendation", «дүгнэлт», `zovlomj`, «гол асуудал»;
    /// a stage only when it asks): entries of that kind are favoured, unless it asks what is
    /// recommended, what went wrong or where something comes from (see [`kind_named`]).
    pub kind: Option<crate::corpus::model::Kind>,
}

impl Question {
    pub fn of(raw: &str, words: &[Word]) -> Question {
        let l = lists();
        // A word looked for as typed (quoted, or «аль ч») frames nothing.
        let has = |set: &HashSet<String>| words.iter().any(|w| !w.exact && set.contains(&w.key));
        let years: Vec<u16> = words.iter().filter_map(year_typed).collect();
        let year = !years.is_empty();
        // «он» (year) typed in Latin letters is the English "on": only Cyrillic «он» asks a date;
        // "when" asks it at the start of a question, not as a conjunction ("what limits a park
        // even when its management is good"); «онд» right after a year is that year's ("2021
        // онд"), not a question.
        let asks_date = words.iter().enumerate().any(|(i, w)| {
            l.date.contains(&w.key)
                && (w.key != "on" || w.is_cyrillic())
                && (w.key != "when" || i == 0)
                && !(i > 0 && year_typed(&words[i - 1]).is_some())
        });
        let count = has(&l.count);
        let duration = count && has(&l.time_units);
        // A year typed in a question asking how many is when the count was made («2021 онд хүн
        // ам хэдэн сая байсан»), not a date asked for.
        let date = (asks_date || (year && !count)) && !duration;
        let asks = has(&l.asking) || raw.contains('?');
        Question {
            asks,
            count: count && !date,
            date,
            years: if date { years } else { Vec::new() },
            compares: has(&l.compare),
            recommends: has(&l.recommend),
            faults: has(&l.fault),
            sources: has(&l.source) || (has(&l.whence) && (has(&l.origin) || has(&l.work))),
            duration,
            money: count && !date && !duration && has(&l.money),
            walk: has(&l.walk),
            kind: kind_named(words, asks),
        }
    }

    /// Whether it asks for a figure (how many, how much, when, how long) and names no
    /// workshop walk: what a tour, a walk through other entries, does not answer.
    pub fn figure_not_walk(&self) -> bool {
        (self.count || self.date || self.duration) && !self.walk
    }
}

/// The year `w` is, when it is one up to this year ([`this_year`]).
fn year_typed(w: &Word) -> Option<u16> {
    let year = (w.key.len() == 4).then(|| w.key.parse::<u16>().ok())??;
    (1900..=this_year()).contains(&year).then_some(year)
}

/// The current year: a later year typed is a target ("strategy to 2030", «Алсын хараа 2050»), not
/// a date anything is dated in — an open-ended period («2015–») would otherwise hold it.
fn this_year() -> u16 {
    u16::try_from(time::OffsetDateTime::now_utc().year()).unwrap_or(u16::MAX)
}

/// `words` without the «эх» of «эх сурвалж» (source), which would otherwise be looked up as a
/// word of its own and find ЕХ, the EU (both are `eh` in Latin letters).
pub fn without_source_head(words: &mut Vec<Word>) {
    let heads: Vec<usize> = (words.windows(2).enumerate())
        .filter(|(_, w)| w[0].key == "eh" && !w[0].exact && w[1].key.starts_with("sorvalj"))
        .map(|(i, _)| i)
        .collect();
    for i in heads.into_iter().rev() {
        words.remove(i);
    }
}

/// `words` without the verbs of spending ("how much did Lithuania spend", «хэдэн евро
/// зарцуулсан»), for a question asking how much money: the amount is what is asked, not the verb.
pub fn without_spending_verbs(words: &mut Vec<Word>) {
    let spend = &lists().spend;
    if words.iter().any(|w| w.exact || !spend.contains(&w.key)) {
        words.retain(|w| w.exact || !spend.contains(&w.key));
    }
}

/// `words` with what an amount of money is called («төсөв», "budget"), for a question asking
/// how much money: it names a title calling the amount so as it names the title's other words.
pub fn with_money_names(words: &[Word]) -> Vec<Word> {
    let names = lists().money_names.iter().map(|k| Word::keyed(k));
    words.iter().cloned().chain(names).collect()
}

/// Which of `words` a count question counts: the first word after «хэдэн», "how many" … that
/// is not a function word («хэдэн компани», "how many companies"), or, when that word is a
/// Mongolian genitive with a noun after it, that noun («хэдэн кластерийн байгууллага»: the
/// organisations, of clusters); with none after, the last before («ажилчдын тоо хэд вэ», the
/// number of workers is how many).
pub fn counted(words: &[Word]) -> Option<usize> {
    let l = lists();
    let asked = words.iter().position(|w| l.count.contains(&w.key))?;
    let noun = |i: &usize| !is_light(&words[*i].key) && !l.count.contains(&words[*i].key);
    let after = (asked + 1..words.len()).find(noun);
    let held = after
        .filter(|&i| is_genitive(&words[i]))
        .and_then(|i| words.get(i + 1).map(|_| i + 1))
        .filter(noun);
    held.or(after).or_else(|| (0..asked).rev().find(noun))
}

/// Whether `w` is a Mongolian genitive («кластерийн», «байгууллагын», `klasteriin`): a word
/// qualifying the noun after it.
fn is_genitive(w: &Word) -> bool {
    let endings: &[&str] = match w.is_cyrillic() {
        true => &["ийн", "ын"],
        false => &["iin", "yn"],
    };
    w.letters() >= 5 && endings.iter().any(|e| w.lower.ends_with(e))
}

/// Whether title word `t` is named by query word `q`: the same word, a case form or plural of
/// it, or (for longer words) one typo away after the first letter.
fn names(q: &str, t: &str) -> bool {
    if q == t {
        return true;
    }
    // Typos in the first letter are rare (as in the token index's typo search).
    if q.len() < 3 || t.len() < 3 || q.as_bytes()[0] != t.as_bytes()[0] {
        return false;
    }
    let (short, long) = if q.len() <= t.len() { (q, t) } else { (t, q) };
    let (sq, st) = (stem(q), stem(t));
    // The soft sign has no key letter but is often typed as i: "amid" for амьд.
    fn no_i(s: &str) -> impl Iterator<Item = u8> + '_ {
        s.bytes().filter(|&b| b != b'i')
    }
    sq == st
        || no_i(q).eq(no_i(t))
        || (short.len() >= 4 && long.starts_with(short) && long.len() - short.len() <= 2)
        || stems_one_slip_apart(sq, st)
}

/// How many words of `title` (key words joined by spaces) the query names, when it names them
/// all; 0 otherwise. The title's function words need not be named: "how many clusters does
/// Lithuania have" names "Clusters in Lithuania".
pub fn names_title(query: &[Word], title: &str) -> u32 {
    let mut n = 0;
    // The "s" of an English possessive ("Mongolia's") names nothing.
    for t in title.split(' ').filter(|t| !t.is_empty() && *t != "s") {
        // Function words are looked up only when met (most titles fail at a content word).
        if query.iter().any(|q| names(&q.key, t)) {
            n += u32::from(!is_light(t));
        } else if !is_light(t) {
            return 0;
        }
    }
    n
}

/// How many of `query`'s words `title` (key words joined by spaces) holds: a title word the
/// query word starts, or names ([`names`]).
pub fn words_held(query: &[&Word], title: &str) -> u32 {
    let held = |q: &&Word| {
        (title.split(' '))
            .any(|t| !t.is_empty() && (t.starts_with(q.key.as_str()) || names(&q.key, t)))
    };
    query.iter().filter(|q| held(q)).count() as u32
}

/// [`names_title`] for many titles and one query: each distinct title word is compared with
/// the query's words once, however many titles hold it (a question's titles share most words).
pub struct TitleNamer<'q, 't> {
    query: &'q [Word],
    /// Per title word: whether a query word names it, and whether it is a function word.
    seen: FxHashMap<&'t str, (bool, bool)>,
}

impl<'q, 't> TitleNamer<'q, 't> {
    pub fn new(query: &'q [Word]) -> Self {
        TitleNamer {
            query,
            seen: FxHashMap::default(),
        }
    }

    /// [`names_title`] of the query and `title`.
    pub fn names_title(&mut self, title: &'t str) -> u32 {
        let mut n = 0;
        for t in title.split(' ').filter(|t| !t.is_empty() && *t != "s") {
            let query = self.query;
            let (named, light) = *self
                .seen
                .entry(t)
                .or_insert_with(|| (query.iter().any(|q| names(&q.key, t)), is_light(t)));
            if named {
                n += u32::from(!light);
            } else if !light {
                return 0;
            }
        }
        n
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;
    use crate::search::translit::key_text;

    fn ask(q: &str) -> Question {
        Question::of(q, &Query::parse(q).words)
    }

    #[test]
    fn questions_in_both_languages() {
        assert!(ask("what is a living lab").asks);
        assert!(ask("инкубатор гэж юу вэ").asks);
        assert!(ask("inkubator gej yu ve").asks);
        assert!(ask("cluster vs cluster initiative").asks);
        assert!(ask("triple helix?").asks);
        assert!(!ask("clusters in Lithuania").asks);
        assert!(ask("how many industrial technology parks").count);
        assert!(ask("хэдэн технологийн парк байдаг вэ").count);
        assert!(ask("when was the law on innovation adopted").date);
        assert!(ask("инновацийн тухай хууль хэзээ батлагдсан бэ").date);
        assert!(ask("law on innovation 2012").date);
        assert!(
            !ask("what limits a park even when its management is good").date,
            "\"when\" inside a sentence joins clauses: it asks no date"
        );
        assert!(ask("MCS хэзээ байгуулагдсан").date);
        assert_eq!(ask("law on innovation 2012").years, vec![2012]);
        assert_eq!(
            ask("when was the law on innovation adopted").years,
            Vec::<u16>::new()
        );
        assert!(
            !ask("chatsarganii klasteriin 2030 hurtelh strategi").date,
            "a year to come is a target, not a date"
        );
        assert_eq!(
            ask("Алсын хараа 2050 хэзээ батлагдсан").years,
            Vec::<u16>::new(),
            "when Vision 2050 was adopted asks its date, not what is dated 2050"
        );
        let population = ask("2021 онд Монголын хүн ам хэдэн сая байсан гэж тайланд бичсэн бэ");
        assert!(
            population.count && !population.date,
            "a year in a question asking how many dates the count; it asks no date"
        );
        assert!(ask("инновацийн тухай хууль 2012 онд").date);
        assert_eq!(ask("инновацийн тухай хууль 2012 онд").years, vec![2012]);
        assert!(
            ask("хэдэн онд батлагдсан").date,
            "«хэдэн онд»: in which year"
        );
        assert_eq!(
            ask("how many months 2050").years,
            Vec::<u16>::new(),
            "a length of time asked is no date"
        );
        assert_eq!(
            counted(&Query::parse("IT Park хэдэн компани инкубацид").words),
            Some(3),
            "the word after «хэдэн» is what is counted"
        );
        assert!(ask("what went wrong with industrial parks").faults);
        assert!(ask("ҮТП яагаад бүтэлгүйтсэн бэ").faults);
        assert!(!ask("what is a living lab").faults);
        for q in [
            "where do Mongolia's Global Innovation Index rankings come from",
            "үйлдвэр, технологийн паркуудын 3-р хүснэгтийн эх сурвалж",
            "Монгол Scopus-т 119-т жагссан гэсэн тоо хаанаас гарсан бэ",
            "экспорт 28 хувь болсон гэдгийг хэн бичсэн бэ",
            "19 кластер гэсэн тоог ямар судалгаанаас авсан бэ",
            "parkiin medeelliig ali web saitaas avsan be",
            "which study found non-state-owned incubators help regional convergence",
            "2002 оны судалгааг ямар вэбсайтаас авсан бэ",
            "IT Parkiin medeelliig ali vebsaitaas avsan be",
        ] {
            assert!(ask(q).sources, "{q}");
        }
        assert!(
            !ask("ЕХ кластерийн гүйцэтгэлийн түвшин").sources,
            "ЕХ is the EU"
        );
        let mut words = Query::parse("хүснэгтийн эх сурвалж ЕХ").words;
        without_source_head(&mut words);
        let keys: Vec<&str> = words.iter().map(|w| w.key.as_str()).collect();
        assert_eq!(keys, ["hosnegtiin", "sorvalj", "eh"]);
        assert!(!ask("startapuudad ogdog butsaltgui tuslamjiig hen neg avsan uu").sources);
        assert!(!ask("who runs the science park").sources);
        assert!(
            !ask("хэдэн онд").count,
            "a year asked for is a date, not a count"
        );
    }

    #[test]
    fn a_figure_of_a_workshop_asks_about_the_walk() {
        assert!(ask("Литва кластерт хэдэн сая евро").figure_not_walk());
        assert!(ask("when was the law on innovation adopted").figure_not_walk());
        assert!(
            !ask("«Кластер гэж юу вэ» сургалтыг хэдэн минутаар төлөвлөх вэ?").figure_not_walk()
        );
        assert!(!ask("how long is the clusters abroad workshop").figure_not_walk());
        assert!(
            !ask("what is a cluster").figure_not_walk(),
            "no figure asked"
        );
    }

    #[test]
    fn a_money_question_leaves_its_spending_verb_out_and_keeps_a_lone_one() {
        let keys = |q: &str| {
            let mut words = Query::parse(q).words;
            without_spending_verbs(&mut words);
            words
                .into_iter()
                .map(|w| w.key)
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert!(!keys("how much did lithuania spend on clusters").contains("spend"));
        assert!(!keys("Литва хэдэн евро зарцуулсан").contains("зарцуулсан"));
        assert_eq!(keys("spent"), "spent", "a verb alone is what is looked for");
    }

    #[test]
    fn money_is_asked_with_a_currency_or_spending() {
        for q in [
            "Литва кластерийн хөтөлбөрт хэдэн евро зарцуулсан",
            "Литва кластерт хэдэн сая евро",
            "how much did lithuania spend on clusters",
            "кластерийн төсөв хэд вэ",
            "how many euros for digital innovation hubs",
        ] {
            assert!(ask(q).money, "{q}");
        }
        for q in [
            "2021 онд Монголын хүн ам хэдэн сая байсан",
            "how many clusters does Lithuania have",
            "Литвийн кластерийн төсөв",
        ] {
            assert!(!ask(q).money, "{q}");
        }
    }

    #[test]
    fn a_count_counts_the_noun_after_or_else_before() {
        let noun = |q: &str| {
            let words = Query::parse(q).words;
            counted(&words).map(|i| words[i].lower.clone())
        };
        assert_eq!(noun("хэдэн компани инкубацид").as_deref(), Some("компани"));
        assert_eq!(noun("how many staff").as_deref(), Some("staff"));
        assert_eq!(
            noun("IT паркийн ажилчдын тоо хэд вэ").as_deref(),
            Some("ажилчдын")
        );
        assert_eq!(noun("парк хэд вэ").as_deref(), Some("парк"));
        // A genitive qualifies the noun after it, which is what is counted.
        assert_eq!(
            noun("Европт хэдэн кластерийн байгууллага бий вэ").as_deref(),
            Some("байгууллага")
        );
        assert_eq!(
            noun("evropt heden klasteriin baiguullaga bii ve").as_deref(),
            Some("baiguullaga")
        );
        assert_eq!(noun("хэдэн кластерийн").as_deref(), Some("кластерийн"));
        assert_eq!(noun("IT паркийн тухай"), None);
    }

    #[test]
    fn a_query_names_a_title() {
        let q = Query::parse("when was the law on innovation adopted").words;
        assert_eq!(
            names_title(&q, &key_text("Law on Innovation")),
            2,
            "'on' need not be named"
        );
        assert_eq!(names_title(&q, &key_text("Law on Science Parks")), 0);
        let q = Query::parse("how many industrial technology parks").words;
        assert_eq!(names_title(&q, &key_text("Industrial technology park")), 3);
        let q = Query::parse("how many clusters does Lithuania have").words;
        assert_eq!(names_title(&q, &key_text("Clusters in Lithuania")), 2);
        let q = Query::parse("Сократусын тухай").words;
        assert_eq!(names_title(&q, &key_text("Socratus")), 1);
        let q = Query::parse("Литва кластерт хэдэн сая евро").words;
        let title = key_text("Литвийн кластерийн санхүүжилт");
        assert_eq!(names_title(&q, &title), 0);
        assert_eq!(
            names_title(&with_money_names(&q), &title),
            3,
            "a question asking how much money names the funding"
        );
    }

    proptest::proptest! {
        /// Titles named through one [`TitleNamer`] (its words remembered from title to title)
        /// count exactly as each named on its own.
        #[test]
        fn a_title_namer_counts_as_names_title(
            query in proptest::sample::select(vec![
                "how many industrial technology parks",
                "when was the law on innovation adopted",
                "инновацийн тухай хууль хэзээ батлагдсан бэ",
                "кластерийн санаачилга гэж юу вэ",
                "what is a living lab",
            ]),
            titles in proptest::collection::vec(
                proptest::collection::vec(proptest::sample::select(vec![
                    "law", "on", "innovation", "innovations", "the", "parks", "park",
                    "industrial", "technology", "living", "labs", "s", "huuli", "huuliin",
                    "inovatsiin", "tuhai", "klasteriin", "sanaachilga", "", "what", "lab",
                ]), 0..6),
                0..12,
            ),
        ) {
            let q = Query::parse(query).words;
            let titles: Vec<String> = titles.iter().map(|t| t.join(" ")).collect();
            let mut namer = TitleNamer::new(&q);
            for t in &titles {
                proptest::prop_assert_eq!(namer.names_title(t), names_title(&q, t), "{}", t);
            }
        }
    }
}
