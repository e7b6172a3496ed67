//! The line under an entry's title: its kind, its id and, when bookmarked, the mark
//! («Зураг, хүснэгт · fig-apec-cluster-facts · ✓ хавчуургатай»). Read in the entry pane it
//! shows the id whole, to be copied (on a line of its own where the line would break inside
//! it); in a preview beside the lists it keeps to one row, the id cut at its end with "…" as
//! the list cuts a title (a bookmark's mark gives way first: the list marks the entry too).

use crate::figure::layout::truncate;
use crate::markdown::wrap::str_width;

/// The fewest columns of an id worth showing before "…".
const ID_MIN: usize = 4;

/// The kind line's text for a pane `width` columns wide: `name` (the kind), `id`, and `mark`
/// (" · ✓ bookmarked", or empty). `reading`: the entry pane has the focus.
pub fn text(name: &str, id: &str, mark: &str, width: usize, reading: bool) -> String {
    let line = format!("{name} · {id}");
    if reading {
        // An id is copied whole: where the line would break inside it, it starts a line.
        let line = if str_width(&line) > width {
            format!("{name}\n{id}")
        } else {
            line
        };
        return format!("{line}{mark}");
    }
    if str_width(&line) + str_width(mark) <= width {
        return format!("{line}{mark}");
    }
    // The list beside marks a bookmarked entry too: the mark gives way before the id.
    let head = format!("{name} · ");
    let room = width.saturating_sub(str_width(&head));
    if str_width(id) <= room || room >= ID_MIN {
        return format!("{head}{}", truncate(id, room));
    }
    truncate(&line, width)
}

#[cfg(test)]
mod tests {
    use super::*;

    const MARK: &str = " · ✓ хавчуургатай";

    #[test]
    fn a_preview_keeps_the_kind_line_to_one_row() {
        let id = "fig-apec-cluster-facts";
        // Beside the lists at 80 columns the entry pane is 35 columns wide.
        let line = text("Зураг, хүснэгт", id, "", 35, false);
        assert_eq!(line, "Зураг, хүснэгт · fig-apec-cluster-…");
        assert_eq!(str_width(&line), 35);
        // A bookmark's mark gives way first (the list beside marks the entry ✓).
        let marked = text("Зураг, хүснэгт", id, MARK, 35, false);
        assert_eq!(marked, "Зураг, хүснэгт · fig-apec-cluster-…");
        assert_eq!(
            text("Figure", id, " · ✓ bookmarked", 35, false),
            "Figure · fig-apec-cluster-facts"
        );
        assert_eq!(
            text("Figure", id, " · ✓ bookmarked", 60, false),
            "Figure · fig-apec-cluster-facts · ✓ bookmarked"
        );
        // What fits is shown whole; a pane too narrow for the kind cuts the line.
        assert_eq!(
            text("Figure", id, "", 35, false),
            "Figure · fig-apec-cluster-facts"
        );
        assert_eq!(text("Зураг, хүснэгт", id, "", 10, false), "Зураг, хү…");
    }

    #[test]
    fn reading_shows_the_id_whole() {
        let id = "industrial-co-innovation-campus";
        assert_eq!(
            text("Тодорхойлолт", id, "", 78, true),
            "Тодорхойлолт · industrial-co-innovation-campus"
        );
        assert_eq!(
            text("Тодорхойлолт", id, MARK, 35, true),
            format!("Тодорхойлолт\n{id}{MARK}")
        );
    }
}
