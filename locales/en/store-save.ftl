# Saving bookmarks or a note failed (src/app/study/mod.rs): what was not saved, why, what to
# do, and the folder, in the status line; never the system's own words. $data is `bookmarks`
# or `note`; $folder the folder the file is in. The cause that fits none of these is
# `store-save-failed` (toli.ftl).
store-save-no-permission =
    { $data ->
        [note] Note not saved: no permission to write in its folder. Check that the folder is writable: { $folder }
       *[bookmarks] Bookmarks not saved: no permission to write in their folder. Check that the folder is writable: { $folder }
    }
store-save-read-only =
    { $data ->
        [note] Note not saved: its folder is on a read-only disk. Set TOLI_DATA_DIR to a writable folder instead of { $folder }
       *[bookmarks] Bookmarks not saved: their folder is on a read-only disk. Set TOLI_DATA_DIR to a writable folder instead of { $folder }
    }
store-save-full =
    { $data ->
        [note] Note not saved: the disk is full. Free some space on the disk of { $folder } and save again
       *[bookmarks] Bookmarks not saved: the disk is full. Free some space on the disk of { $folder } and try again
    }
store-save-missing =
    { $data ->
        [note] Note not saved: its folder is gone. Check that { $folder } exists and save again
       *[bookmarks] Bookmarks not saved: their folder is gone. Check that { $folder } exists and try again
    }
store-save-unreadable =
    { $data ->
        [note] Note not saved: its file cannot be read, so toli will not replace it. Fix or move it; folder: { $folder }
       *[bookmarks] Bookmarks not saved: their file cannot be read, so toli will not replace it. Fix or move it; folder: { $folder }
    }
# The external editor for notes ($VISUAL or $EDITOR) could not be started.
note-editor-failed = Could not start the editor “{ $editor }”: check VISUAL or EDITOR in your shell's settings
# No copy of the note could be made for the external editor in the temporary folder ($folder).
note-copy-failed = Note not opened: its copy could not be made. Check that the temporary folder is writable and has room, or set TMPDIR: { $folder }
# The external editor's copy could not be read back as text: the note was not saved, and the
# copy is kept in its folder ($folder) with what the reader wrote.
note-copy-kept = Note not saved: the editor's copy could not be read as text. What you wrote is kept in the folder { $folder }
# Why toli's own state could not be saved (`present-sync-failed`, `present-remember-failed`,
# `session-save-failed`), in words that follow a colon; the message names the folder after.
save-why-no-permission = no permission to write in the folder
save-why-read-only = the disk is read-only
save-why-full = the disk is full
save-why-missing = the folder is gone
save-why-unreadable = the file there cannot be read, so toli will not replace it
# The presenter's runtime folder is open to others, a link, or another user's.
save-why-not-private = the folder is not yours alone: remove it or set XDG_RUNTIME_DIR
save-why-other = the file could not be written
