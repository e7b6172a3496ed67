//! WCAG 2 contrast over the theme tables: every text style's colour against the background it
//! is drawn on must reach 4.5:1 (AA), borders and figure bars 3:1 (non-text). Named colours are
//! taken at xterm's default palette; the dark theme is assumed on a black terminal, the light
//! theme on a white one.

use ratatui::style::{Color, Style};

use super::{Theme, ThemeName, theme};
use crate::ui::palette::rgb;

/// WCAG relative luminance.
fn luminance(c: Color) -> f64 {
    let (r, g, b) = rgb(c);
    let lin = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.03928 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

/// The WCAG contrast ratio of two colours, 1 to 21.
fn contrast(a: Color, b: Color) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// The terminal's own colours (foreground, background) the theme is meant for.
fn terminal(name: ThemeName) -> (Color, Color) {
    match name {
        ThemeName::Light => (Color::Black, Color::White),
        ThemeName::Dark | ThemeName::Projector => (Color::Gray, Color::Black),
    }
}

/// The (foreground, background) `style` shows when drawn over `under`.
fn colours(style: Style, under: (Color, Color)) -> (Color, Color) {
    (style.fg.unwrap_or(under.0), style.bg.unwrap_or(under.1))
}

/// Every (what, style, drawn over, minimum ratio) pair of a theme.
fn pairs(t: &Theme, name: ThemeName) -> Vec<(&'static str, Style, (Color, Color), f64)> {
    let screen = colours(t.base, terminal(name));
    let status = colours(t.status, screen);
    let mut out = vec![("base", t.base, terminal(name), 4.5)];
    for (what, s) in [
        ("dim", t.dim),
        ("title", t.title),
        ("selected", t.selected),
        ("selected_unfocused", t.selected_unfocused),
        ("heading", t.heading),
        ("link", t.link),
        ("link_selected", t.link_selected),
        ("code", t.code),
        ("quote", t.quote),
        ("highlight", t.highlight),
        ("find_match", t.find_match),
        ("find_current", t.find_current),
        ("status", t.status),
        ("key", t.key),
        ("notice", t.notice),
    ] {
        out.push((what, s, screen, 4.5));
    }
    for (what, s) in [
        ("key on status", t.key),
        ("dim on status", t.dim),
        ("notice on status", t.notice),
    ] {
        out.push((what, s, status, 4.5));
    }
    for (what, s) in [
        ("border", t.border),
        ("border_focus", t.border_focus),
        ("bar", t.bar),
    ] {
        out.push((what, s, screen, 3.0));
    }
    out
}

#[test]
fn every_text_colour_meets_wcag_aa_against_its_background() {
    let mut failures = Vec::new();
    for name in [ThemeName::Dark, ThemeName::Light, ThemeName::Projector] {
        let t = theme(name, false);
        for (what, style, under, min) in pairs(&t, name) {
            // On the status line a style's own background (if any) is what it is drawn on.
            let (fg, bg) = colours(style, under);
            let ratio = contrast(fg, bg);
            if ratio < min {
                failures.push(format!(
                    "{name:?} {what}: {fg:?} on {bg:?} is {ratio:.2}:1, needs {min}:1"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn contrast_matches_known_values() {
    assert!((contrast(Color::Black, Color::White) - 21.0).abs() < 1e-9);
    assert!((contrast(Color::White, Color::White) - 1.0).abs() < 1e-9);
    // #767676 on white is the well-known lightest AA grey (4.54:1).
    let grey = contrast(Color::Rgb(0x76, 0x76, 0x76), Color::White);
    assert!((grey - 4.54).abs() < 0.01, "{grey}");
}
