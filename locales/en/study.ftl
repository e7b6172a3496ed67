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
