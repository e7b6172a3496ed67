## The reader's notes: the notes list `E`, saving one, notes kept after a failed save, the external editor (src/app/study, src/store/notes.rs).
note-title = My note
note-saved = Note saved
note-cancelled = Note not changed
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
# At the app's start: notes whose save failed in an earlier run of toli, kept in the temporary
# folder, are back in the app. $count: how many; $title: the (first) note's entry.
note-kept-back = { $count ->
    [one] Your note on «{ $title }», not saved last time, is back: press e on that entry and save it
   *[other] { NUMBER($count) } notes not saved last time are back (E lists them): press e on each entry and save it
    }
# The same for one note that was saved again since (another window, a text editor): saving
# merges the two.
note-kept-back-changed = Your note on «{ $title }», not saved last time, is back: press e there; saving merges it with the note saved since
# The notes list (E), before a note's first line: its save failed, it is kept until saved.
notes-not-saved = not saved:
# The notes list (E), before a note's first line: where two windows changed the same place,
# the note holds both versions between --- lines, for the reader to keep one.
notes-two-versions = two versions to choose from:
# `toli notes`, after the first line of a note whose save failed: the file that holds it.
notes-cli-kept = [not saved; kept in { $file }]
# `toli notes`, on stderr after the list, when it holds notes whose save failed.
notes-cli-kept-hint = { $count ->
    [one] The note marked “not saved” is kept in the temporary folder: open toli, press e on its entry and save it.
   *[other] { NUMBER($count) } notes marked “not saved” are kept in the temporary folder: open toli, press e on each entry and save it.
    }
# `toli notes`, after the first line of a note that was being typed in the app's note editor
# when toli closed without saving it (killed, the computer switched off): the draft's file.
notes-cli-draft = [draft, not saved: toli closed while it was being written; kept in { $file }]
# `toli notes`, on stderr after the list, when it holds such drafts.
notes-cli-draft-hint = { $count ->
    [one] The note marked “draft” was being written when toli closed without saving it: open toli (the draft comes back), open its entry, press e and save it.
   *[other] { NUMBER($count) } notes marked “draft” were being written when toli closed without saving them: open toli (the drafts come back), open each entry, press e and save it.
    }
# When toli ends: a note brought back from an earlier run that the reader did not open (e) is
# not saved for them; it stays in $file, and the next run brings it back again (stderr).
note-kept-still = Your note on { $entry }, not saved, is still in { $file }: toli brings it back next time.
# When toli ends with a note whose save failed and fails again: the file in the temporary
# folder that holds what the reader wrote ($file), on stderr after the save's failure.
note-unsaved-kept = What you wrote in the note on { $entry } is in { $file }.
# The notes list (E): `e` opens the selected note's entry and edits the note.
hint-edit-note = edit note
note-more-lines = … and { $count ->
        [one] 1 more line
       *[other] { $count } more lines
    } (e opens the whole note)
# The external editor for notes ($VISUAL or $EDITOR) could not be started.
note-editor-failed = Could not start the editor “{ $editor }”: check VISUAL or EDITOR in your shell's settings
hint-notes = my notes
notes-title = My notes
notes-empty = No notes yet. Press e on an entry to write one.
# `toli notes --full` and `--out`: the line under a note's title, after its id ($date as
# export2-date writes it).
notes-export-changed = last changed { $date }
# Under each note written out: the entry's citation, the line `toli cite` prints.
notes-export-citation = Cite as
# `toli notes --out FILE`: the file written.
notes-export-done = { $count ->
    [one] Wrote 1 note to { $path }
   *[other] Wrote { NUMBER($count) } notes to { $path }
    }
# `toli notes --out FILE`: FILE held the notes written earlier by toli, now replaced.
notes-export-replaced = { $path } held notes toli wrote earlier: replaced with these.
# `toli notes --out FILE --force`: FILE was a file toli did not write, replaced.
notes-export-replaced-forced = { $path } was a file toli did not write: replaced with these notes (--force).
# `toli notes --out x.html`: how to print the page ($file) to a PDF ($pdf).
notes-export-print = To print the notes: open { $file } in a browser and turn off the browser's own headers and footers; or: chromium --headless --no-pdf-header-footer --print-to-pdf={ $pdf } { $file }
# `toli notes --out x.pdf`: toli writes HTML, beside the PDF's name ($file: x.html).
notes-export-pdf-name = toli writes HTML, not PDF: your notes go to the file { $file }, to be printed to { $pdf }.
# `toli bookmarks` and `toli notes`, inside the brackets after the reason an entry is not loaded:
# an entry of the reader's own took its place (its id changed); the command that carries the
# note and bookmark over ($old_quoted, $new_quoted: the ids as a shell reads them).
notes-cli-renamed = now `{ $new }`? toli notes --move { $old_quoted } { $new_quoted } carries its note and bookmark there
# `toli notes --move OLD NEW`: refused.
notes-move-same = `{ $old }` and `{ $new }` are the same id: nothing to move
notes-move-unknown = No entry `{ $new }` in what this run loaded, so nothing was moved: give the new id as toli list shows it, with --content for the folder it is in.
notes-move-no-store = No folder for your notes was found: set TOLI_DATA_DIR to the folder that holds them.
notes-move-failed = Nothing was lost, but the move did not finish: { $why }. File: { $file }
