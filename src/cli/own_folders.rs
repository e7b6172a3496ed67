//! The content folders of the reader's bookmarked and noted entries, remembered from the
//! command line as the app remembers them as it starts (`app::study::absent::record`):
//! `toli bookmarks`, `toli notes` and `toli show`, run with a folder loaded, record the folder
//! of each bookmarked or noted entry it holds. A folders file that cannot be read is set
//! aside, never saved over, and said on stderr.

use super::Context;
use crate::app::study::absent;
use crate::present::sync::Loaded;
use crate::store::bookmarks::Bookmarks;
use crate::store::folders::Folders;
use crate::store::{Notice, Store, notes};

/// With a content folder loaded, remembers the folder of each bookmarked or noted entry it
/// holds; returns every folder known. The bookmarks and the notes the command has read
/// already are given, the others read here when a folder is loaded (what cannot be read of
/// them said on stderr, as `toli bookmarks` and `toli notes` say it).
pub(super) fn record(
    ctx: &Context,
    store: &Store,
    loaded: &Loaded,
    bookmarks: Option<&Bookmarks>,
    noted: Option<&[(String, String)]>,
) -> Folders {
    let say = |notice: Notice| eprintln!("{}", notice.text(&ctx.l10n, ctx.lang));
    let (mut read_bookmarks, mut read_notes) = (Bookmarks::default(), Vec::new());
    if !loaded.dirs.is_empty() {
        if bookmarks.is_none() {
            let (b, notice) = Bookmarks::load(store);
            notice.into_iter().for_each(say);
            read_bookmarks = b;
        }
        if noted.is_none() {
            let (n, notices) = notes::all(store);
            notices.into_iter().for_each(say);
            read_notes = n;
        }
    }
    let ids: Vec<&str> = if loaded.dirs.is_empty() {
        Vec::new()
    } else {
        let bookmarks = bookmarks.unwrap_or(&read_bookmarks);
        let noted = noted.unwrap_or(&read_notes);
        (bookmarks.items.iter().map(|b| b.id.as_str()))
            .chain(noted.iter().map(|(id, _)| id.as_str()))
            .collect()
    };
    let (known, notice) = absent::record(store, &ctx.outcome.corpus, loaded, ids);
    notice.into_iter().for_each(say);
    known
}

/// For a command that lists neither bookmarks nor notes (`toli show`): [`record`], with a
/// content folder loaded (without one there is no folder to record, and nothing is read).
pub(super) fn record_loaded(ctx: &Context, loaded: &Loaded) {
    if loaded.dirs.is_empty() {
        return;
    }
    if let Some(store) = Store::open_default() {
        record(ctx, &store, loaded, None, None);
    }
}
