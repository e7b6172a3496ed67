//! The findings × actions matrix: which action answers which finding, at a glance.
//!
//! Rows are findings; columns are actions grouped by their recommendation. A finding marks an
//! action directly (it names the action in `addressed_by`) or through its recommendation (it
//! names the whole recommendation).

use crate::corpus::Corpus;
use crate::corpus::model::{Kind, KindFields};
use crate::lang::Lang;

/// How a finding is linked to an action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mark {
    /// The finding names the action.
    Direct,
    /// The finding names the action's recommendation.
    Recommendation,
}

/// A group of action columns under one recommendation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub recommendation: usize,
    /// Column indices into [`Matrix::actions`].
    pub columns: std::ops::Range<usize>,
}

/// The matrix as entry indices into the corpus.
#[derive(Debug, Clone, Default)]
pub struct Matrix {
    pub findings: Vec<usize>,
    pub actions: Vec<usize>,
    pub groups: Vec<Group>,
    /// `marks[row][col]`.
    pub marks: Vec<Vec<Option<Mark>>>,
}

impl Matrix {
    /// Builds the matrix of the whole corpus, recommendations in alphabetical order of their
    /// titles in `lang` (findings by number).
    pub fn build(corpus: &Corpus, lang: Lang) -> Matrix {
        let findings = corpus.of_kind_in(Kind::Finding, lang);
        let mut actions = Vec::new();
        let mut groups = Vec::new();
        for rec in corpus.of_kind_in(Kind::Recommendation, lang) {
            let KindFields::Recommendation { actions: ids, .. } = &corpus.entry(rec).fields else {
                continue;
            };
            let start = actions.len();
            actions.extend(ids.iter().filter_map(|id| corpus.index_of(id)));
            groups.push(Group {
                recommendation: rec,
                columns: start..actions.len(),
            });
        }
        let marks = findings
            .iter()
            .map(|&f| {
                let KindFields::Finding { addressed_by, .. } = &corpus.entry(f).fields else {
                    return vec![None; actions.len()];
                };
                let names = |i: usize| addressed_by.iter().any(|a| *a == corpus.entry(i).id);
                let mut row = vec![None; actions.len()];
                for g in &groups {
                    let via_rec = names(g.recommendation);
                    for col in g.columns.clone() {
                        row[col] = if names(actions[col]) {
                            Some(Mark::Direct)
                        } else if via_rec {
                            Some(Mark::Recommendation)
                        } else {
                            None
                        };
                    }
                }
                row
            })
            .collect();
        Matrix {
            findings,
            actions,
            groups,
            marks,
        }
    }

    /// The group a column belongs to.
    pub fn group_of(&self, column: usize) -> Option<&Group> {
        self.groups.iter().find(|g| g.columns.contains(&column))
    }

    /// Columns marked in a row: what addresses this finding.
    pub fn answers(&self, row: usize) -> Vec<usize> {
        (0..self.actions.len())
            .filter(|&c| self.marks[row][c].is_some())
            .collect()
    }

    /// Rows marked in a column: which findings this action answers.
    pub fn answered(&self, column: usize) -> Vec<usize> {
        (0..self.findings.len())
            .filter(|&r| self.marks[r][column].is_some())
            .collect()
    }
}
