## Citations: the citation window, `y` copying one, an entry's sources (src/app/cite.rs, src/ui/citation.rs, src/corpus/citation.rs).
hint-copy-citation = copy citation
cite-sources = { $count ->
        [one] Source
       *[other] Sources
    }
# After the author of a source whose date is not known.
cite-no-date = n.d.
# The citation window, the mouse, the search limit and the note editor's Ctrl-C.
cite-more-below = ↓ more: j, PgDn
cite-more-above = ↑ k, PgUp
cite-copied = «{ $title }»: citation sent to the clipboard; if it does not paste, select it in the window
cite-title = Citation (sent to the clipboard)
cite-window-hint-mouse = If your terminal did not take it: M frees the mouse, then select the text above. Esc closes.
cite-window-hint = If your terminal did not take it, select the text above with the mouse. Esc closes.
