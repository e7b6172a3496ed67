# Keeping what a reader wrote in a note: two toli windows saving one note, a draft saved when
# a signal or a closed terminal ends the app, and the editor's keys for moving through a long note.
# The lines written into the note file itself around a place that this window and another
# changed before either saw the other's save: before this window's version, between it and the
# other window's, and after that.
note-mark-ours = --- Saved in this toli window ---
note-separator = --- Saved in another toli window ---
note-mark-end = --- End of the two versions ---
note-merged = Another window had saved this note too: its changes and yours are merged
note-both-kept = Another window had saved this note too: the changes are merged; where you both changed the same place, both versions are kept between --- lines
note-theirs-kept = Another window saved this note meanwhile: its text is kept as it is
note-changed-meanwhile = Another window has just saved this note: when you save, its changes and yours are merged
# On stderr after a signal (SIGHUP, SIGTERM) ended the app over a note being typed.
note-draft-saved = The note you were writing on { $entry } was saved before toli closed.
note-draft-saved-merged = The note you were writing on { $entry } was saved before toli closed, merged with the changes another window had saved.
note-draft-saved-both = The note you were writing on { $entry } was saved before toli closed, merged with the changes another window had saved; where both changed the same place, both versions are kept between --- lines.
hint-note-start = note start
hint-note-end = note end
