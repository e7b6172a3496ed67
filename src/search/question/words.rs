//! The function and question words of both languages, as keys: which weigh almost nothing,
//! which ask for a count, a date, a comparison, a recommendation, a fault or a source, and the
//! light word a slip of typing was meant as.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

use crate::search::tokens::one_edit;
use crate::search::translit::key_text;

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
    "kheddugeer", "heddugeert", "hed", "хэрхэн", "herhen", "kherkhen", "ali", "хэр", "her",
    "kher", "same", "адил", "адилхан", "ижил", "adil", "adilhan", "ijil",
    // Written short, as people chat in Latin letters: вэ, ямар, гэж, хэдэн.
    "we", "ymr", "gj", "hedn",
];

/// Words that only hold a sentence together: they weigh almost nothing and never filter. ("it"
/// is left out: IT is information technology here; "us" too: the US.)
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
    "зөвхөн", "zuvhun", "zovhon", "товчлол", "tovchlol", "abbreviation", "acronym", "stand",
    "stands", "we", "our", "get", "more", "as",
    // Written short, as people chat in Latin letters: байдаг, байгаа, байсан, юм.
    "bdag", "bga", "bgaa", "bsan", "bsn", "ym",
    // «Монгол, Эстони хоёрын ялгаа» (the difference between Mongolia and Estonia): "the two's"
    // names no topic.
    "хоёрын", "hoyriin", "hoyrin", "khoyriin",
];

/// Words that frame a question about what to do — "which actions address X", «X-ийг шийдэх
/// арга хэмжээ», «X асуудалд ямар арга хэмжээ авах вэ», «X хэрэгтэй юу», "should X": X is what
/// is asked about. They weigh as
/// function words do, or every action ("эхний гол арга хэмжээ …") and every recommendation
/// ("Тулгамдсан асуудал.") would match them all and come before the entry about X.
#[rustfmt::skip]
const REMEDY: &[&str] = &[
    "action", "actions", "measure", "measures", "address", "addresses", "solve", "solves",
    "tackle", "problem", "problems", "issue", "issues", "арга", "хэмжээ", "шийдэх",
    "шийдвэрлэх", "асуудал", "асуудалд", "асуудлыг", "асуудлын", "авах", "хийх", "arga",
    "hemjee", "khemjee", "shiideh", "asuudal", "asuudald", "avah", "should", "хэрэгтэй",
    "шаардлагатай", "heregtei", "kheregtei", "shaardlagatai",
];

/// Verbs that ask where something belongs — "which stage does it belong to", «аль үе шатанд
/// хамаарах вэ»: they frame the question as [`REMEDY`] words do (the class asked for and the
/// thing placed in it are its topic).
#[rustfmt::skip]
const BELONG: &[&str] = &[
    "belong", "belongs", "хамаарах", "хамаардаг", "хамаарна",
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
    "hedn",
];

/// Money a question asks an amount of: currencies («хэдэн евро», "how many euros") and the
/// nouns and verbs of spending ("how much … spend", «төсөв хэд», `zardal`). With a word asking
/// how many or how much, they ask for an amount of money, not any count.
#[rustfmt::skip]
const MONEY: &[&str] = &[
    "euro", "euros", "eur", "dollar", "dollars", "usd", "tugrik", "tugriks", "mnt", "евро",
    "еврогоор", "доллар", "долларын", "доллараар", "төгрөг", "төгрөгийн", "төгрөгөөр", "budget",
    "budgets", "cost", "costs", "spend", "spends", "spent", "spending", "төсөв", "төсвийг",
    "төсвийн", "зардал", "зардлыг", "зардлын", "зарцуулсан", "зарцуулах", "зарцуулдаг",
    "зарцуулжээ", "tusuv", "tosov", "zardal", "zartsuulsan",
];

/// What an amount of money is called in a title ("Lithuania's cluster instruments: budgets",
/// «Литвийн кластерийн санхүүжилт»): a question asking how much money names them.
#[rustfmt::skip]
const MONEY_NAMES: &[&str] = &["budget", "funding", "төсөв", "санхүүжилт"];

/// What a workshop walk (a tour) is called: a question naming one asks about the walk itself
/// («сургалтыг хэдэн минутаар төлөвлөх вэ»), so the tour may answer its figure.
#[rustfmt::skip]
const WALK: &[&str] = &[
    "tour", "tours", "workshop", "workshops", "сургалт", "сургалтыг", "сургалтын", "сургалтад",
    "surgalt", "surgaltyg", "surgaltiin",
];

/// The verbs of spending ("how much did Lithuania spend", «хэдэн евро зарцуулсан»): in a
/// question asking how much money they frame the question, rather than demand the word of an
/// entry (`without_spending_verbs`); elsewhere ("spend on R&D") they are words to find.
#[rustfmt::skip]
const SPEND: &[&str] = &[
    "spend", "spends", "spent", "зарцуулсан", "зарцуулах", "зарцуулдаг", "зарцуулжээ",
    "zartsuulsan",
];

/// Words that ask what went wrong or why: "what went wrong with X", «X яагаад бүтэлгүйтсэн»,
/// «паркууд яагаад ажиллахгүй байна вэ»: they frame the question as [`REMEDY`] words do, and
/// favour findings (what the evidence found, and why).
#[rustfmt::skip]
const FAULT: &[&str] = &[
    "wrong", "went", "fail", "fails", "failed", "failing", "буруу", "бүтэлгүйтсэн",
    "бүтэлгүйтэв", "бүтэлгүйтэл", "buruu", "butelguitsen", "why", "яагаад", "yagaad", "yaagaad",
];

/// Words that ask where something comes from: "the source of …", «… эх сурвалж», «хаанаас»
/// (from where). They frame the question as [`REMEDY`] words do, and favour source entries.
#[rustfmt::skip]
const SOURCE: &[&str] = &[
    "source", "sources", "sourced", "cite", "cited", "citation", "reference", "references",
    "сурвалж", "сурвалжийн", "сурвалжаас", "хаанаас", "ишлэл", "survalj", "survaljiin",
    "haanaas", "khaanaas", "ishlel",
];

/// Verbs of where a text comes from — "come from", "who wrote", «хэн бичсэн», «хаанаас
/// гарсан»: with "where", "who" or "which" they ask for a source too. (Not «авсан», taken,
/// which is also received: «тусламжийг хэн авсан», who received the grant.)
#[rustfmt::skip]
const ORIGIN: &[&str] = &[
    "come", "comes", "came", "wrote", "written", "presented", "published", "бичсэн",
    "бичжээ", "нийтэлсэн", "bichsen", "гарсан", "garsan",
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

/// Words that ask how two things differ: "X vs Y", «X ба Y-ын ялгаа», "is X the same as Y",
/// «X, Y хоёр адилхан уу».
#[rustfmt::skip]
const COMPARE: &[&str] = &[
    "vs", "versus", "difference", "differences", "compare", "ялгаа", "ялгаатай", "ylgaa",
    "yalgaa", "same", "адил", "адилхан", "ижил", "adil", "adilhan", "ijil",
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

pub(super) struct Lists {
    pub(super) asking: HashSet<String>,
    pub(super) light: HashSet<String>,
    pub(super) count: HashSet<String>,
    pub(super) date: HashSet<String>,
    pub(super) compare: HashSet<String>,
    pub(super) recommend: HashSet<String>,
    pub(super) fault: HashSet<String>,
    pub(super) source: HashSet<String>,
    pub(super) origin: HashSet<String>,
    pub(super) work: HashSet<String>,
    pub(super) whence: HashSet<String>,
    pub(super) time_units: HashSet<String>,
    pub(super) money: HashSet<String>,
    pub(super) money_names: Vec<String>,
    pub(super) walk: HashSet<String>,
    pub(super) spend: HashSet<String>,
}

pub(super) fn lists() -> &'static Lists {
    static LISTS: OnceLock<Lists> = OnceLock::new();
    LISTS.get_or_init(|| {
        let asking = keys(ASKING);
        let mut light = keys(FUNCTION);
        light.extend(keys(REMEDY));
        light.extend(keys(BELONG));
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
            time_units: keys(crate::search::traits::TIME_UNITS),
            money: keys(MONEY),
            money_names: keys(MONEY_NAMES).into_iter().collect(),
            walk: keys(WALK),
            spend: keys(SPEND),
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
/// of [`SLIPPED_FROM`] letters or more, with the same first letter, are guessed. Of two, a
/// letter typed for another (as long as the key) before one left out or added, then the first
/// in alphabetical order, so that the guess never depends on the set's order.
pub fn slipped_light_word(key: &str) -> Option<&'static str> {
    if key.len() + 1 < SLIPPED_FROM || is_light(key) {
        return None;
    }
    let first = key.as_bytes().first()?;
    lists()
        .light
        .iter()
        .filter(|w| w.len() >= SLIPPED_FROM && w.as_bytes().first() == Some(first))
        .filter(|w| one_edit(w.as_bytes(), key.as_bytes()))
        .min_by_key(|w| (w.len() != key.len(), w.as_str()))
        .map(String::as_str)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// «хэдэг» is one slip from «хэдэн» and from «хэлдэг»: a letter typed for another is the
    /// likelier slip, whatever order the set holds them in.
    #[test]
    fn a_slip_reads_as_the_word_of_its_length() {
        assert_eq!(slipped_light_word(&key_text("хэдэг")), Some("heden"));
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
            // «аль онд» typed in Latin letters.
            "ali",
            // «ТББ-ийн оролцоо хэр вэ» (how is it): not a prefix of «хэрэг», «хэрэгцээ» … that
            // most entries hold.
            "хэр",
            "her",
            // «аль үе шатанд хамаарах вэ» (which stage does it belong to): the frame.
            "хамаарах",
            "hamaarah",
            "belongs",
        ] {
            assert!(is_light(&key_text(w)), "{w}");
        }
        for w in ["cluster", "кластер", "park", "хууль"] {
            assert!(!is_light(&key_text(w)), "{w}");
        }
    }
}
