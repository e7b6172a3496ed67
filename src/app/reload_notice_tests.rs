//! The status line after a live reload names the file saved and what its edit did, in both
//! languages — never another file's problem as if the edit had caused it.

use std::fs;
use std::path::PathBuf;

use crate::app::App;
use crate::app::settings::ThemeName;
use crate::corpus::load::{Sources, load};
use crate::corpus::reload::merge;
use crate::lang::Lang;

fn entry(id: &str, related: &str) -> String {
    format!(
        "---\nid: {id}\nkind: definition\ntitle:\n  en: T {id}\n  mn: Т {id}\nsummary:\n  en: s\n  mn: с\nrelated: [{related}]\n---\n::: en\nBody.\n\n::: mn\nБие.\n"
    )
}

/// The walk's folder: `aimag-lab.md` links to a misspelt id and `empty-case.md` is empty
/// (an error sorted first), with the app on it in `lang`.
fn walk_folder(lang: Lang) -> (tempfile::TempDir, Sources, App) {
    let dir = tempfile::tempdir().unwrap();
    let src = Sources {
        builtin: false,
        dirs: vec![dir.path().to_path_buf()],
    };
    fs::write(
        dir.path().join("aimag-lab.md"),
        entry("aimag-lab", "incubatr"),
    )
    .unwrap();
    fs::write(dir.path().join("empty-case.md"), "").unwrap();
    fs::write(
        dir.path().join("incubator.md"),
        entry("incubator", "aimag-lab"),
    )
    .unwrap();
    let outcome = load(&src);
    let mut app = App::new(outcome.corpus, lang, ThemeName::Dark, false);
    app.status.set_problems(outcome.diagnostics, &app.corpus);
    (dir, src, app)
}

/// Saves `text` as `name` in `dir` and reloads `app` as the watcher would, naming the file.
fn save(app: &mut App, dir: &tempfile::TempDir, src: &Sources, name: &str, text: &str) -> String {
    let path: PathBuf = dir.path().join(name);
    fs::write(&path, text).unwrap();
    let merged = merge(&app.corpus, load(src));
    app.reload_saved(merged, &[path]);
    app.status.notice.clone().unwrap_or_default()
}

#[test]
fn fixing_a_file_names_it_and_says_how_many_errors_remain_elsewhere() {
    for (lang, fixed, remain) in [
        (Lang::En, "aimag-lab.md fixed", "1 error remains elsewhere"),
        (
            Lang::Mn,
            "aimag-lab.md файлын алдаа засагдлаа",
            "агуулгын бусад файлд 1 алдаа үлдлээ",
        ),
    ] {
        let (dir, src, mut app) = walk_folder(lang);
        let said = save(
            &mut app,
            &dir,
            &src,
            "aimag-lab.md",
            &entry("aimag-lab", "incubator"),
        );
        assert!(said.starts_with(fixed) && said.contains(remain), "{said}");
        assert!(
            !said.contains("empty-case"),
            "not the file untouched: {said}"
        );
    }
}

#[test]
fn a_file_saved_without_errors_is_said_fine_and_others_errors_are_counted() {
    let (dir, src, mut app) = walk_folder(Lang::En);
    let said = save(
        &mut app,
        &dir,
        &src,
        "incubator.md",
        &entry("incubator", "aimag-lab").replace("Body.", "Body, edited."),
    );
    assert!(
        said.starts_with("incubator.md has no errors · 2 errors remain elsewhere"),
        "{said}"
    );
}

#[test]
fn an_error_in_the_saved_file_is_the_one_named() {
    for (lang, own) in [
        (Lang::En, "the file you saved has an error"),
        (Lang::Mn, "хадгалсан файлд алдаа байна"),
    ] {
        let (dir, src, mut app) = walk_folder(lang);
        let said = save(
            &mut app,
            &dir,
            &src,
            "incubator.md",
            "---\nid: incubator\ntitle: [\n---\n",
        );
        assert!(
            said.starts_with("incubator.md:3: ") && said.contains(own),
            "{said}"
        );
    }
}

#[test]
fn fixing_the_last_error_says_none_are_left() {
    let (dir, src, mut app) = walk_folder(Lang::En);
    save(
        &mut app,
        &dir,
        &src,
        "empty-case.md",
        &entry("empty-case", "incubator"),
    );
    let said = save(
        &mut app,
        &dir,
        &src,
        "aimag-lab.md",
        &entry("aimag-lab", "incubator"),
    );
    assert_eq!(said, "aimag-lab.md fixed · no errors left in the content");
}

/// On the projector only a problem in the saved file shows: the room is not told of others.
#[test]
fn a_presentation_hears_only_of_a_problem_in_the_file_saved() {
    let (dir, src, mut app) = walk_folder(Lang::En);
    let tour = "---\nid: tour-t\nkind: tour\ntitle: {en: T, mn: Т}\nsummary: {en: s, mn: с}\nsteps:\n  - entry: incubator\n---\n::: en\nTour.\n\n::: mn\nАялал.\n";
    fs::write(dir.path().join("t.md"), tour).unwrap();
    app.reload(merge(&app.corpus, load(&src)));
    let t = app.corpus.index_of("tour-t").unwrap();
    crate::app::present::start(&mut app, t, None).unwrap();
    let fine = save(
        &mut app,
        &dir,
        &src,
        "incubator.md",
        &entry("incubator", "aimag-lab").replace("Body.", "Body, edited."),
    );
    assert_eq!(fine, "", "others' errors are not the room's business");
    let broken = save(
        &mut app,
        &dir,
        &src,
        "incubator.md",
        "---\nid: incubator\ntitle: [\n---\n",
    );
    assert!(broken.contains("incubator.md"), "{broken}");
}

/// Three entries of one kind, `beta` being read (its list row selected, the entry pane
/// focused), with the app on them in `lang`.
fn reading_beta(lang: Lang) -> (tempfile::TempDir, Sources, App) {
    let dir = tempfile::tempdir().unwrap();
    let src = Sources {
        builtin: false,
        dirs: vec![dir.path().to_path_buf()],
    };
    for id in ["alpha", "beta", "gamma"] {
        fs::write(dir.path().join(format!("{id}.md")), entry(id, "")).unwrap();
    }
    let mut app = App::new(load(&src).corpus, lang, ThemeName::Dark, false);
    let beta = app.corpus.index_of("beta").unwrap();
    app.select(beta);
    app.nav.focus_on(crate::app::state::Pane::Entry);
    (dir, src, app)
}

/// Removes `name` from `dir` and reloads `app` as the watcher would, naming the file.
fn delete(app: &mut App, dir: &tempfile::TempDir, src: &Sources, name: &str) -> String {
    let path: PathBuf = dir.path().join(name);
    fs::remove_file(&path).unwrap();
    let merged = merge(&app.corpus, load(src));
    app.reload_saved(merged, &[path]);
    app.status.notice.clone().unwrap_or_default()
}

fn shown(app: &App) -> Option<String> {
    app.current().map(|i| app.corpus.entry(i).id.clone())
}

/// Walk 18, C-2: the file of the entry being read is deleted: the status line names the file
/// and the entry, the list stays on its row; the file put back, it says so and the entry is
/// read again.
#[test]
fn deleting_the_file_being_read_says_so_and_its_return_too() {
    for (lang, deleted, back) in [
        (
            Lang::En,
            "beta.md deleted: «T beta» is no longer in the content",
            "beta.md is back: «T beta» is in the content again",
        ),
        (
            Lang::Mn,
            "beta.md файлыг устгасан тул «Т beta» бичлэг агуулгад байхгүй болов",
            "beta.md файлд «Т beta» бичлэг дахин бий болж, агуулгад буцаж орлоо",
        ),
    ] {
        let (dir, src, mut app) = reading_beta(lang);
        let row = app.nav.selected.clone();
        let said = delete(&mut app, &dir, &src, "beta.md");
        assert!(said.starts_with(deleted), "{lang:?}: {said}");
        assert_eq!(app.nav.selected, row, "the list stays on the row");
        assert_eq!(shown(&app).as_deref(), Some("gamma"), "its neighbour shows");
        let said = save(&mut app, &dir, &src, "beta.md", &entry("beta", ""));
        assert!(said.starts_with(back), "{lang:?}: {said}");
        assert_eq!(shown(&app).as_deref(), Some("beta"), "read again");
    }
}

/// The reader moved on while the file was away: its return is said, and the reader stays
/// where they went.
#[test]
fn a_file_back_after_the_reader_moved_on_leaves_them_there() {
    let (dir, src, mut app) = reading_beta(Lang::En);
    delete(&mut app, &dir, &src, "beta.md");
    let alpha = app.corpus.index_of("alpha").unwrap();
    app.select(alpha);
    let said = save(&mut app, &dir, &src, "beta.md", &entry("beta", ""));
    assert!(said.starts_with("beta.md is back"), "{said}");
    assert_eq!(shown(&app).as_deref(), Some("alpha"));
    // An entry not being read goes without a word about it.
    let said = delete(&mut app, &dir, &src, "gamma.md");
    assert!(!said.contains("gamma"), "{said}");
}

/// The file being read is still there but holds another id now: said as such, not deleted.
#[test]
fn an_id_changed_under_the_reader_is_told_as_the_file_no_longer_holding_it() {
    let (dir, src, mut app) = reading_beta(Lang::En);
    let said = save(&mut app, &dir, &src, "beta.md", &entry("beta-2", ""));
    assert!(
        said.starts_with("beta.md no longer holds «T beta»"),
        "{said}"
    );
}

/// Walk 24, C-4: the id changed, then changed back while the reader stayed: the status line
/// says the entry is back (not gone again) and shows it.
#[test]
fn an_id_changed_back_is_told_as_the_entry_back() {
    let (dir, src, mut app) = reading_beta(Lang::En);
    save(&mut app, &dir, &src, "beta.md", &entry("beta-2", ""));
    let said = save(&mut app, &dir, &src, "beta.md", &entry("beta", ""));
    assert!(said.starts_with("beta.md is back: «T beta»"), "{said}");
    assert_eq!(shown(&app).as_deref(), Some("beta"));
    assert!(app.gone.is_none(), "nothing is gone now");
}
