//! Handouts: the corpus, one tour (with entries added after it: `added`) or a chosen set of
//! entries, written as a self-contained static site (HTML), as one HTML file, or as Markdown
//! files, for participants to keep. Every
//! cross-link and backlink points at a page of the export; links to entries left out become
//! plain text. Content is escaped: raw HTML in a body is shown as text, never emitted live.

pub mod added;
pub mod body;
pub mod figure_html;
pub mod figure_md;
pub mod files;
pub mod html;
pub mod markdown;
pub mod md_tables;
pub mod notes;
pub mod paper_links;
pub mod shown;
pub mod single;
pub mod stamp;
pub mod svg;
pub mod table_fit;
pub mod tables;
pub mod urls;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::corpus::Corpus;
use crate::corpus::model::KindFields;
use crate::lang::Lang;

/// Which languages a handout shows, and in which order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Languages {
    En,
    Mn,
    /// Both, the reader's language (`--lang`) first.
    Both,
    /// Both, English first (also typed `en,mn`).
    #[value(alias = "en,mn")]
    EnMn,
    /// Both, Mongolian first (also typed `mn,en`).
    #[value(alias = "mn,en")]
    MnEn,
}

impl Languages {
    /// The languages in the order the handout shows them; `both` puts `reader` first.
    pub fn list(self, reader: Lang) -> Vec<Lang> {
        match self {
            Languages::En => vec![Lang::En],
            Languages::Mn => vec![Lang::Mn],
            Languages::Both if reader == Lang::Mn => vec![Lang::Mn, Lang::En],
            Languages::Both | Languages::EnMn => vec![Lang::En, Lang::Mn],
            Languages::MnEn => vec![Lang::Mn, Lang::En],
        }
    }
}

/// What to export.
#[derive(Clone)]
pub struct Plan<'a> {
    pub corpus: &'a Corpus,
    /// Indices of the entries in the handout, in order.
    pub entries: Vec<usize>,
    pub included: BTreeSet<usize>,
    pub langs: Vec<Lang>,
    /// The tour the handout follows, if any.
    pub tour: Option<usize>,
    /// The tour's steps that name no entry: (step number from 1, the id named). They get no page.
    pub missing_steps: Vec<(usize, String)>,
    /// The figures the tour's steps show over them (their `figures`: `f` in the talk, the same
    /// list the presenter takes) that are not steps themselves, each with the number of the
    /// first step that shows it. Each has its page right after that step.
    pub shown_at: BTreeMap<usize, usize>,
    /// All pages in one file: entry links are anchors (`#id`) instead of files (`id.html`).
    pub single_file: bool,
    /// What the handout holds, kept in its folder's manifest.
    pub subject: files::Subject,
    /// Set for the handout to print: where each link of its texts leads on paper.
    pub paper_links: Option<paper_links::PaperLinks>,
    /// The day and version the handout shows.
    pub stamp: stamp::Stamp,
    /// The handout's own title in each language given one (`--title`), used on its front
    /// page, its contents and as the HTML title in place of the tour's or the corpus's.
    pub titles: Vec<(Lang, String)>,
    /// The entries added after a tour's pages (`--tour` with `--ids`), in order: [`added`].
    pub added: Vec<usize>,
}

impl<'a> Plan<'a> {
    /// The whole corpus, or a tour with the entries of its steps.
    pub fn new(
        corpus: &'a Corpus,
        tour: Option<usize>,
        langs: Languages,
        reader: Lang,
    ) -> Plan<'a> {
        let langs = langs.list(reader);
        let mut missing_steps = Vec::new();
        let mut shown_at = BTreeMap::new();
        let entries: Vec<usize> = match tour.map(|t| &corpus.entry(t).fields) {
            Some(KindFields::Tour { steps }) => {
                let tour_index = tour.unwrap_or_default();
                let mut v = vec![tour_index];
                let step_entries: BTreeSet<usize> = steps
                    .iter()
                    .filter_map(|s| corpus.index_of(&s.entry))
                    .collect();
                for (n, s) in steps.iter().enumerate() {
                    match corpus.index_of(&s.entry) {
                        Some(i) if !v.contains(&i) => {
                            v.push(i);
                            // A step the tour comes back to has one page: the figures of each
                            // of its visits follow it.
                            for f in crate::present::figures::shown_with(corpus, tour_index, i) {
                                if !step_entries.contains(&f) && !v.contains(&f) {
                                    v.push(f);
                                    shown_at.insert(f, n + 1);
                                }
                            }
                        }
                        Some(_) => {}
                        None => missing_steps.push((n + 1, s.entry.clone())),
                    }
                }
                v
            }
            _ => crate::corpus::model::Kind::ALL
                .iter()
                .flat_map(|&k| corpus.of_kind_in(k, langs[0]))
                .collect(),
        };
        Plan {
            corpus,
            included: entries.iter().copied().collect(),
            entries,
            langs,
            tour,
            missing_steps,
            shown_at,
            single_file: false,
            paper_links: None,
            subject: match tour {
                Some(t) => files::Subject::Tour(corpus.entry(t).id.clone()),
                None => files::Subject::All,
            },
            stamp: stamp::Stamp::now(),
            titles: Vec::new(),
            added: Vec::new(),
        }
    }

    /// The entries `chosen`, in that order (each once).
    pub fn chosen(
        corpus: &'a Corpus,
        chosen: &[usize],
        langs: Languages,
        reader: Lang,
    ) -> Plan<'a> {
        let mut entries: Vec<usize> = Vec::new();
        for &i in chosen {
            if !entries.contains(&i) {
                entries.push(i);
            }
        }
        let mut ids: Vec<String> = (entries.iter())
            .map(|&i| corpus.entry(i).id.clone())
            .collect();
        ids.sort();
        Plan {
            corpus,
            included: entries.iter().copied().collect(),
            entries,
            langs: langs.list(reader),
            tour: None,
            missing_steps: Vec::new(),
            shown_at: BTreeMap::new(),
            single_file: false,
            paper_links: None,
            subject: files::Subject::Ids(ids),
            stamp: stamp::Stamp::now(),
            titles: Vec::new(),
            added: Vec::new(),
        }
    }

    /// The handout's title in `lang`: the one it was given (`--title`), else its tour's, else
    /// the knowledge base's name.
    pub fn heading(&self, l10n: &crate::i18n::Localizer, lang: Lang) -> String {
        if let Some((_, title)) = self.titles.iter().find(|(l, _)| *l == lang) {
            return title.clone();
        }
        match self.tour {
            Some(t) => self.corpus.entry(t).title.show(lang).to_string(),
            None => l10n.t(lang, "export-title"),
        }
    }

    /// The titles given to the handout (`--title`) in its languages' order, each once, joined
    /// with " / " (a folder's `index.html` and `README.md`); `None` when it was given none.
    pub fn own_titles(&self) -> Option<String> {
        let mut own: Vec<&str> = Vec::new();
        for &lang in &self.langs {
            if let Some((_, title)) = self.titles.iter().find(|(l, _)| *l == lang)
                && !own.contains(&title.as_str())
            {
                own.push(title);
            }
        }
        (!own.is_empty()).then(|| own.join(" / "))
    }

    /// Where a link to entry `id` points (its page must be in the handout).
    pub fn href(&self, id: &str) -> String {
        if self.single_file {
            format!("#{id}")
        } else {
            format!("{id}.html")
        }
    }

    /// True when entry `index` has a page in the handout.
    pub fn has(&self, index: usize) -> bool {
        self.included.contains(&index)
    }

    pub fn has_id(&self, id: &str) -> bool {
        self.corpus.index_of(id).is_some_and(|i| self.has(i))
    }

    /// The number (from 1) of the tour step that shows entry `index` first, as in the talk,
    /// the app and `toli show`; `None` for the tour itself and outside a tour.
    pub fn step_number(&self, index: usize) -> Option<usize> {
        let KindFields::Tour { steps } = &self.corpus.entry(self.tour?).fields else {
            return None;
        };
        let id = &self.corpus.entry(index).id;
        steps.iter().position(|s| s.entry == *id).map(|n| n + 1)
    }
}

impl Plan<'_> {
    /// A tour's outline: each step's page with the pages of the figures shown at it, in the
    /// handout's order (the tour's own page and the entries added after it left out).
    pub fn outline(&self) -> Vec<(usize, Vec<usize>)> {
        let mut out: Vec<(usize, Vec<usize>)> = Vec::new();
        for &i in &self.entries {
            if Some(i) == self.tour || self.added.contains(&i) {
                continue;
            }
            match out.last_mut() {
                Some((_, figures)) if self.shown_at.contains_key(&i) => figures.push(i),
                _ => out.push((i, Vec::new())),
            }
        }
        out
    }

    /// The charts step `step` shows (`figures`) that are other steps of the tour, printed
    /// there and not after this step, each with that step's number (in the step's `figures`
    /// order): the step's page and the contents say "see step N" for them.
    pub fn shown_as_steps(&self, step: usize) -> Vec<(usize, usize)> {
        let Some(tour) = self.tour else {
            return Vec::new();
        };
        (crate::present::figures::shown_with(self.corpus, tour, step).into_iter())
            .filter(|f| *f != step && !self.shown_at.contains_key(f))
            .filter_map(|f| Some((f, self.step_number(f)?)))
            .collect()
    }
}

/// What [`write`] wrote: how many entries the handout holds, and how many files of its format
/// (an HTML folder's pages with `index.html` and the page to print, `style.css` left out; a
/// Markdown folder's files; one for `--single-file`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub entries: usize,
    pub files: usize,
    /// The other handout the folder held, which this one replaced.
    pub replaced: Option<files::Subject>,
}

/// Writes `plan` as HTML or Markdown files into the folder `out`, or as one HTML file `out`
/// when `plan.single_file`. An HTML folder also holds the whole handout in one page to print
/// ([`html::print_file`], the `--single-file` document): a browser prints one page, and
/// `index.html` is only the contents.
pub fn write(
    plan: &Plan,
    out: &Path,
    format: Format,
    force: bool,
    l10n: &crate::i18n::Localizer,
) -> Result<Written, files::ExportError> {
    let entries = plan.entries.len();
    if plan.single_file {
        files::write_file(out, &single::document(plan, l10n), force)?;
        return Ok(Written {
            entries,
            files: 1,
            replaced: None,
        });
    }
    let (pages, extension) = match format {
        Format::Html => {
            let mut pages = html::files(plan, l10n);
            let mut whole = plan.clone();
            whole.single_file = true;
            pages.push((html::print_file(plan), single::document(&whole, l10n)));
            (pages, ".html")
        }
        Format::Md => (markdown::files(plan, l10n), ".md"),
    };
    let replaced = files::write_folder(out, &pages, force, &plan.subject)?.0;
    let files = pages.iter().filter(|(n, _)| n.ends_with(extension)).count();
    Ok(Written {
        entries,
        files,
        replaced,
    })
}

/// Handout format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Html,
    Md,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};
    use crate::present::figures::shown_with;

    /// A tour's handout takes the figures of each step from the list the presenter's `f` goes
    /// through (the step's `figures`); each comes once, after the first step that shows it,
    /// unless it is a step itself.
    #[test]
    fn a_tour_plan_holds_the_figures_each_step_shows_after_the_first_step_showing_it() {
        let corpus = load(&Sources::builtin()).corpus;
        let tour = corpus
            .index_of("tour-sti-parks-mongolia")
            .expect("the tour");
        let plan = Plan::new(&corpus, Some(tour), Languages::Both, Lang::Mn);
        let id = |i: usize| corpus.entry(i).id.as_str();
        let outline = plan.outline();
        assert_eq!(outline.len(), 13, "one line per step");
        let mut seen = BTreeSet::new();
        for (n, (step, figures)) in outline.iter().enumerate() {
            assert_eq!(plan.step_number(*step), Some(n + 1));
            let shown: Vec<usize> = shown_with(&corpus, tour, *step)
                .into_iter()
                .filter(|f| plan.step_number(*f).is_none() && seen.insert(*f))
                .collect();
            assert_eq!(figures, &shown, "step {}", n + 1);
            for &f in figures {
                assert_eq!(plan.shown_at.get(&f), Some(&(n + 1)), "{}", id(f));
            }
        }
        let at = |f: &str| {
            corpus
                .index_of(f)
                .and_then(|i| plan.shown_at.get(&i).copied())
        };
        assert_eq!(at("fig-mongolia-rd-indicators"), Some(2));
        assert_eq!(at("fig-graduates-by-field-2023"), Some(3));
        assert_eq!(at("fig-ict-service-exports"), Some(4));
        assert_eq!(at("fig-it-park-revenue"), Some(8));
        assert_eq!(at("fig-industrial-technology-parks"), None, "step 7 itself");
        assert_eq!(
            at("fig-mongolia-park-cases-compared"),
            None,
            "IT Park links to it, but step 8 does not show it"
        );
        assert!(plan.has_id("fig-it-park-revenue"));
        // Without a tour, nothing is shown at a step.
        let chosen = Plan::chosen(&corpus, &[tour], Languages::En, Lang::En);
        assert!(chosen.shown_at.is_empty() && !chosen.has_id("fig-it-park-revenue"));
    }

    /// Each shipped tour's handout carries the charts its talk shows — the figures that are
    /// steps and those the steps list — and no other figure.
    #[test]
    fn each_shipped_tour_s_handout_carries_the_charts_its_talk_shows() {
        let corpus = load(&Sources::builtin()).corpus;
        for (tour, figures) in [
            (
                "tour-sti-parks-mongolia",
                &[
                    "fig-graduates-by-field-2023",
                    "fig-ict-service-exports",
                    "fig-industrial-technology-parks",
                    "fig-it-park-revenue",
                    "fig-mongolia-rd-indicators",
                ][..],
            ),
            (
                "tour-what-is-a-cluster",
                &["fig-eu-cluster-productivity-premium"][..],
            ),
            (
                "tour-clusters-abroad",
                &["fig-eccp-organisations", "fig-lithuania-cluster-targets"][..],
            ),
        ] {
            let t = corpus.index_of(tour).expect(tour);
            let plan = Plan::new(&corpus, Some(t), Languages::En, Lang::En);
            let mut carried: Vec<&str> = plan
                .entries
                .iter()
                .filter(|&&i| corpus.entry(i).kind == crate::corpus::model::Kind::Figure)
                .map(|&i| corpus.id(i))
                .collect();
            carried.sort_unstable();
            assert_eq!(carried, figures, "{tour}");
        }
    }
}
