# The built-in note editor: moving in a line, and Esc over unsaved text.
hint-line-start = line start
hint-line-end = line end
note-unsaved = Unsaved note: Ctrl-S saves it, Esc again discards the changes
