//! Terminals that cannot show the full UI: `TERM=dumb` gets no colour and ASCII, a locale
//! without UTF-8 (`LANG=C`) gets ASCII borders and symbols, as less and htop fall back. The
//! interactive commands read the environment once ([`init_from_env`]); every screen is then
//! drawn as usual and, where Unicode is off, its symbols are swapped for ASCII in one pass over
//! the finished buffer ([`fit`]; colours likewise, [`super::eight_colours`]), so no view has
//! to choose its own fallbacks.

use std::cell::Cell;
use std::sync::OnceLock;

use ratatui::buffer::Buffer;

/// What the terminal can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Support {
    /// Box drawing, arrows and bullets (a UTF-8 locale).
    pub unicode: bool,
    /// Colours (anything but `TERM=dumb`).
    pub colour: bool,
    /// Only the eight basic colours: a `TERM` whose terminfo entry declares eight (`xterm`,
    /// `linux` …) and no `COLORTERM` saying more ([`super::eight_colours`]).
    pub eight_colours: bool,
}

/// Terminal names whose terminfo entries declare eight colours; any other name (the
/// `…-256color` ones, kitty, alacritty, foot, wezterm, Windows' consoles) keeps the palette, as
/// do tmux and screen, which bring colours down to what the terminal around them shows.
const EIGHT_COLOUR_TERMS: [&str; 8] = [
    "xterm",
    "xterm-color",
    "linux",
    "vt100",
    "vt220",
    "ansi",
    "rxvt",
    "putty",
];

impl Support {
    /// Everything: the default wherever the environment was not read (tests, exports).
    pub const FULL: Support = Support {
        unicode: true,
        colour: true,
        eight_colours: false,
    };

    /// What a terminal described by `var` (an environment lookup) can show.
    pub fn detect(var: impl Fn(&str) -> Option<String>) -> Support {
        let set = |name: &str| var(name).filter(|v| !v.is_empty());
        let dumb = set("TERM").is_some_and(|t| t == "dumb");
        // The first of these that is set decides the character set, as in setlocale(3).
        let locale = set("LC_ALL")
            .or_else(|| set("LC_CTYPE"))
            .or_else(|| set("LANG"))
            .unwrap_or_else(|| "C".to_string())
            .to_ascii_lowercase();
        let utf8 = locale.contains("utf-8") || locale.contains("utf8");
        let more_said = set("COLORTERM").is_some_and(|c| c == "truecolor" || c == "24bit");
        let eight = set("TERM").is_some_and(|t| EIGHT_COLOUR_TERMS.contains(&t.as_str()));
        Support {
            unicode: utf8 && !dumb,
            colour: !dumb,
            eight_colours: eight && !more_said,
        }
    }
}

static PROCESS: OnceLock<Support> = OnceLock::new();

thread_local! {
    static THIS_THREAD: Cell<Option<Support>> = const { Cell::new(None) };
}

/// Reads the terminal's abilities from the environment for the rest of the process.
pub fn init_from_env() -> Support {
    *PROCESS.get_or_init(|| Support::detect(|name| std::env::var(name).ok()))
}

/// What this terminal can show: as read by [`init_from_env`], else everything.
pub fn current() -> Support {
    THIS_THREAD
        .with(Cell::get)
        .or_else(|| PROCESS.get().copied())
        .unwrap_or(Support::FULL)
}

/// Draws on this thread as for a terminal with `support` (for tests of the fallbacks).
pub fn set_for_this_thread(support: Option<Support>) {
    THIS_THREAD.with(|c| c.set(support));
}

/// The ASCII stand-in for a symbol the views draw, or `None` to keep the character (text).
fn ascii(c: char) -> Option<char> {
    Some(match c {
        '─' | '┄' | '┈' | '╌' => '-',
        '━' | '═' => '=',
        '│' | '┃' | '║' | '┆' | '┊' | '╎' => '|',
        '\u{2500}'..='\u{257F}' => '+',
        '▏' | '▎' => '|',
        '\u{2580}'..='\u{259F}' => '#',
        '…' | '·' => '.',
        '•' | '●' | '◆' | '■' | '★' | '✓' | '✔' => '*',
        '◦' | '○' | '◇' | '□' => 'o',
        '→' | '▶' | '▸' | '►' | '⟶' => '>',
        '←' | '◀' | '◂' | '◄' => '<',
        '↑' | '▲' | '▴' => '^',
        '↓' | '▼' | '▾' => 'v',
        '\u{2190}'..='\u{21FF}' | '\u{25A0}'..='\u{25FF}' | '\u{2700}'..='\u{27BF}' => '?',
        _ => return None,
    })
}

/// Fits a finished frame to the terminal: ASCII where it has no Unicode, eight colours where it
/// declares no more ([`super::eight_colours`]).
pub fn fit(buf: &mut Buffer) {
    asciify(buf);
    super::eight_colours::limit(buf);
}

/// Swaps every box-drawing character, arrow and bullet in `buf` for ASCII when the terminal
/// has no Unicode; letters (Latin and Cyrillic) stay.
fn asciify(buf: &mut Buffer) {
    if current().unicode {
        return;
    }
    for cell in buf.content.iter_mut() {
        let mut chars = cell.symbol().chars();
        if let (Some(c), None) = (chars.next(), chars.next())
            && let Some(a) = ascii(c)
        {
            cell.set_char(a);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn dumb_terminals_and_plain_locales_are_recognised() {
        let utf8 = [("TERM", "xterm-256color"), ("LANG", "mn_MN.UTF-8")];
        assert_eq!(Support::detect(env(&utf8)), Support::FULL);
        let dumb = [("TERM", "dumb"), ("LANG", "en_US.UTF-8")];
        let plain = Support {
            unicode: false,
            colour: false,
            eight_colours: false,
        };
        assert_eq!(Support::detect(env(&dumb)), plain);
        let c = [("TERM", "xterm"), ("LANG", "C")];
        assert_eq!(
            Support::detect(env(&c)),
            Support {
                unicode: false,
                colour: true,
                eight_colours: true,
            }
        );
        // LC_ALL wins over LANG; an empty one is not set.
        let lc_all = [("TERM", "xterm"), ("LC_ALL", "C"), ("LANG", "en_US.utf8")];
        assert!(!Support::detect(env(&lc_all)).unicode);
        let empty = [("TERM", "xterm"), ("LC_ALL", ""), ("LANG", "en_US.utf8")];
        assert!(Support::detect(env(&empty)).unicode);
        assert!(!Support::detect(env(&[("TERM", "xterm")])).unicode);
    }

    #[test]
    fn terminals_declaring_eight_colours_are_recognised() {
        for term in ["xterm", "linux", "vt220"] {
            assert!(
                Support::detect(env(&[("TERM", term)])).eight_colours,
                "{term}"
            );
        }
        for term in [
            "xterm-256color",
            "screen",
            "tmux-256color",
            "xterm-kitty",
            "foot",
        ] {
            assert!(
                !Support::detect(env(&[("TERM", term)])).eight_colours,
                "{term}"
            );
        }
        // COLORTERM saying more wins; with no TERM (Windows' consoles) the palette stays.
        let said = [("TERM", "xterm"), ("COLORTERM", "truecolor")];
        assert!(!Support::detect(env(&said)).eight_colours);
        assert!(!Support::detect(env(&[])).eight_colours);
    }

    #[test]
    fn symbols_become_ascii_and_letters_stay() {
        let mut buf = Buffer::with_lines(["╭─ Кластер ─╮", "│ • a → b … │", "╰───────────╯"]);
        set_for_this_thread(Some(Support {
            unicode: false,
            ..Support::FULL
        }));
        asciify(&mut buf);
        set_for_this_thread(None);
        assert_eq!(
            buf,
            Buffer::with_lines(["+- Кластер -+", "| * a > b . |", "+-----------+"])
        );
    }

    #[test]
    fn a_dumb_terminal_gets_the_app_in_ascii_without_colour() {
        use crate::app::{Action, App, update};
        use crate::corpus::load::{Sources, load};
        use ratatui::{Terminal, backend::TestBackend, style::Color};

        let corpus = load(&Sources::builtin()).corpus;
        let mut app = App::new(
            corpus,
            crate::lang::Lang::En,
            super::super::theme::ThemeName::Dark,
            false,
        );
        update(
            &mut app,
            Action::Resize {
                width: 80,
                height: 24,
            },
        );
        set_for_this_thread(Some(Support::detect(env(&[
            ("TERM", "dumb"),
            ("LANG", "C"),
        ]))));
        let mut t = Terminal::new(TestBackend::new(80, 24)).expect("terminal");
        t.draw(|f| super::super::draw(f, &app)).expect("draw");
        set_for_this_thread(None);
        let buf = t.backend().buffer();
        let text: String = buf.content.iter().map(|c| c.symbol()).collect();
        assert!(text.starts_with('+'), "a pane's corner is `+`: {text}");
        assert!(text.contains("|"), "pane sides are `|`");
        let unicode: Vec<char> = text.chars().filter(|&c| ascii(c).is_some()).collect();
        assert!(unicode.is_empty(), "symbols left: {unicode:?}");
        let coloured = buf
            .content
            .iter()
            .filter(|c| c.fg != Color::Reset || c.bg != Color::Reset)
            .count();
        assert_eq!(coloured, 0, "cells drawn in colour");
    }
}
