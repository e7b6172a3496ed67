# The status bar's search hint in the panes: `/` searches in Latin letters as well.
hint-search-latin = search (Latin too)
# The top of the `?` help: what typing letters in the panes does.
help-typing-cyrillic = In the panes, Cyrillic letters start a search with what you type.
help-typing-latin = Latin letters there are commands: press / first to search in Latin.
help-typing-capitals = So do capitals and digits no key uses: ITP, STI, 2022.
# `z` where the entry already fills the screen.
tui-zoom-nothing = The entry already fills the screen at this width: z changes nothing
# Esc in the entry view with nothing to close: back to the list (on a narrow screen the entry
# hides it).
hint-to-list = back to the list
