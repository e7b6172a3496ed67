//! A chart a step shows (`figures`) that is a later step of the tour itself: the handout names
//! it at the step it is shown with "see step N", in each language (it used to say nothing
//! there, the chart printing only as its own step); the contents list it under that step too,
//! the same way.

use crate::common;

const TOUR: &str = "---\nid: ws-shown-step\nkind: tour\n\
title: {en: Clusters for aimag officials, mn: Аймгийн албан хаагчдад зориулсан кластерийн сургалт}\n\
summary: {en: A one-hour introduction., mn: Нэг цагийн танилцуулга.}\n\
steps:\n  - entry: cluster\n  - entry: sea-buckthorn-cluster\n    \
figures: [fig-lithuania-cluster-programmes, fig-lithuania-cluster-targets]\n  \
- entry: cluster-development-stages\n  - entry: fig-lithuania-cluster-programmes\n---\n";

/// Step `id`'s article in the handout.
fn article<'a>(html: &'a str, id: &str) -> &'a str {
    let start = html
        .find(&format!("<article id=\"{id}\""))
        .unwrap_or_else(|| panic!("{id} printed"));
    let rest = &html[start..];
    &rest[..rest.find("</article>").expect("closed")]
}

#[test]
fn a_chart_shown_at_a_step_that_is_a_later_step_says_see_step_n() {
    let dir = tempfile::tempdir().expect("tempdir");
    let content = dir.path().join("ws");
    std::fs::create_dir_all(content.join("tours")).expect("mkdir");
    std::fs::write(content.join("tours/ws-shown-step.md"), TOUR).expect("write");
    let file = dir.path().join("both.html");
    common::toli_en()
        .arg("--content")
        .arg(&content)
        .args(["handout", "--tour", "ws-shown-step", "--langs", "both"])
        .arg("--single-file")
        .arg(&file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&file).expect("read");
    let step = article(&html, "sea-buckthorn-cluster");
    for said in [
        "<a href=\"#fig-lithuania-cluster-programmes\">Lithuania&#39;s EU-funded cluster instruments: budgets</a> — see step 4",
        "— №4 алхмыг үзнэ үү",
    ] {
        assert!(step.contains(said), "{said} in:\n{step}");
    }
    // The other chart, printed after the step, is linked as before.
    assert!(
        step.contains("<li><a href=\"#fig-lithuania-cluster-targets\">"),
        "{step}"
    );
    // The chart's own step does not point at itself.
    let own = article(&html, "fig-lithuania-cluster-programmes");
    assert!(!own.contains("see step"), "{own}");
    // The contents, in each language, list it under step 2 with its number, before the chart
    // printed after step 2 (the step's order); and at its own step 4 as a step.
    let toc = &html
        [html.find("<nav class=\"toc\">").expect("contents")..html.find("</nav>").expect("end")];
    for (lang, figure, see) in [
        ("en", "Figure", "— see step 4"),
        ("mn", "Зураг, хүснэгт", "— №4 алхмыг үзнэ үү"),
    ] {
        let part = &toc[toc
            .find(&format!("<section lang=\"{lang}\">"))
            .expect("a language")..];
        let part = &part[..part.find("</section>").expect("closed")];
        let step2 = &part[part.find("<li value=\"2\">").expect("step 2")..];
        let step2 = &step2[..step2.find("<li value=\"3\">").expect("step 3")];
        let targets = step2
            .find("#fig-lithuania-cluster-targets")
            .expect("the chart after it");
        let programmes = (step2.find("#fig-lithuania-cluster-programmes"))
            .unwrap_or_else(|| panic!("{lang}: the chart of step 4 under step 2:\n{step2}"));
        assert!(
            programmes < targets,
            "{lang}: in the step's order:\n{step2}"
        );
        let item = &step2[step2.find(&format!("<li>{figure}: ")).expect("its item")..];
        let item = &item[..item.find("</li>").expect("closed")];
        assert!(item.contains(see), "{lang}: {item}");
        assert!(
            part.contains("<li value=\"4\"><a href=\"#fig-lithuania-cluster-programmes\">"),
            "{part}"
        );
    }
}
