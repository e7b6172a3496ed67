//! The content's problems whole: after a live reload that leaves a file
//! broken, the status line names where the first problem is, how many there are and the key
//! `!`, which opens a window with every problem whole and wrapped (its advice included) and
//! the `toli check` command; both languages, at 80×24.

use crate::common;

use toli::app::action::Message;
use toli::app::reload::Fresh;
use toli::app::state::Overlay;
use toli::app::{App, update};
use toli::corpus::load::{Sources, load};
use toli::lang::Lang;

use crossterm::event::KeyCode;

use common::{SOURCE, press, screen, sized};

const GOOD: &str = "---\nid: soum-lab\nkind: definition\ntitle:\n  en: Soum lab\n  mn: Сумын лаборатори\nsummary:\n  en: A test entry.\n  mn: Туршилтын бичлэг.\nsources:\n  - id: src-a\n    locator: \"Section II\"\n---\n::: en\nFine text.\n\n::: mn\nЗөв бичвэр.\n";

/// The walk's file: `sources` indented by one space, under `summary`'s `mn`.
const BROKEN: &str = "---\nid: soum-lab\nkind: definition\ntitle:\n  en: Soum lab\n  mn: Сумын лаборатори\nsummary:\n  en: A test entry.\n  mn: Туршилтын бичлэг.\n sources:\n  - id: src-a\n    locator: \"Section II\"\n---\n::: en\nFine text.\n\n::: mn\nЗөв бичвэр.\n";

/// The screen with the folder's random name made fixed (it is as long).
fn shown(a: &App, dir: &tempfile::TempDir) -> String {
    let name = dir
        .path()
        .file_name()
        .map(|n| n.to_string_lossy().into_owned());
    let name = name.unwrap_or_default();
    let fixed = format!("problems-{}", "X".repeat(name.len() - "problems-".len()));
    screen(a).backend().to_string().replace(&name, &fixed)
}

/// The app on a folder whose file was saved broken while it was open.
fn after_a_broken_save(lang: Lang) -> (tempfile::TempDir, App) {
    // A relative folder, so the paths in the window are as long on every machine.
    let dir = tempfile::Builder::new()
        .prefix("problems-")
        .tempdir_in("target")
        .expect("tempdir");
    std::fs::write(dir.path().join("src-a.md"), SOURCE).expect("write");
    std::fs::write(dir.path().join("soum-lab.md"), GOOD).expect("write");
    let name = dir.path().file_name().expect("a name");
    let src = Sources {
        builtin: false,
        dirs: vec![std::path::Path::new("target").join(name)],
    };
    let mut a = sized(load(&src).corpus, lang, 80, 24);
    a.check_command = "toli check --content /a/folder".to_string();
    std::fs::write(dir.path().join("soum-lab.md"), BROKEN).expect("write");
    // The watcher names the file saved from the root.
    let saved = std::fs::canonicalize(dir.path().join("soum-lab.md")).expect("the file");
    update(
        &mut a,
        Message::Reloaded(Box::new(Fresh::edited(load(&src), vec![saved]))),
    );
    (dir, a)
}

#[test]
fn the_status_line_names_the_key_and_the_window_shows_every_problem_whole() {
    for lang in [Lang::En, Lang::Mn] {
        let (dir, mut a) = after_a_broken_save(lang);
        let notice = a.status.notice.clone().unwrap_or_default();
        assert!(notice.starts_with("soum-lab.md:10:"), "{notice}");
        assert!(notice.contains(" ! "), "{notice}");
        insta::assert_snapshot!(
            format!("problems_notice_{}_80x24", lang.code()),
            shown(&a, &dir)
        );
        press(&mut a, KeyCode::Char('!'));
        assert!(matches!(a.overlay, Some(Overlay::Problems { .. })));
        let shown = shown(&a, &dir);
        let squeezed = |s: &str| s.split_whitespace().collect::<String>();
        let rows: String = (shown.lines())
            .map(|l| {
                l.trim_matches('"')
                    .split('│')
                    .nth(2)
                    .unwrap_or_default()
                    .to_string()
            })
            .collect::<Vec<_>>()
            .join(" ");
        // The advice at the end of the diagnostic, which the status line cut, reads whole.
        let advice = match lang {
            Lang::En => "start it at the beginning of the line, with no spaces before it",
            Lang::Mn => "мөрийн эхнээс, өмнө нь хоосон зай үлдээлгүй `sources:` гэж бичнэ үү",
        };
        assert!(squeezed(&rows).contains(&squeezed(advice)), "{shown}");
        assert!(
            squeezed(&rows).contains(&squeezed("toli check --content /a/folder")),
            "{shown}"
        );
        insta::assert_snapshot!(format!("problems_window_{}_80x24", lang.code()), shown);
        press(&mut a, KeyCode::Char('!'));
        assert!(a.overlay.is_none(), "! closes it again");
    }
}

#[test]
fn with_no_problems_the_window_says_so() {
    let mut a = sized(common::loaded(vec![]), Lang::En, 80, 24);
    press(&mut a, KeyCode::Char('!'));
    let shown = screen(&a).backend().to_string();
    assert!(
        shown.contains("No problems in the content loaded."),
        "{shown}"
    );
}

/// A file that did not load is named above the problems, with what that means: its entries
/// are missing until its error is fixed; a file whose last good version is
/// still shown (the live reload above) is not.
#[test]
fn the_window_names_a_file_that_did_not_load() {
    for lang in [Lang::En, Lang::Mn] {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("src-a.md"), SOURCE).expect("write");
        std::fs::write(dir.path().join("soum-lab.md"), BROKEN).expect("write");
        let src = Sources {
            builtin: false,
            dirs: vec![dir.path().to_path_buf()],
        };
        let outcome = load(&src);
        let mut a = sized(outcome.corpus, lang, 100, 30);
        a.status.set_problems(outcome.diagnostics, &a.corpus);
        let path = dir.path().join("soum-lab.md").display().to_string();
        assert_eq!(a.status.not_loaded, std::slice::from_ref(&path));
        press(&mut a, KeyCode::Char('!'));
        let squeezed = |s: &str| s.split_whitespace().collect::<String>();
        let rows: String = (screen(&a).backend().to_string().lines())
            .map(|l| {
                l.trim_matches('"')
                    .split('│')
                    .nth(2)
                    .unwrap_or_default()
                    .to_string()
            })
            .collect();
        let said = match lang {
            Lang::En => format!(
                "Not loaded: {path} — its entries are missing until its error below is fixed."
            ),
            Lang::Mn => format!(
                "Ачаалагдаагүй: {path} — доорх алдааг засах хүртэл энэ файлын бичлэг агуулгад орохгүй."
            ),
        };
        assert!(
            squeezed(&rows).contains(&squeezed(&said)),
            "{}",
            screen(&a).backend()
        );
    }
    let (_dir, mut a) = after_a_broken_save(Lang::En);
    assert!(a.status.not_loaded.is_empty(), "{:?}", a.status.not_loaded);
    press(&mut a, KeyCode::Char('!'));
    assert!(!screen(&a).backend().to_string().contains("Not loaded"));
}

/// An own definition with the shipped id `cluster`, in a file of another name.
const MY_CLUSTER: &str = "---\nid: cluster\nkind: definition\ntitle:\n  en: \"Cluster (my wording)\"\n  mn: \"Кластер (миний тайлбар)\"\nsummary:\n  en: \"Firms in one place working together.\"\n  mn: \"Нэг газар хамтран ажилладаг компаниуд.\"\nsources:\n  - id: src-unctad-2025\n    locator: \"Section II\"\n---\n::: en\nFirms together.\n\n::: mn\nХамтдаа.\n";

/// Notes alone (an own entry replacing a shipped one) are no problem to fix: the window's
/// heading says so and points at the note below, as `toli check`'s summary does, not
/// "Errors: 0, warnings: 0" above a list that holds none.
#[test]
fn with_notes_alone_the_window_says_there_is_nothing_to_fix_and_a_note_to_read() {
    for (lang, said) in [
        (Lang::En, "No problems — a note below to read."),
        (Lang::Mn, "Асуудалгүй — доорх 1 санамжийг уншина уу."),
    ] {
        let dir = tempfile::Builder::new()
            .prefix("problems-")
            .tempdir_in("target")
            .expect("tempdir");
        std::fs::create_dir_all(dir.path().join("definitions")).expect("mkdir");
        std::fs::write(dir.path().join("definitions/my-cluster.md"), MY_CLUSTER).expect("write");
        let name = dir.path().file_name().expect("a name");
        let outcome = load(&Sources {
            builtin: true,
            dirs: vec![std::path::Path::new("target").join(name)],
        });
        let codes: Vec<&str> = (outcome.diagnostics.iter())
            .map(|d| d.problem.code())
            .collect();
        assert_eq!(codes, ["replaces-shipped"]);
        let mut a = sized(outcome.corpus, lang, 80, 24);
        a.status.set_problems(outcome.diagnostics, &a.corpus);
        a.check_command = "toli check --content /a/folder".to_string();
        press(&mut a, KeyCode::Char('!'));
        let shown = shown(&a, &dir);
        assert!(shown.contains(said), "{shown}");
        assert!(!shown.contains(": 0"), "no count of nothing: {shown}");
        insta::assert_snapshot!(format!("problems_notes_alone_{}_80x24", lang.code()), shown);
    }
}
