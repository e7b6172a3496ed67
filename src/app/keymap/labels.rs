//! How keys are written where a reader sees them: a key's label (`Ctrl-K`, `PgDn`, `u/г` with
//! its Cyrillic twin) and a context's hints, each hint once with all its keys (`j,↓`), which
//! the status line, the `?` help, the note editor's key rows and the README's table show.

use super::{Ctx, Key};
use crossterm::event::{KeyCode, KeyModifiers};

impl Key {
    /// How the key is written in hints and help.
    pub fn label(&self) -> String {
        let base = match self.code {
            KeyCode::Char(' ') => "Space".to_string(),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => {
                c.to_ascii_uppercase().to_string()
            }
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Backspace => "Bksp".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("Ctrl-{base}")
        } else if self.mods.contains(KeyModifiers::ALT) {
            format!("Alt-{base}")
        } else {
            base
        }
    }

    /// The label with the Cyrillic letter on the same key where it acts as this one: `u/г`.
    pub fn label_with_twin(&self) -> String {
        match self.code {
            KeyCode::Char(c) if self.mods.is_empty() => {
                match crate::text::mn_keyboard::cyrillic_twin(c) {
                    Some(twin) => format!("{c}/{twin}"),
                    None => self.label(),
                }
            }
            _ => self.label(),
        }
    }
}

/// The first key in `ctx`'s table with the hint `hint`, as hints name it (`None`: no key
/// there has it).
pub fn first_key(ctx: Ctx, hint: &str) -> Option<String> {
    (ctx.bindings().iter())
        .find(|b| b.hint == hint)
        .map(|b| b.key.label())
}

/// The hints of `ctx`: each hint id once, with all its keys ("j,↓"), in table order.
pub fn hints(ctx: Ctx) -> Vec<(String, &'static str)> {
    hints_labelled(ctx, Key::label)
}

/// The hints of `ctx` as shown to a reader of `lang`: for a Mongolian reader, where a Cyrillic
/// letter acts as a Latin key ([`Ctx::takes_cyrillic_keys`]), each letter names both: `u/г`.
pub fn hints_shown(ctx: Ctx, lang: crate::lang::Lang) -> Vec<(String, &'static str)> {
    if lang == crate::lang::Lang::Mn && ctx.takes_cyrillic_keys() {
        hints_labelled(ctx, Key::label_with_twin)
    } else {
        hints(ctx)
    }
}

fn hints_labelled(ctx: Ctx, label: fn(&Key) -> String) -> Vec<(String, &'static str)> {
    let mut out: Vec<(String, &'static str)> = Vec::new();
    for b in ctx.bindings() {
        match out.iter_mut().find(|(_, h)| *h == b.hint) {
            Some((keys, _)) => {
                keys.push(',');
                keys.push_str(&label(&b.key));
            }
            None => out.push((label(&b.key), b.hint)),
        }
    }
    out
}
