## Search: the search pane and box, counts, the preview, `toli search` (src/search, src/app/search.rs, src/ui/search*.rs, src/cli/search.rs).
cli-no-results = nothing found for “{ $query }”
# The list printed is the best of more matches.
cli-search-more = the best { $shown } of { $total } shown; --limit { $total } lists them all
cli-search-more-at-least = the best { $shown } of { $total } or more shown; a higher --limit lists more
tui-search = Search
tui-search-prompt = Search both languages: titles, aliases, tags, text
tui-search-last = ↑ brings back your last search: { $query }
tui-searching = searching…
search-query-cut = A search holds at most { $max } characters: the rest was left out
# The status bar's search hint in the panes: `/` searches in Latin letters as well.
hint-search-latin = search (Latin too)
# ↑ (and Ctrl-P) in the search box: up the results, or in an empty box the last search again.
hint-up-last-search = up; empty box: last search
# The search preview's list of facts cut short ($count: how many are not shown).
search-preview-more = { $count } more (Enter: see all)
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
# The same without the words, where the count line has room for little more than the count.
search-near-only-least = near spellings
cli-search-near-only = { $count ->
        [one] { $words } is not in the corpus: the entries listed hold a word spelled like it
       *[other] { $words } are not in the corpus: the entries listed hold words spelled like them
    }
# A query typed with the Latin layout active while meaning Mongolian (`mfvf.`): the same keys read
# on the Mongolian layout were searched instead; $reading is that reading, quoted (quoted-word).
search-read-as = read as typed on the Mongolian layout: { $reading }
# The same, where a long query leaves the count line little room.
search-read-as-short = Mongolian layout: { $reading }
# The same without the words, where the count line has room for little more than the count.
search-read-as-least = Mongolian layout
# toli search, on stderr; $typed is the query as typed, quoted.
cli-search-read-as = { $typed } was read as typed on the Mongolian keyboard layout, and { $reading } searched for
