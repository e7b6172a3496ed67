//! A figure as an accessible inline SVG bar chart (the data table sits beside it in the page).

use crate::corpus::model::{ChartKind, Entry, KindFields};
use crate::corpus::values::number;
use crate::figure::{ordered_rows, row_unit};
use crate::lang::Lang;

/// Escapes text for XML and HTML.
pub fn escape(text: &str) -> String {
    let text = crate::inert::inert(text);
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The bar chart of a figure entry, or `None` for tables and entries without values.
pub fn bar_chart(entry: &Entry, lang: Lang) -> Option<String> {
    let KindFields::Figure { chart, .. } = &entry.fields else {
        return None;
    };
    let rows = ordered_rows(entry);
    if *chart == ChartKind::Table || rows.iter().all(|r| r.value.is_none()) {
        return None;
    }
    let max = rows.iter().filter_map(|r| r.value).fold(0.0f64, f64::max);
    let (label_w, bar_w, value_w, row_h) = (260.0, 300.0, 160.0, 26.0);
    let width = label_w + bar_w + value_w;
    let height = row_h * rows.len() as f64 + 8.0;
    let id = format!("fig-{}-{}", escape(&entry.id), lang.code());
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"{id}\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">\n<title id=\"{id}\">{}</title>\n",
        escape(entry.title.show(lang))
    );
    for (n, r) in rows.iter().enumerate() {
        let y = 4.0 + row_h * n as f64;
        let v = r.value.unwrap_or(0.0);
        let w = if max > 0.0 && v > 0.0 {
            (v / max * bar_w).max(1.0)
        } else {
            0.0
        };
        let unit = row_unit(entry, r, lang)
            .map(|u| format!(" {u}"))
            .unwrap_or_default();
        let label = match r.year {
            Some(year) => format!("{} ({year})", r.label.show(lang)),
            None => r.label.show(lang).to_string(),
        };
        svg.push_str(&format!(
            "<g><text x=\"{lx}\" y=\"{ty}\" text-anchor=\"end\">{label}</text><rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"{bh}\"/><text x=\"{vx:.1}\" y=\"{ty}\">{value}</text></g>\n",
            lx = label_w - 8.0,
            ty = y + row_h * 0.65,
            bh = row_h - 8.0,
            vx = label_w + w + 6.0,
            label = escape(&label),
            value = escape(&format!("{}{unit}", r.value.map(|v| number(v, !unit.is_empty())).unwrap_or_default())),
        ));
    }
    svg.push_str("</svg>");
    Some(svg)
}
