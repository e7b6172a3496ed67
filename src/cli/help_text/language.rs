//! The language of the command line's help and errors, read from the raw arguments before they
//! are parsed (`--lang`, else the locale).

use std::ffi::OsString;

use clap::ValueEnum;

use crate::lang::Lang;

/// The language the user asked for, read before the arguments are parsed: `--lang` (if its
/// value is valid), else the locale (see [`Lang::detect`]).
pub fn language_of(args: &[OsString]) -> Lang {
    let mut explicit = None;
    let mut words = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(word) = words.next() {
        let value = match word.strip_prefix("--lang") {
            _ if word == "--" => break,
            Some("") => words.next().map(|v| v.into_owned()),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => continue,
        };
        if let Some(lang) = value.and_then(|v| Lang::from_str(&v, false).ok()) {
            explicit = Some(lang);
        }
    }
    Lang::detect(explicit, |k| std::env::var(k).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_language_is_read_from_the_raw_arguments() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            language_of(&args(&["toli", "--lang", "mn", "--help"])),
            Lang::Mn
        );
        assert_eq!(
            language_of(&args(&["toli", "check", "--lang=mn", "-h"])),
            Lang::Mn
        );
        assert_eq!(
            language_of(&args(&["toli", "--lang", "en", "help"])),
            Lang::En
        );
    }
}
