## Walk 9 (app10): broken links in the entry view and `toli show`, the content's problems window, the wide entry list
# A link to an id no entry has: the id, said plainly to be missing, with what `toli check` suggests.
reading-broken-link = { $id } — no such entry
reading-broken-link-suggested = { $id } — no such entry ({ $suggestion }?)
# `z` in the entry list: the list takes the kinds pane's width too.
hint-wide-list = wide list
tui-wide-list-nothing = The list already has the screen's width: z changes nothing
# `!`: the content's problems, each whole.
hint-problems = problems in the content
help-ctx-problems = Problems in the content
problems-title = Problems in the content
problems-none = No problems in the content loaded.
problems-count = Errors: { $errors }, warnings: { $warnings }
problems-check = The same list in a terminal: { $command }
# After a live reload that left errors, when which file was saved is not known: how many, where
# the first is, the key that shows them.
reload-problems = { $errors ->
        [one] 1 error in the content, at { $place } — ! shows it
       *[other] { $errors } errors in the content, the first at { $place } — ! shows them
    }
