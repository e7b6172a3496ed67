//! A broken link on a projected slide: a fact linking to an entry that does
//! not exist is left off the projector, where the room would read a raw id; the notes screen
//! names it for the trainer, as the app does («… (бичлэг байхгүй, … гэсэн үү?)»). So with a link in
//! the step's text: one with a text of its own shows that text, a bare `[[id]]` is left out
//! and named on the notes screen. On ratatui's TestBackend, in both languages.

use std::path::PathBuf;

use crossterm::event::KeyCode;
use toli::corpus::load::{Sources, load};
use toli::i18n::Localizer;
use toli::lang::Lang;
use toli::present::notes::Notes;

use crate::common::{press, screen, sized};

const MISSPELT: &str = "action-sector-specific-financal-incentives";

/// The fixture content and a finding addressed by `action-1` and by a misspelt action, shown
/// by the one step of `tour-broken`.
fn corpus(dir: &std::path::Path) -> toli::corpus::Corpus {
    std::fs::write(
        dir.join("finding-broken.md"),
        format!(
            "---\nid: finding-broken\nkind: finding\ntitle: {{en: Weak funding, mn: Санхүүжилт сул}}\n\
             summary: {{en: Little money reaches clusters., mn: Кластерт мөнгө бага хүрдэг.}}\n\
             number: 2\naddressed_by: [action-1, {MISSPELT}]\n---\n"
        ),
    )
    .expect("write");
    with_tour(dir, "tour-broken", "finding-broken")
}

/// The fixture content with `dir`'s files and a one-step tour `tour` showing `entry`.
fn with_tour(dir: &std::path::Path, tour: &str, entry: &str) -> toli::corpus::Corpus {
    std::fs::write(
        dir.join(format!("{tour}.md")),
        format!(
            "---\nid: {tour}\nkind: tour\ntitle: {{en: A broken step, mn: Эвдэрсэн алхам}}\n\
             summary: {{en: One step., mn: Нэг алхам.}}\nsteps:\n  - entry: {entry}\n---\n"
        ),
    )
    .expect("write");
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/content");
    load(&Sources {
        builtin: false,
        dirs: vec![root, dir.to_path_buf()],
    })
    .corpus
}

#[test]
fn a_broken_link_stays_off_the_projector_and_the_notes_name_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("run");
    let content = dir.path().join("content");
    std::fs::create_dir_all(&content).expect("mkdir");
    let l10n = Localizer::new();
    for (lang, label, notes_want) in [
        (
            Lang::En,
            "Addressed by",
            format!(
                "Left off the projector, a broken link — Addressed by: {MISSPELT} (no such \
                 entry)"
            ),
        ),
        (
            Lang::Mn,
            "Шийдвэрлэх арга хэмжээ, зөвлөмж",
            format!(
                "Проектор дээр харуулаагүй эвдэрсэн холбоос — Шийдвэрлэх арга хэмжээ, зөвлөмж: \
                 {MISSPELT} (бичлэг байхгүй)"
            ),
        ),
    ] {
        let mut a = sized(corpus(&content), lang, 100, 30);
        let t = a.corpus.index_of("tour-broken").expect("tour");
        toli::app::update::navigate(&mut a, t);
        press(&mut a, KeyCode::Char('p'));
        assert!(a.present.is_some(), "presenting");
        let shown = screen(&a).backend().to_string();
        assert!(
            !shown.contains("financal"),
            "{lang:?}: the room sees no raw id\n{shown}"
        );
        assert!(
            shown.contains(label),
            "{lang:?}: the link that works stays\n{shown}"
        );
        insta::assert_snapshot!(format!("broken_link_slide_{lang:?}_100x30"), shown);
        toli::present::publish(&a, &runtime, &mut Default::default()).expect("published");
        let mut n = Notes::following(
            std::sync::Arc::clone(&a.corpus),
            &l10n,
            Some("tour-broken".into()),
            lang,
        );
        n.poll(&runtime);
        let text: Vec<String> = n.lines(200).iter().map(|l| l.to_string()).collect();
        let text = text.join("\n");
        assert!(text.contains(&notes_want), "{lang:?}: {text}");
        toli::present::sync::clear(&runtime, "tour-broken");
    }
}

/// A definition whose text links `[[missing-body-id]]` bare and `missing-texted` with a text of
/// its own, in both languages, shown by the one step of `tour-body`.
fn body_corpus(dir: &std::path::Path) -> toli::corpus::Corpus {
    std::fs::write(
        dir.join("def-broken.md"),
        "---\nid: def-broken\nkind: definition\ntitle: {en: A slide, mn: Слайд}\n\
         summary: {en: One slide., mn: Нэг слайд.}\n---\n\
         ::: en\nRead [[missing-body-id]] and [the misspelt park](missing-texted) before \
         [[cluster]].\n\n::: mn\nУншина уу: [[missing-body-id]], [буруу бичсэн парк](missing-texted), \
         [[cluster]].\n",
    )
    .expect("write");
    with_tour(dir, "tour-body", "def-broken")
}

#[test]
fn a_bare_broken_link_in_the_text_is_left_off_the_projector_and_the_notes_name_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("run");
    let content = dir.path().join("content");
    std::fs::create_dir_all(&content).expect("mkdir");
    let l10n = Localizer::new();
    for (lang, projected, notes_want) in [
        (
            Lang::En,
            "Read and the misspelt park before cluster.",
            "Left off the projector, a broken link — in the text: missing-body-id (no such entry)",
        ),
        (
            Lang::Mn,
            "Уншина уу: буруу бичсэн парк, кластер.",
            "Проектор дээр харуулаагүй эвдэрсэн холбоос — үндсэн бичвэрт: missing-body-id \
             (бичлэг байхгүй)",
        ),
    ] {
        let mut a = sized(body_corpus(&content), lang, 100, 30);
        let t = a.corpus.index_of("tour-body").expect("tour");
        toli::app::update::navigate(&mut a, t);
        press(&mut a, KeyCode::Char('p'));
        assert!(a.present.is_some(), "presenting");
        let shown = screen(&a).backend().to_string();
        assert!(
            !shown.contains("missing"),
            "{lang:?}: the room sees no raw id\n{shown}"
        );
        assert!(
            shown.contains(projected),
            "{lang:?}: a link's own text stays, a bare one goes\n{shown}"
        );
        toli::present::publish(&a, &runtime, &mut Default::default()).expect("published");
        let mut n = Notes::following(
            std::sync::Arc::clone(&a.corpus),
            &l10n,
            Some("tour-body".into()),
            lang,
        );
        n.poll(&runtime);
        let text: Vec<String> = n.lines(200).iter().map(|l| l.to_string()).collect();
        let text = text.join("\n");
        assert!(text.contains(notes_want), "{lang:?}: {text}");
        assert!(
            !text.contains("missing-texted"),
            "{lang:?}: a link the room reads by its own text is not said left off: {text}"
        );
        toli::present::sync::clear(&runtime, "tour-body");
    }
}
