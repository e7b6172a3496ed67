# Keeping what a reader wrote in a note: two toli windows saving one note, a draft saved when
# a signal or a closed terminal ends the app, and the editor's keys for moving through a long note.
# The line between this window's text and the text another window saved meanwhile (written
# into the note file itself).
note-separator = --- Saved in another toli window ---
note-both-kept = Another window had saved this note too: both texts are kept, yours first, the other below the --- line
note-theirs-kept = Another window saved this note meanwhile: its text is kept as it is
note-changed-meanwhile = Another window has just saved this note: when you save, both texts are kept
# On stderr after a signal (SIGHUP, SIGTERM) ended the app over a note being typed.
note-draft-saved = The note you were writing on { $entry } was saved before toli closed.
note-draft-saved-both = The note you were writing on { $entry } was saved before toli closed, with the text another window had saved below the --- line.
hint-note-start = note start
hint-note-end = note end
