//! Handouts: the corpus, or one tour, written as a self-contained static site (HTML) or as
//! Markdown files, for participants to keep. Every cross-link and backlink points at a file in
//! the export; links to entries left out become plain text. Content is escaped: raw HTML in a
//! body is shown as text, never emitted live.

pub mod html;
pub mod markdown;
pub mod svg;

use std::collections::BTreeSet;
use std::path::Path;

use crate::corpus::Corpus;
use crate::corpus::model::KindFields;
use crate::lang::Lang;

/// Which languages a handout shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Languages {
    En,
    Mn,
    Both,
}

impl Languages {
    pub fn list(self) -> Vec<Lang> {
        match self {
            Languages::En => vec![Lang::En],
            Languages::Mn => vec![Lang::Mn],
            Languages::Both => vec![Lang::En, Lang::Mn],
        }
    }
}

/// What to export.
pub struct Plan<'a> {
    pub corpus: &'a Corpus,
    /// Indices of the entries in the handout, in order.
    pub entries: Vec<usize>,
    pub included: BTreeSet<usize>,
    pub langs: Vec<Lang>,
    /// The tour the handout follows, if any.
    pub tour: Option<usize>,
}

impl<'a> Plan<'a> {
    /// The whole corpus, or a tour with the entries of its steps.
    pub fn new(corpus: &'a Corpus, tour: Option<usize>, langs: Languages) -> Plan<'a> {
        let entries: Vec<usize> = match tour.map(|t| &corpus.entry(t).fields) {
            Some(KindFields::Tour { steps }) => {
                let mut v = vec![tour.unwrap_or_default()];
                for s in steps {
                    if let Some(i) = corpus.index_of(&s.entry)
                        && !v.contains(&i)
                    {
                        v.push(i);
                    }
                }
                v
            }
            _ => crate::corpus::model::Kind::ALL
                .iter()
                .flat_map(|&k| corpus.of_kind_in(k, langs.list()[0]))
                .collect(),
        };
        Plan {
            corpus,
            included: entries.iter().copied().collect(),
            entries,
            langs: langs.list(),
            tour,
        }
    }

    /// True when entry `index` has a page in the handout.
    pub fn has(&self, index: usize) -> bool {
        self.included.contains(&index)
    }

    pub fn has_id(&self, id: &str) -> bool {
        self.corpus.index_of(id).is_some_and(|i| self.has(i))
    }
}

/// Writes `plan` as HTML or Markdown files into `out`.
pub fn write(
    plan: &Plan,
    out: &Path,
    format: Format,
    l10n: &crate::i18n::Localizer,
) -> std::io::Result<usize> {
    std::fs::create_dir_all(out)?;
    match format {
        Format::Html => html::write(plan, out, l10n),
        Format::Md => markdown::write(plan, out, l10n),
    }
}

/// Handout format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Html,
    Md,
}
