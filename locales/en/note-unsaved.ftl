# When toli ends with a note whose save failed and fails again: the file in the temporary
# folder that holds what the reader wrote ($file), on stderr after the save's failure.
note-unsaved-kept = What you wrote in the note on { $entry } is in { $file }.
