//! Tests of [`super`]: the state files and the private folder they live in, which presenters
//! run, the command that starts a notes screen on the presenter's content, and what a closing
//! notes screen leaves behind.

use super::*;
use crate::lang::Lang;
use crate::present::screen::Screen;
use crate::store::Cause;

/// The presenter the marks of these tests name.
const ME: u32 = 7;

/// A closing notes screen leaves no mark, whichever tours it followed and whether their talks
/// still run; a hang-up (the watchdog's clear) takes the marks too.
#[test]
fn a_closed_notes_screen_leaves_no_marks() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    let left = |runtime: &Path| std::fs::read_dir(runtime).expect("listed").count();
    mark_following(&runtime, "tour-a", ME).expect("marked");
    mark_following(&runtime, "tour-b", ME).expect("marked");
    // Another notes screen's mark stays.
    let other = runtime.join("notes.tour-a.7.1.seen");
    std::fs::write(&other, now_secs().to_string()).expect("written");
    unmark_all_following(&runtime);
    assert_eq!(left(&runtime), 1, "only the other screen's mark");
    mark_following(&runtime, "tour-a", ME).expect("marked again");
    clear_all_mine(&runtime);
    assert_eq!(left(&runtime), 1, "the hang-up took this screen's mark");
    assert!(other.exists());
}

#[test]
fn position_round_trips_through_a_private_file() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    let p = Position {
        tour: "tour-x".into(),
        step: 3,
        pace_at: Some(2),
        lang: Lang::Mn,
        started: 42,
        paused_at: None,
        minutes: Some(60),
        screen: Screen {
            figure: Some(super::super::screen::FigureOver {
                id: "fig-x".into(),
                shown: 2,
                total: 3,
            }),
            ..Screen::default()
        },
        content: Loaded {
            dirs: vec!["/home/t/my workshop".into()],
            no_builtin: true,
        },
        lang_kept: true,
    };
    publish(&runtime, &p).expect("publish");
    assert_eq!(read(&runtime, "tour-x"), Some(p));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let file_mode = std::fs::metadata(state_file(&runtime, "tour-x"))
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(file_mode & 0o777, 0o600);
        let dir_mode = std::fs::metadata(&runtime)
            .expect("meta")
            .permissions()
            .mode();
        assert_eq!(dir_mode & 0o777, 0o700);
    }
    clear(&runtime, "tour-x");
    assert_eq!(read(&runtime, "tour-x"), None);
}

/// The notes command loads what the presenter loaded, folders made absolute and quoted.
#[test]
fn the_notes_command_loads_the_presenters_content() {
    let here = std::env::current_dir().expect("cwd");
    let loaded = Loaded::of(&crate::corpus::load::Sources {
        builtin: false,
        dirs: vec!["mine".into(), "/srv/our talks".into()],
    });
    assert_eq!(
        loaded.notes_command("my-workshop"),
        format!(
            "toli present my-workshop --notes --content {} --content '/srv/our talks' --no-builtin",
            crate::shell::quote(&here.join("mine").display().to_string())
        )
    );
    assert_eq!(
        Loaded::default().notes_command("t"),
        "toli present t --notes"
    );
}

fn position(tour: &str, step: usize) -> Position {
    Position {
        tour: tour.into(),
        step,
        pace_at: None,
        lang: Lang::En,
        started: 1,
        paused_at: None,
        minutes: None,
        screen: Screen::default(),
        content: Default::default(),
        lang_kept: false,
    }
}

/// Writes a state file as another presenter (process `pid`) would, last written at `beat`.
fn plant(dir: &Path, pid: u32, p: &Position, beat: u64) {
    let state = State {
        position: p.clone(),
        beat,
    };
    let file = dir.join(format!("present-{}-{pid}.json", p.tour));
    std::fs::write(file, serde_json::to_vec(&state).expect("json")).expect("write");
}

#[test]
fn a_folder_another_user_could_have_planted_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tempdir");
    // Open to others: refused, and not chmodded into shape.
    let open = dir.path().join("open");
    std::fs::create_dir(&open).expect("mkdir");
    std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    let err = publish(&open, &position("t", 0)).expect_err("refused");
    assert_eq!(
        (err.cause, err.folder()),
        (Cause::NotPrivate, open.display().to_string())
    );
    let mode = std::fs::metadata(&open).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o777, "left as it was");
    // A link to a folder elsewhere: refused, its target untouched.
    let target = dir.path().join("target");
    std::fs::create_dir(&target).expect("mkdir");
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let link = dir.path().join("link");
    std::os::unix::fs::symlink(&target, &link).expect("symlink");
    assert!(publish(&link, &position("t", 0)).is_err());
    let mode = std::fs::metadata(&target)
        .expect("meta")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o755, "the link's target is not chmodded");
    // And nothing planted there is read as a talk.
    plant(&open, 1, &position("t", 5), now_secs());
    assert_eq!(read(&open, "t"), None);
    assert_eq!(latest(&open), None);
}

/// Runs `script` with `sh` as the unprivileged user `nobody` (uid 65534), when this process
/// may switch users (root, through setpriv); `None`, with the reason, when it cannot.
fn as_another_user(script: &str) -> Result<(), String> {
    if runtime::uid() != 0 {
        return Err("not running as root, so no second user to act as".into());
    }
    let status = std::process::Command::new("setpriv")
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "sh",
            "-c",
            script,
        ])
        .status()
        .map_err(|e| format!("setpriv did not run: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("setpriv could not act as uid 65534 ({status})"))
    }
}

#[test]
fn a_runtime_folder_made_by_another_user_is_refused() {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let tmp = tempfile::tempdir().expect("tempdir");
    // A shared temporary folder, as /tmp is: anyone may create in it.
    std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o1777)).expect("chmod");
    let dir = tmp.path().join("toli-0");
    let fake = position("t", 7);
    let state = serde_json::to_string(&State {
        position: fake,
        beat: now_secs(),
    })
    .expect("json");
    // The other user makes the folder private to themselves and plants a talk in it.
    let script = format!(
        "mkdir -m 0700 '{dir}' && printf '%s' '{state}' > '{dir}/present-t-1.json'",
        dir = dir.display()
    );
    if let Err(why) = as_another_user(&script) {
        eprintln!("skipped: second-uid test of the runtime folder: {why}");
        return;
    }
    assert_eq!(std::fs::metadata(&dir).expect("made").uid(), 65534);
    let err = publish(&dir, &position("t", 0)).expect_err("refused");
    assert_eq!(
        (err.cause, err.folder()),
        (Cause::NotPrivate, dir.display().to_string())
    );
    assert_eq!(read(&dir, "t"), None, "nothing planted is read as a talk");
    assert_eq!(latest(&dir), None);
}

#[test]
fn a_presenter_gone_quiet_is_not_running_and_two_presenters_are_independent() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    private_dir(&runtime).expect("private");
    // Killed with -9 long ago: its file stays, but it is not a running talk.
    plant(&runtime, 1, &position("t", 4), now_secs() - STALE_SECS - 5);
    assert_eq!(read(&runtime, "t"), None);
    // Another presenter of the same tour, alive (the test's parent process stands in for
    // it); this process presents it too and quits.
    // SAFETY: getppid has no preconditions and cannot fail.
    let alive = unsafe { libc::getppid() } as u32;
    plant(&runtime, alive, &position("t", 7), now_secs());
    let mut published = Published::default();
    follow(&runtime, &mut published, Some(position("t", 1))).expect("publish");
    assert!(read(&runtime, "t").is_some());
    follow(&runtime, &mut published, None).expect("clear");
    assert_eq!(
        read(&runtime, "t").map(|p| p.step),
        Some(7),
        "the other presenter's talk still runs"
    );
}

/// Two presenters of one tour are listed in the order their talks started, whichever
/// wrote its file last, each with its process.
#[test]
fn two_presenters_of_a_tour_keep_their_order_between_heartbeats() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    private_dir(&runtime).expect("private");
    // SAFETY: getppid has no preconditions and cannot fail.
    let parent = unsafe { libc::getppid() } as u32;
    let mine = std::process::id();
    let mut later = position("t", 2);
    later.started = 50;
    for (first_beat, second_beat) in [(now_secs(), now_secs() - 2), (now_secs() - 2, now_secs())] {
        plant(&runtime, parent, &position("t", 7), first_beat);
        plant(&runtime, mine, &later, second_beat);
        let found = presenters(&runtime, Some("t"));
        let pids: Vec<u32> = found.iter().map(|p| p.pid).collect();
        assert_eq!(pids, [mine, parent], "the talk started last first");
        assert_eq!(found[0].position.step, 2);
    }
    assert!(presenters(&runtime, Some("u")).is_empty());
    assert_eq!(presenters(&runtime, None).len(), 2);
}

#[test]
fn a_presenter_whose_process_ended_is_not_running_and_its_file_goes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let runtime = dir.path().join("toli");
    private_dir(&runtime).expect("private");
    // A process that has ended, its file written a moment ago (a terminal that hung up).
    let mut child = std::process::Command::new("true").spawn().expect("spawn");
    let gone = child.id();
    child.wait().expect("wait");
    plant(&runtime, gone, &position("t", 3), now_secs());
    assert_eq!(read(&runtime, "t"), None);
    assert_eq!(latest(&runtime), None);
    assert!(
        !runtime.join(format!("present-t-{gone}.json")).exists(),
        "the file of a presenter that is gone is removed"
    );
}
