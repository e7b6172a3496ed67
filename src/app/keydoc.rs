//! The key reference as Markdown, generated from the keymap — the README's key table is this
//! text (a test keeps them equal), so the documented keys cannot drift from the real ones.

use super::keymap::{Ctx, hints};
use crate::i18n::Localizer;
use crate::lang::Lang;

/// One Markdown table per context: the keys and what they do, in `lang`.
pub fn key_reference(l10n: &Localizer, lang: Lang) -> String {
    let mut out = String::new();
    for ctx in Ctx::ALL {
        let rows = hints(ctx);
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "**{}**\n\n| keys | does |\n|---|---|\n",
            l10n.t(lang, ctx.title_id())
        ));
        for (keys, hint) in rows {
            let keys = keys.replace('|', "\\|");
            out.push_str(&format!("| `{keys}` | {} |\n", l10n.t(lang, hint)));
        }
        out.push('\n');
    }
    out
}
