//! An entry's Markdown body as handout HTML: entry links point at the handout's pages (or
//! become plain text when the entry is left out), a wiki link shows its target's title once
//! (and a bare `[[id]]` naming no entry is left out, as on the projector: a printed page never
//! shows a raw id),
//! external links and bare web addresses are clickable, raw HTML is shown as text and control
//! characters are made visible. In a handout made ready to print, each link to an entry says
//! where its target is on paper ([`super::paper_links`]).

use pulldown_cmark::{CowStr, Event, LinkType, Parser, Tag, TagEnd};

use super::Plan;
use super::paper_links::{after_link, entry_target};
use super::svg::escape;
use super::urls::{Piece, is_external, pieces};
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::markdown::links::is_entry_id;

/// Markdown to HTML for the page of an entry in `lang`.
pub fn body_html(plan: &Plan, l10n: &Localizer, markdown: &str, lang: Lang) -> String {
    let mut events: Vec<Event> = Vec::new();
    // For each open link: whether it was emitted as a link, whether it is a wiki link whose
    // own text (the id) is replaced by the target's title, whether that target is missing, and
    // what follows it on paper.
    let mut open_links: Vec<(bool, bool, bool, Option<String>)> = Vec::new();
    let mut in_code_block = false;
    // A bare `[[id]]` naming no entry was just left out: the text after it mends the gap.
    let mut left_out = false;
    // The text of the paragraph, list item, heading or table cell so far, for a title to read
    // as prose where its link stands.
    let mut block = String::new();
    for event in Parser::new_ext(markdown, crate::markdown::options()) {
        block_text(&mut block, &event);
        let event = match (std::mem::take(&mut left_out), event) {
            (true, Event::Text(t)) => match after_left_out(&mut events, &t) {
                Some(rest) => Event::Text(CowStr::from(rest)),
                None => continue,
            },
            (_, event) => event,
        };
        match event {
            Event::Html(s) | Event::InlineHtml(s) => events.push(Event::Text(inert(&s))),
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let target = dest_url.trim().to_string();
                let wiki = matches!(link_type, LinkType::WikiLink { has_pothole: false });
                let entry = matches!(link_type, LinkType::WikiLink { .. }) || is_entry_id(&target);
                let href = if entry {
                    plan.has_id(&target).then(|| plan.href(&target))
                } else if is_external(&target) {
                    Some(target.clone())
                } else {
                    None
                };
                let missing = wiki && plan.corpus.get(&target).is_none();
                let on_paper = entry_target(plan, link_type, &target)
                    .and_then(|t| after_link(plan, l10n, t, lang));
                open_links.push((href.is_some(), wiki, missing, on_paper));
                if let Some(href) = href {
                    events.push(Event::Start(Tag::Link {
                        link_type: LinkType::Inline,
                        dest_url: CowStr::from(href),
                        title,
                        id,
                    }));
                }
                if let Some(e) = plan.corpus.get(&target).filter(|_| wiki) {
                    let title = crate::corpus::prose_title::of_entry(e, lang);
                    events.push(Event::Text(inert(&title.after(&block))));
                }
            }
            Event::End(TagEnd::Link) => {
                let Some((emitted, _, missing, on_paper)) = open_links.pop() else {
                    continue;
                };
                match emitted {
                    true => events.push(Event::End(TagEnd::Link)),
                    false => left_out = missing,
                }
                if let Some(html) = on_paper {
                    events.push(Event::InlineHtml(CowStr::from(html)));
                }
            }
            // A wiki link's text is its id, already shown as the title (or left out).
            Event::Text(_) if open_links.last().is_some_and(|(_, wiki, _, _)| *wiki) => {}
            Event::Text(t) if open_links.is_empty() && !in_code_block => {
                for piece in pieces(&t) {
                    match piece {
                        Piece::Text(s) => events.push(Event::Text(inert(s))),
                        Piece::Url(u) => {
                            events.push(Event::Html(CowStr::from(format!(
                                "<a class=\"bare\" href=\"{}\">",
                                escape(u)
                            ))));
                            events.push(Event::Text(inert(u)));
                            events.push(Event::Html(CowStr::from("</a>")));
                        }
                    }
                }
            }
            Event::Text(t) => events.push(Event::Text(inert(&t))),
            Event::Code(t) => events.push(Event::Code(inert(&t))),
            Event::Start(Tag::CodeBlock(kind)) => {
                in_code_block = true;
                events.push(Event::Start(Tag::CodeBlock(kind)));
            }
            Event::End(TagEnd::CodeBlock) => {
                in_code_block = false;
                events.push(Event::End(TagEnd::CodeBlock));
            }
            // Handouts work offline: images become their alt text.
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {}
            other => events.push(other),
        }
    }
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, super::tables::label_tables(events).into_iter());
    html
}

/// Keeps `block` the text of the current paragraph, list item, heading or table cell as
/// `event` comes: cleared where one starts or ends, grown by its words.
fn block_text(block: &mut String, event: &Event) {
    match event {
        Event::Start(Tag::Paragraph | Tag::Item | Tag::Heading { .. } | Tag::TableCell)
        | Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::Heading(_) | TagEnd::TableCell) => {
            block.clear()
        }
        Event::Text(t) | Event::Code(t) => block.push_str(t),
        Event::SoftBreak | Event::HardBreak => block.push(' '),
        _ => {}
    }
}

/// The text after a `[[id]]` left out, and the text before it, mended so that the sentence
/// keeps one space and one mark where it had two: «A, [[id]], B» reads «A, B», «see [[id]].»
/// «see.», «[[id]] and» «and». `None` when nothing of it is left.
fn after_left_out(events: &mut [Event], text: &str) -> Option<String> {
    let text = crate::markdown::links::without_glued_ending(text);
    let before = match events.last_mut() {
        Some(Event::Text(t)) => Some(t),
        _ => None,
    };
    let Some(before) = before else {
        let rest = text.trim_start_matches([' ', ',', ';']);
        return (!rest.is_empty()).then(|| rest.to_string());
    };
    let kept = before.trim_end();
    let separator = text.starts_with([',', ';']);
    let rest = if separator && kept.ends_with([',', ';', ':', '(', '—', '–']) {
        text[1..].trim_start()
    } else {
        text
    };
    if rest.starts_with([' ', '.', ',', ';', ':', '!', '?', ')']) || rest.is_empty() {
        let kept = match crate::markdown::links::closes_list(rest) {
            true => crate::markdown::links::without_list_join(kept, rest),
            false => kept,
        };
        *before = CowStr::from(kept.to_string());
    }
    Some(rest.to_string())
}

/// Text with control characters shown as visible placeholders, for pulldown-cmark to escape.
fn inert(text: &str) -> CowStr<'static> {
    CowStr::from(crate::inert::inert(text).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::load::{Sources, load};
    use crate::export::Languages;

    fn html(markdown: &str) -> String {
        let corpus = load(&Sources::builtin()).corpus;
        let plan = Plan::new(&corpus, None, Languages::En, Lang::En);
        body_html(&plan, &Localizer::new(), markdown, Lang::En)
    }

    #[test]
    fn a_wiki_link_shows_its_title_once() {
        let out = html("See [[triple-helix]] and [[triple-helix|the helix]].");
        let title = "Triple Helix";
        assert_eq!(out.matches(title).count(), 1, "{out}");
        assert!(out.contains(">the helix</a>"), "{out}");
        assert!(!out.contains(">triple-helix<"), "{out}");
    }

    /// A definition's title reads as prose mid-sentence, in both languages; at a sentence's
    /// start it keeps its capital.
    #[test]
    fn a_definition_mid_sentence_starts_lower_case() {
        let out = html("A small [[cluster]] in one soum. [[cluster]] grows.");
        assert!(
            out.contains("A small <a href=\"cluster.html\">cluster</a> in"),
            "{out}"
        );
        assert!(
            out.contains(". <a href=\"cluster.html\">Cluster</a> grows"),
            "{out}"
        );
        let corpus = load(&Sources::builtin()).corpus;
        let plan = Plan::new(&corpus, None, Languages::Mn, Lang::Mn);
        let out = body_html(
            &plan,
            &Localizer::new(),
            "Нэг сумын жижиг [[cluster]].",
            Lang::Mn,
        );
        assert!(out.contains(">кластер</a>."), "{out}");
    }

    /// A printed page never shows a raw id: a bare `[[id]]` naming no entry is left out with
    /// the space or comma it would leave doubled; one with its own text shows that text.
    #[test]
    fn a_link_to_no_entry_shows_no_id() {
        for (markdown, want) in [
            ("See [[no-such-entry]] and [[triple-helix]].", "<p>See and "),
            ("A, [[no-such-entry]], B.", "<p>A, B.</p>"),
            ("See [[no-such-entry]].", "<p>See.</p>"),
            (
                "Эндээс [[no-such-entry]]-г үзнэ үү.",
                "<p>Эндээс үзнэ үү.</p>",
            ),
            (
                "[[triple-helix]], [[no-such-entry]]-г үзнэ үү.",
                "</a> үзнэ үү.</p>",
            ),
            ("[[no-such-entry]] and more.", "<p>and more.</p>"),
            // The last item left out takes its "and" along (English).
            ("See [[triple-helix]] and [[no-such-entry]].", "</a>.</p>"),
            (
                "Read [[no-such-entry|the old page]] first.",
                "<p>Read the old page first.</p>",
            ),
        ] {
            let out = html(markdown);
            assert!(out.contains(want), "{markdown} → {out}");
            assert!(!out.contains("no-such-entry"), "{markdown} → {out}");
        }
    }

    #[test]
    fn bare_addresses_become_links_but_not_inside_links_or_code() {
        let out = html(
            "Link: https://www.ksp.go.kr/x. [EU S3](https://s3platform.jrc.ec.europa.eu) `https://code.example`",
        );
        assert!(
            out.contains(
                "<a class=\"bare\" href=\"https://www.ksp.go.kr/x\">https://www.ksp.go.kr/x</a>."
            ),
            "{out}"
        );
        assert!(
            out.contains("<a href=\"https://s3platform.jrc.ec.europa.eu\">EU S3</a>"),
            "{out}"
        );
        assert!(out.contains("<code>https://code.example</code>"), "{out}");
    }
}
