## Handouts (`toli handout`, src/export, src/cli/export.rs): files written, contents, dates, figure tables, print, languages.
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
# An OUT named like a PDF (x.pdf), said before the handout is written: toli writes HTML, so the handout goes to the folder x ($kind folder) or the file x.html ($kind file), and is printed to x.pdf.
export-pdf-name = toli writes HTML, not PDF: the handout goes to the { $kind ->
        [file] file
       *[folder] folder
    } { $handout }, to be printed to { $pdf }.
# After export-print-hint, when something is already where its command writes the PDF.
export-pdf-replaced = { $pdf } exists already: the command above replaces it.
export-pdf-is-folder = { $pdf } is a folder, so the command above cannot write the PDF there: rename that folder, or change the name after --print-to-pdf=.
# `--format md` with an OUT named like a PDF (x.pdf): refused; $dir is the name without .pdf.
export-md-pdf-name = --format md writes Markdown files, not a PDF; name the folder without .pdf at the end, such as { $dir }

# A handout folder written: $files files of $format (HTML or Markdown), not printed pages.
export-done = wrote { $files ->
        [one] 1 { $format } file
       *[other] { $files } { $format } files
    } to { $dir }
export-title = Clusters and STI parks: a knowledge base
# On a handout folder's index.html, before the link to the file holding the whole handout
# (print.html): printing index.html prints only the contents.
export12-print-all = To print the whole handout, open this file (this page is only its contents):
# Under the printed contents of a tour's handout, which can carry no page numbers ($step: the
# tour's last step, given as the example of the box that heads a step).
export12-contents-note = To find a step on paper, look for its number in bold at the head of the step (STEP { $step }).
# Handouts (toli export): figure tables in Markdown, the export date and version, page numbers.
export2-figure-value = Value
export2-figure-year = Year
# $month is the month as the date writes it (its name; in Mongolian «12-р сарын»), $day and $year numbers.
export2-date = { $day } { $month } { $year }
export2-month-1 = January
export2-month-2 = February
export2-month-3 = March
export2-month-4 = April
export2-month-5 = May
export2-month-6 = June
export2-month-7 = July
export2-month-8 = August
export2-month-9 = September
export2-month-10 = October
export2-month-11 = November
export2-month-12 = December
export2-made = Exported on { $date } with toli { $version }
export2-page = Page
# Handouts of a tour (toli export --tour): the figures a step shows in the talk (`f`).
# $n is the number of the tour step that shows the figure.
export5-shown-at = Shown at step { $n }
export5-shown-list = Charts shown at this step
# Printed and Markdown handouts.
# Header of a figure table's first column, which holds the rows' labels (indicators in some figures, names of parks or countries in others).
print-figure-row-head = Item
# Beside an entry's kind on its page in a tour handout: the tour step it is, numbered as in the talk.
print-step = Step { $n }
# `toli handout --format pdf`: toli writes no PDF; the HTML handout's print.html is printed to one. Followed by export-print-hint.
cli-pdf-from-html = toli writes no PDF itself: a PDF is printed from the HTML handout (`--format html`, the default).
cli-pdf-write-html-first = First write it: `{ $command }`.
# `toli handout`, after the files written: the languages of the handout (names below).
export-lang-name-en = English
export-lang-name-mn = Mongolian
export-langs-both = In two languages: { $langs }. For { $only } only: --langs { $code }
export-langs-one = In { $lang } only. For both languages: --langs both
# `toli handout` without --langs: the handout is in the language the reader chose (--lang, or the locale).
export-langs-chosen = In { $lang } only, the language you chose for toli (--lang { $code }). For both languages, { $lang } first: --langs both
# `toli handout` into a folder that held the handout of something else: said after the files written.
export-replaced-tour = It replaced the handout of the tour `{ $tour }` that { $dir } held.
export-replaced-ids = It replaced the handout of other entries that { $dir } held.
export-replaced-all = It replaced the handout of the whole knowledge base that { $dir } held.
# A chart shown at a step that is itself another step of the tour, on the handout.
export24-shown-as-step = { $title } — see step { $n }
# `toli handout --single-file OUT` over a handout file already there: it is written over, and said ($path: the file).
export25-replaced-file = { $path } held an earlier handout: replaced with this one.
# A link in the printed handout's text, after it: where its target is printed ($n: the step's number, as the contents and the step's head give it).
export26-link-step = (step { $n })
export26-link-shown-at = (shown at step { $n })
# The list at the end of the printed handout: the entries its texts name (a small raised number after the link) that it does not print.
export26-away-heading = Referred to, not in this handout
export26-away-how = A small raised number in the text is its number here. Find an entry in toli by its title: toli search "title", or / in the app.
# `toli handout --title`: a title that cannot be used ($code: the language's code, en or mn).
export26-title-empty = --title is empty: write the handout's title after it, e.g. --title "Briefing: IT Park"
export26-title-twice = Two titles with no language: give one --title for every language, or one per language as --title en:… --title mn:…
export26-title-lang-twice = Two titles for { $code }: give --title { $code }:… once
export26-title-lang-absent = --title { $code }:… names a language this handout does not hold: add it with --langs, or leave that title out
export-into-content = { $how ->
        [inside] { $out } would put the handout into your content folder { $dir }, among your entries
       *[other] { $out } would put the handout beside your content folder { $dir }, under the same name
    } — name the handout otherwise, for example: { $suggested }
# A tour's handout with entries added after it (`toli handout --tour T --ids A,B`, src/export/added.rs).
# Under the tour's title on its contents page: $steps its steps with a page, $added the entries added.
export29-tour-and-added = The tour's { $steps } steps, then { $added ->
        [one] 1 entry
       *[other] { $added } entries
    } added to it
# Heading of the added entries in the contents, after the tour's steps.
export29-added-heading = Added to the tour
# Beside an added entry's kind at the head of its page: the mark a reader finds it by on paper, as a step's.
export29-added-page = Added entry { $n }
# After a link on paper to an added entry, as export26-link-step after one to a step.
export29-link-added = (added entry { $n })
# On stderr: an id given to --ids that the tour's handout prints already ($place: step, shown
# — a chart shown at step $n —, tour — the tour itself —, twice — given twice to --ids).
export29-already-in-tour = { $place ->
        [twice] note: { $id } is given twice to --ids; the handout prints it once, at its first place among the added entries.
        [tour] note: { $id } is the tour itself; the handout prints its page once, first.
        [shown] note: { $id } is already in the handout of the tour { $tour }, shown at step { $n }; it is printed once, there.
       *[step] note: { $id } is already in the handout of the tour { $tour }, as step { $n }; it is printed once, there.
    }
# `toli handout` into a folder that held a tour's handout with entries added to it.
export29-replaced-tour-with = It replaced the handout of the tour `{ $tour }` with { $added ->
        [one] 1 entry
       *[other] { $added } entries
    } added that { $dir } held.
