# The status line at 80 columns, reading an entry reached by a link: the Tab hint in few words, so that it fits beside the way back (Bksp back) and search, help and language.
hint-next-link-short = links
