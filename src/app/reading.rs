//! Reading one entry: where the entry view is scrolled, the selected link, the find bar and the
//! zoom. Written by the reading code in [`super::update`](mod@super::update), [`super::find`] and
//! [`super::figures`]; drawn by `ui/entry.rs` and `ui/find.rs`.

/// The find bar of the entry view.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Find {
    pub query: String,
    /// True while typing; n/N work once the query is confirmed with Enter.
    pub editing: bool,
    pub current: usize,
}

/// The entry view's own state.
#[derive(Debug, Clone, Default)]
pub struct Reading {
    /// The first document line shown.
    pub scroll: usize,
    /// The selected link (ordinal in the entry document).
    pub link: Option<usize>,
    pub find: Option<Find>,
    /// The entry pane takes the whole width while it has the focus (`z`).
    pub zoom: bool,
}

impl Reading {
    /// Back to the top of a newly shown entry, nothing selected.
    pub fn restart(&mut self) {
        self.scroll = 0;
        self.link = None;
        self.find = None;
    }
}
