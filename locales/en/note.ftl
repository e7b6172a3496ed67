# The built-in note editor: moving in a line, and Esc over unsaved text.
hint-line-start = line start
hint-line-end = line end
