//! How wide the command line's text may be: `COLUMNS` when it is set, else the terminal's width
//! when stdout is one. Reading text (`toli show`, `toli figure ID`) falls back to 80 columns in a
//! pipe; a listing (`list`, `search`, the figure list, `bookmarks`, `notes`, `matrix`) keeps one
//! line per entry there, so that scripts can cut its columns.

use std::io::IsTerminal;

/// The widest line reading text is wrapped at, however wide the terminal.
const MAX_READING: usize = 120;
/// The narrowest width anything is laid out for.
const MIN: usize = 20;

/// The width asked for by `COLUMNS` (a positive whole number), else the terminal's, when stdout
/// is a terminal; none in a pipe.
pub fn output_width() -> Option<usize> {
    width_of(std::io::stdout().is_terminal())
}

/// [`output_width`] for what goes to stderr (a legend, a count), which may be a terminal while
/// stdout is a pipe.
pub fn stderr_width() -> Option<usize> {
    width_of(std::io::stderr().is_terminal())
}

fn width_of(is_terminal: bool) -> Option<usize> {
    let terminal = || {
        is_terminal
            .then(|| crossterm::terminal::size().ok().map(|(w, _)| w))
            .flatten()
    };
    chosen(std::env::var("COLUMNS").ok().as_deref(), terminal)
}

/// `COLUMNS` when it holds a positive whole number, else what `terminal` measures; never below
/// [`MIN`].
fn chosen(columns: Option<&str>, terminal: impl FnOnce() -> Option<u16>) -> Option<usize> {
    let asked = columns
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c > 0);
    asked
        .or_else(|| terminal().map(usize::from).filter(|&w| w > 0))
        .map(|w| w.max(MIN))
}

/// The width reading text wraps at: [`output_width`] up to 120 columns, else 80.
pub fn text_width() -> usize {
    reading(output_width())
}

fn reading(width: Option<usize>) -> usize {
    width.map_or(80, |w| w.min(MAX_READING))
}

/// The width a listing is laid out for: [`output_width`], or none (one line per entry).
pub fn listing_width() -> Option<usize> {
    output_width()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_wins_over_the_terminal() {
        assert_eq!(chosen(Some("72"), || Some(100)), Some(72));
        assert_eq!(chosen(Some(" 72 "), || None), Some(72), "a pipe too");
    }

    #[test]
    fn a_columns_that_is_not_a_width_is_ignored() {
        for bad in ["", "0", "-3", "wide", "80x24"] {
            assert_eq!(chosen(Some(bad), || Some(100)), Some(100), "{bad:?}");
            assert_eq!(chosen(Some(bad), || None), None, "{bad:?}");
        }
    }

    #[test]
    fn a_pipe_has_no_width_and_reading_text_takes_80() {
        assert_eq!(chosen(None, || None), None);
        assert_eq!(reading(None), 80);
    }

    #[test]
    fn widths_are_kept_between_the_bounds() {
        assert_eq!(chosen(Some("5"), || None), Some(MIN));
        assert_eq!(
            chosen(None, || Some(0)),
            None,
            "a terminal that reports no size"
        );
        assert_eq!(reading(Some(300)), MAX_READING);
        assert_eq!(reading(Some(64)), 64);
    }
}
