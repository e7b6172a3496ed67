## Walk 10 (ui12): what a live edit changed, links to a file that did not load, capped warnings, a key that works in another pane, small screens
# `toli check` and the app's problems: a link to the id of a file that did not load.
problem-link-to-unloaded = { $entries ->
        [one] 1 entry links
       *[other] { $entries } entries link
    } to `{ $target }`, the id of this file, which did not load ({ $linking }): those links work again once it loads — fix its error (line { $line }, column { $column })
# Closes a file's warnings of one kind past the first ten.
problem-more-warnings = { $more ->
        [one] 1 more warning of this kind ({ $code }) in this file is not listed — fix those above, then check again
       *[other] { $more } more warnings of this kind ({ $code }) in this file are not listed — fix those above, then check again
    }
# After a live reload: what the edit did to the file saved ($file, or $place: its name and
# line), and how many errors the content has ($errors).
reload-saved-problem = { $errors ->
        [one] { $place }: the file you saved has an error — ! shows it
       *[other] { $place }: the file you saved has an error · { $errors } errors in the content — ! shows them
    }
reload-saved-fixed = { $errors ->
        [one] { $file } fixed · 1 error remains elsewhere in the content — ! shows it
       *[other] { $file } fixed · { $errors } errors remain elsewhere in the content — ! shows them
    }
reload-saved-fixed-all = { $file } fixed · no errors left in the content
reload-saved-fine = { $errors ->
        [one] { $file } has no errors · 1 error remains elsewhere in the content — ! shows it
       *[other] { $file } has no errors · { $errors } errors remain elsewhere in the content — ! shows them
    }
# A Latin letter that is a command in another pane, not in the focused one: what it does and
# where ($uses: one or more keys-works-in joined by "; ").
keys-letter-elsewhere = { $key } — { $uses }
keys-works-in = { $does }: works in { $places }
keys-places-two = { $a } or { $b }
keys-where-kinds = the kinds pane
keys-where-list = the entry list
keys-where-entry = the entry view
# A tour step naming the id of an entry whose file did not load, on the projector.
teach-step-unloaded = This step names `{ $id }`, the id in { $file }, which did not load: fix that file's error first (line { $line }, column { $column }).
teach-step-unloaded-fix = Fix that file, then check the content with:
