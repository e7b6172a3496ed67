//! The ids a command is given, as people type them: separate words, a comma list as
//! `export --ids` takes (`it-park,innohub`), or both with spaces (`"it-park, innohub"`,
//! `it-park, innohub`). Shared by `toli cite` and `toli export --ids`.

/// Each id named in `args`, in the order given, split at commas and white space; empty pieces
/// (a trailing comma, two commas) are dropped. Arguments that name no id at all (`,`) are
/// given back as they are, so that the command says no entry has that id rather than acting
/// on none (or, for `export`, on the whole corpus).
pub fn ids(args: &[String]) -> Vec<String> {
    let named: Vec<String> = args
        .iter()
        .flat_map(|arg| arg.split(|c: char| c == ',' || c.is_whitespace()))
        .filter(|id| !id.is_empty())
        .map(str::to_string)
        .collect();
    if named.is_empty() {
        args.to_vec()
    } else {
        named
    }
}

#[cfg(test)]
mod tests {
    use super::ids;

    fn of(args: &[&str]) -> Vec<String> {
        ids(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>())
    }

    #[test]
    fn commas_spaces_and_separate_words_all_name_ids() {
        let want = ["it-park", "innohub", "socratus"];
        assert_eq!(of(&["it-park,innohub,socratus"]), want);
        assert_eq!(of(&["it-park, innohub,", "socratus"]), want);
        assert_eq!(of(&["it-park,", "innohub", ",socratus"]), want);
        assert_eq!(of(&["it-park innohub\tsocratus"]), want);
        assert_eq!(of(&["it-park", "innohub", "socratus"]), want);
        assert_eq!(of(&[",", " "]), [",", " "], "nothing named: said as given");
        assert!(of(&[]).is_empty());
    }
}
