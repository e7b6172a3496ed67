# The citation window, the mouse, the search limit and the note editor's Ctrl-C.
cite-more-below = ↓ more: j, PgDn
cite-more-above = ↑ k, PgUp
mouse-released = Mouse free: select text with it; M takes it back
mouse-captured = Mouse on again: clicks and the wheel work in toli
note-unsaved-keys = Unsaved note: Ctrl-S saves it, Esc now discards the changes, Ctrl-C saves it and quits
hint-quit-save-note = save and quit
search-query-cut = A search holds at most { $max } characters: the rest was left out
bookmark-removed-undo-keys = Bookmark removed: { $title } — u puts it back
