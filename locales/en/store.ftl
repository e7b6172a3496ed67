## Reading and saving bookmarks, notes and the session: why it failed and what to do (src/store).
store-save-failed =
    { $data ->
        [note] Note not saved. Check that its folder is writable and its disk has space, then save again: { $folder }
       *[bookmarks] Bookmarks not saved. Check that their folder is writable and its disk has space, then try again: { $folder }
    }
store-kept-aside =
    { $data ->
        [note] Note on { $entry } damaged, kept as { $moved }; to restore, fix it and rename it back. Folder: { $folder } ({ $reason })
        [folders] The file of your entries' content folders ({ $file }) was damaged, kept as { $moved }; toli remembers them again as it loads them, or fix it and rename it back. Folder: { $folder } ({ $reason })
        [trail] The file of the entries you read ({ $file }) was damaged, kept as { $moved }; Backspace goes back only through what you read this time. Folder: { $folder } ({ $reason })
        [recent] The file of the entries you read lately ({ $file }) was damaged, kept as { $moved }; H starts again from the entries Backspace goes back through. Folder: { $folder } ({ $reason })
       *[bookmarks] Bookmarks file damaged, kept as { $moved }; to restore, fix it and rename it back. Folder: { $folder } ({ $reason })
    }
store-not-readable =
    { $data ->
        [note] The note on { $entry } cannot be read ({ $file }), so toli will not save over it: check the file's permissions and size. Folder: { $folder } ({ $reason })
        [folders] The file of your entries' content folders cannot be read ({ $file }), so toli will not save over it: check its permissions and size. Folder: { $folder } ({ $reason })
        [trail] The file of the entries you read cannot be read ({ $file }), so toli will not save over it: check its permissions and size. Folder: { $folder } ({ $reason })
        [recent] The file of the entries you read lately cannot be read ({ $file }), so toli will not save over it: check its permissions and size. Folder: { $folder } ({ $reason })
       *[bookmarks] The bookmarks file cannot be read ({ $file }), so toli will not save over it: check its permissions and size. Folder: { $folder } ({ $reason })
    }
store-reason-truncated = the file ends too soon, at line { $line }
store-reason-damaged = the file is damaged at line { $line }, column { $column }
store-reason-not-text = the file is not plain text (UTF-8) from line { $line }
store-reason-no-permission = no permission to read the file
store-reason-not-a-file = it is no file: a folder, a pipe or a device
store-reason-too-large = the file is too large for toli to read
# Saving bookmarks or a note failed (src/app/study/mod.rs): what was not saved, why, what to
# do, and the folder, in the status line; never the system's own words. $data is `bookmarks`
# or `note`; $folder the folder the file is in. The cause that fits none of these is
# `store-save-failed` (the first message here).
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
