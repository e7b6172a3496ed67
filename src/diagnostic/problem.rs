//! What can be wrong in a content file: one variant per problem, grouped by what it is
//! about (the file, the front matter, the body, the entry among the others, links and the
//! corpus as a whole, style). Each problem's stable code and how bad it is are `classify`;
//! its words, `super::message`.

mod classify;

use crate::corpus::model::Kind;
use crate::corpus::parse::LinkField;
use crate::corpus::values::Coded;
use crate::lang::Lang;

use super::Shape;

/// What the values a message lists are named in the reader's language, so that a reader who
/// knows the thing by its name finds its code: nothing (the values are words of their own,
/// `bar`, `table`), a coded field's names (`organisation (байгууллага)`, `MN (Mongolia)`),
/// or the kinds' Mongolian names (`case (жишээ)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub enum Named {
    Plain,
    Coded(Coded),
    Kinds,
}

/// What is wrong. Each variant has a `problem-<code>` message in `locales/*/check.ftl` (a few in
/// the other `check-*.ftl`, `teach.ftl` and `unloaded.ftl`).
#[derive(Debug, Clone, PartialEq, Eq, bitcode::Encode, bitcode::Decode)]
pub enum Problem {
    // The file itself: read, its size, its encoding, its parts.
    Unreadable {
        detail: String,
    },
    TooLarge {
        bytes: u64,
        limit: u64,
    },
    InvalidUtf8,
    /// The file is saved as UTF-16 (its byte-order mark says so), which toli does not read.
    Utf16,
    NulByte,
    Empty,
    NoFrontMatter,
    UnclosedFrontMatter,
    // The front matter: YAML, fields and their values.
    Yaml {
        detail: String,
    },
    /// A tab in the indentation of front matter (YAML allows only spaces there). The tab is
    /// read as spaces so the rest can be checked; `loaded` when the file then loaded whole,
    /// which makes it a warning.
    TabIndent {
        loaded: bool,
    },
    /// A tab after the indentation of a front-matter line: inside a value or between a key and
    /// its value, where it reads as part of the text or splits it.
    TabInValue,
    /// A `TODO:` placeholder of `toli new` not yet replaced.
    Placeholder {
        text: String,
    },
    TooDeep {
        limit: usize,
    },
    UnknownField {
        field: String,
    },
    FieldNotForKind {
        field: String,
        kind: Kind,
    },
    /// A required field not given; `kind` is the entry's, when known, to say what it holds.
    MissingField {
        field: String,
        kind: Option<Kind>,
    },
    /// A required field of controlled values not given: the values it takes.
    MissingCoded {
        field: String,
        expected: String,
        named: Named,
    },
    /// An `id` that is not lower-case letters, digits and `-`; `meant` is the id it most
    /// likely meant (from the value, else from the file's name), when there is one.
    BadId {
        value: String,
        meant: Option<String>,
    },
    /// A required field written with no value after its colon.
    EmptyField {
        field: String,
        kind: Option<Kind>,
    },
    WrongType {
        field: String,
        detail: String,
    },
    /// A value of the wrong shape, said as what to write instead (code `wrong-type`).
    WrongShape {
        field: String,
        shape: Shape,
        /// For a number field, the number the value starts with (`2015 он`: `2015`).
        number: Option<String>,
    },
    BadValue {
        field: String,
        value: String,
        /// The values allowed, `, ` between them.
        expected: String,
        /// Whose names the message gives them with.
        named: Named,
    },
    /// A key other than `en` and `mn` in a map of the two languages (`sources:` lined up under
    /// `summary`'s `en` and `mn`); `entry_field` when the key is a field of the entry itself.
    UnexpectedKey {
        field: String,
        key: String,
        entry_field: bool,
    },
    /// A coded value written as the code's name (`country: Монгол`), read as `code`.
    ValueName {
        field: String,
        value: String,
        code: String,
    },
    MissingLanguage {
        field: String,
        lang: Lang,
    },
    // The body: its `::: en` / `::: mn` sections.
    MissingBody {
        lang: Lang,
    },
    /// A `::: ` line naming no language toli knows; `read_as` the language it was read as,
    /// when it names one another way (`::: eng`), its text then kept.
    UnknownSection {
        marker: String,
        read_as: Option<Lang>,
    },
    /// A second `::: en` (or `::: mn`) line: its text is shown after the first's, the one
    /// whose text starts after line `first`; `written` is the language the second's text is
    /// written in (its own when it has no letters).
    DuplicateSection {
        lang: Lang,
        first: usize,
        written: Lang,
    },
    /// Text before the first `::: en` / `::: mn` line, which no view shows: its `lines`
    /// (not counting blank ones), and the language they are written in.
    TextOutsideSection {
        lines: usize,
        lang: Lang,
    },
    // The entry among the others: its id and its file's name.
    /// An id a file of the same folder holds already (`other`: its path and line); `stem` the
    /// file's name when it can be an id, offered instead.
    DuplicateId {
        id: String,
        other: String,
        stem: Option<String>,
    },
    /// A file not named after its entry's id (`cluster-copy.md` holding `id: cluster`); `stem`
    /// is the name before `.md`, when it can be an id.
    FileName {
        file: String,
        id: String,
        stem: Option<String>,
    },
    /// An entry of one's own whose id is a shipped entry's, which it replaces (a note: allowed
    /// on purpose). `title_en` and `title_mn` are the shipped entry's title; `stem` the file's
    /// name before `.md` when it can be an id and is not this one, offered to keep both.
    ReplacesShipped {
        id: String,
        title_en: String,
        title_mn: String,
        /// The id offered to keep both: the file's name when it can be an id (`from_file`),
        /// else the id with the first number no entry has (`cluster-2`).
        offered: String,
        from_file: bool,
    },
    /// Own entries at the very places of the shipped entries whose ids they have, as
    /// `toli new --from` copies them (a note, said once for all: the coach asked for them).
    /// `ids` names the first few, `more` counts the others.
    ReplacesShippedCopies {
        count: usize,
        ids: String,
        more: usize,
    },
    // Links, and what the corpus as a whole must hold (stages, tours, actions, figures).
    /// A link to an id no entry has; `text` is the words of a body's `[words](target)` link,
    /// `field` where it is written (a tour step, a source and a figure are named as such).
    BrokenLink {
        target: String,
        text: Option<String>,
        field: LinkField,
    },
    /// The `links` links of `entries` entries to `target`, the id of `file`, which did not
    /// load: its own first error is at `line`:`column` there. Said once, at that error;
    /// `linking` names the first few entries that link.
    LinkToUnloaded {
        target: String,
        file: String,
        line: usize,
        column: usize,
        entries: usize,
        links: usize,
        linking: String,
    },
    WrongLinkKind {
        field: String,
        target: String,
        expected: Kind,
    },
    SelfLink,
    /// A tour step naming the tour itself.
    TourStepItself,
    /// A tour step naming another tour, shown as one slide and one handout page whose steps
    /// are not gone through.
    TourStepIsTour {
        target: String,
    },
    FindingWithoutAction,
    Unsourced,
    StageGap {
        model: String,
        missing: u32,
    },
    StageRepeat {
        model: String,
        position: u32,
    },
    /// A link written in a front-matter text, which shows it as written.
    LinkInField {
        field: String,
        found: String,
    },
    /// A row of a Markdown table with another number of cells than its header.
    TableRowCells {
        cells: usize,
        columns: usize,
    },
    /// A tour's text names a step past its last.
    TourStepBeyond {
        step: usize,
        steps: usize,
    },
    /// A tour's text gives one of its steps' entries another step's number.
    TourStepNumber {
        id: String,
        written: usize,
        actual: usize,
    },
    /// A tour step's planned `minutes` that is not a whole number from 1 to `most`.
    StepMinutes {
        step: usize,
        value: String,
        most: u32,
    },
    /// A tour step (counted from 1) that names no entry to show.
    StepWithoutEntry {
        step: usize,
    },
    /// An action no recommendation lists: `id` is the action's, to add to one.
    ActionWithoutRecommendation {
        id: String,
    },
    /// An action no loaded recommendation lists, listed by the recommendation in `file`, which
    /// did not load: its first error is at `line`:`column` there.
    ActionListedByUnloaded {
        file: String,
        line: usize,
        column: usize,
    },
    ActionInTwoRecommendations {
        first: String,
        second: String,
    },
    FigureCells {
        row: usize,
        cells: usize,
        columns: usize,
    },
    FigureTotal {
        sum: String,
        total: String,
    },
    /// A figure's `total` left unchecked: a row (`row`, from 0) could not be read.
    FigureTotalUnread {
        row: usize,
    },
    FigureUnits {
        field: String,
    },
    OutsideRoot {
        target: String,
    },
    // Style: Mongolian and English written where they belong, and read well.
    /// A case ending set off by a hyphen after a link, emphasis, brackets or a word.
    MnCaseHyphen {
        found: String,
        fix: String,
        /// `link`, `link-word` (after a link, no word to offer: the fix's text is «…»),
        /// `emphasis`, `bracket`, `quote` or `word`.
        after: String,
    },
    /// A Latin word in a Mongolian value that is not a listed name.
    MnLatin {
        field: String,
        word: String,
    },
    /// An English value, or the English side of a source's place, written in Cyrillic.
    EnCyrillic {
        field: String,
        /// The value as quoted in the message (cut short when long).
        text: String,
    },
    /// `tags` written as one list for both languages, with tags in one language's words
    /// (`written`, `None` for both): the lists to write, each tag on its language's side and a
    /// name written alike (`IT Park`) on both.
    TagsOneList {
        en: Vec<String>,
        mn: Vec<String>,
        written: Option<Lang>,
    },
    /// A known misspelling.
    MnSpelling {
        word: String,
        fix: String,
    },
    /// A word written `times` times in a row (one problem per run, however long).
    MnDoubledWord {
        word: String,
        times: usize,
    },
    /// A number in Mongolian text with a point and three decimals (`3.348`), read as a
    /// thousands group by a reader used to the decimal comma.
    MnThreeDecimals {
        number: String,
    },
    /// A number value of the front matter (`rows[2].value`) written with a point and three
    /// decimals (`3.348`), which the Mongolian view prints as written; `smaller` is the value
    /// in the next smaller unit (`3348`).
    MnThreeDecimalsValue {
        field: String,
        number: String,
        smaller: String,
    },
    /// An abbreviation used in a Mongolian body before it is spelled out.
    MnAbbrevFirstUse {
        abbr: String,
        /// The words and the abbreviation in brackets, as GLOSSARY.md spells them out.
        words: String,
        /// The entry uses it nowhere else: the words alone will do, no bracket.
        once: bool,
    },
    /// A name given with its abbreviation in brackets that nothing else in the entry uses, in
    /// `lang`'s text; `list` holds the other abbreviations of the list of names it is in.
    UnusedAbbrev {
        abbr: String,
        lang: Lang,
        list: Vec<String>,
    },
    /// `[[id|text]]` in a table row, where the `|` ends the cell.
    PipedLinkInTable {
        found: String,
        fix: String,
    },
    /// A link whose text repeats the words right before it.
    MnLinkRepeats {
        words: String,
        shown: String,
        fix: String,
    },
    /// Numbers that only `lang`'s side of the entry carries.
    NumbersOneSide {
        lang: Lang,
        numbers: String,
    },
    // The search's synonyms, and the line closing a file's capped warnings.
    Synonyms {
        detail: String,
    },
    /// Closes a file's warnings of one kind past the first few: `more` of code `code` are not
    /// listed (see `corpus::capped`).
    MoreWarnings {
        code: String,
        more: usize,
    },
}
