//! Every example of the format reference (`toli help format`, both languages) reads as
//! printed: a whole entry (a Markdown block opening with `---`) or an entry's front matter (a
//! YAML block with `id:` and `kind:`) loads with no problem but its placeholders, and no other
//! YAML, in a block or in backticks, has a value a comma cut inside `{ }`.

use super::format_reference;
use crate::lang::Lang;
use serde_yaml::Value;

/// The fenced blocks of `text` as (info string, body, line of the opening fence).
fn blocks(text: &str) -> Vec<(String, String, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(String, String, usize)> = None;
    for (i, line) in text.lines().enumerate() {
        match (&mut open, line.strip_prefix("```")) {
            (None, Some(info)) => open = Some((info.trim().to_string(), String::new(), i + 1)),
            (Some(_), Some(_)) => out.extend(open.take()),
            (Some((_, body, _)), None) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    out
}

/// The keys of `{ }` maps in `value` that have no value while another key of the same map
/// has one: what a comma inside a value leaves (`{en: a, b}`: `b`). `{en, mn}`, the
/// reference's shorthand for a map of both languages, has no value at all and is no cut.
fn cut_keys(value: &Value) -> Vec<String> {
    match value {
        Value::Mapping(map) => {
            let valued = map.values().any(|v| !v.is_null());
            let mut out: Vec<String> = map
                .iter()
                .filter(|(_, v)| valued && v.is_null())
                .map(|(k, _)| {
                    serde_yaml::to_string(k)
                        .unwrap_or_default()
                        .trim()
                        .to_string()
                })
                .collect();
            out.extend(map.values().flat_map(cut_keys));
            out
        }
        Value::Sequence(items) => items.iter().flat_map(cut_keys).collect(),
        _ => Vec::new(),
    }
}

#[test]
fn every_example_of_the_format_reference_reads_as_printed() {
    let mut wrong = Vec::new();
    let mut entries = 0;
    for lang in Lang::ALL {
        let guide = format_reference(lang);
        for (info, body, line) in blocks(guide) {
            let at = format!("{lang:?} reference, line {line}");
            let whole = info == "markdown" && body.starts_with("---\n");
            let front = info == "yaml" && body.starts_with("id: ") && body.contains("\nkind: ");
            if whole || front {
                entries += 1;
                let text = match whole {
                    true => body.clone(),
                    false => format!("---\n{body}---\n::: en\nText.\n\n::: mn\nБичвэр.\n"),
                };
                // Saved as its id says, as `toli new` names a file.
                let id = text
                    .lines()
                    .find_map(|l| l.strip_prefix("id: "))
                    .unwrap_or("x");
                let file = format!("{id}.md");
                let parsed = crate::corpus::parse::parse_entry(&file, &text, false);
                let problems: Vec<String> = parsed
                    .diagnostics
                    .iter()
                    .filter(|d| d.problem.code() != "placeholder")
                    .map(|d| format!("{at}: {}:{} {:?}", d.line, d.column, d.problem))
                    .collect();
                if parsed.entry.is_none() || !problems.is_empty() {
                    wrong.push(format!("{at}: does not load: {problems:?}"));
                }
            }
            if info == "yaml" {
                match serde_yaml::from_str::<Value>(&body) {
                    Ok(value) => wrong.extend(
                        cut_keys(&value)
                            .into_iter()
                            .map(|k| format!("{at}: a comma cut a value before `{k}`")),
                    ),
                    Err(e) => wrong.push(format!("{at}: not YAML: {e}")),
                }
            }
        }
        // Inline examples of a map: `{en: million USD, mn: сая ам.доллар}`.
        for span in guide.split('`').skip(1).step_by(2) {
            if !span.contains('{') || !span.contains(": ") {
                continue;
            }
            if let Ok(value) = serde_yaml::from_str::<Value>(span) {
                wrong.extend(cut_keys(&value).into_iter().map(|k| {
                    format!("{lang:?} reference: `{span}`: a comma cut a value before `{k}`")
                }));
            }
        }
    }
    assert_eq!(
        entries, 4,
        "the whole entry and the figure entry, in each language"
    );
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
