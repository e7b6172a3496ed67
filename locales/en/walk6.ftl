# The command line, after user walk 6.
cli-entry-not-loaded = entry `{ $id }` did not load: its file has errors, fix them and run `toli check` to see any others:
