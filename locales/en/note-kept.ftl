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
# When toli ends: a note brought back from an earlier run that the reader did not open (e) is
# not saved for them; it stays in $file, and the next run brings it back again (stderr).
note-kept-still = Your note on { $entry }, not saved, is still in { $file }: toli brings it back next time.
