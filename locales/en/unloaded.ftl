## Files that did not load: their entries are missing until their errors are fixed
# `toli check`'s summary, on the line after the counts (src/cli/check.rs); $paths: the files, as the errors above name them.
check-not-loaded = { $files ->
        [one] 1 file not loaded ({ $paths }): its entries are missing until it loads — fix its error above, then run toli check again
       *[other] { $files } files not loaded ({ $paths }): their entries are missing until they load — fix their errors above, then run toli check again
    }
# After the first three files named (a space before it): how many more did not load.
check-not-loaded-more = and { $more } more
# The app's status line at start ($file: the file's name alone; $command: the toli check command for the folders loaded).
teach-load-not-loaded = { $files ->
        [one] { $file } did not load: its entries are missing until it is fixed
       *[other] { $files } files did not load: their entries are missing until fixed
    } — ! shows why; or run: { $command }
# The problems window (`!`), under the count of errors and warnings; $paths: every file that did not load.
problems-not-loaded = { $files ->
        [one] Not loaded: { $paths } — its entries are missing until its error below is fixed.
       *[other] Not loaded: { $paths } — their entries are missing until their errors below are fixed.
    }

# `toli check` and the app's problems: a link to the id of a file that did not load.
problem-link-to-unloaded = { $entries ->
        [one] 1 entry links
       *[other] { $entries } entries link
    } to `{ $target }`, the id of this file, which did not load ({ $linking }): those links work again once it loads — fix its error (line { $line }, column { $column })
# A tour step naming the id of an entry whose file did not load, on the projector.
teach-step-unloaded = This step names `{ $id }`, the id in { $file }, which did not load: fix that file's error first (line { $line }, column { $column }).
teach-step-unloaded-fix = Fix that file, then check the content with:
