# Notes screen: the step's text links `[[id]]` to an entry that does not exist; the projector leaves the link out.
notes-step-figures = f shows { $count ->
        [one] this step's chart
       *[other] this step's { $count } charts, one per press
    }: { $titles }
notes-broken-body-link = Left off the projector, a broken link — in the text: { $said }
# `toli check`: a file not named after its entry's id (a warning: the entry loads all the same).
problem-file-name = the file is named `{ $file }`, but its id is `{ $id }` — rename the file to `{ $id }.md`{ $offered ->
    [yes] , or change the id to `{ $stem }`
   *[no] , or change the id
    }, so that the file can be found by its id
