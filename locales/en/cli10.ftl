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
    } in the content; details: { $command }
