## `toli check`: a map of both languages with another key in it (src/diagnostic.rs)
problem-unexpected-key = `{ $field }` has an unexpected key `{ $key }` — only `en` and `mn` go inside `{ $field }`
problem-unexpected-key-field = `{ $field }` has an unexpected key `{ $key }` — `{ $key }` is a field of the entry: start it at the beginning of the line, not under `{ $field }`

## The app's status line at start: the errors and warnings `toli check` reports (src/cli/mod.rs)
teach-load-errors = { $errors ->
        [one] 1 error
       *[other] { $errors } errors
    }{ $warnings ->
        [0] {""}
        [one] , 1 warning
       *[other] , { $warnings } warnings
    } in the content — ! shows them; or run: { $command }

## Why a bookmarks file or a note could not be read, in brackets after the notice (src/store/reason.rs)
store-reason-truncated = the file ends too soon, at line { $line }
store-reason-damaged = the file is damaged at line { $line }, column { $column }
store-reason-not-text = the file is not plain text (UTF-8) from line { $line }
store-reason-no-permission = no permission to read the file
store-reason-not-a-file = it is no file: a folder, a pipe or a device
store-reason-too-large = the file is too large for toli to read
