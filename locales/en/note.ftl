# The built-in note editor: moving in a line, and Esc over unsaved text.
hint-line-start = line start
hint-line-end = line end
note-unsaved = The note has unsaved changes: Ctrl-S saves it, Esc again throws the changes away
