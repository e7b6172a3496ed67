//! A finding titled with its number («1-р дүгнэлт: …», "Finding 1: …") shows no «Дугаар: 1»
//! ("Number: 1") key fact under that title: not on the projector, not in the handout.

use crate::common;

use crossterm::event::KeyCode;
use toli::lang::Lang;

const TOUR: &str = "tour-sti-parks-mongolia";

#[test]
fn the_slide_does_not_repeat_the_number_its_title_says() {
    for (lang, number) in [(Lang::Mn, "Дугаар: "), (Lang::En, "Number: ")] {
        let mut a = common::presenting_at(TOUR, lang, 120, 35, 1);
        let d = a.present.as_ref().expect("presenting");
        let first = d.entry().expect("step 1's entry");
        let title = a.corpus.entry(first).title.show(lang).to_string();
        assert!(title.contains('1'), "{title}: step 1 is finding 1");
        for _ in 0..3 {
            let text = common::screen(&a).backend().to_string();
            assert!(!text.contains(number), "{lang:?}: {number} in\n{text}");
            common::press(&mut a, KeyCode::Down);
        }
    }
}

#[test]
fn the_handout_does_not_repeat_the_number_its_title_says() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("h.html");
    common::toli_en()
        .args([
            "handout",
            "--tour",
            TOUR,
            "--langs",
            "both",
            "--single-file",
        ])
        .arg(&file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&file).expect("read");
    for label in ["<dt>Дугаар</dt>", "<dt>Number</dt>"] {
        assert!(!html.contains(label), "{label} printed");
    }
}
