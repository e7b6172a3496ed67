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
cli-pdf-write-html-first = First write it: `{ $command }`.
# `toli new --help`: the option that copies a shipped entry to correct it.
cli-new-from = Instead of a skeleton, copy the shipped entry with this id into the folder, at its place there (findings/ID.md), to correct it: an entry of your own with a shipped id replaces the shipped one
# `toli new`: the id is a shipped entry's (its file is inside toli).
teach-new-id-shipped = the id `{ $id }` is a shipped entry's. To correct that entry, start from a copy of it: toli new --from { $id } --content { $dir } — your copy then replaces the shipped entry. Otherwise choose another id
# `toli new`: an id that cannot be one, with the id it most likely meant.
teach-new-bad-id-suggested = `{ $id }` cannot be an id: use lower-case letters, digits and -, like `{ $suggestion }`
# `toli new --from ID`: no shipped entry has this id.
teach-new-from-unknown = no shipped entry has the id `{ $id }` (`toli list` lists the entries).
# `toli new --from ID`: an entry of the reader's own already has this id.
teach-new-from-own = `{ $id }` is already an entry of your own: { $other } — edit that file
# `toli new --from ID`: the copy was written.
teach-new-from-written = wrote { $path }, a copy of the shipped entry `{ $id }`: edit it there; from this folder it replaces the shipped entry
# `toli new --from ID`: what to do next.
teach-new-from-next = Check it after editing with: { $command }
