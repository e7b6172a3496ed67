//! The JSON shapes scripts rely on (`list`, `show`, `search`). Field names are a public
//! interface: change them only with a note in the README.

use serde_json::{Map, Value, json};

use crate::corpus::Corpus;
use crate::corpus::kinds::Value as KindValue;
use crate::corpus::model::{Bi, Entry, KindFields};
use crate::corpus::values;
use crate::lang::Lang;

fn bi(text: &Bi<String>) -> Value {
    json!({ "en": text.en, "mn": text.mn })
}

/// `{"id","kind","title":{"en","mn"}}`
pub fn summary(entry: &Entry) -> Value {
    json!({ "id": entry.id, "kind": entry.kind, "title": bi(&entry.title) })
}

/// The full entry of `toli show --json`: common fields, computed links and backlinks, and the
/// kind's own fields flattened in. Coded fields keep their code (`"country": "MN"`) and gain a
/// parallel `*_label` in `lang` (`"country_label": "Монгол Улс"`), and so do a source's author
/// publisher and journal (`published_in`; one string each as printed, its English side); each source keeps its
/// `locator` as written and gains `locator_label`, the locator as shown in `lang`.
pub fn entry(corpus: &Corpus, index: usize, lang: Lang) -> Value {
    let e = corpus.entry(index);
    let ids =
        |v: &[usize]| -> Vec<String> { v.iter().map(|&i| corpus.entry(i).id.clone()).collect() };
    let mut obj = Map::new();
    obj.insert("id".into(), json!(e.id));
    obj.insert("kind".into(), json!(e.kind));
    obj.insert("title".into(), bi(&e.title));
    obj.insert("summary".into(), bi(&e.summary));
    obj.insert("body".into(), bi(&e.body));
    obj.insert(
        "aliases".into(),
        json!({"en": e.aliases.en, "mn": e.aliases.mn}),
    );
    obj.insert("tags".into(), json!({"en": e.tags.en, "mn": e.tags.mn}));
    obj.insert("related".into(), json!(e.related));
    obj.insert("links".into(), json!(ids(corpus.links(index))));
    obj.insert("backlinks".into(), json!(ids(corpus.backlinks(index))));
    let sources: Vec<Value> = e
        .sources
        .iter()
        .map(|s| {
            json!({
                "id": s.id,
                "locator": s.locator.show(Lang::En),
                "locator_label": s.place(lang),
            })
        })
        .collect();
    obj.insert("sources".into(), json!(sources));
    if let Ok(Value::Object(fields)) = serde_json::to_value(&e.fields) {
        for (k, v) in fields {
            obj.entry(k).or_insert(v);
        }
    }
    for (field, label) in labels(&e.fields, lang) {
        obj.insert(field, label);
    }
    match e.kind {
        crate::corpus::model::Kind::Action => {
            let rec = corpus
                .recommendation_of(index)
                .map(|r| corpus.entry(r).id.clone());
            obj.insert("recommendation".into(), json!(rec));
            obj.insert("addresses".into(), json!(ids(&corpus.addresses(index))));
        }
        crate::corpus::model::Kind::Recommendation => {
            obj.insert("addresses".into(), json!(ids(&corpus.addresses(index))));
        }
        _ => {}
    }
    Value::Object(obj)
}

/// The `*_label` members of coded values, periods and names as printed, in `lang`, named after
/// their field (`country_label`, `sector_labels`, `author_label`), as
/// [`kinds`](crate::corpus::kinds) gives them.
fn labels(fields: &KindFields, lang: Lang) -> Vec<(String, Value)> {
    fields
        .values()
        .into_iter()
        .filter_map(|(spec, value)| match value {
            KindValue::Code(field, code) => Some((
                format!("{}_label", spec.key()),
                json!(values::label(field, code, lang)),
            )),
            KindValue::Codes(field, codes) => {
                let names: Vec<String> = codes
                    .iter()
                    .map(|c| values::label(field, c, lang))
                    .collect();
                Some((format!("{}_labels", spec.key()), json!(names)))
            }
            KindValue::Period(p) => Some((
                format!("{}_label", spec.key()),
                json!(values::period(p, lang)),
            )),
            KindValue::Name(name) => {
                Some((format!("{}_label", spec.key()), json!(name.show(lang))))
            }
            _ => None,
        })
        .collect()
}
