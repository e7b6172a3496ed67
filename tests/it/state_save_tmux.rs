//! toli's own state that cannot be saved — where the talk is, for the notes view; where the
//! reader left off, on quit — is said in plain words with its folder, in the reader's
//! language, never the system's English. The real binary in tmux.

use crate::common::tmux::{CACHE, Tmux};

/// A presenter whose runtime folder is open to others: its footer says the folder is not
/// the trainer's alone, what to do, and which folder.
#[test]
fn a_runtime_folder_open_to_others_is_named_in_plain_words() {
    use std::os::unix::fs::PermissionsExt;
    for (lang, told, want) in [
        (
            "en",
            "Could not tell the notes screen where the talk is: ",
            "the folder is not yours alone: remove it or set XDG_RUNTIME_DIR. Folder: ",
        ),
        (
            "mn",
            "Тэмдэглэлийн дэлгэцэд одоогийн алхмыг мэдэгдэж чадсангүй: ",
            "хавтас зөвхөн таных биш тул устгах эсвэл XDG_RUNTIME_DIR заана уу. Хавтас: ",
        ),
    ] {
        let Some(t) = Tmux::new() else { return };
        let runtime = t.dir().join("run");
        let open = runtime.join("toli");
        std::fs::create_dir_all(&open).expect("mkdir");
        std::fs::set_permissions(&open, std::fs::Permissions::from_mode(0o777)).expect("chmod");
        let fx = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
        t.start(
            200,
            30,
            &format!(
                "env TOLI_CACHE_DIR={CACHE} XDG_RUNTIME_DIR={rt} TOLI_STATE_DIR={d}/state {bin} \
                 --no-builtin --content {fx}/content --content {fx}/present --lang {lang} \
                 present tour-fixture; sleep 60",
                rt = runtime.display(),
                d = t.dir().display(),
                bin = env!("CARGO_BIN_EXE_toli"),
            ),
        );
        let screen = t.wait_for(told);
        let whole = format!("{told}{want}{}", open.display());
        assert!(screen.contains(&whole), "{lang}: {screen}");
        assert!(
            !screen.contains("not a private folder of yours"),
            "{screen}"
        );
    }
}

/// Quitting where the state folder cannot be written: stderr says the place was not saved,
/// why in plain words, and the folder.
#[test]
fn a_place_that_cannot_be_saved_on_quit_is_told_in_plain_words() {
    for (lang, want) in [
        (
            "en",
            "toli: could not save where you left off: the file could not be written; the next \
             start opens on the first entry. Folder: ",
        ),
        (
            "mn",
            "toli: хаана хүртэл уншсаныг хадгалж чадсангүй: файл бичигдсэнгүй; дараа \
             нээхэд эхний бичлэгээс эхэлнэ. Хавтас: ",
        ),
    ] {
        let Some(t) = Tmux::run(100, 30, |d| {
            // A file where the state folder should be, whoever runs the test.
            std::fs::write(d.join("state"), "not a folder").expect("write");
            format!(
                "env TOLI_CACHE_DIR={CACHE} TOLI_STATE_DIR={s}/state TOLI_DATA_DIR={s}/data \
                 {bin} --lang {lang} 2>{s}/stderr.txt; echo TOLI-ENDED; sleep 60",
                s = d.display(),
                bin = env!("CARGO_BIN_EXE_toli"),
            )
        }) else {
            return;
        };
        t.wait_for("│");
        t.settle();
        t.keys(&["q"]);
        t.wait_for("TOLI-ENDED");
        let stderr = std::fs::read_to_string(t.dir().join("stderr.txt")).expect("stderr");
        let folder = t.dir().join("state").display().to_string();
        assert!(stderr.contains(&format!("{want}{folder}")), "{stderr}");
        assert!(!stderr.contains("os error"), "{stderr}");
    }
}
