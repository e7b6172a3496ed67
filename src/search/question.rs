//! Questions rather than keywords: the function and question words of both languages (which
//! weigh almost nothing and never filter; one typed with a slip is read as itself, see
//! [`slipped_light_word`]), what a query asks for (a count, a date, a length of time, what is
//! recommended), and the
//! entries a question names — those whose whole title the query contains ("what is a living
//! lab", «инновацийн тухай хууль хэзээ батлагдсан бэ», "cluster vs cluster initiative").

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

use super::query::Word;
use super::stem::{stem, stems_one_slip_apart};
use super::tokens::one_edit;
use super::translit::key_text;

/// Words that ask (a query holding one is a question), in English, Mongolian Cyrillic and
/// Mongolian as typed in Latin letters.
#[rustfmt::skip]
const ASKING: &[&str] = &[
    "what", "whats", "when", "who", "whom", "whose", "which", "where", "why", "how", "define",
    "definition", "meaning", "vs", "versus", "difference", "differences", "compare", "юу",
    "юун", "хэзээ", "хэн", "хэд", "хэдэн", "хэчнээн", "ямар", "аль", "хаана", "яаж", "яагаад",
    "вэ", "бэ", "уу", "үү", "ялгаа", "ялгаатай", "гэж", "гэдэг", "yu", "yuu", "hezee", "khezee",
    "heden", "kheden", "khed", "yamar", "haana", "khaana", "yaaj", "ve", "gej", "gedeg",
    "ylgaa", "yalgaa", "юуг", "юуны", "юунд", "хэлэх", "хэлдэг", "гэсэн", "хэддүгээр",
    "хэддүгээрт", "yuug", "yuuny", "heleh", "kheleh", "heldeg", "gesen", "heddugeer",
    "kheddugeer", "heddugeert", "hed", "хэрхэн", "herhen", "kherkhen",
];

/// Words that only hold a sentence together: they weigh almost nothing and never filter. ("it"
/// is left out: IT is information technology here.)
#[rustfmt::skip]
const FUNCTION: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "the", "of", "does", "do", "did", "a",
    "an", "in", "on", "at", "to", "for", "and", "or", "by", "with", "about", "from", "many",
    "much", "there", "this", "that", "these", "those", "can", "has", "have", "had", "tell",
    "me", "explain", "between", "тухай", "tukhai", "tuhai", "mean", "means", "year", "years",
    "date", "adopted", "passed", "enacted", "approved", "established", "founded", "created",
    "launched", "started", "number", "юм", "бол", "нь", "байдаг", "байна", "байсан", "байгаа",
    "ба", "болон", "вэ?", "он", "онд", "оны", "тоо", "батлагдсан", "баталсан", "байгуулагдсан",
    "байгуулсан", "үүссэн", "эхэлсэн", "хоорондын", "yum", "bol", "ni", "baidag", "ba", "bolon",
    "ond", "batlagdsan", "baigoulagdsan", "талаар", "talaar", "байгааг", "baigaag", "say",
    "says", "said", "заасан", "заадаг", "заажээ", "хэлсэн", "zaasan", "zaadag", "helsen",
    "анх", "anh", "ankh", "үеэр", "ueer", "during", "хамгийн", "hamgiin", "khamgiin",
    "үед", "ued", "хийсэн", "хийдэг", "hiisen", "khiisen", "hiideg", "khiideg", "only", "just",
    "зөвхөн", "zuvhun", "zovhon",
];

/// Words that frame a question about what to do — "which actions address X", «X-ийг шийдэх
/// арга хэмжээ», «X асуудалд ямар арга хэмжээ авах вэ»: X is what is asked about. They weigh as
/// function words do, or every action ("эхний гол арга хэмжээ …") and every recommendation
/// ("Тулгамдсан асуудал.") would match them all and come before the entry about X.
#[rustfmt::skip]
const REMEDY: &[&str] = &[
    "action", "actions", "measure", "measures", "address", "addresses", "solve", "solves",
    "tackle", "problem", "problems", "issue", "issues", "арга", "хэмжээ", "шийдэх",
    "шийдвэрлэх", "асуудал", "асуудалд", "асуудлыг", "асуудлын", "авах", "хийх", "arga",
    "hemjee", "khemjee", "shiideh", "asuudal", "asuudald", "avah",
];

/// Verbs that ask what is recommended: "what does UNCTAD recommend", «UNCTAD юу зөвлөсөн бэ».
/// They frame the question as [`REMEDY`] words do, and favour recommendations and actions.
/// («зөвлөх» is left out: it is also "advisory", as in «зөвлөх үйлчилгээ».)
#[rustfmt::skip]
const RECOMMEND: &[&str] = &[
    "recommend", "recommends", "recommended", "recommending", "advise", "advises", "advised",
    "suggest", "suggests", "suggested", "зөвлөсөн", "зөвлөж", "зөвлөдөг", "зөвлөв", "зөвлөнө",
    "zuvlusun", "zuvluj", "zuvludug", "zuvlunu",
];

/// Words that ask for a count: "how many", «хэдэн», «хэд».
#[rustfmt::skip]
const COUNT: &[&str] = &[
    "many", "much", "number", "хэд", "хэдэн", "хэчнээн", "тоо", "heden", "kheden", "khed", "hed",
];

/// Words that ask what went wrong: "what went wrong with X", «X яагаад бүтэлгүйтсэн»: they
/// frame the question as [`REMEDY`] words do, and favour findings (what the evidence found).
#[rustfmt::skip]
const FAULT: &[&str] = &[
    "wrong", "went", "fail", "fails", "failed", "failing", "буруу", "бүтэлгүйтсэн",
    "бүтэлгүйтэв", "бүтэлгүйтэл", "buruu", "butelguitsen",
];

/// Words that ask where something comes from: "the source of …", «… эх сурвалж», «хаанаас»
/// (from where). They frame the question as [`REMEDY`] words do, and favour source entries.
#[rustfmt::skip]
const SOURCE: &[&str] = &[
    "source", "sources", "sourced", "cite", "cited", "citation", "reference", "references",
    "сурвалж", "сурвалжийн", "сурвалжаас", "хаанаас", "ишлэл", "survalj", "survaljiin",
    "haanaas", "khaanaas", "ishlel",
];

/// Verbs of where a text comes from — "come from", "who wrote", «хэн бичсэн»: with "where",
/// "who" or "which" they ask for a source too. (Not «авсан», taken, which is also received:
/// «тусламжийг хэн авсан», who received the grant.)
#[rustfmt::skip]
const ORIGIN: &[&str] = &[
    "come", "comes", "came", "wrote", "written", "presented", "published", "бичсэн",
    "бичжээ", "нийтэлсэн", "bichsen",
];

/// Works a figure is taken from — "which study found …", «ямар судалгаанаас», «аль вэб
/// сайтаас»: with "which" or "who" they ask for a source too. They stay content words (a study's title holds them).
#[rustfmt::skip]
const WORK: &[&str] = &[
    "study", "studies", "report", "paper", "article", "website", "судалгаанаас", "тайлангаас",
    "бүтээлээс", "сайтаас", "вэбсайтаас", "хуудаснаас", "sudalgaanaas", "tailangaas", "saitaas",
    "vebsaitaas", "websaitaas",
];

/// The question words that, with an [`ORIGIN`] verb or a [`WORK`], ask for a source: where,
/// who, which.
#[rustfmt::skip]
const WHENCE: &[&str] = &[
    "where", "who", "which", "хэн", "аль", "ямар", "hen", "khen", "ali", "yamar",
];

/// Words that ask how two things differ: "X vs Y", «X ба Y-ын ялгаа».
#[rustfmt::skip]
const COMPARE: &[&str] = &[
    "vs", "versus", "difference", "differences", "compare", "ялгаа", "ялгаатай", "ylgaa",
    "yalgaa",
];

/// Words that ask for a date: "when", "year", «хэзээ», «он».
#[rustfmt::skip]
const DATE: &[&str] = &[
    "when", "year", "years", "date", "хэзээ", "он", "онд", "оны", "hezee", "khezee", "ond",
];

fn keys(words: &[&str]) -> HashSet<String> {
    words
        .iter()
        .map(|w| key_text(w).trim().to_string())
        .collect()
}

struct Lists {
    asking: HashSet<String>,
    light: HashSet<String>,
    count: HashSet<String>,
    date: HashSet<String>,
    compare: HashSet<String>,
    recommend: HashSet<String>,
    fault: HashSet<String>,
    source: HashSet<String>,
    origin: HashSet<String>,
    work: HashSet<String>,
    whence: HashSet<String>,
    time_units: HashSet<String>,
}

fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let asking = keys(ASKING);
        let mut light = keys(FUNCTION);
        light.extend(keys(REMEDY));
        let recommend = keys(RECOMMEND);
        light.extend(recommend.iter().cloned());
        let fault = keys(FAULT);
        light.extend(fault.iter().cloned());
        let (source, origin) = (keys(SOURCE), keys(ORIGIN));
        light.extend(source.iter().chain(&origin).cloned());
        light.extend(asking.iter().cloned());
        Lists {
            asking,
            light,
            count: keys(COUNT),
            date: keys(DATE),
            compare: keys(COMPARE),
            recommend,
            fault,
            source,
            origin,
            work: keys(WORK),
            whence: keys(WHENCE),
            time_units: keys(super::traits::TIME_UNITS),
        }
    })
}

/// Whether a word (by its key) weighs almost nothing: a question or function word.
pub fn is_light(key: &str) -> bool {
    lists().light.contains(key)
}

/// Function and question words shorter than this are not guessed from a slip of typing.
const SLIPPED_FROM: usize = 4;

/// The question or function word that `key` is one slip of typing away from («хэдэг» →
/// «хэдэн», "wat" → "what"), for a word the corpus does not hold (the caller checks): only words
/// of [`SLIPPED_FROM`] letters or more, with the same first letter, are guessed.
pub fn slipped_light_word(key: &str) -> Option<&'static str> {
    if key.len() + 1 < SLIPPED_FROM || is_light(key) {
        return None;
    }
    let first = key.as_bytes().first()?;
    lists()
        .light
        .iter()
        .filter(|w| w.len() >= SLIPPED_FROM && w.as_bytes().first() == Some(first))
        .find(|w| one_edit(w.as_bytes(), key.as_bytes()))
        .map(String::as_str)
}

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
    /// The years it names ("law on innovation 2012"): a date question naming a year asks
    /// about that year, not about whatever has a date.
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
}

impl Question {
    pub fn of(raw: &str, words: &[Word]) -> Question {
        let l = lists();
        let has = |set: &HashSet<String>| words.iter().any(|w| set.contains(&w.key));
        let years: Vec<u16> = (words.iter())
            .filter(|w| w.key.len() == 4)
            .filter_map(|w| w.key.parse::<u16>().ok())
            .filter(|y| (1900..=2100).contains(y))
            .collect();
        let year = !years.is_empty();
        // «он» (year) typed in Latin letters is the English "on": only Cyrillic «он» asks a date;
        // "when" asks it at the start of a question, not as a conjunction ("what limits a park
        // even when its management is good").
        let asks_date = words.iter().enumerate().any(|(i, w)| {
            l.date.contains(&w.key)
                && (w.key != "on" || w.is_cyrillic())
                && (w.key != "when" || i == 0)
        });
        let duration = has(&l.count) && has(&l.time_units);
        let date = (asks_date || year) && !duration;
        Question {
            asks: has(&l.asking) || raw.contains('?'),
            count: has(&l.count) && !date,
            date,
            years: if date { years } else { Vec::new() },
            compares: has(&l.compare),
            recommends: has(&l.recommend),
            faults: has(&l.fault),
            sources: has(&l.source) || (has(&l.whence) && (has(&l.origin) || has(&l.work))),
            duration,
        }
    }
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

/// Which of `words` a count question counts: the first word after «хэдэн», "how many" … that
/// is not a function word («хэдэн компани», "how many companies").
pub fn counted(words: &[Word]) -> Option<usize> {
    let l = lists();
    let asked = words.iter().position(|w| l.count.contains(&w.key))?;
    (asked + 1..words.len()).find(|&i| !is_light(&words[i].key) && !l.count.contains(&words[i].key))
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::query::Query;

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
    fn light_words() {
        for w in [
            "what",
            "is",
            "the",
            "юу",
            "вэ",
            "гэж",
            "нь",
            "бол",
            "yu",
            "ve",
            "хэзээ",
            // «X гэж юуг хэлэх вэ» (what is meant by X), «хэддүгээрт» (which place), "what
            // does the law say": the question's frame, not its subject.
            "юуг",
            "хэлэх",
            "хэддүгээрт",
            "заасан",
            "say",
            "wrong",
            "hed",
        ] {
            assert!(is_light(&key_text(w)), "{w}");
        }
        for w in ["cluster", "кластер", "park", "хууль"] {
            assert!(!is_light(&key_text(w)), "{w}");
        }
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
    }
}
