## The command line's own messages (src/cli): an id, figure or tour it cannot find, content that did not load, `toli show`.
cli-no-entry = no entry has the id `{ $id }`.
cli-no-figure = no figure has the id `{ $id }`. `toli figure` lists them.
cli-no-tour = no tour has the id `{ $id }`. The tours are: { $tours }.
cli-unknown-kind = unknown kind `{ $kind }`. The kinds are: { $kinds }.
cli-load-problems = { $count ->
        [one] 1 content problem
       *[other] { $count } content problems
    }; run `toli check` for details
# `toli show TOUR`: a step's planned time, after its title.
show-step-minutes = { $minutes } min
# `toli present TOUR`, `toli handout --tour TOUR`: no tour has that id; a tour of one's own needs its folder.
cli-own-tour-hint = A tour in a folder of your own is found when that folder is loaded: add `--content FOLDER`.
# `toli show` and others: the entry asked for is in a file that did not load.
cli-entry-not-loaded = entry `{ $id }` did not load: its file has errors, fix them and run `toli check` to see any others:

## --profile NAME that cannot name a folder.
profile-bad-name = the profile name «{ $name }» can hold only letters, digits, - and _ (up to 40): it names the folder your bookmarks and notes are kept in. Try: toli --profile Saraa
