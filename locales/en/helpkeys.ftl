# ↑ (and Ctrl-P) in the search box: up the results, or in an empty box the last search again.
hint-up-last-search = up; empty box: last search
