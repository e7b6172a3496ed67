//! Terminals that declare only eight colours (`TERM=xterm`, `linux` …): every cell's
//! colours are brought into those eight in one pass over the finished buffer, as [`super::plain`]
//! swaps symbols, so no view chooses its own fallback. A grey of the 256-colour palette has no
//! place there (a console may show it as black): grey text takes the terminal's own text colour,
//! and a grey ground — the current row of a pane without focus — becomes reverse video, so the
//! row stays marked.

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};

use super::plain::current;

/// What a colour becomes on an eight-colour terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shade {
    /// One of the eight, or the terminal's own (`Reset`).
    Colour(Color),
    /// A grey, by its lightness (0 black … 255 white).
    Grey(u8),
}

/// The eight by their red, green and blue bits.
const EIGHT: &[Color] = super::palette::SIXTEEN.split_at(8).0;

fn of_rgb((r, g, b): (u8, u8, u8)) -> Shade {
    let (hi, lo) = (r.max(g).max(b), r.min(g).min(b));
    if hi - lo < 32 {
        let mean = (u16::from(r) + u16::from(g) + u16::from(b)) / 3;
        return Shade::Grey(u8::try_from(mean).unwrap_or(u8::MAX));
    }
    let bit = |c: u8, v: usize| if c >= 128 { v } else { 0 };
    Shade::Colour(EIGHT[bit(r, 1) + bit(g, 2) + bit(b, 4)])
}

/// The eight and the terminal's own stay; every other colour is taken at its place in xterm's
/// palette ([`super::palette`]) and given the nearest of the eight, or read as a grey.
fn shade(c: Color) -> Shade {
    use Color::*;
    match c {
        Reset | Black | Red | Green | Yellow | Blue | Magenta | Cyan | Gray => Shade::Colour(c),
        Indexed(n @ 0..=7) => Shade::Colour(EIGHT[usize::from(n)]),
        _ => of_rgb(super::palette::rgb(c)),
    }
}

/// Brings every cell of `buf` into eight colours when the terminal declares no more.
pub fn limit(buf: &mut Buffer) {
    if !current().eight_colours {
        return;
    }
    for cell in buf.content.iter_mut() {
        let fg = match shade(cell.fg) {
            Shade::Colour(c) => c,
            Shade::Grey(l) if l >= 192 => Color::Gray,
            Shade::Grey(_) => Color::Reset,
        };
        let bg = match shade(cell.bg) {
            Shade::Colour(c) => Some(c),
            Shade::Grey(l) if l <= 40 => Some(Color::Black),
            Shade::Grey(l) if l >= 192 => Some(Color::Gray),
            Shade::Grey(_) => None,
        };
        match bg {
            Some(bg) => {
                cell.fg = fg;
                cell.bg = bg;
            }
            // A mid grey ground: the terminal's own colours, reversed.
            None => {
                cell.fg = Color::Reset;
                cell.bg = Color::Reset;
                cell.modifier.insert(Modifier::REVERSED);
            }
        }
        cell.underline_color = Color::Reset;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::plain::{Support, set_for_this_thread};
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    fn limited(style: Style, eight: bool) -> ratatui::buffer::Cell {
        set_for_this_thread(Some(Support {
            eight_colours: eight,
            ..Support::FULL
        }));
        let mut buf = Buffer::empty(Rect::new(0, 0, 1, 1));
        buf.set_string(0, 0, "x", style);
        limit(&mut buf);
        set_for_this_thread(None);
        buf.content[0].clone()
    }

    #[test]
    fn the_unfocused_selection_stays_marked_in_reverse_video() {
        let grey_row = Style::default().bg(Color::Indexed(238)).fg(Color::White);
        let cell = limited(grey_row, true);
        assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset));
        assert!(cell.modifier.contains(Modifier::REVERSED));
    }

    #[test]
    fn grey_text_takes_the_terminals_own_colour() {
        for grey in [Color::DarkGray, Color::Indexed(8), Color::Indexed(240)] {
            let cell = limited(Style::default().fg(grey), true);
            assert_eq!(cell.fg, Color::Reset, "{grey:?}");
            assert!(!cell.modifier.contains(Modifier::REVERSED), "{grey:?}");
        }
    }

    #[test]
    fn colours_of_the_larger_palettes_take_their_nearest_of_the_eight() {
        let pairs = [
            (Color::Indexed(214), Color::Yellow),
            (Color::Indexed(74), Color::Cyan),
            (Color::Indexed(25), Color::Blue),
            (Color::Indexed(166), Color::Red),
            (Color::LightBlue, Color::Blue),
            (Color::White, Color::Gray),
            (Color::Rgb(230, 159, 0), Color::Yellow),
        ];
        for (from, to) in pairs {
            assert_eq!(limited(Style::default().fg(from), true).fg, to, "{from:?}");
        }
        let selected = Style::default().bg(Color::Cyan).fg(Color::Black);
        let cell = limited(selected, true);
        assert_eq!((cell.fg, cell.bg), (Color::Black, Color::Cyan));
    }

    #[test]
    fn a_terminal_with_more_colours_keeps_them() {
        let grey_row = Style::default().bg(Color::Indexed(238)).fg(Color::White);
        let cell = limited(grey_row, false);
        assert_eq!((cell.fg, cell.bg), (Color::White, Color::Indexed(238)));
    }
}
