# The status bar's search hint in the panes: `/` searches in Latin letters as well.
hint-search-latin = search (Latin too)
# The top of the `?` help: what typing letters in the panes does.
help-typing-cyrillic = In the panes, Cyrillic letters start a search; / always starts one.
help-typing-latin = So do Latin letters and digits no key here uses: it park, ITP, 2022.
help-typing-capitals = Command letters typed at once before an unused one are searched too.
# Marks on the `?` help's border: more keys below, and more above (the section opened at
# comes first; the others follow).
help-more-below = ↓ more: Space, PgDn
help-more-above = ↑ more: k, g
# `z` where the entry already fills the screen.
tui-zoom-nothing = The entry already fills the screen at this width: z changes nothing
# Esc in the entry view with nothing to close: back to the list (on a narrow screen the entry
# hides it).
hint-to-list = back to the list
