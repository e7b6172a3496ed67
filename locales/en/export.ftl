export-contents = Contents
export-done-file = wrote { $pages ->
        [one] 1 entry
       *[other] { $pages } entries
    } into one file: { $path }
export-single-md = --single-file writes HTML only; leave out --format md
export-foreign = { $dir } already holds files toli did not write ({ $names }); choose a new or empty folder, or pass --force to write into it anyway (toli's files of the same name are replaced, the others are kept)
export-foreign-file = { $path } exists and was not written by toli; choose another file name, or pass --force to replace it
export-symlink = { $path } is a symbolic link; toli does not write through links — remove it or choose another folder
export-not-folder = { $path } is a file, not a folder; choose a folder for the handout, or pass --single-file to write one HTML file
export-not-file = { $path } is a folder; give the name of the file to write, such as { $path }/handout.html
export-bad-manifest = { $path } is not a toli handout manifest ({ $reason }); remove it or choose another folder, or pass --force
export-io = could not write { $path }: { $error }
export-missing-step = warning: step { $step } of the tour { $tour } names "{ $id }", which no entry has; the handout lists it without a page. `{ $check }` shows the file and line to fix.
export-left-out-link = warning: { $entry } links to "{ $id }", which no entry has; the handout leaves that link out of its text. `{ $check }` shows the file and line to fix.
# After an HTML handout is written: how to print it whole (a folder's print.html, or the single file) without the browser's own header and footer.
export-print-hint = To print the whole handout: open { $file } in a browser and turn off the browser's own headers and footers (the handout prints its own date, version and page numbers); or: chromium --headless --no-pdf-header-footer --print-to-pdf={ $pdf } { $file }
