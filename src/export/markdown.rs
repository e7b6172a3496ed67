//! The Markdown handout: one `.md` file per entry plus `README.md` as the index, with entry
//! links rewritten to the files and the languages asked for; a figure's rows as a table, a tour's
//! steps numbered, columns of numbers aligned right.

use std::fmt::Write as _;

use super::Plan;
use super::figure_md::figure_markdown;
use super::md_tables::align_numbers;
use super::urls::is_external;
use crate::corpus::facts::{FactTarget, facts, group};
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::markdown::links::entry_links;

/// Rewrites `[text](id)` and `[[id]]` links to `[text](id.md)` (or plain text when the entry is
/// not in the handout: its title, for a bare `[[id]]`).
pub(super) fn rewrite_links(plan: &Plan, markdown: &str, lang: Lang) -> String {
    let mut out = markdown.to_string();
    // Replace from the end so earlier offsets stay valid.
    let mut links = entry_links(markdown);
    links.reverse();
    for link in links {
        let rest = &markdown[link.offset..];
        let title = plan
            .corpus
            .get(&link.target)
            .map_or(link.target.clone(), |e| {
                let title = crate::corpus::prose_title::of_entry(e, lang);
                title
                    .after(block_before(markdown, link.offset))
                    .into_owned()
            });
        let (len, text) = if let Some(inner) = rest.strip_prefix("[[") {
            let Some(end) = inner.find("]]") else {
                continue;
            };
            let body = &inner[..end];
            let text = body
                .split_once('|')
                .map_or(title.as_str(), |(_, t)| t)
                .to_string();
            (end + 4, text)
        } else {
            let Some(close) = rest.find("](") else {
                continue;
            };
            let Some(end) = rest[close..].find(')') else {
                continue;
            };
            (close + end + 1, rest[1..close].to_string())
        };
        let replacement = if plan.has_id(&link.target) {
            format!("[{text}]({}.md)", link.target)
        } else {
            text
        };
        out.replace_range(link.offset..link.offset + len, &replacement);
    }
    out
}

/// The words of the Markdown block (a paragraph's line, a list item, a heading, a table cell)
/// before `offset`, its marker left out: where the line holds none, the line before when it
/// goes on the same paragraph.
fn block_before(markdown: &str, offset: usize) -> &str {
    let before = &markdown[..offset];
    let (earlier, line) = before.rsplit_once('\n').unwrap_or(("", before));
    if let Some((_, cell)) = line.rsplit_once('|') {
        return cell;
    }
    let words = line.trim_start();
    let marker = words.find(' ').map_or(words, |end| &words[..end]);
    let is_marker = ["-", "*", "+", ">"].contains(&marker)
        || (!marker.is_empty() && marker.trim_start_matches('#').is_empty())
        || marker
            .strip_suffix('.')
            .is_some_and(|n| n.parse::<u32>().is_ok());
    if is_marker {
        return &words[marker.len()..];
    }
    if !words.is_empty() {
        return words;
    }
    // The link opens its line: the line before, unless a blank line ends the paragraph.
    match earlier.rsplit_once('\n').map_or(earlier, |(_, last)| last) {
        last if last.trim().is_empty() => "",
        last => last,
    }
}

/// The export date and version in the handout's languages, one after the other.
fn stamp_lines(plan: &Plan, l10n: &Localizer) -> String {
    plan.langs
        .iter()
        .map(|&l| plan.stamp.line(l10n, l))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// A link to entry `i`'s file, titled in each language of the handout.
fn file_link(plan: &Plan, i: usize) -> String {
    let e = plan.corpus.entry(i);
    let titles = plan
        .langs
        .iter()
        .map(|&l| e.title.show(l))
        .collect::<Vec<_>>()
        .join(" / ");
    format!("[{titles}]({}.md)", e.id)
}

/// The list of the handout's files, as the HTML handout lists them: a tour's own page first,
/// then its steps numbered as in the talk, each with the charts shown at it (`f`) under it;
/// otherwise every entry in order.
fn contents(out: &mut String, plan: &Plan, l10n: &Localizer) {
    let Some(tour) = plan.tour else {
        for &i in &plan.entries {
            let _ = writeln!(out, "- {}", file_link(plan, i));
        }
        return;
    };
    let _ = writeln!(out, "{}\n", file_link(plan, tour));
    let figure = plan
        .langs
        .iter()
        .map(|&l| l10n.t(l, "kind-figure"))
        .collect::<Vec<_>>()
        .join(" / ");
    for (step, figures) in plan.outline() {
        let mark = plan
            .step_number(step)
            .map_or("-".to_string(), |n| format!("{n}."));
        let _ = writeln!(out, "{mark} {}", file_link(plan, step));
        // Indented under the step's text, so that Markdown nests them in its item.
        let indent = " ".repeat(mark.len() + 1);
        for f in figures {
            let _ = writeln!(out, "{indent}- {figure}: {}", file_link(plan, f));
        }
    }
    super::added::contents_md(out, plan, l10n, |i| file_link(plan, i));
}

/// The Markdown files, as (name, contents): one per entry and `README.md`. Control characters
/// from content are shown as visible placeholders (`^[` for ESC).
pub fn files(plan: &Plan, l10n: &Localizer) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut index = String::new();
    for &i in &plan.entries {
        let e = plan.corpus.entry(i);
        let mut text = String::new();
        for &lang in &plan.langs {
            let _ = writeln!(
                text,
                "# {}\n\n*{}*\n",
                e.title.show(lang),
                e.summary.show(lang)
            );
            let all = facts(plan.corpus, i, lang);
            for (label, group) in group(&all) {
                let values: Vec<String> = group
                    .iter()
                    .map(|f| match &f.target {
                        Some(FactTarget::Entry(id)) if plan.has_id(id) => {
                            format!("[{}]({id}.md)", f.value)
                        }
                        Some(FactTarget::Url(url)) if is_external(url) && *url == f.value => {
                            format!("<{url}>")
                        }
                        Some(FactTarget::Url(url)) if is_external(url) => {
                            format!("[{}]({url})", f.value)
                        }
                        _ => f.value.clone(),
                    })
                    .collect();
                let steps = label == crate::reading::STEPS;
                let label = l10n.t(lang, label);
                if steps {
                    // Numbered as in the talk, the app and `toli show`.
                    let _ = writeln!(text, "- **{label}:**");
                    for (n, v) in values.iter().enumerate() {
                        let _ = writeln!(text, "  {}. {v}", n + 1);
                    }
                    continue;
                }
                match values.as_slice() {
                    [one] => {
                        let _ = writeln!(text, "- **{label}:** {one}");
                    }
                    many => {
                        let _ = writeln!(text, "- **{label}:**");
                        for v in many {
                            let _ = writeln!(text, "  - {v}");
                        }
                    }
                }
            }
            let figure = figure_markdown(plan, l10n, e, lang);
            if !figure.is_empty() {
                let _ = writeln!(text, "\n{figure}");
            }
            let body = align_numbers(e.body.show(lang));
            let _ = writeln!(text, "\n{}", rewrite_links(plan, &body, lang));
            // A figure names its sources under its table.
            if !e.sources.is_empty() && figure.is_empty() {
                let _ = writeln!(text, "## {}\n", l10n.t(lang, "label-sources"));
                for s in &e.sources {
                    let title = plan
                        .corpus
                        .get(&s.id)
                        .map_or(s.id.as_str(), |t| t.title.show(lang));
                    let _ = writeln!(text, "- {title} — {}", s.place(lang));
                }
                text.push('\n');
            }
        }
        let _ = writeln!(text, "\n---\n\n*{}*", stamp_lines(plan, l10n));
        out.push((
            format!("{}.md", e.id),
            crate::inert::inert(&text).into_owned(),
        ));
    }
    contents(&mut index, plan, l10n);
    out.push((
        "README.md".to_string(),
        crate::inert::inert(&format!(
            "# {}\n\n{index}\n*{}*\n",
            plan.own_titles()
                .unwrap_or_else(|| "Толь · toli".to_string()),
            stamp_lines(plan, l10n)
        ))
        .into_owned(),
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};
    use crate::export::Languages;

    #[test]
    fn a_blocks_words_before_a_link_leave_its_marker_out() {
        fn at(md: &str) -> &str {
            block_before(md, md.find("[[").expect("a link"))
        }
        assert_eq!(at("- [[x]]").trim(), "");
        assert_eq!(at("12. a [[x]]"), " a ");
        assert_eq!(at("## [[x]]").trim(), "");
        assert_eq!(at("| a | b [[x]] |"), " b ");
        assert_eq!(at("A small\n[[x]]"), "A small");
        assert_eq!(at("Done.\n\n[[x]]"), "");
    }

    /// In the Markdown handout (and the notes written out), a definition's title mid-sentence
    /// reads lower-case in both languages, at a sentence's or an item's start as written.
    #[test]
    fn a_definition_mid_sentence_starts_lower_case() {
        let corpus = load(&Sources::builtin()).corpus;
        let plan = Plan::new(&corpus, None, Languages::En, Lang::En);
        assert_eq!(
            rewrite_links(
                &plan,
                "A small [[cluster]] in one soum.\n- [[cluster]]",
                Lang::En
            ),
            "A small [cluster](cluster.md) in one soum.\n- [Cluster](cluster.md)"
        );
        let plan = Plan::new(&corpus, None, Languages::Mn, Lang::Mn);
        assert_eq!(
            rewrite_links(&plan, "Нэг сумын жижиг [[cluster]].", Lang::Mn),
            "Нэг сумын жижиг [кластер](cluster.md)."
        );
    }
}
