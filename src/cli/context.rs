//! What every subcommand shares: the [`Context`] it prints through (language, messages, the
//! loaded corpus), how it fails ([`Failure`]) and how that becomes the process's exit code.

use std::process::ExitCode;

use crate::corpus::load::Outcome;
use crate::i18n::Localizer;
use crate::lang::Lang;

/// What every subcommand needs: the language, the messages and the loaded corpus.
pub struct Context {
    pub lang: Lang,
    pub l10n: Localizer,
    pub outcome: Outcome,
}

impl Context {
    pub fn t(&self, id: &str, args: &[(&str, String)]) -> String {
        self.l10n.format(self.lang, id, args)
    }

    /// "No entry with id `id`", then "did you mean" the entry `guess` names, if any, then the
    /// search to run instead as it can be pasted into a shell: quoted when it holds spaces or
    /// other characters a shell reads. Each its own sentence.
    pub fn no_entry(&self, id: &str, guess: Option<&str>) -> String {
        let query = shlex::try_quote(id).map_or_else(|_| id.into(), |q| q.into_owned());
        let message = self.t("cli-no-entry", &[("id", id.to_string())]);
        let search = self.t("cli-search-for-it", &[("query", query)]);
        format!("{} {search}", self.with_guess(message, guess))
    }

    /// `message` (a sentence or more), then "Did you mean `guess`?" as a sentence of its own.
    pub fn with_guess(&self, message: String, guess: Option<&str>) -> String {
        with_guess(&self.l10n, self.lang, message, guess)
    }

    /// "No tour has the id `id`", the tours there are, and the one spelt most like it; with
    /// none near, that a tour in a folder of one's own needs `--content`.
    pub fn no_tour(&self, id: &str) -> String {
        let mut tours = self.ids(Some(crate::corpus::model::Kind::Tour));
        tours.sort_unstable();
        let message = self.t(
            "cli-no-tour",
            &[("id", id.to_string()), ("tours", tours.join(", "))],
        );
        match crate::suggest::closest(id, tours) {
            Some(guess) => self.with_guess(message, Some(guess)),
            // Nothing near: a tour of one's own, in a folder this command did not load.
            None => format!("{message} {}", self.t("cli-own-tour-hint", &[])),
        }
    }

    /// The entries `ids` name, in order, each checked before any is used (a script gets every
    /// entry or an error): the first id that names none fails with [`Context::missing_entry`].
    pub fn entries_named(&self, ids: &[String]) -> Result<Vec<usize>, Failure> {
        let corpus = &self.outcome.corpus;
        (ids.iter())
            .map(|id| {
                corpus
                    .index_of(id)
                    .ok_or_else(|| Failure::Message(self.missing_entry(id)))
            })
            .collect()
    }

    /// Why `id` names no entry, for `show`, `cite` and `export`: when a file that failed to
    /// load holds it (its name, or an `id:` line), that file's errors, so the reader who broke
    /// it a minute ago is pointed at it; else "no entry" with the entry a search finds first.
    pub fn missing_entry(&self, id: &str) -> String {
        let failed: Vec<&crate::diagnostic::Diagnostic> = (self.outcome.diagnostics.iter())
            .filter(|d| d.severity() == crate::diagnostic::Severity::Error)
            .collect();
        // The id a failed file would give its entry: its `id:` line, else its name.
        let id_of = |path: &str| -> Option<String> {
            let p = std::path::Path::new(path);
            let text = std::fs::read_to_string(p).unwrap_or_default();
            let line = text.lines().find_map(|l| l.trim().strip_prefix("id:"));
            line.map(|v| v.trim().trim_matches(['"', '\'']).to_string())
                .filter(|v| !v.is_empty())
                .or_else(|| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
        };
        // Only files that gave no entry: one that loaded with a broken link in it did load.
        let mut ids: Vec<(String, &str)> = Vec::new();
        for d in &failed {
            if !ids.iter().any(|(_, path)| *path == d.path)
                && let Some(i) = id_of(&d.path)
                && self.outcome.corpus.get(&i).is_none()
            {
                ids.push((i, &d.path));
            }
        }
        // The id typed, or one spelt almost so (a slip in the id of the file just broken).
        let meant = match ids.iter().any(|(i, _)| i == id) {
            true => Some(id),
            false => crate::suggest::closest(id, ids.iter().map(|(i, _)| i.as_str())),
        };
        let Some(meant) = meant else {
            return self.no_entry(id, self.guess_entry(id).as_deref());
        };
        let paths: Vec<&str> = (ids.iter())
            .filter(|(i, _)| i == meant)
            .map(|(_, path)| *path)
            .collect();
        let errors: Vec<String> = (failed.iter())
            .filter(|d| paths.contains(&d.path.as_str()))
            .map(|d| format!("  {}", d.render(&self.l10n, self.lang)))
            .collect();
        let head = self.t("cli-entry-not-loaded", &[("id", meant.to_string())]);
        format!("{head}\n{}", errors.join("\n"))
    }

    /// `message`, with "did you mean" the candidate closest to a mistyped `word`, if any.
    pub fn suggesting<'a>(
        &self,
        message: String,
        word: &str,
        candidates: impl IntoIterator<Item = &'a str>,
    ) -> String {
        self.with_guess(message, crate::suggest::closest(word, candidates))
    }

    /// The entry a reader typing `word` most likely meant: [`Self::guess_entry_of`] any kind.
    pub fn guess_entry(&self, word: &str) -> Option<String> {
        self.guess_entry_of(word, None)
    }

    /// The entry of `kind` (or of any kind) a reader typing `word` most likely meant: the id
    /// holding its words in order (`law-innovation`), else the first of what a search for it
    /// finds whose id or title is spelt near it (`klaster` → `cluster`, `ict` → the figure
    /// titled "ICT service exports …"), else the id spelt most like it; none when nothing is
    /// near (`nosuch`), since an unrelated guess misleads.
    pub fn guess_entry_of(
        &self,
        word: &str,
        kind: Option<crate::corpus::model::Kind>,
    ) -> Option<String> {
        let corpus = &self.outcome.corpus;
        // An id typed with a word left out or cut short (`law-innovation`): the id holding its
        // words in order, before what a search for them ranks first.
        if let Some(id) = crate::suggest::id_with_words(word, self.ids(kind)) {
            return Some(id.to_string());
        }
        let index = crate::search::SearchIndex::load_or_build(corpus, &self.outcome.fingerprint)
            .with_synonyms(Some(self.outcome.synonyms.clone()));
        let opts = crate::search::SearchOptions {
            kind,
            limit: 5,
            ..crate::search::SearchOptions::in_lang(self.lang)
        };
        let near = |i: usize| {
            let e = corpus.entry(i);
            let titles = [e.title.en.as_deref(), e.title.mn.as_deref()];
            let mut names = titles.into_iter().flatten().chain([e.id.as_str()]);
            names.any(|name| crate::suggest::near(word, name))
        };
        let found = index.search(corpus, word, &opts);
        if let Some(hit) = found.iter().find(|hit| near(hit.entry)) {
            return Some(corpus.id(hit.entry).to_string());
        }
        crate::suggest::closest(word, self.ids(kind))
            .filter(|id| crate::suggest::near(word, id))
            .map(str::to_string)
    }

    /// The ids of the entries of `kind`, or of every entry.
    pub fn ids(&self, kind: Option<crate::corpus::model::Kind>) -> Vec<&str> {
        let corpus = &self.outcome.corpus;
        match kind {
            Some(k) => corpus
                .of_kind(k)
                .into_iter()
                .map(|i| corpus.id(i))
                .collect(),
            None => (0..corpus.len()).map(|i| corpus.id(i)).collect(),
        }
    }
}

/// The process's exit code for a command's result; failures are reported on stderr.
pub(super) fn exit_code(result: CmdResult) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(Failure::Message(msg)) => {
            eprintln!("toli: {msg}");
            ExitCode::from(2)
        }
        // A closed pipe (`toli list | head`) is not an error.
        Err(Failure::Io(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("toli: {e}");
            ExitCode::from(2)
        }
    }
}

/// Why a subcommand could not do its job.
pub enum Failure {
    /// A message for the user (already translated).
    Message(String),
    Io(std::io::Error),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Io(e)
    }
}

impl From<serde_json::Error> for Failure {
    fn from(e: serde_json::Error) -> Self {
        Failure::Io(e.into())
    }
}

pub type CmdResult = Result<ExitCode, Failure>;

/// The kind names a reader may type, in the reader's language and alphabetical order: the
/// Mongolian names for a Mongolian reader (the English ones are accepted too).
pub(crate) fn kind_names(lang: crate::lang::Lang) -> Vec<&'static str> {
    use crate::corpus::model::Kind;
    let mut names: Vec<&'static str> = match lang {
        crate::lang::Lang::En => Kind::ALL.map(Kind::name).to_vec(),
        crate::lang::Lang::Mn => Kind::ALL.map(Kind::mongolian_name).to_vec(),
    };
    names.sort_by_cached_key(|n| crate::collate::key(n, lang));
    names
}

/// "Unknown kind", the kinds in the reader's language and order, and the kind meant
/// (`corpus::kind_guess`: one spelt most like it in either language, an English name as
/// Mongolian borrows it, `кейс`, or a Mongolian one typed in Latin letters, `dugnelt`): by
/// its Mongolian name with the English one after it, «`жишээ` (case)», as the Mongolian
/// kinds are listed; to an English reader offered an English name, by that name alone.
/// `toli list --kind` and `toli new` say it alike.
pub(crate) fn unknown_kind(l10n: &Localizer, lang: Lang, typed: &str) -> String {
    let message = l10n.format(
        lang,
        "cli-unknown-kind",
        &[
            ("kind", typed.to_string()),
            ("kinds", kind_names(lang).join(", ")),
        ],
    );
    let Some((kind, offered)) = crate::corpus::kind_guess::guess(typed) else {
        return message;
    };
    // An English name to an English reader needs no other; else the Mongolian name, and the
    // English one after it.
    if lang == Lang::En && offered == kind.name() {
        return with_guess(l10n, lang, message, Some(offered));
    }
    let hint = l10n.format(
        lang,
        "cli-did-you-mean-kind",
        &[
            ("kind", kind.mongolian_name().to_string()),
            ("english", kind.name().to_string()),
        ],
    );
    format!("{message} {hint}")
}

/// `message` (a sentence or more), then "Did you mean `guess`?" as a sentence of its own.
pub(super) fn with_guess(
    l10n: &Localizer,
    lang: Lang,
    message: String,
    guess: Option<&str>,
) -> String {
    match guess {
        Some(g) => {
            let hint = l10n.format(lang, "cli-did-you-mean", &[("suggestion", g.to_string())]);
            format!("{message} {hint}")
        }
        None => message,
    }
}

/// Parses a `--kind` value or fails with the list of kinds.
pub fn parse_kind(
    ctx: &Context,
    kind: Option<&str>,
) -> Result<Option<crate::corpus::model::Kind>, Failure> {
    use crate::corpus::model::Kind;
    match kind {
        None => Ok(None),
        Some(k) => Kind::parse(k)
            .map(Some)
            .ok_or_else(|| Failure::Message(unknown_kind(&ctx.l10n, ctx.lang, k))),
    }
}
