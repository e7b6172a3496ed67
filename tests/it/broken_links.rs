//! Links that name no entry: the entry view and `toli show` say so in plain
//! words in the reader's language, with the id `toli check` suggests («incubatr — бичлэг
//! байхгүй (incubator?)»), and Tab never selects them, since there is nothing to follow.

use crate::common;

use std::path::PathBuf;

use toli::app::state::Pane;
use toli::app::update::current_doc;
use toli::app::{Action, App};
use toli::corpus::load::{Sources, load};
use toli::lang::Lang;
use toli::markdown::render::Target;

use common::{keys, open, screen, sized};

/// An entry with a broken `related` id (`clustr`), a broken body link with its own text
/// (`[[cluster-initiativ|…]]`) and one without (`[[nowhere-at-all]]`), beside the fixtures.
const BROKEN: &str = "---\nid: village-hub\nkind: definition\ntitle:\n  en: Village innovation hub\n  mn: Сумын инновацийн төв\nsummary:\n  en: A small shared workspace.\n  mn: Жижиг хамтын ажлын байр.\nrelated: [clustr, cluster]\nsources:\n  - id: src-fixture-deck\n    locator: \"slide 4\"\n---\n::: en\nLike a [[cluster-initiativ|cluster initiative]] but smaller; see [[nowhere-at-all]].\n\n::: mn\n[[cluster-initiativ|Кластерийн санаачилгатай]] төстэй боловч жижиг; [[nowhere-at-all]] үз.\n";

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("village-hub.md"), BROKEN).expect("write");
    dir
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content")
}

/// The app at `w`×`h` reading the broken entry.
fn reading(lang: Lang, w: u16, h: u16) -> App {
    let dir = folder();
    let outcome = load(&Sources {
        builtin: false,
        dirs: vec![fixtures(), dir.path().to_path_buf()],
    });
    let mut a = sized(outcome.corpus, lang, w, h);
    open(&mut a, "village-hub");
    a.nav.focus = Pane::Entry;
    a
}

/// `text` without its spaces and line breaks, to find a phrase the wrapping broke.
fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

fn said(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::En => [
            "clustr (no such entry: did you mean cluster?)",
            "[cluster-initiativ (no such entry: did you mean cluster-initiative?)]",
            "nowhere-at-all (no such entry)",
        ],
        Lang::Mn => [
            "clustr (бичлэг байхгүй, cluster гэсэн үү?)",
            "[cluster-initiativ (бичлэг байхгүй, cluster-initiative гэсэн үү?)]",
            "nowhere-at-all (бичлэг байхгүй)",
        ],
    }
}

#[test]
fn the_entry_view_says_a_link_names_no_entry_and_tab_passes_it_by() {
    for lang in [Lang::En, Lang::Mn] {
        let mut a = reading(lang, 80, 24);
        let (doc, _) = current_doc(&a).expect("document");
        let text = doc.texts.join("\n");
        for s in said(lang) {
            assert!(
                squeezed(&text).contains(&squeezed(s)),
                "{lang:?}: {s}\n{text}"
            );
        }
        // The only links Tab selects are to entries that exist.
        for t in &doc.targets {
            if let Target::Entry(id) = t {
                assert!(a.corpus.get(id).is_some(), "{lang:?}: a link to {id}");
            }
        }
        assert!(
            doc.targets.contains(&Target::Entry("cluster".into())),
            "the good link stays a link"
        );
        keys(&mut a, &[Action::Bottom]);
        insta::assert_snapshot!(
            format!("broken_links_{}_80x24", lang.code()),
            screen(&a).backend()
        );
    }
}

#[test]
fn the_side_column_says_it_too() {
    for lang in [Lang::En, Lang::Mn] {
        let a = reading(lang, 160, 45);
        let (doc, _) = current_doc(&a).expect("document");
        let text = doc.texts.join("\n");
        // One link a line, on two lines where it needs them.
        let (missing, _) = said(lang)[0].split_once(" (").expect("a suggestion");
        assert!(
            text.contains(&format!("• {missing} (")),
            "{lang:?}:\n{text}"
        );
        // Its words, the column's second line sharing its row with the text's.
        for word in said(lang)[0].split_whitespace() {
            assert!(text.contains(word), "{lang:?}: {word}\n{text}");
        }
        for t in &doc.targets {
            if let Target::Entry(id) = t {
                assert!(a.corpus.get(id).is_some(), "{lang:?}: a link to {id}");
            }
        }
    }
}

#[test]
fn toli_show_says_it_in_both_languages() {
    let dir = folder();
    for lang in [Lang::En, Lang::Mn] {
        let out = common::toli_en()
            .args(["--no-builtin", "--lang", lang.code(), "--content"])
            .arg(fixtures())
            .arg("--content")
            .arg(dir.path())
            .args(["show", "village-hub"])
            .env("COLUMNS", "200")
            .output()
            .expect("toli show");
        assert!(out.status.success());
        let text = String::from_utf8_lossy(&out.stdout).replace('\n', " ");
        for s in said(lang) {
            assert!(
                squeezed(&text).contains(&squeezed(s)),
                "{lang:?}: {s}\n{text}"
            );
        }
    }
}
