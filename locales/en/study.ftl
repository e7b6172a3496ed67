# Reopening where the reader left off, the notes list, the search preview.
session-save-failed = could not save where you left off: { $why }; the next start opens on the first entry. Folder: { $folder }
hint-delete-word = delete a word
hint-clear-query = clear
search-count = { $count ->
        [one] 1 result
       *[other] { $count } results
    }
# More entries matched than the list holds: the list shows the best of them.
search-count-first = { $total } results (best { $count })
# A quoted phrase over many entries: counting stopped once the list was full.
search-count-at-least = { $total }+ results (best { $count })
search-preview = Preview
search-matched = Matched
hint-notes = my notes
help-ctx-notes = My notes
notes-title = My notes
notes-empty = No notes yet. Press e on an entry to write one.
# Before the count when fewer entries hold every word of a query than match some.
search-count-complete = { $complete ->
        [0] none with every word
        [one] 1 with every word
       *[other] { $complete } with every word
    }
# toli search, on stderr: how many of the listed hold every word.
cli-search-complete = { $complete ->
        [0] none of them holds every word of the query; they are listed by how many they hold
        [one] 1 of them holds every word of the query (it comes first); the rest hold some of its words
       *[other] { $complete } of them hold every word of the query (they come first); the rest hold some of its words
    }
# A search word the corpus does not hold, in the search window's count line and after `toli search`:
# the entries found hold a word spelled like it ("Finland" meets "financial").
quoted-word = "{ $word }"
search-near-only = { $words } not found: near spellings
# The same, where a long query leaves the count line little room.
search-near-only-short = { $words }: near spellings
cli-search-near-only = { $count ->
        [one] { $words } is not in the corpus: the entries listed hold a word spelled like it
       *[other] { $words } are not in the corpus: the entries listed hold words spelled like them
    }
