//! Each kind's field values typed by what views do with them ([`Value`]), listed under the
//! field specs `corpus::kinds` describes ([`KindFields::values`]).

use super::kinds::{FieldSpec, fields};
use super::model::{Bi, ChartKind, FigureRow, KeyFigure, Kind, KindFields, RowOrder, TourStep};
use super::values::Coded;

/// A field's value, typed by what views do with it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Value<'a> {
    /// Plain text, the same in both languages (a document name).
    Text(&'a str),
    /// Text in both languages.
    Bi(&'a Bi<String>),
    /// A name as printed (a source's author or publisher), in both languages where a
    /// Mongolian reader reads it otherwise: shown in the reader's language, held to the
    /// Mongolian style rules except for Latin letters (a foreign name stays as printed); the
    /// JSON keeps one string, as printed in English, and adds a `*_label` in `--lang`.
    Name(&'a Bi<String>),
    /// The title of a work as it was published (who defined a term): shown as text, but not
    /// held to the Mongolian style rules, since a work keeps its own title.
    Citation(&'a Bi<String>),
    /// A year (or any whole number shown as written).
    Year(i32),
    /// A count or number shown as written (a finding's number).
    Number(u32),
    /// A code from a controlled list, shown by its name.
    Code(Coded, &'a str),
    /// Several codes from one list, shown together.
    Codes(Coded, &'a [String]),
    /// Another entry, by id.
    Link(&'a str),
    /// A stage's place in its model.
    Position { model: &'a str, position: u32 },
    /// A period as written (`2016-2020`, `6 months`).
    Period(&'a str),
    /// A web address.
    Url(&'a str),
    /// A number as a source prints it.
    Figure(&'a KeyFigure),
    /// A tour step: the entry shown and the trainer's note.
    Step(&'a TourStep),
    /// A figure's data row.
    Row(&'a FigureRow),
    /// A setting named by a fixed word (a chart kind).
    Setting(&'static str),
    /// A number without further meaning (a figure's total).
    Amount(f64),
}

/// One field of an entry with its value.
pub type FieldValue<'a> = (&'static FieldSpec, Value<'a>);

/// Collects values under their kind's field specs.
struct Collect<'a> {
    kind: Kind,
    out: Vec<FieldValue<'a>>,
}

impl<'a> Collect<'a> {
    fn put(&mut self, name: &str, value: Value<'a>) {
        let spec = fields(self.kind).iter().find(|f| f.name == name);
        debug_assert!(
            spec.is_some(),
            "field `{name}` of kind {} is not described in corpus::kinds::fields",
            self.kind
        );
        if let Some(spec) = spec {
            self.out.push((spec, value));
        }
    }

    fn opt(&mut self, name: &str, value: Option<Value<'a>>) {
        if let Some(v) = value {
            self.put(name, v);
        }
    }
}

impl KindFields {
    /// The kind these fields belong to.
    pub fn kind(&self) -> Kind {
        match self {
            KindFields::Definition { .. } => Kind::Definition,
            KindFields::Stage { .. } => Kind::Stage,
            KindFields::Policy { .. } => Kind::Policy,
            KindFields::Case { .. } => Kind::Case,
            KindFields::Finding { .. } => Kind::Finding,
            KindFields::Recommendation { .. } => Kind::Recommendation,
            KindFields::Action { .. } => Kind::Action,
            KindFields::Source { .. } => Kind::Source,
            KindFields::Figure { .. } => Kind::Figure,
            KindFields::Tour { .. } => Kind::Tour,
        }
    }

    /// Every value set, each with its field, in the order of [`fields`]; a list gives one
    /// value per item (sectors excepted: they are given together, even when there are none).
    pub fn values(&self) -> Vec<FieldValue<'_>> {
        let kind = self.kind();
        let mut c = Collect {
            kind,
            out: Vec::new(),
        };
        match self {
            KindFields::Definition { defined_by } => {
                c.opt("defined_by", defined_by.as_ref().map(Value::Citation));
            }
            KindFields::Stage {
                model,
                position,
                period,
            } => {
                c.put("model", Value::Link(model));
                c.put(
                    "position",
                    Value::Position {
                        model,
                        position: *position,
                    },
                );
                c.opt("period", period.as_deref().map(Value::Period));
            }
            KindFields::Policy {
                country,
                year,
                policy_type,
                responsible_body,
                instrument,
            } => {
                c.put("country", Value::Code(Coded::Country, country));
                c.opt("year", year.map(Value::Year));
                c.put("type", Value::Code(Coded::PolicyType, policy_type.code()));
                c.opt("responsible_body", responsible_body.as_ref().map(Value::Bi));
                let instrument = instrument.as_deref();
                c.opt(
                    "instrument",
                    instrument.map(|i| Value::Code(Coded::Instrument, i)),
                );
            }
            KindFields::Case {
                country,
                case_type,
                ownership,
                established,
                licensed,
                status,
                sector,
                key_figures,
                profile,
            } => {
                c.put("type", Value::Code(Coded::CaseType, case_type));
                c.put("country", Value::Code(Coded::Country, country));
                let ownership = ownership.as_deref();
                c.opt(
                    "ownership",
                    ownership.map(|o| Value::Code(Coded::Ownership, o)),
                );
                c.opt("established", established.map(Value::Year));
                c.opt("licensed", licensed.map(Value::Year));
                c.opt("status", status.as_ref().map(Value::Bi));
                c.put("sector", Value::Codes(Coded::Sector, sector));
                for f in key_figures {
                    c.put("key_figures", Value::Figure(f));
                }
                if let Some(p) = profile {
                    for (name, part) in [
                        ("profile.about", &p.about),
                        ("profile.management", &p.management),
                        ("profile.international", &p.international),
                        ("profile.success_stories", &p.success_stories),
                        ("profile.contacts", &p.contacts),
                    ] {
                        c.opt(name, part.as_ref().map(Value::Bi));
                    }
                }
            }
            KindFields::Finding {
                number,
                addressed_by,
                evidence,
            } => {
                c.opt("number", number.map(Value::Number));
                for f in evidence {
                    c.put("evidence", Value::Figure(f));
                }
                for a in addressed_by {
                    c.put("addressed_by", Value::Link(a));
                }
            }
            KindFields::Recommendation { challenge, actions } => {
                c.put("challenge", Value::Bi(challenge));
                for a in actions {
                    c.put("actions", Value::Link(a));
                }
            }
            KindFields::Action { actor } => c.opt("actor", actor.as_ref().map(Value::Bi)),
            KindFields::Source {
                author,
                year,
                publisher,
                published_in,
                url,
                document,
                original,
            } => {
                c.put("author", Value::Name(author));
                c.opt("year", year.map(Value::Year));
                c.opt("published_in", published_in.as_ref().map(Value::Name));
                c.opt("publisher", publisher.as_ref().map(Value::Name));
                c.opt("url", url.as_deref().map(Value::Url));
                c.opt("document", document.as_deref().map(Value::Text));
                c.put("original", Value::Text(original.name()));
            }
            KindFields::Figure {
                unit,
                chart,
                order,
                total,
                columns,
                label_column,
                rows,
            } => {
                c.opt("unit", unit.as_ref().map(Value::Bi));
                c.put("chart", Value::Setting(chart_name(*chart)));
                c.put("order", Value::Setting(order_name(*order)));
                c.opt("total", total.map(Value::Amount));
                for col in columns {
                    c.put("columns", Value::Bi(col));
                }
                c.opt("label_column", label_column.as_ref().map(Value::Bi));
                for r in rows {
                    c.put("rows", Value::Row(r));
                }
            }
            KindFields::Tour { steps } => {
                for s in steps {
                    c.put("steps", Value::Step(s));
                }
            }
        }
        c.out
    }
}

/// A chart kind as written in files.
fn chart_name(chart: ChartKind) -> &'static str {
    match chart {
        ChartKind::Bar => "bar",
        ChartKind::Table => "table",
    }
}

/// A row order as written in files.
fn order_name(order: RowOrder) -> &'static str {
    match order {
        RowOrder::Source => "source",
        RowOrder::Sorted => "sorted",
    }
}
