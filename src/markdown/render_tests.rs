//! Tests of the Markdown converter: wrapping by width, link positions after wrapping, tables.

use super::*;
use crate::markdown::wrap::str_width;

fn titles(id: &str) -> Option<LinkTitle> {
    let title = |text: &str, common_noun| LinkTitle {
        text: text.to_string(),
        common_noun,
    };
    match id {
        "cluster-initiative" => Some(title("Cluster initiative", false)),
        "cluster" => Some(title("Cluster", true)),
        _ => None,
    }
}

/// A common noun's title starts lower-case mid-sentence, in a list item and a table cell
/// too, and stays as written where a sentence, an item or a cell starts.
#[test]
fn a_common_nouns_title_reads_as_prose_mid_sentence() {
    let out = r("A small [[cluster]] in one soum. [[cluster]] grows.", 80);
    assert_eq!(out.texts[0], "A small cluster in one soum. Cluster grows.");
    let out = r("- [[cluster]] and a (\"[[cluster]]\")", 80);
    assert_eq!(out.texts[0], "• Cluster and a (\"cluster\")");
    let out = r(
        "| a | b |\n|---|---|\n| [[cluster]] | one [[cluster]] |\n",
        60,
    );
    assert!(
        out.texts
            .iter()
            .any(|t| t.contains("Cluster") && t.contains("one cluster"))
    );
    let out = r("Нэг сумын [[cluster]], [[cluster-initiative]]", 80);
    assert_eq!(out.texts[0], "Нэг сумын cluster, Cluster initiative");
}

fn r(md: &str, width: usize) -> Rendered {
    render(md, width, &MdStyles::default(), &titles)
}

#[test]
fn paragraphs_wrap_by_display_width_with_cyrillic_and_cjk() {
    let out = r(
        "Кластер бол нэг салбарт ажилладаг компаниудын бөөгнөрөл.\n\n产业集群是一个地理集中的现象",
        16,
    );
    for t in &out.texts {
        assert!(str_width(t) <= 16, "{t:?} is wider than 16");
    }
    assert_eq!(out.texts[0], "Кластер бол нэг");
    assert!(
        out.texts.contains(&String::new()),
        "paragraphs are separated"
    );
    assert_eq!(out.texts.last().map(String::as_str), Some("理集中的现象"));
}

#[test]
fn link_positions_survive_wrapping() {
    let out = r(
        "See [the cluster initiative](cluster-initiative) and [[cluster-initiative]].",
        20,
    );
    assert_eq!(
        out.targets,
        [
            Target::Entry("cluster-initiative".into()),
            Target::Entry("cluster-initiative".into())
        ]
    );
    // The first link is wrapped over two lines: two spans with the same ordinal.
    let first: Vec<_> = out.spans.iter().filter(|s| s.link == 0).collect();
    assert_eq!(first.len(), 2);
    for s in &out.spans {
        let text: String = out.texts[s.line]
            .chars()
            .scan(0usize, |col, c| {
                let at = *col;
                *col += crate::markdown::wrap::char_width(c);
                Some((at, c))
            })
            .filter(|(at, _)| s.cols.contains(at))
            .map(|(_, c)| c)
            .collect();
        assert!(!text.trim().is_empty());
        assert!(
            "the cluster initiative Cluster initiative".contains(text.trim()),
            "{text:?}"
        );
    }
    // The wiki link shows the target's title, not its id.
    assert!(out.texts.join(" ").contains("Cluster initiative"));
    let (line, col) = (first[0].line, first[0].cols.start);
    assert_eq!(out.link_at(line, col), Some(0));
    assert!(out.link_line(1).is_some());
}

#[test]
fn urls_are_external_links() {
    let out = r("[web](https://example.org)", 40);
    assert_eq!(out.targets, [Target::Url("https://example.org".into())]);
}

#[test]
fn tables_align_columns_and_fit_the_width() {
    let md = "| Country | Parks |\n|---|---:|\n| Mongolia | 1 |\n| Lithuania | 12 |\n";
    let out = r(md, 40);
    assert_eq!(out.texts[0], "Country   │ Parks");
    assert!(out.texts[1].starts_with("──────────┼─"));
    assert_eq!(out.texts[2], "Mongolia  │     1");
    assert_eq!(out.texts[3], "Lithuania │    12");
    let narrow = r(md, 12);
    for t in &narrow.texts {
        assert!(str_width(t) <= 12, "{t:?}");
    }
}

#[test]
fn a_column_of_numbers_without_an_alignment_is_set_to_the_right() {
    let md = "| Field | Graduates | Share | Note |\n|---|---|---|:---|\n| Business | 5,827 | 20.3% | 1 |\n| Science | 471 | 1.6 % | 22 |\n| Arts | – | small | 3 |\n";
    let out = r(md, 60);
    assert_eq!(out.texts[0], "Field    │ Graduates │ Share │ Note");
    assert_eq!(out.texts[2], "Business │     5,827 │ 20.3% │ 1");
    assert_eq!(out.texts[3], "Science  │       471 │ 1.6 % │ 22");
    // "small" is not a number: that column keeps to the left; an alignment written stays.
    assert_eq!(out.texts[4], "Arts     │         – │ small │ 3");
}

#[test]
fn links_inside_tables_have_positions() {
    let out = r("| a | b |\n|---|---|\n| x | [[cluster-initiative]] |\n", 60);
    let s = out.spans.first().expect("a link span");
    assert_eq!(s.line, 2);
    assert_eq!(s.cols.start, 4);
}

#[test]
fn headings_lists_quotes_and_code() {
    let md = "## Stages\n\n- one\n- two\n  1. nested\n\n> quoted text\n\n```\ncode  line\n```\n";
    let out = r(md, 40);
    assert_eq!(out.headings.len(), 1);
    assert_eq!(out.headings[0].text, "Stages");
    assert!(out.texts.contains(&"• one".to_string()));
    assert!(out.texts.iter().any(|t| t.contains("1. nested")));
    assert!(out.texts.contains(&"▎ quoted text".to_string()));
    assert!(out.texts.contains(&"code  line".to_string()));
}

#[test]
fn control_characters_are_made_inert() {
    let out = r("evil \u{1b}[31m text", 40);
    assert!(out.texts[0].contains("^["));
    assert!(!out.texts[0].contains('\u{1b}'));
}

#[test]
fn append_renumbers_lines_links_and_anchors() {
    let mut a = r("[x](a-b)", 20);
    let mut b = r("[y](c-d)", 20);
    b.add_target(Target::Line(0));
    a.append(b);
    assert_eq!(a.spans[1].line, 1);
    assert_eq!(a.spans[1].link, 1);
    assert_eq!(a.targets[2], Target::Line(1));
}

#[test]
fn a_table_too_wide_for_its_columns_is_stacked() {
    // Found by fuzzing: three columns cannot fit in 5 columns; one record per row instead.
    let out = r("| ab | cd | ef |\n|---|---|---|\n| 1 | 2 | 3 |", 5);
    for t in &out.texts {
        assert!(str_width(t) <= 5, "{t:?}");
    }
    assert_eq!(out.texts[0], "ab: 1", "{:?}", out.texts);
}

#[test]
fn table_cells_never_break_inside_a_word() {
    let md = "| Park | Province | Status |\n|---|---|---|\n| Zavkhan ITP | Zavkhan | private investor sought |\n| Darkhan ITP | Darkhan-Uul | operating |";
    for w in [20, 30, 40, 60, 80] {
        let out = r(md, w);
        let all = out.texts.join("\n");
        for word in ["Zavkhan", "private", "Darkhan", "operating", "investor"] {
            assert!(all.contains(word), "{word} broken at width {w}:\n{all}");
        }
        assert!(!all.contains('…'), "{all}");
    }
    // Wide enough: a grid; too narrow: records labelled by the header.
    assert!(r(md, 60).texts.iter().any(|t| t.contains(" │ ")));
    assert!(
        r(md, 20)
            .texts
            .iter()
            .any(|t| t.contains("Province: Zavkhan"))
    );
}

#[test]
fn nesting_deeper_than_the_width_keeps_one_column_for_text() {
    let md = format!("{}deep", "> ".repeat(20));
    let out = r(&md, 6);
    assert!(
        out.texts.iter().all(|t| str_width(t) <= 6),
        "{:?}",
        out.texts
    );
    assert!(
        out.texts.iter().any(|t| t.ends_with('d')),
        "{:?}",
        out.texts
    );
}

#[test]
fn a_wide_character_at_width_one_becomes_an_ellipsis() {
    let out = r("产", 1);
    assert_eq!(out.texts, ["…"]);
}

#[test]
fn a_link_said_as_nothing_keeps_its_own_text_and_a_bare_one_is_left_out() {
    let said_as_nothing = |md: &str| {
        render_marking(md, 200, &MdStyles::default(), &titles, &|id| {
            (id != "cluster-initiative").then(String::new)
        })
    };
    let out =
        said_as_nothing("See [the missing one](gone-one) and [[gone-two]] [[cluster-initiative]].");
    assert_eq!(out.texts[0], "See the missing one and Cluster initiative.");
    assert_eq!(out.targets, [Target::Entry("cluster-initiative".into())]);
    for (md, want) in [
        ("A, [[gone]], B.", "A, B."),
        (
            "Уншина уу: [[gone]], [[cluster-initiative]].",
            "Уншина уу: Cluster initiative.",
        ),
        ("See [[gone]].", "See."),
        ("[[gone]] and more.", "and more."),
        ("[[gone]], [[cluster-initiative]]", "Cluster initiative"),
        ("- A [[gone]]\n- , B", "• A\n• , B"),
        (
            "[[cluster-initiative]], [[gone]]-г үзнэ үү.",
            "Cluster initiative үзнэ үү.",
        ),
        ("A, B, [[gone]].", "A, B."),
        ("Эндээс [[gone]]-г үзнэ үү.", "Эндээс үзнэ үү."),
        // The last item left out takes its "and" along (English).
        (
            "See [[cluster-initiative]] and [[gone]].",
            "See Cluster initiative.",
        ),
    ] {
        let out = said_as_nothing(md);
        assert_eq!(out.texts.join("\n"), want, "{md}");
    }
}
