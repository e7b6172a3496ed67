## The keys: the hints of the status bar and the `?` help, its section headings, a key pressed in the wrong pane (src/app/keymap).
help-ctx-global = Everywhere
help-ctx-kinds = Kinds pane
help-ctx-list = Entry list
help-ctx-entry = Entry view
help-ctx-search = Search
help-ctx-find = Find bar
help-ctx-help = This help
hint-help = help
hint-quit = quit
hint-search = search
hint-lang = English/Mongolian
hint-both = both languages
hint-theme = theme
hint-mouse = mouse capture
hint-repaint = redraw the screen
hint-left = pane left
hint-right = pane right
hint-back = back
hint-forward = forward
hint-close = close
hint-down = down
hint-up = up
hint-open = open
hint-page-down = page down
hint-page-up = page up
hint-top = top
hint-bottom = bottom
hint-next-link = next link
hint-prev-link = previous link
hint-follow = follow link
hint-scroll-down = scroll down
hint-scroll-up = scroll up
hint-find = find
hint-find-next = next match
hint-find-prev = previous match
hint-find-done = done
hint-delete = delete
help-ctx-present = Presentation
help-ctx-present-jump = Go to step
help-ctx-matrix = Findings × actions matrix
help-ctx-facets = Facets
help-ctx-bookmarks = Bookmarks
help-ctx-note = Note editor
hint-matrix = findings × actions
hint-facets = facets
hint-bookmark = bookmark
hint-bookmarks = bookmarks
hint-note = my note
hint-cancel = cancel
# `z` in the entry list: the list takes the kinds pane's width too.
hint-wide-list = wide list
help-ctx-problems = Problems in the content
# Esc in the entry view with nothing to close: back to the list (on a narrow screen the entry
# hides it).
hint-to-list = back to the list
help-ctx-citation = Citation window
hint-next-mark = next mark
hint-prev-mark = previous mark
# The status line at 80 columns, reading an entry reached by a link, names the way back (Bksp back), Tab through the links, search, help and language. Where they do not fit, the L key's hint says it in one word (the language shown is named at the line's right end)…
hint-lang-short = language
# …and where even that is not enough (the projector theme, both languages side by side), the Tab hint in one word.
hint-next-link-short = links
hint-zoom = reading pane full width
help-ctx-notes = My notes
# Help heading of the notes screen's keys (`toli present --notes`, a second terminal).
help-ctx-present-notes = Trainer notes (present --notes)
# A Latin letter that is a command in another pane, not in the focused one: what it does and
# where ($uses: one or more keys-works-in joined by "; ").
keys-letter-elsewhere = { $key } — { $uses }
keys-works-in = { $does }: works in { $places }
keys-places-two = { $a } or { $b }
keys-where-kinds = the kinds pane
keys-where-list = the entry list
keys-where-entry = the entry view
