//! Each kind's own fields checked and assembled into its [`KindFields`]: which are required,
//! the controlled values (country, type, sector …), the links they make, a figure's rows, a
//! tour's steps.

use super::{Builder, LinkField, LinkSite, RawEntry};
use crate::corpus::model::{Kind, KindFields, Original, PolicyType, TourStep};
use crate::corpus::values::Coded;
use crate::diagnostic::{Diagnostic, Problem};

impl Builder<'_> {
    /// `raw`'s fields of this entry's kind, taken out of it, checked and typed; none when one
    /// it requires is missing or unusable.
    pub(super) fn kind_fields(&mut self, raw: &mut RawEntry) -> Option<KindFields> {
        Some(match self.kind {
            Kind::Definition => KindFields::Definition {
                defined_by: raw.defined_by.take(),
            },
            Kind::Stage => {
                let model = self.require("model", raw.model.take());
                let position = self.require("position", raw.position.take());
                if let Some(m) = &model {
                    self.site(LinkField::Model, m);
                }
                KindFields::Stage {
                    model: model?,
                    position: position?,
                    period: raw.period.take(),
                }
            }
            Kind::Policy => {
                let country = self.require("country", raw.country.take());
                let country = country.map(|c| {
                    self.one_of("country", &c, Coded::Country)
                        .map_or(c, str::to_string)
                });
                let type_ = self.require_coded("type", raw.type_.take(), Coded::PolicyType)?;
                let policy_type = match self.one_of("type", &type_, Coded::PolicyType)? {
                    "law" => PolicyType::Law,
                    "strategy" => PolicyType::Strategy,
                    "programme" => PolicyType::Programme,
                    _ => PolicyType::Incentive,
                };
                if let Some(i) = raw.instrument.take() {
                    raw.instrument = self
                        .one_of("instrument", &i, Coded::Instrument)
                        .map(str::to_string);
                }
                KindFields::Policy {
                    country: country?,
                    year: raw.year.take(),
                    policy_type,
                    responsible_body: raw.responsible_body.take(),
                    instrument: raw.instrument.take(),
                }
            }
            Kind::Case => {
                let country = self.require("country", raw.country.take());
                let country = country.map(|c| {
                    self.one_of("country", &c, Coded::Country)
                        .map_or(c, str::to_string)
                });
                let sector: Vec<String> = raw
                    .sector
                    .take()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|s| {
                        self.one_of("sector", &s, Coded::Sector)
                            .map_or(s, str::to_string)
                    })
                    .collect();
                let case_type = self.require_coded("type", raw.type_.take(), Coded::CaseType);
                // A misspelt type is reported; the entry keeps what was written.
                let case_type = case_type.map(|t| {
                    self.one_of("type", &t, Coded::CaseType)
                        .map_or(t, str::to_string)
                });
                if let Some(o) = raw.ownership.take() {
                    raw.ownership = Some(
                        self.one_of("ownership", &o, Coded::Ownership)
                            .map_or(o, str::to_string),
                    );
                }
                let mut key_figures = raw.key_figures.take().unwrap_or_default();
                self.figures("key_figures", &key_figures);
                self.with_places("key_figures", &mut key_figures);
                KindFields::Case {
                    country: country?,
                    case_type: case_type?,
                    ownership: raw.ownership.take(),
                    established: raw.established.take(),
                    licensed: raw.licensed.take(),
                    status: raw.status.take(),
                    sector,
                    key_figures,
                    profile: raw.profile.take(),
                }
            }
            Kind::Finding => {
                let addressed_by = raw.addressed_by.take().unwrap_or_default();
                if addressed_by.is_empty() {
                    self.report_at_key(&["addressed_by"], Problem::FindingWithoutAction);
                }
                for a in &addressed_by {
                    self.site(LinkField::AddressedBy, a);
                }
                let mut evidence = raw.evidence.take().unwrap_or_default();
                self.figures("evidence", &evidence);
                self.with_places("evidence", &mut evidence);
                KindFields::Finding {
                    number: raw.number.take(),
                    addressed_by,
                    evidence,
                }
            }
            Kind::Recommendation => {
                // Both required: without either the file does not load, as with every
                // other kind's required fields.
                let challenge = self.require("challenge", raw.challenge.take());
                let actions = self.require("actions", raw.actions.take());
                for a in actions.iter().flatten() {
                    self.site(LinkField::Actions, a);
                }
                KindFields::Recommendation {
                    challenge: challenge?,
                    actions: actions?,
                }
            }
            Kind::Action => KindFields::Action {
                actor: raw.actor.take(),
            },
            Kind::Source => {
                let author = self.require("author", raw.author.take())?;
                let original = match raw.original.take() {
                    Some(o) => self.original(&o),
                    None => Original::default(),
                };
                KindFields::Source {
                    author,
                    year: raw.year.take(),
                    publisher: raw.publisher.take(),
                    published_in: raw.published_in.take(),
                    url: raw.url.take(),
                    document: raw.document.take(),
                    original,
                }
            }
            Kind::Figure => {
                let mut rows = self.require("rows", raw.rows.take())?;
                for (i, r) in rows.iter_mut().enumerate() {
                    r.places = r.value.and_then(|v| self.written_places("rows", i, v));
                }
                let columns = raw.columns.take().unwrap_or_default();
                let chart = raw.chart.take().unwrap_or_default();
                let unit = raw.unit.take();
                self.rows(&rows, &columns, chart, unit.as_ref());
                KindFields::Figure {
                    unit,
                    chart,
                    order: raw.order.take().unwrap_or_default(),
                    total: raw.total.take(),
                    columns,
                    label_column: raw.label_column.take(),
                    rows,
                }
            }
            Kind::Tour => {
                let raw_steps = self.require("steps", raw.steps.take())?;
                let steps: Vec<TourStep> = raw_steps
                    .into_iter()
                    .enumerate()
                    .filter_map(|(k, s)| {
                        let minutes = s.minutes.and_then(|m| self.step_minutes(k, &m));
                        if !s.note.is_empty() {
                            let k = k.to_string();
                            self.languages(&["steps", &k, "note"], &s.note);
                        }
                        let Some(entry) = s.entry else {
                            let (l, c) = self.loc.item_value("steps", k, "entry");
                            self.diagnostics.push(Diagnostic::new(
                                self.path,
                                l,
                                c,
                                Problem::StepWithoutEntry { step: k + 1 },
                            ));
                            return None;
                        };
                        for f in &s.figures {
                            if !crate::corpus::parse::placeholder::is_placeholder(f) {
                                let (line, column) =
                                    self.loc.item_list_value("steps", k, "figures", f);
                                self.sites.push(LinkSite {
                                    target: f.clone(),
                                    field: LinkField::Figures,
                                    line,
                                    column,
                                    text: None,
                                });
                            }
                        }
                        Some(TourStep {
                            minutes,
                            entry,
                            note: s.note,
                            figures: s.figures,
                        })
                    })
                    .collect();
                for s in &steps {
                    self.site(LinkField::Steps, &s.entry);
                }
                KindFields::Tour { steps }
            }
        })
    }
}
