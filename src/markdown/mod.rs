//! Markdown as toli reads it: the pulldown-cmark options every part of the app shares, and
//! which links point at other entries (`links`; a name written where an id goes: `name_links`), and the converter into terminal lines ([`render`], [`wrap`]).

pub mod links;
pub mod name_links;
pub mod prose;
pub mod render;
pub mod rendered;
pub mod table;
pub mod wrap;

use pulldown_cmark::Options;

/// The Markdown dialect of entry bodies: CommonMark plus tables, strikethrough and `[[wiki links]]`.
pub fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_WIKILINKS
}
