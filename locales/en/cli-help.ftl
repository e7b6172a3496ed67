## The command line's help (`toli --help`, `toli help COMMAND`, `toli man`, completions), its usage errors, and the comments `toli new` writes into a new file (`skeleton-*`).
## Ids: cli-about, cli-COMMAND-about, cli-OPTION (global), cli-COMMAND-ARG, cli-value-ARG-VALUE,
## cli-value-name-NAME (the placeholder `<NAME>`)
## (see src/cli/help_text.rs). The headings and notes below stand in for clap's own.

cli-heading-usage = Usage:
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
cli-usage-command = COMMAND
cli-usage-options = [OPTIONS]
cli-value-name-KIND = KIND
cli-value-name-ID = ID
cli-value-name-QUERY = QUERY
cli-value-name-LIMIT = LIMIT
cli-value-name-OLD = OLD
cli-value-name-NEW = NEW
cli-value-name-OUT = OUT
cli-value-name-FORMAT = FORMAT
cli-value-name-LANGS = LANGS
cli-value-name-LANG = LANG
cli-value-name-TOUR = TOUR
cli-value-name-N = N
cli-value-name-IDS = IDS
cli-value-name-DIR = DIR
cli-value-name-THEME = THEME
cli-value-name-SHELL = SHELL
cli-value-name-TOPIC = TOPIC
cli-value-name-NAME = NAME
cli-value-name-TITLE = TITLE
cli-flag-help = Print help (see more with '--help')
cli-flag-help-long = Print help (see a summary with '-h')
cli-flag-version = Print version
cli-note-env = env: { $name }={ $value }
cli-note-default = default: { $value }
cli-note-values = possible values: { $values }
cli-note-values-described = Possible values
cli-note-alias = alias: { $names }

cli-about = Толь — a terminal knowledge base for cluster and STI-park policy workshops (Mongolian/English)
cli-lang = Language of the interface and content (default: from LANGUAGE, LC_ALL, LC_MESSAGES, LANG)
cli-value-lang-en = English
cli-value-lang-mn = Mongolian (Cyrillic)
cli-content = A folder (or file) of your own entries, loaded on top of the built-in corpus; repeatable
cli-no-builtin = Use only the --content folders, without the built-in corpus
cli-profile = Keep your own bookmarks, notes and place apart from others using this computer (a shared workshop laptop): letters, digits, - and _
cli-theme = Colour theme of the interactive app; presentations open in the projector theme (T cycles the themes). NO_COLOR turns colours off in any theme

cli-list-about = List entries (all, or of one kind)
cli-list-kind = Only entries of this kind (English or Mongolian name)
cli-list-json = Print JSON: [{"{"}"id","kind","title":{"{"}"en","mn"{"}"}{"}"}]

cli-show-about = Show one entry
cli-show-id = The entry id
cli-show-json = Print JSON with links, backlinks, sources and the kind's own fields

cli-search-about = Search titles, aliases, tags, summaries and bodies in both languages, and your own notes (marked ✎)
cli-search-query = What to look for
cli-search-kind = Only entries of this kind
cli-search-limit = At most this many results (1 or more)
cli-search-json = Print JSON: [{"{"}"id","kind","title":{"{"}"en","mn"{"}"},"score"{"}"}], best first

cli-check-about = Check the corpus (built-in plus --content) and report every problem with path:line:col
cli-check-strict = Fail on warnings too
cli-check-json = Print {"{"}"diagnostics": [...], "stats": {"{"}...{"}"}{"}"}

cli-figure-about = List the figures, or print one as a text chart, JSON or CSV
cli-figure-id = The figure id; without it, every figure is listed
cli-figure-json = Print JSON
cli-figure-csv = Print CSV (both languages in columns)

cli-matrix-about = The findings × actions matrix: each finding, then under it (→) the actions that answer it; * marks an action reached through its recommendation (legend on stderr)
cli-matrix-json = Print JSON: {"{"}"findings","recommendations","actions","marks":[{"{"}"finding","action","via"{"}"}]{"}"}
cli-matrix-csv = Print CSV: one row per finding, one column per action ("x" direct, "o" through its recommendation)

cli-bookmarks-about = List your bookmarks (set with `m` in the app)
cli-bookmarks-json = Print JSON: [{"{"}"id","title":{"{"}"en","mn"{"}"},"added"{"}"}]

cli-notes-about = List your notes (written with `e` in the app): id, title and the note's first line, in the alphabetical order of the titles in --lang's language
cli-notes-full = Print each note whole, as Markdown: under its entry's title, with the id and the day it was last changed
cli-notes-out = Write the notes whole to a file to hand on: HTML when OUT ends in .html (printable), Markdown otherwise; OUT named x.pdf writes x.html and says how to print it to x.pdf
cli-notes-move = Carry the note and bookmark on OLD — an entry of yours whose id changed — over to NEW, an entry this run loads (give your folder with --content); a note already on NEW is kept, the two merged
cli-notes-force = With --out: replace a file toli did not write (a file toli wrote is replaced without it, and named)
cli-notes-json = Print JSON: [{"{"}"id","title":{"{"}"en","mn"{"}"},"note"{"}"}] with each note's full text

cli-export-about = Write a handout: a static HTML site or Markdown files of the corpus or one tour (your own notes: toli notes --out FILE)
cli-export-format = html (a self-contained static site) or md (Markdown files)
cli-export-langs = Languages to include: en, mn, both (the language of --lang first), en-mn or mn-en. Without it: the language you chose (--lang, or a locale such as LANG=mn_MN.UTF-8), else both
cli-value-export-langs-en = English only
cli-value-export-langs-mn = Mongolian only
cli-value-export-langs-both = Both, the language of --lang first
cli-value-export-langs-en-mn = Both, English first
cli-value-export-langs-mn-en = Both, Mongolian first
cli-export-tour = Only this tour's entries, in its order (with --ids, those entries after them)
cli-export-ids = Only these entries, in this order (comma-separated ids); with --tour, added after the tour's, such as your own case from --content
cli-export-single-file = Write one self-contained HTML file OUT (contents, inline style and charts, page numbers in print) instead of a folder
cli-export-force = Write into a folder that holds files toli did not write (they are kept), or replace a file toli did not write
cli-export-title = The handout's own title, on its front page, its contents and the browser's tab: one for every language, or one per language as en:TITLE and mn:TITLE (without it: the tour's title, or the knowledge base's name)
cli-export-out = The folder to write into (created if needed), or the file with --single-file

cli-present-about = Present a tour full screen, one entry per step (without TOUR, pick one from the tours)
cli-present-tour = The tour's id
cli-present-notes = Show the trainer's notes, following the presentation running in another terminal (in the talk's language, or in --lang's when given; L switches)
cli-present-step = Start at step N (1 is the first); without it the tour resumes where it was left

cli-completions-about = Print a shell completion script (bash, zsh, fish, elvish, powershell)
cli-completions-shell = The shell

cli-new-about = Write a new entry or tour to fill in: a bilingual file whose TODO placeholders `toli check` reports until they are replaced. Written to the first --content folder (else TOLI_CONTENT's, else the current folder), in the kind's subfolder; never overwrites
cli-new-kind = The kind: { $kinds } (or its Mongolian name)
cli-new-id = The new entry's id: lower-case letters, digits and -; the file is named after it

cli-help-about = Help on a command (`toli help check`), or `toli help format`: how to write entries and tours (with --lang mn, in Mongolian)
cli-help-topic = `format`, or a command name

cli-man-about = Print the manual page (install it with `toli man > ~/.local/share/man/man1/toli.1`)
# The manual page's header and section titles (`toli man`).
man-manual = General Commands Manual
man-section-name = NAME
man-section-synopsis = SYNOPSIS
man-section-description = DESCRIPTION
man-section-options = OPTIONS
man-section-commands = COMMANDS
man-section-version = VERSION

## Saved data that could not be read, in the status line (and on stderr for `toli bookmarks`,
## `toli notes`): what happened to the data and what to do first, the reader's detail last.
## $data is `bookmarks` or `note`; $entry the note's entry id; $file, $moved file names.

## The file `toli new` writes: its comments (after `# `) and the hints after `TODO: `
## (src/cli/skeleton.rs). A hint sits in double quotes: no `"` in it. The hints of Mongolian
## fields (`*-mn`) are always written from locales/mn, like the text that replaces them.
skeleton-title-en = the name in English
skeleton-title-mn = the name in Mongolian
skeleton-summary-en = one or two sentences in English
skeleton-summary-mn = one or two sentences in Mongolian
skeleton-optional-fields = Optional: other names people search for, topics, and "see also" links to entry ids.
skeleton-sources = The source entry (`toli list --kind source`) and the place in it ("Table 3", "Section V, Box 1").
skeleton-sources-own = Data of your own (a members' list, an interview, a local report) is a source too: make its entry with toli new source ID, and give that ID here.
skeleton-source-id = id of a source entry
skeleton-source-locator = where in the source
skeleton-body-en = the English text, in Markdown. `toli help format` shows how to link other entries.
skeleton-body-mn = the Mongolian text, in Markdown. `toli help format` shows how to link other entries.
skeleton-stage-model = id of the definition or case whose sequence this stage belongs to
skeleton-stage-position = The place in the model: 1, 2, 3 … (positions of one model run 1..n).
skeleton-country = country or area code: MN, LT, EU, CA, RU, CN, KR, US, JP, …
skeleton-policy-type = law, strategy, programme or incentive
skeleton-policy-instrument = regulation, tax, finance, infrastructure, network, skills, governance
skeleton-case-type = park, cluster, incubator, programme, organisation, platform, company or ecosystem
skeleton-case-ownership = one of: { $values }
skeleton-case-licensed = the year a licence or special status was granted, when it is not the year founded
skeleton-case-profile = The APEC cluster profile: about, management, international, success_stories, contacts.
skeleton-finding-addressed-by = The actions or recommendations that answer this finding.
skeleton-finding-answer-id = id of an action or recommendation
skeleton-challenge-en = the problem it responds to, in English
skeleton-challenge-mn = the problem it responds to, in Mongolian
skeleton-recommendation-actions = Its actions, in order; each action belongs to exactly one recommendation.
skeleton-action-id = id of an action
skeleton-action-listed = A recommendation must list this action's id in its `actions`.
skeleton-source-author = author or organisation as printed
skeleton-unit-en = unit in English
skeleton-unit-mn = unit in Mongolian
skeleton-figure-chart = bar (the default) or table
skeleton-figure-order = source (the default: as the source lists them) or sorted
skeleton-figure-columns = a table's further columns, filled by each row's cells
skeleton-figure-total = the total the source prints; check verifies the rows add up to it
skeleton-figure-rows = One row per bar: the label and the value exactly as the source prints them.
skeleton-row-en = row label in English
skeleton-row-mn = row label in Mongolian
skeleton-tour-steps = The entries to present, in order, each with a note only the presenter sees.
skeleton-tour-entry = id of the first entry to show
skeleton-tour-note-en = what to say, in English
skeleton-tour-note-mn = what to say, in Mongolian

## A mistake on the command line (src/cli/usage_error.rs). English prints clap's own messages,
## which these follow; they are what the Mongolian ones translate.
cli-error = error:
cli-error-unknown-argument = unexpected argument '{ $arg }' found
cli-error-unknown-command = unrecognized subcommand '{ $command }'
# A kind's name typed as a command (`toli tours`): the command that lists that kind.
cli-kind-as-command = `{ $typed }` names a kind of entry, not a command: `toli list --kind { $kind }` lists them.
cli-tour-as-command = `{ $typed }` names a kind of entry, not a command: `toli list --kind tour` lists the tours, `toli present TOUR` presents one (`toli present` alone lets you pick it).
cli-error-value-missing = a value is required for '{ $arg }' but none was supplied
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'; possible values: { $values }
cli-error-bad-value = invalid value '{ $value }' for '{ $arg }': { $reason }
# Why a count (--limit) or a step number (--step) is refused.
cli-reason-whole-number = expected a whole number, 1 or more
cli-error-missing = the following required arguments were not provided: { $args }
cli-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
cli-error-missing-command = a subcommand is required
cli-error-other = the command line could not be read: { $detail }
cli-error-more = For more information, try '--help'.
skeleton-source-publisher = as printed, or a map where Mongolian names it otherwise
skeleton-source-published-in = the journal with volume, issue and pages, or the book; as printed, or a map
skeleton-source-original = the language the title was published in: en (default), mn, or none when the title only describes the source

cli-present-presenter = With --notes: follow (and drive) only the presentation in process PID, as the notes of another presentation of the same tour name it
cli-value-name-PID = PID
# The command line's citations (`toli cite`), the matrix legend, and the app's plain message after `y`.
cli-cite-about = Print an entry's citation: its title, then each source (who, when, title) and the place in it, on one line in the chosen language, as `y` copies it in the app
cli-cite-ids = The entry ids, separate or comma-separated as --ids takes them (one citation per line)
# `toli new figure`: the comment on the optional `label_column` line.
skeleton-figure-label-column = a table's first column's header, over the rows' labels
# `toli present TOUR --minutes MIN`: the talk's planned length, for its pace on the notes screen.
cli-present-minutes = The talk's planned length in minutes: the notes screen says whether it runs on time (kept for the tour's next start)
cli-value-name-MIN = MIN
# `toli new tour`: the optional charts of a step, commented out in the new file.
skeleton-tour-figures = optional: ids of the figures `f` shows over this step in the talk, which the handout prints after it; remove the first # to use it
# `toli new tour`: the optional planned time of a step, commented out in the new file.
skeleton-tour-minutes = optional: minutes planned for this step (the notes screen's pace); remove the first # to use it
# `toli new --help`: the option that copies a shipped entry to correct it.
cli-new-from = Instead of a skeleton, copy the shipped entry with this id into the folder, at its place there (findings/ID.md), to correct it: an entry of your own with a shipped id replaces the shipped one
