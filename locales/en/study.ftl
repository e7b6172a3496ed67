## Shared by the bookmarks and notes lists: entries this run did not load; reopening where the reader left off (src/app/study, src/app/session.rs).
# Bookmarks and notes (the lists `b` and `E`, `toli bookmarks`, `toli notes`): beside the id of an
# entry this run did not load. No folder remembered for it (bookmarked before folders were, or a
# shipped entry).
absent-not-loaded = not loaded this time — if it is in a folder of your own, give that folder with --content FOLDER or TOLI_CONTENT
# The folder it was loaded from when bookmarked or noted was not loaded this time ($folder: as a shell reads it).
absent-in-folder = not loaded this time — open its folder with --content { $folder }
# The folder it was loaded from is no longer there.
absent-folder-gone = not loaded this time — it was in { $folder }, which is no longer there
# Its folder was loaded, and the entry is no longer in it.
absent-removed = no longer in { $folder }
# The status line, Enter on such an entry in the bookmarks or notes list ($why: one of the above).
absent-entry = Entry `{ $id }`: { $why }
# Reopening where the reader left off, the notes list, the search preview.
session-save-failed = could not save where you left off: { $why }; the next start opens on the first entry. Folder: { $folder }
# An entry of the reader's own whose id changed: its note and bookmark stay on the old id until
# carried over (src/app/study/renamed.rs). $how: "file" when the entry that took its place is in
# the same file, "title" when it has the same title. Said beside the old id in the lists (b, E),
# after the reason it is not loaded, and when Enter is pressed on it ($new: the new id).
renamed-hint = now `{ $new }` ({ $how ->
    [file] same file
   *[title] same title
  }): c carries the note and bookmark there
# The status line after a live reload took away a noted or bookmarked entry and another took its place.
renamed-offer = `{ $old }` is now `{ $new }` ({ $how ->
    [file] same file
   *[title] same title
  }): c in the b or E list carries its note and bookmark over
# `c` on an entry whose place no other entry took.
renamed-none = No entry of yours took the place of `{ $old }`: nothing to carry (by hand: toli notes --move)
# `c` on an entry whose note is not saved (its save failed): nothing is moved, so nothing is lost.
renamed-unsaved = The note on `{ $old }` is not saved (toli notes names the file that keeps it): nothing was carried, so that it is not lost
# `c` (or toli notes --move): what moved to the entry «$title». $what: note, bookmark or both.
renamed-carried = { $what ->
    [note] Your note on `{ $old }` is now on «{ $title }»
    [bookmark] Your bookmark on `{ $old }` is now on «{ $title }»
   *[both] Your note and bookmark on `{ $old }` are now on «{ $title }»
  }
# The same when «$title» had a note already: both are kept, that entry's first.
renamed-carried-merged = Your note on `{ $old }` is now on «{ $title }», after the note it already had{ $what ->
    [both] ; so is the bookmark
   *[other] {""}
  }
renamed-nothing = `{ $old }` has no note or bookmark to carry
# The bookmarks and notes lists: `c` on an entry whose id changed.
hint-carry-over = carry to new id

## Whose bookmarks and notes a window shows: under the bookmarks and notes windows.
study-owner-profile = Profile: { $profile }
study-owner-shared = Shared by all who use this computer · your own: toli --profile NAME

## The recently read window `H` (src/app/study/recent.rs, src/ui/study/recent.rs).
hint-recent = recently read
help-ctx-recent = Recently read
recent-title = Recently read
recent-empty = Nothing read yet. The entries you open are listed here, newest first, and kept for your next start.
# When an entry was read, in the window's first column.
recent-today = today { $time }
recent-yesterday = yesterday { $time }
recent-days-ago = { $days } days ago
# A place saved before toli kept the time it was read.
recent-earlier = earlier
