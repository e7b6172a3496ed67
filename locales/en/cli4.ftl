# The command line's citations (`toli cite`), the matrix legend, and the app's plain message after `y`.
cli-cite-about = Print an entry's citation: its title, then each source (who, when, title) and the place in it, on one line in the chosen language, as `y` copies it in the app
cli-cite-ids = The entry ids (one citation per line)
cli-matrix-legend = → the actions that answer the finding above it; * through its recommendation (the finding names the recommendation, not the action)
cite-copied = «{ $title }»: citation sent to the clipboard; if it does not paste, select it in the window
