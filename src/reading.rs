//! The reading order of an entry, described once and walked by both the app's entry view
//! (src/app/document.rs) and `toli show` (src/cli/show.rs): the answer first, the apparatus
//! (links, backlinks, sources) last and compact. Also which facts are relations, and the
//! relations that carry an entry's answer.

use crate::corpus::Corpus;
use crate::corpus::facts::facts;
use crate::corpus::model::{Kind, KindFields};
use crate::i18n::Localizer;
use crate::lang::Lang;

/// One part of an entry, in the order a reader needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Title,
    /// Where the entry comes from: the first source and its place, on one line.
    Source,
    Summary,
    /// The reader's own note (the app only).
    Note,
    /// The kind's key facts; a figure's chart or table.
    Facts,
    /// The links that carry the answer: a finding's "addressed by", an action's findings, ….
    Relations,
    Body,
    Links,
    Backlinks,
    Sources,
}

/// The order every renderer walks.
pub const ORDER: [Section; 10] = [
    Section::Title,
    Section::Source,
    Section::Summary,
    Section::Note,
    Section::Facts,
    Section::Relations,
    Section::Body,
    Section::Links,
    Section::Backlinks,
    Section::Sources,
];

/// A tour's steps: numbered wherever they are listed (as `g` in a presentation counts them),
/// and kept as often as the tour names them.
pub const STEPS: &str = "label-steps";

/// Fact labels shown as relations rather than among the key facts.
const RELATION_LABELS: [&str; 4] = [
    "label-addressed-by",
    "label-addresses",
    "label-actions",
    "label-steps",
];

/// Whether facts with this label belong to [`Section::Relations`].
pub fn is_relation(label: &str) -> bool {
    RELATION_LABELS.contains(&label)
}

/// The relations of entry `index`: `(label, entry ids)`, in order, none empty.
pub fn relations(corpus: &Corpus, index: usize, lang: Lang) -> Vec<(&'static str, Vec<String>)> {
    let mut out: Vec<(&'static str, Vec<String>)> = Vec::new();
    let mut add = |label: &'static str, id: String| match out.iter_mut().find(|(l, _)| *l == label)
    {
        Some((_, ids)) if label == STEPS || !ids.contains(&id) => ids.push(id),
        Some(_) => {}
        None => out.push((label, vec![id])),
    };
    for f in facts(corpus, index, lang) {
        if let (true, Some(id)) = (is_relation(f.label), f.entry()) {
            add(f.label, id.to_string());
        }
    }
    let e = corpus.entry(index);
    match &e.fields {
        KindFields::Recommendation { .. } => {
            for f in corpus.addresses(index) {
                add("label-addresses", corpus.id(f).to_string());
            }
        }
        KindFields::Case { .. } => {
            // The case's own figures are those it names; a figure that names the case (its
            // `related`, a link in its text) without the case naming it is told apart.
            let own = |i: usize| corpus.links(index).contains(&i);
            let related = e.related.iter().filter_map(|r| corpus.index_of(r));
            for i in corpus.backlinks(index).iter().copied().chain(related) {
                if corpus.entry(i).kind == Kind::Figure {
                    let label = match own(i) {
                        true => "reading-figures",
                        false => "reading-related-figures",
                    };
                    add(label, corpus.id(i).to_string());
                }
            }
            // The case's own before those that only name it.
            out.sort_by_key(|(label, _)| *label == "reading-related-figures");
        }
        _ => {}
    }
    // What the corpus computes comes in the reader's alphabetical order of titles; what an
    // author listed (a finding's actions, a recommendation's, a tour's steps) keeps its order.
    for (label, ids) in &mut out {
        if COMPUTED.contains(label) {
            ids.sort_by_cached_key(|id| corpus.index_of(id).map(|i| corpus.title_rank(i, lang)));
        }
    }
    out
}

/// The relations the corpus works out rather than an author writes: which findings an action
/// or a recommendation answers, a case's figures (those it names, and those that name it).
const COMPUTED: [&str; 3] = [
    "label-addresses",
    "reading-figures",
    "reading-related-figures",
];

/// What a reader sees in place of a link to `id` when no entry has that id: the id, said in
/// plain words to name nothing, in brackets so that a sentence reads on past it, with the id
/// `toli check` suggests («incubatr (бичлэг байхгүй, incubator гэсэн үү?)»). `None` when the
/// entry exists.
pub fn broken_link(corpus: &Corpus, l10n: &Localizer, lang: Lang, id: &str) -> Option<String> {
    if corpus.get(id).is_some() {
        return None;
    }
    let args = |s: Option<&str>| {
        let mut a = vec![("id", id.to_string())];
        a.extend(s.map(|s| ("suggestion", s.to_string())));
        a
    };
    Some(match crate::corpus::check::suggest_id(corpus, id) {
        Some(s) => l10n.format(lang, "reading-broken-link-suggested", &args(Some(s))),
        None => l10n.format(lang, "reading-broken-link", &args(None)),
    })
}

/// Every entry id the relations of `index` name, to leave out of the backlinks.
pub fn related_ids(corpus: &Corpus, index: usize, lang: Lang) -> Vec<String> {
    relations(corpus, index, lang)
        .into_iter()
        .flat_map(|(_, ids)| ids)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};

    /// A case's own figures (those it names) are its "Figures"; a figure that only names the
    /// case comes after them, under a heading of its own.
    #[test]
    fn a_case_s_own_figures_come_apart_from_those_that_name_it() {
        let corpus = load(&Sources::builtin()).corpus;
        let of = |id: &str| {
            let index = corpus.index_of(id).expect("a shipped case");
            relations(&corpus, index, Lang::En)
        };
        let labels = |id: &str| of(id).into_iter().map(|(l, _)| l).collect::<Vec<_>>();
        assert_eq!(labels("sea-buckthorn-cluster"), ["reading-related-figures"]);
        let it_park = of("it-park");
        let figures: Vec<(&str, Vec<String>)> = it_park
            .into_iter()
            .filter(|(l, _)| l.contains("figures"))
            .collect();
        assert_eq!(figures[0].0, "reading-figures");
        assert!(figures[0].1.contains(&"fig-it-park-revenue".to_string()));
        assert_eq!(figures[1].0, "reading-related-figures");
        assert!(
            figures[1]
                .1
                .contains(&"fig-eu-incubators-cost-coverage".to_string())
        );
        assert!(!figures[1].1.contains(&"fig-it-park-revenue".to_string()));
    }
}
