//! The shipped locale files checked (tests only): every file parses, both languages have the
//! same messages with the same variables, every message the code names exists, no Mongolian
//! case ending is glued after a placeable, and a Mongolian message writes a flag with
//! «сонголтоор», not «--flag гэж заана уу» or «--flag өгнө үү».

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;

use super::{Locales, Localizer};
use crate::lang::Lang;

#[test]
fn every_locale_file_parses() {
    for name in Locales::iter() {
        let file = Locales::get(&name).expect("embedded");
        let source = String::from_utf8_lossy(&file.data).into_owned();
        assert!(
            FluentResource::try_new(source).is_ok(),
            "{name} has Fluent syntax errors"
        );
    }
}

#[test]
fn both_languages_have_the_same_messages() {
    let en = Localizer::message_ids(Lang::En);
    let mn = Localizer::message_ids(Lang::Mn);
    assert!(!en.is_empty());
    let only = |a: &[String], b: &[String]| -> Vec<String> {
        a.iter().filter(|id| !b.contains(id)).cloned().collect()
    };
    assert!(
        en == mn,
        "only in locales/en: {:?}\nonly in locales/mn: {:?}",
        only(&en, &mn),
        only(&mn, &en)
    );
}

/// The variables each message of `lang` refers to, by message id.
fn variables_by_message(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    use fluent_syntax::ast::{Expression, InlineExpression, Pattern, PatternElement};
    fn inline(e: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
        match e {
            InlineExpression::VariableReference { id } => {
                out.insert(id.name.to_string());
            }
            InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    inline(a, out);
                }
                for a in &arguments.named {
                    inline(&a.value, out);
                }
            }
            InlineExpression::Placeable { expression } => expr(expression, out),
            _ => {}
        }
    }
    fn expr(e: &Expression<&str>, out: &mut BTreeSet<String>) {
        match e {
            Expression::Inline(i) => inline(i, out),
            Expression::Select { selector, variants } => {
                inline(selector, out);
                for v in variants {
                    pattern(&v.value, out);
                }
            }
        }
    }
    fn pattern(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let PatternElement::Placeable { expression } = el {
                expr(expression, out);
            }
        }
    }
    let prefix = format!("{}/", lang.code());
    let mut out = BTreeMap::new();
    for name in Locales::iter().filter(|n| n.starts_with(&prefix)) {
        let file = Locales::get(&name).expect("embedded");
        let source = std::str::from_utf8(&file.data).expect("UTF-8");
        let res = fluent_syntax::parser::parse(source).expect("parses");
        for entry in res.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern(p, &mut vars);
                }
                for a in &m.attributes {
                    pattern(&a.value, &mut vars);
                }
                out.insert(m.id.name.to_string(), vars);
            }
        }
    }
    out
}

/// A message's translation refers to the variables its English does and no other: a
/// variable the code does not pass prints as `{$title}` on screen, and one left out drops
/// what the reader needs to know.
#[test]
fn both_languages_refer_to_the_same_variables() {
    let en = variables_by_message(Lang::En);
    let mn = variables_by_message(Lang::Mn);
    assert!(
        en.values().any(|v| !v.is_empty()),
        "the walk finds variables"
    );
    let differ: Vec<String> = (en.iter())
        .filter_map(|(id, vars)| {
            let other = mn.get(id)?;
            (vars != other).then(|| format!("{id}: en {vars:?}, mn {other:?}"))
        })
        .collect();
    assert!(differ.is_empty(), "{differ:#?}");
}

/// Every message the code asks for by name (`.t("id")`, `.tf("id", …)`) exists in both
/// languages: a missing one would show its raw id on screen.
#[test]
fn every_message_the_code_names_exists() {
    let ids: std::collections::HashSet<String> =
        Localizer::message_ids(Lang::En).into_iter().collect();
    let mut missing = Vec::new();
    let mut named = 0;
    let mut dirs = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                dirs.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
            for line in code {
                for call in [".t(\"", ".tf(\""] {
                    for (at, _) in line.match_indices(call) {
                        let id = line[at + call.len()..].split('"').next().unwrap_or("");
                        named += 1;
                        if !ids.contains(id) {
                            missing.push(format!("{}: {id}", path.display()));
                        }
                    }
                }
            }
        }
    }
    assert!(named > 50, "the scan finds the calls ({named})");
    assert!(missing.is_empty(), "messages missing: {missing:#?}");
}

/// The first place in `source` where a Cyrillic case ending is glued after a placeable
/// (`{ $n }-оос`, `` `{ $id }`-г ``): the right ending depends on the value, so it comes out
/// wrong for some. Quotes and backticks between the two do not hide it.
fn glued_ending(source: &str) -> Option<&str> {
    source.lines().find(|line| {
        line.match_indices('}').any(|(at, _)| {
            let mut rest = line[at + 1..]
                .trim_start_matches(['`', '"', '»', '”', '’'])
                .chars();
            match rest.next() {
                Some('-') => rest.next().is_some_and(is_cyrillic),
                Some(c) => is_cyrillic(c),
                None => false,
            }
        })
    })
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

#[test]
fn no_mongolian_ending_follows_a_placeable() {
    assert!(glued_ending("a = { $limit }-оос олон").is_some());
    assert!(glued_ending("a = `{ $target }`-ыг").is_some());
    assert!(glued_ending("a = { $n }р").is_some());
    assert!(glued_ending("a = { $n } сар\nb = { $x ->\n   *[a] б\n} бичвэр").is_none());
    for name in Locales::iter().filter(|n| n.starts_with("mn/")) {
        let file = Locales::get(&name).expect("embedded");
        let source = String::from_utf8_lossy(&file.data).into_owned();
        assert_eq!(
            glued_ending(&source),
            None,
            "{name}: rephrase so the variable stands alone"
        );
    }
}

/// The first message line of `source` that writes a command-line flag the way the Mongolian UI
/// review rejects: «--langs mn гэж заана уу» ("say it as --langs mn"), «--force өгнө үү»
/// ("give --force"), «--notes-той», a flag as the one that writes («--single-file … бичнэ»);
/// GLOSSARY Review 22 UI writes «--langs mn сонголтоор …». Comments are left out.
fn flag_the_old_way(source: &str) -> Option<&str> {
    const OLD: [&str; 5] = ["гэж заана", "өгнө үү", "өгсөн", "өгвөл", "-той хамт"];
    let lower_cyrillic = |c: char| is_cyrillic(c) && c.is_lowercase();
    source.lines().filter(|l| !l.starts_with('#')).find(|line| {
        line.match_indices("--").any(|(at, _)| {
            let before = line[..at].chars().next_back();
            if before.is_some_and(|c| c == '-' || c.is_alphanumeric()) {
                return false;
            }
            let rest = &line[at..];
            let flag_end = rest.find([' ', '`', ')']).unwrap_or(rest.len());
            if rest[..flag_end].contains("-той") {
                return true;
            }
            // The flag's value, when it has one: a placeable, or a word in no lower-case
            // Cyrillic (`mn`, `ХАВТАС`).
            let after = rest[flag_end..].trim_start_matches(['`', ' ']);
            let value_len = match after.strip_prefix('{') {
                Some(placeable) => placeable.find('}').map_or(0, |end| end + 2),
                None => (after.split(' ').next())
                    .filter(|w| !w.chars().any(lower_cyrillic))
                    .map_or(0, str::len),
            };
            let next = after[value_len..].trim_start_matches(['`', ' ', ')']);
            OLD.iter().any(|old| next.starts_with(old))
        })
    })
}

#[test]
fn a_mongolian_message_writes_a_flag_with_songoltoor() {
    assert!(flag_the_old_way("a = бичих бол --langs mn гэж заана уу.").is_some());
    assert!(flag_the_old_way("a = эсвэл --force өгнө үү").is_some());
    assert!(flag_the_old_way("a = хавтсыг --content { $folder } гэж заана уу").is_some());
    assert!(flag_the_old_way("a = --notes-той хамт: …").is_some());
    assert!(flag_the_old_way("a = (--lang mn өгвөл монголоор)").is_some());
    assert!(flag_the_old_way("a = хавтсыг `--content ХАВТАС` гэж заана уу.").is_some());
    assert!(flag_the_old_way("a = бичих бол `--langs mn` сонголтоор бичнэ үү.").is_none());
    assert!(flag_the_old_way("# --force өгнө үү").is_none());
    for name in Locales::iter().filter(|n| n.starts_with("mn/")) {
        let file = Locales::get(&name).expect("embedded");
        let source = String::from_utf8_lossy(&file.data).into_owned();
        assert_eq!(
            flag_the_old_way(&source),
            None,
            "{name}: write the flag with «сонголтоор» (GLOSSARY, Review 22 UI)"
        );
    }
}
