//! The entry list's rows: its entries and, in the stages list, a heading naming each model
//! before its stages — thirty-odd stages of ten models, each numbered from 1, read as one list
//! without them. The view draws these rows and a click maps back through them.

use super::App;
use crate::corpus::model::KindFields;

/// One row of the entry list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    /// A model's name, over its stages (not selectable).
    Heading(String),
    /// The list's `n`th entry.
    Entry(usize),
}

/// The rows of the list shown, in order.
pub fn rows(app: &App) -> Vec<Row> {
    let lang = app.settings.lang;
    let mut out = Vec::with_capacity(app.list().len());
    let mut model: Option<&str> = None;
    for (n, &i) in app.list().iter().enumerate() {
        if let KindFields::Stage { model: m, .. } = &app.corpus.entry(i).fields
            && model != Some(m.as_str())
        {
            model = Some(m.as_str());
            let name = match app.corpus.index_of(m) {
                Some(j) => app.corpus.title(j, lang).to_string(),
                None => m.clone(),
            };
            out.push(Row::Heading(name));
        }
        out.push(Row::Entry(n));
    }
    out
}

/// The row showing the list's `n`th entry.
pub fn row_of(rows: &[Row], n: usize) -> usize {
    rows.iter().position(|r| *r == Row::Entry(n)).unwrap_or(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entrys_row_counts_the_headings_above_it() {
        let rows = [
            Row::Heading("A".into()),
            Row::Entry(0),
            Row::Entry(1),
            Row::Heading("B".into()),
            Row::Entry(2),
        ];
        assert_eq!(row_of(&rows, 0), 1);
        assert_eq!(row_of(&rows, 2), 4);
        assert_eq!(row_of(&[Row::Entry(0), Row::Entry(1)], 1), 1);
    }
}
