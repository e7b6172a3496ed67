//! Colour themes: dark, light and a high-contrast projector theme for workshops (T cycles).
//! With NO_COLOR every colour is dropped and only modifiers (bold, reverse, underline) remain.

use ratatui::style::{Color, Modifier, Style};

use crate::markdown::render::MdStyles;

pub use crate::app::settings::ThemeName;

/// Every style the views use.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub base: Style,
    pub dim: Style,
    pub border: Style,
    pub border_focus: Style,
    pub title: Style,
    pub selected: Style,
    pub selected_unfocused: Style,
    pub heading: Style,
    pub link: Style,
    pub link_selected: Style,
    pub code: Style,
    pub quote: Style,
    pub highlight: Style,
    pub find_match: Style,
    pub find_current: Style,
    pub status: Style,
    pub key: Style,
    pub notice: Style,
    /// Thick borders (projector).
    pub thick: bool,
    /// Figure bars: an Okabe–Ito colour (colour-blind safe), none with NO_COLOR.
    pub bar: Style,
}

impl Theme {
    /// The styles of the Markdown converter.
    pub fn md(&self) -> MdStyles {
        MdStyles {
            text: Style::default(),
            heading: self.heading,
            link: self.link,
            code: self.code,
            quote: self.quote,
            border: self.dim,
            notice: self.notice,
        }
    }
}

fn fg(c: Color) -> Style {
    Style::default().fg(c)
}

const B: Modifier = Modifier::BOLD;

/// The theme `name`, without colours when `no_color` or the terminal has none ([`super::plain`]).
pub fn theme(name: ThemeName, no_color: bool) -> Theme {
    let t = match name {
        ThemeName::Dark => Theme {
            base: Style::default(),
            dim: fg(Color::DarkGray),
            border: fg(Color::DarkGray),
            border_focus: fg(Color::Cyan),
            title: fg(Color::Cyan).add_modifier(B),
            selected: Style::default()
                .bg(Color::Cyan)
                .fg(Color::Black)
                .add_modifier(B),
            // xterm grey 238 (68,68,68): white on it reaches WCAG AA, as on every pair here.
            selected_unfocused: Style::default().bg(Color::Indexed(238)).fg(Color::White),
            heading: fg(Color::Yellow).add_modifier(B),
            link: fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
            link_selected: Style::default().bg(Color::Cyan).fg(Color::Black),
            code: fg(Color::Green),
            quote: fg(Color::Gray).add_modifier(Modifier::ITALIC),
            highlight: fg(Color::Yellow).add_modifier(B | Modifier::UNDERLINED),
            find_match: Style::default().bg(Color::Yellow).fg(Color::Black),
            find_current: Style::default().bg(Color::Magenta).fg(Color::White),
            status: Style::default().bg(Color::Black).fg(Color::Gray),
            key: fg(Color::Cyan).add_modifier(B),
            notice: fg(Color::Yellow),
            thick: false,
            // Okabe–Ito sky blue (86,180,233) on the 256-colour palette.
            bar: fg(Color::Indexed(74)),
        },
        ThemeName::Light => Theme {
            base: Style::default(),
            // xterm grey 240 (88,88,88): legible on white and on the grey status line.
            dim: fg(Color::Indexed(240)),
            border: fg(Color::Indexed(245)),
            border_focus: fg(Color::Blue),
            title: fg(Color::Blue).add_modifier(B),
            selected: Style::default()
                .bg(Color::Blue)
                .fg(Color::White)
                .add_modifier(B),
            selected_unfocused: Style::default().bg(Color::Gray).fg(Color::Black),
            heading: fg(Color::Magenta).add_modifier(B),
            link: fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
            link_selected: Style::default().bg(Color::Blue).fg(Color::White),
            code: fg(Color::Red),
            quote: fg(Color::Indexed(240)).add_modifier(Modifier::ITALIC),
            highlight: fg(Color::Red).add_modifier(B | Modifier::UNDERLINED),
            find_match: Style::default().bg(Color::LightYellow).fg(Color::Black),
            find_current: Style::default().bg(Color::LightMagenta).fg(Color::Black),
            status: Style::default().bg(Color::Gray).fg(Color::Black),
            key: fg(Color::Blue).add_modifier(B),
            notice: fg(Color::Red),
            thick: false,
            // Okabe–Ito blue (0,114,178).
            bar: fg(Color::Indexed(25)),
        },
        ThemeName::Projector => Theme {
            base: Style::default().bg(Color::Black).fg(Color::White),
            dim: Style::default().bg(Color::Black).fg(Color::White),
            border: Style::default().bg(Color::Black).fg(Color::White),
            border_focus: Style::default()
                .bg(Color::Black)
                .fg(Color::Yellow)
                .add_modifier(B),
            title: Style::default().fg(Color::Yellow).add_modifier(B),
            selected: Style::default()
                .bg(Color::Yellow)
                .fg(Color::Black)
                .add_modifier(B),
            selected_unfocused: Style::default()
                .bg(Color::White)
                .fg(Color::Black)
                .add_modifier(B),
            heading: fg(Color::Yellow).add_modifier(B | Modifier::UNDERLINED),
            link: fg(Color::LightCyan).add_modifier(B | Modifier::UNDERLINED),
            link_selected: Style::default()
                .bg(Color::LightCyan)
                .fg(Color::Black)
                .add_modifier(B),
            code: fg(Color::LightGreen).add_modifier(B),
            // No italics on a projector: they blur at a distance.
            quote: fg(Color::White),
            highlight: Style::default()
                .bg(Color::Yellow)
                .fg(Color::Black)
                .add_modifier(B),
            find_match: Style::default()
                .bg(Color::Yellow)
                .fg(Color::Black)
                .add_modifier(B),
            find_current: Style::default()
                .bg(Color::LightMagenta)
                .fg(Color::Black)
                .add_modifier(B),
            status: Style::default()
                .bg(Color::White)
                .fg(Color::Black)
                .add_modifier(B),
            key: Style::default()
                .bg(Color::White)
                .fg(Color::Blue)
                .add_modifier(B),
            // Its own black ground: the status line it sits on is white.
            notice: Style::default()
                .bg(Color::Black)
                .fg(Color::Yellow)
                .add_modifier(B),
            thick: true,
            // Okabe–Ito orange (230,159,0), bright on the projector's black.
            bar: Style::default().bg(Color::Black).fg(Color::Indexed(214)),
        },
    };
    if no_color || !super::plain::current().colour {
        strip(t)
    } else {
        t
    }
}

fn strip(t: Theme) -> Theme {
    let s = |s: Style| Style {
        fg: None,
        bg: None,
        underline_color: None,
        ..s
    };
    Theme {
        base: s(t.base),
        dim: s(t.dim),
        border: s(t.border),
        border_focus: s(t.border_focus).add_modifier(B),
        title: s(t.title),
        selected: s(t.selected).add_modifier(Modifier::REVERSED),
        selected_unfocused: s(t.selected_unfocused).add_modifier(Modifier::REVERSED),
        heading: s(t.heading),
        link: s(t.link),
        link_selected: s(t.link_selected).add_modifier(Modifier::REVERSED),
        code: s(t.code),
        quote: s(t.quote),
        highlight: s(t.highlight),
        find_match: s(t.find_match).add_modifier(Modifier::REVERSED),
        find_current: s(t.find_current).add_modifier(Modifier::REVERSED | B),
        status: s(t.status).add_modifier(Modifier::REVERSED),
        key: s(t.key),
        notice: s(t.notice),
        thick: t.thick,
        bar: s(t.bar),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_keeps_only_modifiers() {
        for name in [ThemeName::Dark, ThemeName::Light, ThemeName::Projector] {
            let t = theme(name, true);
            for s in [
                t.base,
                t.selected,
                t.link,
                t.heading,
                t.status,
                t.find_match,
                t.bar,
            ] {
                assert_eq!((s.fg, s.bg), (None, None));
            }
            assert!(t.selected.add_modifier.contains(Modifier::REVERSED));
        }
    }

    #[test]
    fn themes_cycle() {
        assert_eq!(ThemeName::Dark.next().next().next(), ThemeName::Dark);
    }
}

#[cfg(test)]
#[path = "theme_contrast.rs"]
mod contrast;
