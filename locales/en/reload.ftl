## After a live reload: what the saved file's edit did, entries gone, left or back (src/app/reload*.rs).
# After a live reload that left errors, when which file was saved is not known: how many, where
# the first is, the key that shows them.
reload-problems = { $errors ->
        [one] 1 error in the content, at { $place } — ! shows it
       *[other] { $errors } errors in the content, the first at { $place } — ! shows them
    }
# Live reload: the file of the entry being read was deleted; the list stays on its row (`!` lists the links to it that broke).
reload-entry-deleted = { $file } deleted: «{ $title }» is no longer in the content
# Live reload: the file of the entry being read is still there, but no longer holds the entry (its id changed).
reload-entry-left-file = { $file } no longer holds «{ $title }» (was its id changed?)
# Live reload: the entry taken away is back.
reload-entry-back = { $file } is back: «{ $title }» is in the content again
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
