# Notes screen, a narrow terminal: the main keys while a talk runs, `?` for the others.
notes-keys-short = Space,→: next · ←: back · f: charts · p: break · ?: all keys · Esc: close
# Notes screen: Esc asked whether to close the notes (the projector asks the same).
notes-leave-ask = Close the notes? q: close · any other key: stay
# Help heading of the notes screen's keys (`toli present --notes`, a second terminal).
help-ctx-present-notes = Trainer notes (present --notes)
hint-notes-figure = the step's charts on the projector in turn
hint-notes-lang = the notes in the other language
hint-notes-close = close the notes
hint-notes-close-ask = close the notes (asks first)
# Projector footer, narrow: the step number typed after `g` is not one of the tour's; the prompt stays open with it.
present-jump-wrong = No such step · go to step (1–{ $total })
# `toli handout`, after the files written: the languages of the handout (names below).
export-lang-name-en = English
export-lang-name-mn = Mongolian
export-langs-both = In two languages: { $langs }. For { $only } only: --langs { $code }
export-langs-one = In { $lang } only. For both languages: --langs both
# `toli handout` into a folder that held the handout of something else: said after the files written.
export-replaced-tour = It replaced the handout of the tour `{ $tour }` that { $dir } held.
export-replaced-ids = It replaced the handout of other entries that { $dir } held.
export-replaced-all = It replaced the handout of the whole knowledge base that { $dir } held.
