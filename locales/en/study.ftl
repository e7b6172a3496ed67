# Reopening where the reader left off, the notes list, the search preview.
session-save-failed = could not save where you left off ({ $reason }); the next start opens on the first entry
