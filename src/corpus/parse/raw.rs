//! The front matter as serde reads it: [`RawEntry`], a flat record of every field any kind may
//! have, and [`RawStep`], a tour step as written; which fields are set, by name.

use serde::Deserialize;

use crate::corpus::model::{
    Bi, ChartKind, ClusterProfile, FigureRow, KeyFigure, RowOrder, SourceRef,
};

/// Every field any kind may use; which ones a kind accepts is decided in `build`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawEntry {
    pub(super) id: Option<String>,
    pub(super) kind: Option<String>,
    pub(super) title: Option<Bi<String>>,
    pub(super) summary: Option<Bi<String>>,
    #[serde(default)]
    pub(super) aliases: Bi<Vec<String>>,
    #[serde(default)]
    pub(super) tags: Bi<Vec<String>>,
    #[serde(default)]
    pub(super) related: Vec<String>,
    pub(super) sources: Option<Vec<SourceRef>>,
    pub(super) defined_by: Option<Bi<String>>,
    pub(super) model: Option<String>,
    pub(super) position: Option<u32>,
    pub(super) period: Option<String>,
    pub(super) country: Option<String>,
    pub(super) year: Option<i32>,
    #[serde(rename = "type")]
    pub(super) type_: Option<String>,
    pub(super) responsible_body: Option<Bi<String>>,
    pub(super) instrument: Option<String>,
    pub(super) ownership: Option<String>,
    pub(super) established: Option<i32>,
    pub(super) licensed: Option<i32>,
    pub(super) status: Option<Bi<String>>,
    pub(super) sector: Option<Vec<String>>,
    pub(super) key_figures: Option<Vec<KeyFigure>>,
    pub(super) profile: Option<ClusterProfile>,
    pub(super) number: Option<u32>,
    pub(super) addressed_by: Option<Vec<String>>,
    pub(super) evidence: Option<Vec<KeyFigure>>,
    pub(super) challenge: Option<Bi<String>>,
    pub(super) actions: Option<Vec<String>>,
    pub(super) actor: Option<Bi<String>>,
    pub(super) author: Option<Bi<String>>,
    pub(super) publisher: Option<Bi<String>>,
    pub(super) published_in: Option<Bi<String>>,
    pub(super) url: Option<String>,
    pub(super) document: Option<String>,
    pub(super) original: Option<String>,
    pub(super) steps: Option<Vec<RawStep>>,
    pub(super) unit: Option<Bi<String>>,
    pub(super) chart: Option<ChartKind>,
    pub(super) order: Option<RowOrder>,
    pub(super) total: Option<f64>,
    pub(super) columns: Option<Vec<Bi<String>>>,
    pub(super) label_column: Option<Bi<String>>,
    pub(super) rows: Option<Vec<FigureRow>>,
}

/// A tour step as written: its planned minutes are read as any value, so that one that is not
/// a number is reported on its own line (`build`) and the rest of the tour still loads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    /// Missing: reported on the step's own line (`build`), and the other steps still load.
    #[serde(default)]
    pub(super) entry: Option<String>,
    #[serde(default)]
    pub(super) note: Bi<String>,
    #[serde(default)]
    pub(super) minutes: Option<serde_yaml::Value>,
    /// Ids of the figures the step shows (`f`); checked to be figures with the whole corpus.
    #[serde(default)]
    pub(super) figures: Vec<String>,
}

impl RawEntry {
    /// Names of the kind-specific fields that are set.
    pub(super) fn present_kind_fields(&self) -> Vec<&'static str> {
        self.kind_field_set()
            .into_iter()
            .filter_map(|(n, present)| present.then_some(n))
            .collect()
    }

    /// Every kind-specific field of the file format, and whether it is set; the names are
    /// those of [`crate::corpus::kinds::all_keys`] (a test holds the two together).
    pub(super) fn kind_field_set(&self) -> [(&'static str, bool); 36] {
        [
            ("defined_by", self.defined_by.is_some()),
            ("model", self.model.is_some()),
            ("position", self.position.is_some()),
            ("period", self.period.is_some()),
            ("country", self.country.is_some()),
            ("year", self.year.is_some()),
            ("type", self.type_.is_some()),
            ("responsible_body", self.responsible_body.is_some()),
            ("instrument", self.instrument.is_some()),
            ("ownership", self.ownership.is_some()),
            ("established", self.established.is_some()),
            ("licensed", self.licensed.is_some()),
            ("status", self.status.is_some()),
            ("sector", self.sector.is_some()),
            ("key_figures", self.key_figures.is_some()),
            ("profile", self.profile.is_some()),
            ("number", self.number.is_some()),
            ("addressed_by", self.addressed_by.is_some()),
            ("evidence", self.evidence.is_some()),
            ("challenge", self.challenge.is_some()),
            ("actions", self.actions.is_some()),
            ("actor", self.actor.is_some()),
            ("author", self.author.is_some()),
            ("publisher", self.publisher.is_some()),
            ("published_in", self.published_in.is_some()),
            ("url", self.url.is_some()),
            ("document", self.document.is_some()),
            ("original", self.original.is_some()),
            ("steps", self.steps.is_some()),
            ("unit", self.unit.is_some()),
            ("chart", self.chart.is_some()),
            ("order", self.order.is_some()),
            ("total", self.total.is_some()),
            ("columns", self.columns.is_some()),
            ("label_column", self.label_column.is_some()),
            ("rows", self.rows.is_some()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reader_knows_every_field_the_kinds_describe() {
        let mut read: Vec<&str> = RawEntry::default()
            .kind_field_set()
            .iter()
            .map(|(n, _)| *n)
            .collect();
        let mut described = crate::corpus::kinds::all_keys();
        read.sort_unstable();
        described.sort_unstable();
        assert_eq!(
            read, described,
            "RawEntry::kind_field_set and corpus::kinds::fields name different fields"
        );
        for key in described {
            let yaml = format!("{key}: null");
            assert!(
                serde_yaml::from_str::<RawEntry>(&yaml).is_ok(),
                "RawEntry has no field `{key}` (described in corpus::kinds::fields)"
            );
        }
    }
}
