## A checker that teaches: plain-word diagnostics, suggestions, `toli new`, `toli help format`
teach-did-you-mean = did you mean `{ $suggestion }`?
teach-sources-listed = `toli list --kind source` lists the sources
teach-figures-listed = `toli figure` lists the figures
teach-actions-listed = `toli list --kind action` lists the actions
teach-addressing-listed = `toli list --kind action` lists the actions, `toli list --kind recommendation` the recommendations
teach-unknown-field-suggested = unknown field `{ $field }` — did you mean `{ $suggestion }`?
teach-link-by-title = A link names an entry by its id, not its title: write [[{ $suggestion }]], or [[{ $suggestion }|{ $target }]] to keep your words.
teach-link-by-title-words = A link names an entry by its id, not its title: write [{ $text }]({ $suggestion }).
teach-link-by-title-unknown = a link names an entry by its id, not its title: find the id with `toli search { $target }`
problem-tab-indent = { $loaded ->
        [yes] a tab indents this line, and YAML allows only spaces there: toli read the tab as spaces lined up with the lines around it and loaded the entry, but other YAML tools refuse the file — indent with spaces
       *[no] a tab can't indent YAML: use spaces
    }
problem-placeholder = placeholder “{ $text }” is not filled in yet — replace it with your text

## What a value should look like (`{ $field }` is the field as written)
teach-shape-whole-number = `{ $field }` must be a whole number, like 2012
teach-shape-number = `{ $field }` must be a number without thousands separators, like 28696 or 59.37
teach-shape-whole-number-written = `{ $field }` must be a whole number — write `{ $number }`
teach-shape-number-written = `{ $field }` must be a number, with nothing after it — write `{ $number }`
teach-shape-text = `{ $field }` must be one piece of text (put it in quotes if it contains `: ` or starts with a symbol)
teach-shape-bilingual = `{ $field }` must give both languages, like {"{"}en: English text, mn: Монгол бичвэр{"}"} (or one text for both)
teach-shape-bilingual-list = `{ $field }` must be lists per language, like {"{"}en: [one, two], mn: [нэг, хоёр]{"}"}
teach-shape-pair-list = `{ $field }` must be a list of texts in both languages, like [{"{"}en: Year, mn: Он{"}"}]
teach-shape-id-list = `{ $field }` must be a list of entry ids, like [cluster, cluster-initiative]
teach-shape-text-list = `{ $field }` must be a list, like [ict, food]
teach-shape-source-list = `{ $field }` must be a list of sources, each with `id` and `locator`, like [{"{"}id: src-unctad-2025, locator: "Table 3"{"}"}]
teach-shape-step-list = `{ $field }` must be a list of steps, each `- entry: some-id` with an optional `note: {"{"}en: …, mn: …{"}"}`
teach-shape-figure-list = `{ $field }` must be a list of figures, each with `label: {"{"}en: …, mn: …{"}"}` and `value: 12.5`
teach-shape-profile = `{ $field }` must be a map of `about`, `management`, `international`, `success_stories`, `contacts`
teach-shape-list-for-text = `{ $field }` is written as a list, but it takes one text in each language — write the items as one
teach-shape-text-for-list-written = `{ $field }` is written as one text, but it takes a list — write `{ $number }`
teach-shape-text-for-list = `{ $field }` is written as one text, but it takes a list: [one, two]
teach-shape-list-for-text-written = `{ $field }` is written as a list, but it takes one text in each language — write `{ $number }`

## YAML syntax in plain words
teach-yaml-colon-in-value = a value contains `: `, which YAML reads as a new field — put the value in quotes: { $name }
teach-yaml-unclosed-list = a list opened with `[` is not closed — add `]` at its end (and separate items with commas)
teach-yaml-unclosed-map = a map opened with `{"{"}` is not closed — add `{"}"}` at its end (and separate fields with commas)
teach-yaml-unclosed-quote = a quote opened here is never closed — add the closing quote on the same line
teach-yaml-indent = this line is indented differently from the fields around it — line it up with its neighbours, using spaces
teach-yaml-bad-character = a value starts with a character YAML reserves (such as @, ` or %) — put the value in quotes
teach-yaml-duplicate = `{ $name }` is given twice — keep one of them
teach-yaml-not-a-mapping = the front matter must be a list of `field: value` lines, one per line — write each field on a line of its own, as `id: cluster-adviser`

## Command line
teach-content-missing = the content folder { $path } does not exist — check the path given to --content or TOLI_CONTENT
teach-content-unreadable = cannot read the content folder { $path }: { $reason }
teach-new-written = wrote { $path }
teach-new-next = Replace every TODO (both languages), then check it with: { $command }
teach-new-action-listed = An action belongs to a recommendation: add `{ $id }` to the `actions` list of the recommendation it carries out (`toli new recommendation ID` makes one, which also needs a `challenge`: the problem it answers, in both languages; `toli new --from RECOMMENDATION-ID` copies a shipped one to edit).
teach-new-exists = { $path } already exists; toli new never overwrites a file — choose another id, or edit that file
teach-new-bad-id = `{ $id }` cannot be an id: use lower-case letters, digits and -, like my-cluster-2024
teach-new-id-taken = the id `{ $id }` is already used by { $other } — choose another id (an entry of your own with the same id would replace it)
teach-new-cannot-write = cannot write { $path }: { $reason }
teach-help-unknown-topic = no help on `{ $topic }`; try `toli help format` or `toli help COMMAND`

## Presentation: a step whose entry does not exist
teach-step-missing = This step names `{ $id }`, but no entry has that id.
teach-step-missing-fix = Fix the tour's `steps`, then check it with:
problem-tab-in-value = a tab character in a value, which shows as a gap of any width — write a space instead
teach-shape-text-written = `{ $field }` is read as { $number }, a number or yes/no, not as text — put it in quotes: "{ $number }"

## A date field's value that is not a date (`{ $field }` as written, `{ $number }` the year meant)
teach-shape-year = `{ $field }` must be a year in four digits, like `{ $field }: 2015`
teach-shape-year-written = `{ $field }` must be a year in four digits — write `{ $field }: { $number }`
teach-shape-period = `{ $field }` must be a year, a span of years or a length of time, like `{ $field }: 2008–2015`, `2015–` (still running), `1972` or `6 months` (the unit in English: days, weeks, months, years)

# `toli new`: the id is a shipped entry's (its file is inside toli).
teach-new-id-shipped = the id `{ $id }` is a shipped entry's. To correct that entry, start from a copy of it: toli new --from { $id } --content { $dir } — your copy then replaces the shipped entry. Otherwise choose another id
# `toli new`: an id that cannot be one, with the id it most likely meant.
teach-new-bad-id-suggested = `{ $id }` cannot be an id: use lower-case letters, digits and -, like `{ $suggestion }`
# `toli new --from ID`: no shipped entry has this id.
teach-new-from-unknown = no shipped entry has the id `{ $id }` (`toli list` lists the entries).
# `toli new --from ID`: an entry of the reader's own already has this id.
teach-new-from-own = `{ $id }` is already an entry of your own: { $other } — edit that file
# `toli new --from ID`: the copy was written.
teach-new-from-written = wrote { $path }, a copy of the shipped entry `{ $id }`: edit it there; from this folder it replaces the shipped entry
# `toli new --from ID`: what to do next.
teach-new-from-next = Check it after editing with: { $command }
