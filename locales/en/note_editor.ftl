# The built-in note editor's own keys.
hint-undo = undo
hint-redo = redo
