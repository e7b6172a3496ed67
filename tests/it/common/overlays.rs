//! Every overlay of the app and how a reader opens it, for the suites that go over every
//! overlay (language and theme switches, tiny sizes). [`open`] names every [`OverlayKind`]:
//! a new overlay fails to compile here until it says how it is opened, and then every such
//! suite takes it in.

use crossterm::event::KeyCode;
use strum::VariantArray;
use toli::app::App;
use toli::app::state::OverlayKind;

use super::{open as open_entry, press};

/// Every overlay, in the order `Overlay` declares them.
pub fn all() -> &'static [OverlayKind] {
    OverlayKind::VARIANTS
}

/// Opens `kind` on an app over the fixture content (`tests/fixtures/content`) with its keys,
/// as a reader would; `Some(kind)` when that overlay is then the one open (a screen too small
/// to draw may refuse some).
pub fn open(app: &mut App, kind: OverlayKind) -> Option<OverlayKind> {
    let key = |app: &mut App, c: char| {
        press(app, KeyCode::Char(c));
    };
    match kind {
        OverlayKind::Help => key(app, '?'),
        OverlayKind::Search => key(app, '/'),
        OverlayKind::Matrix => key(app, 'X'),
        OverlayKind::Facets => key(app, 'f'),
        OverlayKind::Bookmarks => key(app, 'b'),
        OverlayKind::Recent => key(app, 'H'),
        OverlayKind::Notes => key(app, 'E'),
        OverlayKind::Note => {
            // The built-in editor, not $EDITOR.
            app.study.editor = None;
            open_entry(app, "cluster");
            key(app, 'e');
        }
        OverlayKind::Citation => {
            open_entry(app, "cluster");
            key(app, 'y');
        }
        OverlayKind::Problems => key(app, '!'),
    }
    app.overlay
        .as_ref()
        .map(OverlayKind::from)
        .filter(|open| *open == kind)
}

/// Whether letters typed in `kind` go into its text (a query, a note) rather than run
/// commands: there `L` and `T` are letters, not the language and theme keys.
pub fn takes_text(kind: OverlayKind) -> bool {
    match kind {
        OverlayKind::Search | OverlayKind::Note => true,
        OverlayKind::Help
        | OverlayKind::Matrix
        | OverlayKind::Facets
        | OverlayKind::Bookmarks
        | OverlayKind::Recent
        | OverlayKind::Notes
        | OverlayKind::Citation
        | OverlayKind::Problems => false,
    }
}
