## Severity and diagnostics (toli check)
severity-error = error
severity-warning = warning
problem-unreadable = cannot read this file: { $detail }
problem-too-large = file is { $bytes } bytes; entries may be at most { $limit } bytes — split it into several entries
problem-invalid-utf8 = the file is not valid UTF-8 text from this line on — save it as UTF-8
problem-nul-byte = the file contains a NUL byte — remove it (is this a binary file?)
problem-empty = the file is empty — add front matter between two `---` lines, or delete the file
problem-no-front-matter = the file must start with a `---` line opening the front matter
problem-unclosed-front-matter = the front matter opened here is never closed — add a `---` line after it
problem-yaml = YAML error: { $detail }
problem-too-deep = the front matter nests lists or maps more than { $limit } levels deep — flatten it
problem-unknown-field = unknown field `{ $field }` — `toli help format` lists the fields of each kind
problem-field-not-for-kind = field `{ $field }` does not apply to a { $kind }
problem-missing-field = missing required field `{ $field }`
problem-missing-coded = missing required field `{ $field }`; write one of: { $expected }
problem-wrong-type = wrong type for `{ $field }`: { $detail }
problem-bad-value = `{ $value }` is not a valid { $field }; expected { $expected }
problem-missing-language = `{ $field }` has no { $lang ->
        [mn] Mongolian
       *[en] English
    } text
problem-missing-body = no { $lang ->
        [mn] Mongolian
       *[en] English
    } body — add a `::: { $lang }` section
problem-unknown-section = unknown language section `::: { $marker }`; use `::: en` or `::: mn`
problem-duplicate-section = the `::: { $lang }` section appears twice
problem-text-outside-section = text before the first `::: en` / `::: mn` line is ignored
problem-duplicate-id = id `{ $id }` is already used by { $other }
problem-broken-link = link to `{ $target }`, but no entry has that id
problem-wrong-link-kind = `{ $field }` names `{ $target }`, which is not an entry of kind `{ $expected }`
problem-self-link = the entry links to itself
problem-finding-without-action = this finding names no action or recommendation in `addressed_by`
problem-unsourced = the entry cites no source — add `sources` with a locator
problem-stage-gap = model `{ $model }` has no stage at position { $missing }
problem-stage-repeat = model `{ $model }` has two stages at position { $position }
problem-action-without-recommendation = no recommendation lists this action in its `actions` — add `{ $id }` to the `actions` list of the recommendation it carries out (`toli new --from RECOMMENDATION-ID --content FOLDER` copies a shipped one into your folder to edit)
problem-action-in-two-recommendations = this action is listed by both `{ $first }` and `{ $second }`
problem-figure-cells = row { $row } has { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    } but the figure has { $columns ->
        [one] 1 column
       *[other] { $columns } columns
    } — give each row one cell per entry of `columns`
problem-figure-total = the rows add up to { $sum }, but `total` says { $total }
problem-figure-units = `{ $field }` gives a unit different from the figure's `unit`, and bars share one unit — remove this `unit`, or show the figure as a table (`chart: table`)
problem-outside-root = skipped: it leads outside the content folder (to { $target })

## toli check summary
check-summary = { $entries ->
        [one] 1 entry
       *[other] { NUMBER($entries) } entries
    }, { $errors ->
        [one] 1 error
       *[other] { NUMBER($errors) } errors
    }, { $warnings ->
        [one] 1 warning
       *[other] { NUMBER($warnings) } warnings
    }
check-clean = { $entries ->
        [one] 1 entry
       *[other] { NUMBER($entries) } entries
    }, no problems

## CLI messages
cli-no-entry = no entry has the id `{ $id }`.
cli-no-figure = no figure has the id `{ $id }`. `toli figure` lists them.
cli-no-tour = no tour has the id `{ $id }`. The tours are: { $tours }.
# A handout folder written: $files files of $format (HTML or Markdown), not printed pages.
export-done = wrote { $files ->
        [one] 1 { $format } file
       *[other] { $files } { $format } files
    } to { $dir }
export-title = Clusters and STI parks: a knowledge base
cli-no-results = nothing found for “{ $query }”
# The list printed is the best of more matches.
cli-search-more = the best { $shown } of { $total } shown; --limit { $total } lists them all
cli-search-more-at-least = the best { $shown } of { $total } or more shown; a higher --limit lists more
cli-unknown-kind = unknown kind `{ $kind }`. The kinds are: { $kinds }.
cli-load-problems = { $count ->
        [one] 1 content problem
       *[other] { $count } content problems
    }; run `toli check` for details


## Entry view labels
label-summary = Summary
label-sources = Sources
label-links = Links
label-backlinks = Linked from
label-addresses = Addresses
label-addressed-by = Addressed by
label-actions = Actions
label-recommendation = Recommendation
label-challenge = Challenge
label-cited-by = Cited by
label-model = Model
label-position = Position
label-period = Period
label-country = Country
label-year = Year
label-type = Type
label-responsible-body = Responsible body
label-instrument = Instrument
label-ownership = Ownership
label-established = Established
label-licensed = Licensed
label-status = Status
label-sector = Sector
label-key-figures = Key figures
label-profile-about = About the cluster
label-profile-management = Cluster management
label-profile-international = International cooperation
label-profile-success-stories = Success stories
label-profile-contacts = Contacts
label-evidence = Evidence
label-defined-by = Defined by
label-actor = Who acts
label-author = Author
label-publisher = Publisher
label-published-in = Published in
label-url = Link
label-steps = Steps
label-note = Trainer note
label-aliases = Also known as
label-missing-translation = not yet translated

## Kinds
kind-definition = Definition
kind-stage = Stage
kind-policy = Policy
kind-case = Case
kind-finding = Finding
kind-recommendation = Recommendation
kind-action = Action
kind-source = Source
kind-figure = Figure
kind-tour = Tour
kinds-definition = Definitions
kinds-stage = Stages
kinds-policy = Policies
kinds-case = Cases
kinds-finding = Findings
kinds-recommendation = Recommendations
kinds-action = Actions
kinds-source = Sources
kinds-figure = Figures
kinds-tour = Tours

## Entry view extras
label-contents = Contents
label-number = Number

## The interactive app (TUI)
tui-kinds = Kinds
tui-search = Search
tui-search-prompt = Search both languages: titles, aliases, tags, text
tui-search-last = ↑ brings back your last search: { $query }
tui-searching = searching…
tui-help = Keys
tui-find = Find
tui-find-none = no matches
tui-no-entry = Nothing selected
tui-empty-list = No entries of this kind
tui-too-small = Terminal too small — enlarge the window
tui-mouse-off = mouse off (select text freely)
tui-external-link = External link
theme-dark = dark
theme-light = light
theme-projector = projector
help-ctx-global = Everywhere
help-ctx-kinds = Kinds pane
help-ctx-list = Entry list
help-ctx-entry = Entry view
help-ctx-search = Search
help-ctx-find = Find bar
help-ctx-help = This help
hint-help = help
hint-quit = quit
hint-search = search
hint-lang = English/Mongolian
hint-both = both languages
hint-theme = theme
hint-mouse = mouse capture
hint-left = pane left
hint-right = pane right
hint-back = back
hint-forward = forward
hint-close = close
hint-down = down
hint-up = up
hint-open = open
hint-page-down = page down
hint-page-up = page up
hint-top = top
hint-bottom = bottom
hint-next-link = next link
hint-prev-link = previous link
hint-follow = follow link
hint-scroll-down = scroll down
hint-scroll-up = scroll up
hint-find = find
hint-find-next = next match
hint-find-prev = previous match
hint-find-done = done
hint-delete = delete

## Presentations, trainer notes and citations
help-ctx-present = Presentation
help-ctx-present-jump = Go to step
hint-present = present tour
hint-copy-citation = copy citation
hint-next-step = next step
hint-prev-step = previous step
hint-jump-step = go to step
hint-leave-present = leave presentation
hint-jump-go = go
present-sync-failed = Could not tell the notes screen where the talk is: { $why }. Folder: { $folder }
present-pick-tour = Pick a tour and press p to present it
present-empty-tour = This tour has no steps to present
present-jump-prompt = Go to step
present-needs-terminal = `toli present` needs a terminal
notes-heading = Trainer notes
notes-waiting = No presentation is running. Start one in another terminal with: { $command } — waiting…
notes-step = Step
notes-no-note = (no note for this step)
notes-next = Next
notes-last-step = This is the last step.
cite-sources = { $count ->
        [one] Source
       *[other] Sources
    }
# Figures (issue 9)
figure-source = Source
hint-next-figure = next figure
tui-no-figures = this entry names no figures
## Study: matrix, facets, bookmarks and notes
help-ctx-matrix = Findings × actions matrix
help-ctx-facets = Facets
help-ctx-bookmarks = Bookmarks
help-ctx-note = Note editor
hint-matrix = findings × actions
hint-facets = facets
hint-bookmark = bookmark
hint-bookmarks = bookmarks
hint-note = my note
hint-next-finding = next finding
hint-prev-finding = previous finding
hint-next-action = next action
hint-prev-action = previous action
hint-open-finding = open finding
hint-open-action = open action
hint-toggle-filter = select value
hint-clear-filters = clear filters
hint-remove-bookmark = remove
hint-save-note = save
hint-cancel = cancel
hint-newline = new line
hint-left-char = left
hint-right-char = right
matrix-title = Findings × actions
matrix-empty = No findings or actions to show.
matrix-f = F
matrix-a = A
matrix-r = R
matrix-addressed-by = addressed by
matrix-answers = answers
matrix-nothing = nothing yet
matrix-direct = names the action
matrix-via-recommendation = through its recommendation
matrix-none = not linked
facets-title = Facets — { $count ->
        [one] 1 entry
       *[other] { $count } entries
    } shown
facets-active = Filters
facets-none = No filters: every entry is shown
facets-filtered = filtered
facet-kind = Kind
facet-country = Country
facet-sector = Sector
facet-year = Year
facet-ownership = Ownership
facet-policy-type = Policy type
ownership-public = public
ownership-private = private
ownership-mixed = mixed
ownership-ppp = public–private partnership
ownership-university = university
policy-type-law = law
policy-type-strategy = strategy
policy-type-programme = programme
policy-type-incentive = incentive
bookmarks-title = Bookmarks
bookmarks-empty = No bookmarks yet: press m on an entry to bookmark it.
bookmark-added = Bookmarked: { $title }
bookmark-removed = Bookmark removed: { $title }
bookmarked = bookmarked
note-title = My note
note-saved = Note saved
note-cancelled = Note not changed
store-save-failed =
    { $data ->
        [note] Note not saved. Check that its folder is writable and its disk has space, then save again: { $folder }
       *[bookmarks] Bookmarks not saved. Check that their folder is writable and its disk has space, then try again: { $folder }
    }
country-APEC = APEC
country-AU = Australia
country-CA = Canada
country-CN = China
country-DK = Denmark
country-EU = European Union
country-GB = United Kingdom
country-JP = Japan
country-KR = South Korea
country-KZ = Kazakhstan
country-LT = Lithuania
country-MN = Mongolia
country-RU = Russia
country-TW = Taiwan, Province of China
country-US = United States
