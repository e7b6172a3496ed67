//! Terminals that cannot show the full UI: `TERM=dumb` gets no colour and ASCII, a locale
//! without UTF-8 (`LANG=C`) gets ASCII borders and symbols, as less and htop fall back. The
//! interactive commands read the environment once ([`init_from_env`]); every screen is then
//! drawn as usual and, where Unicode is off, its symbols are swapped for ASCII in one pass over
//! the finished buffer ([`asciify`]), so no view has to choose its own fallbacks.

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
}

impl Support {
    /// Everything: the default wherever the environment was not read (tests, exports).
    pub const FULL: Support = Support {
        unicode: true,
        colour: true,
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
        Support {
            unicode: utf8 && !dumb,
            colour: !dumb,
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

/// Swaps every box-drawing character, arrow and bullet in `buf` for ASCII when the terminal
/// has no Unicode; letters (Latin and Cyrillic) stay.
pub fn asciify(buf: &mut Buffer) {
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
        };
        assert_eq!(Support::detect(env(&dumb)), plain);
        let c = [("TERM", "xterm"), ("LANG", "C")];
        assert_eq!(
            Support::detect(env(&c)),
            Support {
                unicode: false,
                colour: true
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
    fn symbols_become_ascii_and_letters_stay() {
        let mut buf = Buffer::with_lines(["╭─ Кластер ─╮", "│ • a → b … │", "╰───────────╯"]);
        set_for_this_thread(Some(Support {
            unicode: false,
            colour: true,
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
