//! Copying an entry's citation: the text (the title in both languages, then each source's
//! reference — who, when, its title as published with the translation in brackets, publisher —
//! and locator, in both languages) built by a pure function from content made inert, and the
//! OSC 52 sequence the event loop writes so the terminal puts it on the clipboard.

use super::action::Action;
use super::effect::Effect;
use super::state::{App, Overlay, Then};
use crate::corpus::Corpus;
use crate::i18n::Localizer;
use crate::inert::inert;
use crate::lang::Lang;

/// Content text on one line, with nothing a terminal would execute.
fn clean(text: &str) -> String {
    inert(text).replace(['\n', '\t'], " ").trim().to_string()
}

/// The citation of entry `index`: one line per language (see [`citation_in`]).
pub fn citation(corpus: &Corpus, l10n: &Localizer, index: usize) -> String {
    Lang::ALL
        .map(|lang| citation_in(corpus, l10n, index, lang))
        .join("\n")
}

/// The citation of entry `index` in `lang`, on one line:
/// `Title — Sources: Who, year. Source title, locator; …` (`toli cite` prints it).
pub fn citation_in(corpus: &Corpus, l10n: &Localizer, index: usize, lang: Lang) -> String {
    let e = corpus.entry(index);
    // The sources in the order first cited, each named once with all the places cited in it.
    let mut grouped: Vec<(&str, Vec<&crate::corpus::model::SourceRef>)> = Vec::new();
    for s in &e.sources {
        match grouped.iter_mut().find(|(id, _)| *id == s.id) {
            Some((_, refs)) => refs.push(s),
            None => grouped.push((&s.id, vec![s])),
        }
    }
    // A source entry is cited as itself: who, when, its title as published, the publisher.
    let mut line = match e.fields {
        crate::corpus::model::KindFields::Source { .. } => who_and_when(e, lang),
        _ => clean(e.title.show(lang)),
    };
    let sources: Vec<String> = grouped
        .iter()
        .map(|(id, refs)| {
            let source = corpus.get(id);
            let title = source.map_or_else(|| clean(id), |src| who_and_when(src, lang));
            let cited_in = source.is_some_and(|src| says_cited(src.title.show(lang), lang));
            let own_title = source.map(|src| clean(src.title.show(lang)));
            let places: Vec<String> = refs
                .iter()
                .map(|s| clean(&s.place(lang)))
                .map(|p| match cited_in {
                    true => without_cited_marker(&p, lang).to_string(),
                    false => p,
                })
                .filter(|p| !p.is_empty())
                .filter(|p| !own_title.as_deref().is_some_and(|t| names_title(t, p)))
                .collect();
            let locator = super::cite_places::merge(&places, lang);
            if locator.is_empty() {
                title
            } else {
                format!("{title}, {locator}")
            }
        })
        .collect();
    if !sources.is_empty() {
        line.push_str(&format!(
            " — {}: {}",
            l10n.t(lang, "cite-sources"),
            sources.join("; ")
        ));
    }
    line
}

/// A source as a reader cites it: who wrote it and when, its title as published (the
/// translation in `lang` after it in brackets), then who published it — «НҮБ-ын Худалдаа,
/// хөгжлийн бага хурал (НҮБХХБХ), 2025. Science, technology and innovation parks development
/// in Mongolia: … [Монгол Улсад …]. Нэгдсэн Үндэстний Байгууллага (НҮБ), Женев».
fn who_and_when(source: &crate::corpus::model::Entry, lang: Lang) -> String {
    let crate::corpus::model::KindFields::Source {
        author,
        year,
        publisher,
        original,
        ..
    } = &source.fields
    else {
        return clean(source.title.show(lang));
    };
    let who = clean(author.show(lang));
    let head: Vec<String> = [who.clone(), year.map(|y| y.to_string()).unwrap_or_default()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect();
    // The title in `l` without the short reference and the author's name it repeats, after a
    // full stop when someone is named before it.
    let title_in = |l: Lang| {
        let title = clean(source.title.show(l));
        if head.is_empty() {
            return title;
        }
        let author = clean(author.show(l));
        let bare = without_short_reference(&title, *year);
        // A title that is only the name the citation gives as the author (a database named
        // after its keeper) is said once, as the author.
        match bare == who {
            true => String::new(),
            false => capitalised(without_author(bare, &author)),
        }
    };
    let published = original.lang().unwrap_or(lang);
    let mut text = title_in(published);
    if published != lang {
        let translated = title_in(lang);
        if !translated.is_empty() && translated != text {
            text = format!("{text} [{translated}]");
        }
    }
    if !head.is_empty() {
        text = match text.is_empty() {
            true => head.join(", "),
            false => format!("{}. {text}", head.join(", ")),
        };
    }
    // The publisher, unless the author names it already (in either language).
    let named = |l: Lang| {
        publisher
            .as_ref()
            .is_some_and(|p| clean(author.show(l)).contains(&clean(p.show(l))))
    };
    match publisher.as_ref().map(|p| clean(p.show(lang))) {
        Some(by) if !by.is_empty() && !named(Lang::En) && !named(lang) => {
            let stop = if text.ends_with(['.', '?', '!']) {
                ""
            } else {
                "."
            };
            format!("{text}{stop} {by}")
        }
        _ => text,
    }
}

/// The text with its first letter in capitals: a title follows a full stop in a citation.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A title without the author's name it starts with («World Bank: World Development
/// Indicators» after «World Bank, 2025.»), unless nothing would be left.
fn without_author<'t>(title: &'t str, author: &str) -> &'t str {
    match title
        .strip_prefix(author)
        .and_then(|t| t.strip_prefix(": "))
    {
        Some(rest) if !author.is_empty() && !rest.trim().is_empty() => rest,
        _ => title,
    }
}

/// Whether a source's title already says where it was cited ("TCI (2017), cited in HSE 2018",
/// "… (as cited by UNCTAD)").
fn says_cited(title: &str, lang: Lang) -> bool {
    match lang {
        Lang::En => title.contains("cited in") || title.contains("cited by"),
        Lang::Mn => title.contains("иш татсан"),
    }
}

/// A place without the "as cited" that opens it, for a source whose title says it already:
/// "as cited on slide: The Issue" → "slide: The Issue".
fn without_cited_marker(place: &str, lang: Lang) -> &str {
    let markers: &[&str] = match lang {
        Lang::En => &["as cited on ", "as cited in ", "cited on ", "cited in "],
        Lang::Mn => &["иш татсан: ", "иш татсан, "],
    };
    markers
        .iter()
        .find_map(|m| place.strip_prefix(m))
        .unwrap_or(place)
}

/// Whether a place only repeats its source's title ("Benchmarking of Business Incubators" in
/// "European Commission (2002): Benchmarking of Business Incubators").
fn names_title(title: &str, place: &str) -> bool {
    let bare = |t: &str| {
        t.trim_matches(|c: char| c == '"' || c == '«' || c == '»' || c.is_whitespace())
            .to_lowercase()
    };
    let title = bare(title);
    let place = bare(place);
    title == place || title.ends_with(&format!(": {place}"))
}

/// A source title without the short reference it starts with ("Eun, Lee and Wu (2006): …",
/// "TCI (2017), cited in …", «KSP (2022/23): …») or the year it ends with («Статистикийн
/// мэдээллийн нэгдсэн сан (2025)»): the citation names who and when in full before it.
fn without_short_reference(title: &str, year: Option<i32>) -> &str {
    if let Some(bare) = year.and_then(|y| title.strip_suffix(&format!(" ({y})"))) {
        return bare;
    }
    let Some((head, rest)) = title.split_once("): ").or_else(|| title.split_once("), ")) else {
        return title;
    };
    let year = head.rsplit_once('(').map(|(_, y)| y);
    let dated = year.is_some_and(|y| {
        y.len() >= 4
            && y.starts_with(|c: char| c.is_ascii_digit())
            && y.chars().all(|c| c.is_ascii_digit() || c == '/')
    });
    match dated && !rest.is_empty() && head.chars().count() <= 60 {
        true => rest,
        false => title,
    }
}

/// The OSC 52 sequence that sets the clipboard to `text` (base64, so the text itself never
/// reaches the terminal).
pub fn osc52(text: &str) -> String {
    let mut out = String::new();
    // Writing into a String cannot fail.
    let _ = crossterm::Command::write_ansi(
        &crossterm::clipboard::CopyToClipboard::to_clipboard_from(text),
        &mut out,
    );
    out
}

/// Applies an action in the citation window: `y`, Enter, Esc or `q` close it; the line and
/// page keys scroll it where the screen is too small for the whole citation (`M`, which frees
/// the mouse to select it, is handled over every overlay by `update`).
pub fn action(app: &mut App, action: Action) -> Then {
    let screen = crate::ui::overlay_screen(app, super::update::screen(app));
    let Some(Overlay::Citation { text, scroll }) = &app.overlay else {
        return Then::Stay;
    };
    let (page, max) = crate::ui::citation::page_and_max(app, screen, text);
    let step = page.saturating_sub(1).max(1);
    let to = match action {
        Action::Escape | Action::Open | Action::CopyCitation => return Then::Close,
        Action::Up | Action::Wheel { down: false, .. } => scroll.saturating_sub(1),
        Action::Down | Action::Wheel { down: true, .. } => scroll + 1,
        Action::PageDown => scroll + step,
        Action::PageUp => scroll.saturating_sub(step),
        Action::Top => 0,
        Action::Bottom => max,
        _ => return Then::Stay,
    };
    if let Some(Overlay::Citation { scroll, .. }) = &mut app.overlay {
        *scroll = to.min(max);
    }
    Then::Stay
}

/// `y`: queues the current entry's citation for the terminal's clipboard and says what was done
/// in plain words — sent, since no terminal confirms it (tmux drops it by default), and where to
/// select it by hand if it does not paste. The citation is returned
/// too, for the window that shows it whole to read or select by hand.
pub fn copy(app: &mut App) -> Option<(String, Effect)> {
    let i = app.current()?;
    let text = citation(&app.corpus, &app.l10n, i);
    let title = app
        .corpus
        .entry(i)
        .title
        .show(app.settings.lang)
        .to_string();
    let title = super::status::short_title(&title);
    app.status.say(app.tf("cite-copied", &[("title", title)]));
    Some((text.clone(), Effect::Copy(text)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};

    fn fixture() -> Corpus {
        let dir =
            std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
        load(&Sources {
            builtin: false,
            dirs: vec![dir],
        })
        .corpus
    }

    #[test]
    fn citation_has_both_titles_sources_and_locators() {
        let c = fixture();
        let l = Localizer::new();
        let i = c.index_of("stage-growth").expect("entry");
        let text = citation(&c, &l, i);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 2, "{text}");
        let src = c.get("src-fixture-deck").expect("source");
        assert!(lines[0].starts_with("Growth — "), "{text}");
        assert!(lines[0].contains(&format!("{}, slide 8", src.title.show(Lang::En))));
        // Who wrote the source and when come first, as a reader cites it.
        let crate::corpus::model::KindFields::Source { author, .. } = &src.fields else {
            panic!("a source");
        };
        assert!(
            lines[0].contains(&format!("— Sources: {}", author.show(Lang::En))),
            "{text}"
        );
        assert!(
            lines[1].contains(&format!(": {}", author.show(Lang::Mn))),
            "{text}"
        );
        assert!(lines[1].starts_with("Өсөлт — "), "{text}");
        // The deck's title as published (English), its translation in brackets.
        assert!(lines[1].contains(&format!(
            "{} [{}], 8-р слайд",
            src.title.show(Lang::En),
            src.title.show(Lang::Mn)
        )));
    }

    #[test]
    fn citation_content_is_inert() {
        let src = "---\nid: src-evil\nkind: source\ntitle: {en: \"Deck\\e[2J\", mn: Илтгэл}\n\
                   summary: {en: s, mn: s}\nauthor: x\n---\n::: en\nx\n\n::: mn\nx\n";
        let entry = "---\nid: evil\nkind: definition\n\
                     title: {en: \"Evil\\e]52;c;AAAA\\a\\nsecond line\", mn: Муу}\n\
                     summary: {en: s, mn: s}\nsources:\n  - id: src-evil\n    locator: \"p. 1\\e[31m\"\n\
                     ---\n::: en\nx\n\n::: mn\nx\n";
        let c = corpus_of(&[("src-evil.md", src), ("evil.md", entry)]);
        let i = c.index_of("evil").expect("entry loads");
        let text = citation(&c, &Localizer::new(), i);
        assert!(!text.contains('\x1b') && !text.contains('\x07'), "{text:?}");
        assert_eq!(
            text.lines().count(),
            2,
            "content cannot add lines: {text:?}"
        );
        assert!(text.contains("^[]52"), "{text:?}");
        assert!(text.contains("p. 1^[[31m"), "{text:?}");
    }

    /// A source cited at several places is named once, with all its places (walk 4, M2).
    #[test]
    fn a_source_cited_at_several_places_is_cited_once() {
        let src = "---\nid: src-r\nkind: source\ntitle: {en: The report, mn: Тайлан}\n\
                   summary: {en: s, mn: s}\nauthor: {en: UNCTAD, mn: НҮБХХБХ}\nyear: 2025\n---\n\
                   ::: en\nx\n\n::: mn\nx\n";
        let entry = "---\nid: law\nkind: definition\ntitle: {en: Law, mn: Хууль}\n\
                     summary: {en: s, mn: s}\nsources:\n\
                     \x20 - id: src-r\n    locator: \"Section IV, Policy framework\"\n\
                     \x20 - id: src-r\n    locator: \"Section V, Parks\"\n\
                     \x20 - id: src-r\n    locator: \"Section VI, Findings\"\n\
                     ---\n::: en\nx\n\n::: mn\nx\n";
        let c = corpus_of(&[("src-r.md", src), ("law.md", entry)]);
        let i = c.index_of("law").expect("entry loads");
        let text = citation(&c, &Localizer::new(), i);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(
            lines,
            [
                "Law — Sources: UNCTAD, 2025. The report, Sections IV, V, VI",
                "Хууль — Эх сурвалж: НҮБХХБХ, 2025. The report [Тайлан], IV, V, VI бүлэг",
            ],
            "{text}"
        );
    }

    #[test]
    fn who_and_when_is_said_once() {
        assert_eq!(
            without_short_reference("Eun, Lee and Wu (2006): Explaining the phenomenon", None),
            "Explaining the phenomenon"
        );
        assert_eq!(
            without_short_reference(
                "KSP (2022/23): Хүнд үйлдвэрт онцгой анхаарсан стратеги",
                None
            ),
            "Хүнд үйлдвэрт онцгой анхаарсан стратеги"
        );
        // A title whose parenthesis is no year, or that is nothing but the reference, stays.
        assert_eq!(
            without_short_reference("Science parks (SIP): the concept", None),
            "Science parks (SIP): the concept"
        );
        let shipped = crate::corpus::load::load(&crate::corpus::load::Sources::builtin()).corpus;
        let l10n = Localizer::new();
        let i = shipped
            .index_of("china-university-run-enterprises")
            .expect("shipped");
        let line = citation_in(&shipped, &l10n, i, Lang::En);
        assert!(line.contains("2006. Explaining"), "{line}");
        assert!(!line.contains("(2006):"), "{line}");
    }

    /// The corpus of `files` (name, text), written to a temporary folder.
    fn corpus_of(files: &[(&str, &str)]) -> Corpus {
        let dir = tempfile::tempdir().expect("tempdir");
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).expect("write");
        }
        load(&Sources {
            builtin: false,
            dirs: vec![dir.path().to_path_buf()],
        })
        .corpus
    }

    /// Loads `files` (name, text) from a temporary folder and cites `id` in both languages.
    fn cite_files(files: &[(&str, &str)], id: &str) -> Vec<String> {
        let c = corpus_of(files);
        let i = c.index_of(id).expect("entry loads");
        Lang::ALL
            .map(|lang| citation_in(&c, &Localizer::new(), i, lang))
            .to_vec()
    }

    /// A source whose title describes it (`original: none`: a homepage, a work known as cited).
    fn source(id: &str, title: (&str, &str), author: (&str, &str), year: i32) -> String {
        published(id, title, author, year, "original: none\n")
    }

    /// A source with `more` front matter (`original:`, `publisher:` …).
    fn published(
        id: &str,
        title: (&str, &str),
        author: (&str, &str),
        year: i32,
        more: &str,
    ) -> String {
        format!(
            "---\nid: {id}\nkind: source\ntitle: {{en: \"{}\", mn: \"{}\"}}\n\
             summary: {{en: s, mn: s}}\nauthor: {{en: \"{}\", mn: \"{}\"}}\nyear: {year}\n{more}---\n\
             ::: en\nx\n\n::: mn\nx\n",
            title.0, title.1, author.0, author.1
        )
    }

    /// A source published in English is cited by its English title in both languages, the
    /// Mongolian citation giving the translation after it in brackets, and its publisher as
    /// the language names it (walk 9, finding 1).
    #[test]
    fn an_english_source_keeps_its_title_as_published_in_a_mongolian_citation() {
        let src = published(
            "src-sanz",
            (
                "Sanz et al. (2023): A Taxonomy of Organised Innovations Spaces",
                "Санс нар (2023): Зохион байгуулалттай инновацийн орон зайн ангилал",
            ),
            ("Sanz L and Jansen P", "Sanz L, Jansen P"),
            2023,
            "publisher: {en: Joint Research Centre, mn: Хамтарсан судалгааны төв}\n",
        );
        let files = [
            ("src-sanz.md", src.as_str()),
            (
                "e.md",
                &citing(&[("src-sanz", ("living labs", "амьд лабораториуд"))]),
            ),
        ];
        assert_eq!(
            cite_files(&files, "e"),
            [
                "E — Sources: Sanz L and Jansen P, 2023. A Taxonomy of Organised Innovations \
                 Spaces. Joint Research Centre, living labs",
                "Е — Эх сурвалж: Sanz L, Jansen P, 2023. A Taxonomy of Organised Innovations \
                 Spaces [Зохион байгуулалттай инновацийн орон зайн ангилал]. Хамтарсан \
                 судалгааны төв, амьд лабораториуд",
            ]
        );
        // The source cited as itself is its whole reference, publisher included.
        assert_eq!(
            cite_files(&files, "src-sanz"),
            [
                "Sanz L and Jansen P, 2023. A Taxonomy of Organised Innovations Spaces. Joint \
                 Research Centre",
                "Sanz L, Jansen P, 2023. A Taxonomy of Organised Innovations Spaces \
                 [Зохион байгуулалттай инновацийн орон зайн ангилал]. Хамтарсан судалгааны төв",
            ]
        );
    }

    /// A source published in Mongolian keeps its Mongolian title in both languages; the English
    /// citation gives the translation in brackets, and a publisher written once is given as
    /// written in both.
    #[test]
    fn a_mongolian_source_keeps_its_mongolian_title_in_an_english_citation() {
        let src = published(
            "src-deck",
            (
                "The power of collaboration (slides, in Mongolian)",
                "Хамтран ажиллах хүч",
            ),
            ("Unnamed presenter", "Нэр нь үл дурдагдсан илтгэгч"),
            2021,
            "original: mn\npublisher: Ivory Tower AB\n",
        );
        let files = [
            ("src-deck.md", src.as_str()),
            ("e.md", &citing(&[("src-deck", ("slide 2", "2-р слайд"))])),
        ];
        assert_eq!(
            cite_files(&files, "e"),
            [
                "E — Sources: Unnamed presenter, 2021. Хамтран ажиллах хүч [The power of \
                 collaboration (slides, in Mongolian)]. Ivory Tower AB, slide 2",
                "Е — Эх сурвалж: Нэр нь үл дурдагдсан илтгэгч, 2021. Хамтран ажиллах хүч. Ivory \
                 Tower AB, 2-р слайд",
            ]
        );
    }

    /// A title that is only the author's name is said once, as the author; a publisher the
    /// author already names is not repeated.
    #[test]
    fn a_title_or_publisher_repeating_the_author_is_said_once() {
        let src = published(
            "src-db",
            (
                "Statistical Service (2025): unified database",
                "Статистикийн нэгдсэн сан (2025)",
            ),
            ("Statistical Service", "Статистикийн нэгдсэн сан"),
            2025,
            "original: mn\npublisher: {en: Statistical Service, mn: Статистикийн нэгдсэн сан}\n",
        );
        assert_eq!(
            cite_files(&[("src-db.md", &src)], "src-db"),
            [
                "Statistical Service, 2025. Статистикийн нэгдсэн сан [Unified database]",
                "Статистикийн нэгдсэн сан, 2025",
            ]
        );
    }

    fn citing(sources: &[(&str, (&str, &str))]) -> String {
        let refs: String = sources
            .iter()
            .map(|(id, (en, mn))| {
                format!("  - id: {id}\n    locator: {{en: \"{en}\", mn: \"{mn}\"}}\n")
            })
            .collect();
        format!(
            "---\nid: e\nkind: definition\ntitle: {{en: E, mn: Е}}\nsummary: {{en: s, mn: s}}\n\
             sources:\n{refs}---\n::: en\nx\n\n::: mn\nx\n"
        )
    }

    /// The title after «Who, year.» starts a sentence: its first letter, and only that, is a
    /// capital (walk 8, m1).
    #[test]
    fn the_title_after_who_and_when_starts_with_a_capital() {
        let src = source(
            "src-park",
            ("homepage of the IT Park", "албан ёсны цахим хуудас"),
            ("IT Park", "МТП"),
            2025,
        );
        let lines = cite_files(
            &[
                ("src-park.md", &src),
                ("e.md", &citing(&[("src-park", ("Box 1", "1-р хайрцаг"))])),
            ],
            "e",
        );
        assert_eq!(
            lines,
            [
                "E — Sources: IT Park, 2025. Homepage of the IT Park, Box 1",
                "Е — Эх сурвалж: МТП, 2025. Албан ёсны цахим хуудас, 1-р хайрцаг",
            ]
        );
        assert_eq!(capitalised("élan vital"), "Élan vital");
        assert_eq!(capitalised(""), "");
    }

    /// A source known only as cited elsewhere names who, when, where it was cited and the place
    /// once each; a place that repeats the title, and a title that repeats the author, are said
    /// once (walk 8, n5).
    #[test]
    fn a_cited_source_says_who_when_and_where_once() {
        let tci = source(
            "src-tci",
            (
                "TCI (2017), cited in HSE 2018",
                "TCI (2017), ЭЗДС-ийн 2018 оны илтгэлд иш татсан",
            ),
            ("TCI", "TCI"),
            2017,
        );
        let ec = source(
            "src-ec",
            (
                "European Commission (2002): Benchmarking of Business Incubators",
                "Европын Комисс (2002): Бизнес инкубаторын жишиг үнэлгээ",
            ),
            ("European Commission", "Европын Комисс"),
            2002,
        );
        let wb = source(
            "src-wb",
            (
                "World Bank: World Development Indicators",
                "Дэлхийн банк: Дэлхийн хөгжлийн үзүүлэлтүүд",
            ),
            ("World Bank", "Дэлхийн банк"),
            2025,
        );
        let entry = citing(&[
            (
                "src-tci",
                (
                    "as cited on slide: The Issue",
                    "иш татсан: «The Issue» слайд",
                ),
            ),
            (
                "src-ec",
                (
                    "Benchmarking of Business Incubators",
                    "«Benchmarking of Business Incubators» тайлан",
                ),
            ),
            ("src-wb", ("", "")),
        ]);
        let lines = cite_files(
            &[
                ("src-tci.md", &tci),
                ("src-ec.md", &ec),
                ("src-wb.md", &wb),
                ("e.md", &entry),
            ],
            "e",
        );
        assert_eq!(
            lines,
            [
                "E — Sources: TCI, 2017. Cited in HSE 2018, slide: The Issue; \
                 European Commission, 2002. Benchmarking of Business Incubators; \
                 World Bank, 2025. World Development Indicators",
                "Е — Эх сурвалж: TCI, 2017. ЭЗДС-ийн 2018 оны илтгэлд иш татсан, «The Issue» слайд; \
                 Европын Комисс, 2002. Бизнес инкубаторын жишиг үнэлгээ, \
                 «Benchmarking of Business Incubators» тайлан; \
                 Дэлхийн банк, 2025. Дэлхийн хөгжлийн үзүүлэлтүүд",
            ]
        );
    }

    #[test]
    fn osc52_encodes_base64() {
        assert!(
            osc52("Кл").starts_with("\x1b]52;c;0JrQuw=="),
            "{:?}",
            osc52("Кл")
        );
    }
}
