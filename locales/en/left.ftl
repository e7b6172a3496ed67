# The status line at 80 columns, reading an entry reached by a link, names the way back (Bksp back), Tab through the links, search, help and language. Where they do not fit, the L key's hint says it in one word (the language shown is named at the line's right end)…
hint-lang-short = language
# …and where even that is not enough (the projector theme, both languages side by side), the Tab hint in one word.
hint-next-link-short = links
