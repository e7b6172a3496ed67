# The notes list (E): `e` opens the selected note's entry and edits the note.
hint-edit-note = edit note
