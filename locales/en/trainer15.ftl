# Notes screen: a talk runs whose tour this terminal's content does not hold (started without the presenter's --content).
notes-tour-not-loaded = The presentation `{ $tour }` is running, but this terminal has not loaded the content it comes from. Leave with q and start the notes with the presenter's content: { $command }
# `toli present TOUR` (or `--notes`): the tour is not in the content loaded, but a presentation of it runs (from other content).
present-tour-running-elsewhere = The presentation `{ $tour }` is running in another terminal, from content this command did not load. Start the notes with the presenter's content: { $command }
# `toli present TOUR`, `toli handout --tour TOUR`: no tour has that id; a tour of one's own needs its folder.
cli-own-tour-hint = A tour in a folder of your own is found when that folder is loaded: add `--content FOLDER`.
# Notes screen: a fact of the step links to an entry that does not exist; the projector leaves it out.
notes-broken-link = Left off the projector, a broken link — { $label }: { $said }
# `toli handout --format pdf`: toli writes no PDF; the HTML handout's print.html is printed to one. Followed by export-print-hint.
cli-pdf-from-html = toli writes no PDF itself: a PDF is printed from the HTML handout (`--format html`, the default).
