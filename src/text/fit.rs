//! Shortening a line to the columns it has, at a word's end where one is near ("…").

use crate::markdown::wrap::{char_width, str_width};

/// Shortens `s` to `width` columns, ending with "…" when cut: at the end of a word when one
/// ends in the second half of what fits (a cut word reads as a misspelt one: «байдал р…»),
/// else where the columns run out (an id, one long word).
pub fn fit(s: &str, width: usize) -> String {
    if str_width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    let mut rest = s.chars();
    for c in rest.by_ref() {
        let w = char_width(c);
        if used + w + 1 > width {
            // Mid-word: back to the last word's end, when that keeps half of what fits.
            if !c.is_whitespace()
                && let Some(space) = out.rfind(char::is_whitespace)
                && str_width(&out[..space]) * 2 >= width
            {
                out.truncate(space);
            }
            break;
        }
        out.push(c);
        used += w;
    }
    if width > 0 {
        let kept =
            out.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
        // A cut right after a dash keeps the dash off the "…".
        let kept = kept.trim_end_matches([' ', '—', '–']).trim_end();
        out = format!("{kept}…");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fit;

    #[test]
    fn a_cut_ends_at_a_word_not_in_one() {
        // A source's title in the search preview (48 columns): it read «… байдал р…».
        let title = "Хамтран ажиллах хүч — шинэ сайн нөхцөл байдал руу шилжсэн нь";
        assert_eq!(
            fit(title, 48),
            "Хамтран ажиллах хүч — шинэ сайн нөхцөл байдал…"
        );
        assert_eq!(
            fit("Research question and method", 20),
            "Research question…"
        );
        assert_eq!(fit("The power of collaboration", 15), "The power of…");
        assert_eq!(fit("A b — cdefgh", 7), "A b…", "no dash before the mark");
    }

    #[test]
    fn a_word_too_long_for_half_the_room_is_cut_where_the_room_ends() {
        assert_eq!(fit("finding-incubators-underutilised", 12), "finding-inc…");
        assert_eq!(fit("A verylongword", 10), "A verylon…");
        assert_eq!(fit("short", 5), "short", "what fits is whole");
        assert_eq!(fit("short", 0), "");
    }
}
