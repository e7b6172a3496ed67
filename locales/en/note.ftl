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
