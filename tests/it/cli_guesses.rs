//! What the command line says to an id, a tour or a kind it does not know: a guess
//! only when one is spelt near what was typed, each clause a sentence of its own, the tours
//! and kinds listed alike by every command that names them; and an option given twice.

use crate::common;

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// `toli --lang LANG ARGS…` over the shipped corpus.
fn toli(lang: &str, args: &[&str]) -> Run {
    let out = common::toli_en()
        .args(["--lang", lang])
        .args(args)
        .output()
        .expect("run");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The guess clause in `lang`, whatever it names.
fn guesses(lang: &str, stderr: &str) -> bool {
    match lang {
        "en" => stderr.contains("Did you mean"),
        _ => stderr.contains("гэж бичих гэсэн үү?"),
    }
}

/// O6: `nosuch` and `no-such-id` are spelt like no entry, so nothing is guessed (a search
/// finds some entry for anything); the message is plain sentences, no em dashes between them.
#[test]
fn an_id_near_no_entry_gets_no_guess_and_plain_sentences() {
    for lang in ["mn", "en"] {
        for args in [
            &["show", "nosuch"][..],
            &["cite", "nosuch"],
            &["show", "no-such-id"],
        ] {
            let out = toli(lang, args);
            assert_eq!(out.code, 2, "{args:?}");
            assert!(
                !guesses(lang, &out.stderr),
                "{lang} {args:?}: {}",
                out.stderr
            );
            assert!(!out.stderr.contains('—'), "{lang} {args:?}: {}", out.stderr);
            assert!(
                out.stderr.contains(&format!("`toli search {}`", args[1])),
                "{}",
                out.stderr
            );
        }
        // A slip still gets its guess, as a sentence of its own.
        let out = toli(lang, &["show", "unctad-finding1"]);
        assert!(guesses(lang, &out.stderr), "{}", out.stderr);
        assert!(out.stderr.contains("`unctad-finding-1`"), "{}", out.stderr);
        assert!(!out.stderr.contains('—'), "{}", out.stderr);
    }
    let out = toli("mn", &["show", "klaster"]);
    assert_eq!(
        out.stderr.trim_end(),
        "toli: `klaster` гэсэн таних нэртэй бичлэг байхгүй. `cluster` гэж бичих гэсэн үү? \
         Энэ нэрээр хайх бол `toli search klaster` тушаалыг ажиллуулна уу."
    );
}

/// O6: `toli handout --tour` and `toli present` name a missing tour with the same words and
/// the same list of tours.
#[test]
fn handout_and_present_list_the_tours_alike() {
    for lang in ["mn", "en"] {
        let handout = toli(lang, &["handout", "--tour", "nosuch", "/nonexistent/out"]);
        let present = toli(lang, &["present", "nosuch"]);
        assert_eq!((handout.code, present.code), (2, 2));
        assert_eq!(handout.stderr, present.stderr, "{lang}");
        for tour in [
            "tour-clusters-abroad",
            "tour-sti-parks-mongolia",
            "tour-what-is-a-cluster",
        ] {
            assert!(present.stderr.contains(tour), "{}", present.stderr);
        }
        assert!(!guesses(lang, &present.stderr), "{}", present.stderr);
        let slip = toli(lang, &["present", "tour-what-is-a-clustr"]);
        let guess = match lang {
            "en" => "Did you mean `tour-what-is-a-cluster`?",
            _ => "`tour-what-is-a-cluster` гэж бичих гэсэн үү?",
        };
        assert!(slip.stderr.trim_end().ends_with(guess), "{}", slip.stderr);
    }
}

/// C4: `toli new` lists the kinds as `toli list --kind` does (Mongolian names for a Mongolian
/// reader), and both guess a Mongolian kind typed in Latin letters.
#[test]
fn new_and_list_name_the_kinds_alike_and_guess_them_from_latin_letters() {
    let dir = tempfile::tempdir().expect("temp");
    let content = dir.path().to_string_lossy().into_owned();
    for (lang, guess) in [
        ("mn", "`дүгнэлт` (finding) гэж бичих гэсэн үү?"),
        ("en", "Did you mean `дүгнэлт` (finding)?"),
    ] {
        let new = toli(lang, &["new", "dugnelt", "x", "--content", &content]);
        let list = toli(lang, &["list", "--kind", "dugnelt"]);
        assert_eq!((new.code, list.code), (2, 2));
        assert_eq!(new.stderr, list.stderr, "{lang}");
        assert!(new.stderr.contains(guess), "{}", new.stderr);
    }
    let mn = toli("mn", &["new", "dugnelt", "x", "--content", &content]);
    assert!(
        mn.stderr
            .contains("Төрлүүд: арга-хэмжээ, бодлого, дүгнэлт,"),
        "{}",
        mn.stderr
    );
    assert!(!mn.stderr.contains("definition"), "{}", mn.stderr);
    assert!(
        std::fs::read_dir(dir.path())
            .expect("read")
            .next()
            .is_none(),
        "nothing written"
    );
}

/// Walk 18, C-4: an English kind name as Mongolian borrows it (`кейс`) is guessed as that
/// kind, said in Mongolian by its Mongolian name with the English one after it, as the kinds
/// are listed; `check` guesses the same for `kind:`.
#[test]
fn a_borrowed_kind_name_is_guessed_by_both_its_names() {
    let dir = tempfile::tempdir().expect("temp");
    let content = dir.path().to_string_lossy().into_owned();
    let mn = toli("mn", &["new", "кейс", "dw2", "--content", &content]);
    assert_eq!(mn.code, 2);
    assert!(
        mn.stderr
            .trim_end()
            .ends_with("эх-сурвалж. `жишээ` (case) гэж бичих гэсэн үү?"),
        "{}",
        mn.stderr
    );
    let en = toli("en", &["list", "--kind", "кейс"]);
    assert!(
        en.stderr.trim_end().ends_with("Did you mean `case`?"),
        "{}",
        en.stderr
    );
    // A slip of an English name is offered in Mongolian by both names too.
    let slip = toli("mn", &["new", "tuor", "x", "--content", &content]);
    assert!(
        slip.stderr
            .contains("`танилцуулга` (tour) гэж бичих гэсэн үү?"),
        "{}",
        slip.stderr
    );
    // `kind: кейс` in a file outside any kind's folder.
    let file = dir.path().join("dw2.md");
    std::fs::write(
        &file,
        "---\nid: dw2\nkind: кейс\ntitle: {en: A, mn: Б}\nsummary: {en: a, mn: б}\n---\n::: en\nA.\n::: mn\nБ.\n",
    )
    .expect("write");
    let check = toli("en", &["--no-builtin", "--content", &content, "check"]);
    assert!(
        check.stdout.contains("did you mean `case`?"),
        "{}{}",
        check.stdout,
        check.stderr
    );
}

/// Walk 18, T-6: an id in `--ids` spelt like nothing gets no guess, though a search finds
/// an entry for it (`foo` finds «Four … parks» by the key's `foor`); a slip still does.
#[test]
fn an_id_in_ids_near_nothing_gets_no_guess() {
    for lang in ["mn", "en"] {
        let out = toli(
            lang,
            &[
                "handout",
                "--ids",
                "it-park,socratus,foo",
                "/nonexistent/y1",
            ],
        );
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(out.stderr.contains("`foo`"), "{}", out.stderr);
        assert!(!guesses(lang, &out.stderr), "{lang}: {}", out.stderr);
        let slip = toli(
            lang,
            &["handout", "--ids", "it-park,socratuss", "/nonexistent/y1"],
        );
        assert!(slip.stderr.contains("`socratus`"), "{}", slip.stderr);
    }
}

/// C5: `--lang` given twice is not a conflict with itself; the last wins.
#[test]
fn lang_given_twice_takes_the_last() {
    let out = common::toli_en()
        .args(["--lang", "en", "--lang", "mn", "show", "cluster"])
        .output()
        .expect("run");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("Кластер"));
    let out = toli("mn", &["list", "--kind", "tour", "--lang", "en"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("Tour"), "{}", out.stdout);
}
