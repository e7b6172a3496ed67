//! A rank among an entry's key figures reads as a rank (ux29): "Global rank (StartupBlink):
//! 79th", «… 79-р байр», a rank with words after it "448th (up 24 places)", «448-р байр (24
//! байраар ахисан)» — in the app's entry view, `toli show` and a handout, in both languages;
//! `toli show --json` keeps the number and the unit as written.

use crossterm::event::KeyCode;
use toli::lang::Lang;

use crate::common::{open, press, rows, screen, shipped, sized, toli_en};

/// The shipped start-up case scrolled until its first rank is near the top, at 80×24.
#[test]
fn the_app_shows_a_case_s_ranks_as_ordinals_in_both_languages() {
    for (lang, name, label) in [
        (Lang::En, "en", "Global rank (StartupBlink"),
        (Lang::Mn, "mn", "Дэлхийн жагсаалтад эзлэх байр"),
    ] {
        let mut a = sized(shipped(), lang, 80, 24);
        open(&mut a, "mongolia-startup-ecosystem");
        for _ in 0..80 {
            if rows(&a).iter().take(6).any(|r| r.contains(label)) {
                break;
            }
            press(&mut a, KeyCode::Down);
        }
        let shown = rows(&a).join("\n");
        assert!(shown.contains(label), "{name}:\n{shown}");
        insta::assert_snapshot!(format!("rank_figures_{name}_80x24"), screen(&a).backend());
    }
}

#[test]
fn toli_show_says_ranks_as_ordinals_and_its_json_keeps_the_number() {
    for (lang, said) in [
        (
            "en",
            &[
                "Global rank (StartupBlink, as of February 2025): 79th",
                "Global rank (StartupBlink): 77th (2022)",
                "Rank in Asia: 14th",
                "Ulaanbaatar's rank among cities: 448th\u{a0}(up 24 places)",
            ][..],
        ),
        (
            "mn",
            &[
                "Дэлхийн жагсаалтад эзлэх байр (StartupBlink, 2025 оны хоёрдугаар сарын байдлаар): 79-р\u{a0}байр",
                "CAREC бүсэд эзлэх байр: 5-р\u{a0}байр",
                "Улаанбаатарын эзлэх байр: 448-р\u{a0}байр (24 байраар ахисан)",
            ][..],
        ),
    ] {
        let out = toli_en()
            .args(["--lang", lang, "show", "mongolia-startup-ecosystem"])
            .env("COLUMNS", "200")
            .output()
            .expect("run");
        let text = String::from_utf8_lossy(&out.stdout).replace(['\n'], " ");
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        for s in said {
            let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
            assert!(text.contains(&s), "{lang}: {s:?} in\n{text}");
        }
        assert!(
            !text.contains("79 rank") && !text.contains("79 байр"),
            "{text}"
        );
    }
    let out = toli_en()
        .args(["show", "mongolia-startup-ecosystem", "--json"])
        .output()
        .expect("run");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let first = &json["key_figures"][0];
    assert_eq!(first["value"], serde_json::json!(79.0), "{first}");
    assert_eq!(first["unit"]["en"], "rank", "{first}");
    assert_eq!(first["unit"]["mn"], "байр", "{first}");
}

/// A finding's evidence in a handout, both languages in one file.
#[test]
fn a_handout_prints_ranks_as_ordinals() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("ranks.html");
    toli_en()
        .args(["handout", "--single-file", "--langs", "en-mn", "--ids"])
        .args([
            "finding-startup-ecosystem-ranking",
            file.to_str().expect("path"),
        ])
        .assert()
        .success();
    let html = std::fs::read_to_string(&file).expect("the handout");
    for said in [
        "79th",
        "77th (2022)",
        "448th",
        "79-р\u{a0}байр",
        "448-р\u{a0}байр",
    ] {
        assert!(html.contains(said), "{said:?}");
    }
}
