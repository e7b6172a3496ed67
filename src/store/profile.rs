//! Whose bookmarks, notes and place these are: on a shared workshop laptop each person can keep
//! their own with `--profile NAME` (or `TOLI_PROFILE`), under `profiles/NAME` of the data and
//! state folders. Without one, everyone using the computer's account shares them, and the
//! bookmarks and notes windows say so.

use std::path::PathBuf;
use std::sync::OnceLock;

static PROFILE: OnceLock<String> = OnceLock::new();

/// The longest profile name: it names a folder.
const LONGEST: usize = 40;

/// Whether `name` can name a profile's folder: letters of any script, digits, `-` and `_`.
pub fn valid(name: &str) -> bool {
    let chars = name.chars().count();
    (1..=LONGEST).contains(&chars)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '_')
}

/// Uses profile `name` for the rest of the process (the first call wins); `false` when the name
/// cannot name a folder.
pub fn choose(name: &str) -> bool {
    if !valid(name) {
        return false;
    }
    let _ = PROFILE.set(name.to_string());
    true
}

/// The profile chosen for this run, if any.
pub fn current() -> Option<&'static str> {
    PROFILE.get().map(String::as_str)
}

/// `dir`, or its folder for the chosen profile.
pub fn within(dir: PathBuf) -> PathBuf {
    match current() {
        Some(name) => dir.join("profiles").join(name),
        None => dir,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_that_name_a_folder_and_names_that_do_not() {
        for ok in ["Saraa", "Сараа", "trainer-2", "group_b"] {
            assert!(valid(ok), "{ok}");
        }
        for bad in ["", "../x", "a/b", "a b", ".", "x".repeat(41).as_str()] {
            assert!(!valid(bad), "{bad}");
        }
    }
}
