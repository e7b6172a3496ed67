//! `toli export --title`: the handout's own title, for a briefing of chosen entries that should
//! not be called by the knowledge base's name. One `--title TEXT` names it in every language
//! the handout holds; `--title en:TEXT` and `--title mn:TEXT` name it in one language each (a
//! language given none keeps a plain `--title`, else the tour's or the knowledge base's name).

use super::{Context, Failure};
use crate::lang::Lang;

/// The titles `given` name, per language of `langs` (the handout's), or why they cannot be
/// used: two plain titles, two for one language, an empty one, or a language the handout
/// does not hold.
pub fn titles(
    ctx: &Context,
    given: &[String],
    langs: &[Lang],
) -> Result<Vec<(Lang, String)>, Failure> {
    let mut plain: Option<String> = None;
    let mut own: Vec<(Lang, String)> = Vec::new();
    let refuse = |id: &str, args: &[(&str, String)]| Failure::Message(ctx.t(id, args));
    for value in given {
        let (lang, text) = split(value);
        let text = text.trim();
        if text.is_empty() {
            return Err(refuse("export26-title-empty", &[]));
        }
        match lang {
            None if plain.is_some() => return Err(refuse("export26-title-twice", &[])),
            None => plain = Some(text.to_string()),
            Some(l) if own.iter().any(|(o, _)| *o == l) => {
                let code = ("code", l.code().to_string());
                return Err(refuse("export26-title-lang-twice", &[code]));
            }
            Some(l) if !langs.contains(&l) => {
                let code = ("code", l.code().to_string());
                return Err(refuse("export26-title-lang-absent", &[code]));
            }
            Some(l) => own.push((l, text.to_string())),
        }
    }
    Ok((langs.iter())
        .filter_map(|&l| match own.iter().find(|(o, _)| *o == l) {
            Some(given) => Some(given.clone()),
            None => plain.clone().map(|t| (l, t)),
        })
        .collect())
}

/// A title's language prefix (`en:`, `mn:`), if it has one, and its text.
fn split(value: &str) -> (Option<Lang>, &str) {
    for lang in [Lang::En, Lang::Mn] {
        let prefix = format!("{}:", lang.code());
        if let Some(rest) = value.trim_start().strip_prefix(&prefix) {
            return (Some(lang), rest);
        }
    }
    (None, value)
}

#[cfg(test)]
mod tests {
    use super::split;
    use crate::lang::Lang;

    #[test]
    fn a_language_prefix_names_the_title_s_language_and_plain_text_has_none() {
        assert_eq!(split("en:Briefing"), (Some(Lang::En), "Briefing"));
        assert_eq!(
            split("mn: Товч мэдээлэл"),
            (Some(Lang::Mn), " Товч мэдээлэл")
        );
        assert_eq!(split("Briefing: IT Park"), (None, "Briefing: IT Park"));
        assert_eq!(split("Mongolia: parks"), (None, "Mongolia: parks"));
    }
}
