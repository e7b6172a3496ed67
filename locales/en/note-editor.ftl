## The built-in note editor: its keys, undo, the marks for more text (src/app/study/note_editor*.rs, src/ui/study).
# The built-in note editor: moving in a line, and Esc over unsaved text.
hint-line-start = line start
hint-line-end = line end
# Editing keys: Delete, words, a line's part, undo and redo.
hint-delete-next = delete next
hint-delete-to-line-start = delete to line start
hint-delete-to-line-end = delete to line end
hint-word-left = word left
hint-word-right = word right
hint-undo = undo
hint-redo = redo
note-nothing-to-undo = Nothing to undo
note-nothing-to-redo = Nothing to redo
# The marks on the editor's border when the note goes on above or below the view; $keys are
# the keys that show it.
note-more-above = ↑ more: { $keys }
note-more-below = ↓ more: { $keys }

hint-save-note = save
hint-newline = new line
hint-left-char = left
hint-right-char = right
note-unsaved-keys = Unsaved note: Ctrl-S saves it, Esc now discards the changes, Ctrl-C saves it and quits
hint-quit-save-note = save and quit
hint-note-start = note start
hint-note-end = note end
