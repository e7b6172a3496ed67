## `toli check`'s problems and summary (src/diagnostic, src/corpus/check.rs, src/corpus/mnstyle, src/cli/check.rs).
# Mongolian style warnings of `toli check` (src/corpus/mnstyle).

problem-mn-case-hyphen = { $after ->
    [link] «{ $found }»: a case ending set off by a hyphen after a link — put the inflected word inside the link text: { $fix }
    [link-start] «{ $found }»: a case ending set off by a hyphen after a link — put the inflected word inside the link text: { $fix }
    [link-word] «{ $found }»: a case ending set off by a hyphen after a link — write a word for the entry, with that ending, as the link's text in place of «…»: { $fix }
    [emphasis] «{ $found }»: a case ending set off by a hyphen after bold or italic text — put the ending inside the emphasis: { $fix }
    [bracket] «{ $found }»: a case ending set off by a hyphen after brackets — put the ending on the word before the brackets: { $fix }
    [quote] «{ $found }»: a case ending set off by a hyphen after a quotation — put a noun in that case after the quotation: { $fix } (for example «Алсын хараа 2050» бодлогыг)
   *[word] «{ $found }»: a case ending set off by a hyphen — join it to the word, minding vowel harmony: { $fix }
    } (a hyphen is right only after an all-capitals abbreviation or a Latin name: ШУТИ-ийн, UNCTAD-ын)
problem-mn-latin = the Mongolian `{ $field }` has Latin letters: «{ $word }» — write it in Mongolian (Cyrillic); if it is a name or acronym that stays in Latin, add it to LATIN_NAMES.txt in your content folder
problem-en-cyrillic = the English `{ $field }` is written in Cyrillic: «{ $text }» — write it in English (a Mongolian name inside an English sentence is fine, and so is a quotation in “…” or «…»)
problem-en-cyrillic-locator = `{ $field }` gives the place in Mongolian only, «{ $text }», and the English view shows it as written — write the place as the source names it in English (`locator: "Section V"`, which toli shows in Mongolian as «V бүлэг»), or both languages: {"{"}en: "…", mn: "…"{"}"}
problem-tags-one-list = `tags` is one list for both languages, { $written ->
        [mn] and it is written in Mongolian, so the English view shows it too — write a list per language: tags: {"{"}en: [{ $en_lead }… in English], mn: [{ $mn }]{"}"}
        [en] and it is written in English, so the Mongolian view shows it too — write a list per language: tags: {"{"}en: [{ $en }], mn: [{ $mn_lead }… in Mongolian]{"}"}
       *[both] in English and Mongolian, so each view shows the other language's tags too — write a list per language: tags: {"{"}en: [{ $en }], mn: [{ $mn }]{"}"}
    }
problem-mn-spelling = «{ $word }» is a known misspelling — write «{ $fix }» (the ending follows the vowels of the word)
problem-mn-doubled-word = { $times ->
    [2] the word «{ $word }» is written twice in a row — delete one
   *[other] the word «{ $word }» is written { $times } times in a row — keep one
    }
problem-mn-three-decimals = «{ $number }» has a point before three decimals, which a reader used to the decimal comma takes for a thousands separator («3.348 сая» read as over three thousand million) — write millions in words («3 сая 348 мянга») or the number in the next smaller unit, its thousands grouped with a comma («3,348 мянга»)
problem-mn-three-decimals-value = `{ $field }: { $number }` has a point before three decimals, and the Mongolian side prints it as written, which a reader used to the decimal comma takes for a thousands separator («3.348 сая» read as over three thousand million) — write the value in the next smaller unit, a thousand times as many: `{ $field }: { $smaller }`, its unit one step down («мянга» for «сая», thousand for million), printed «{ $grouped }»; in prose, millions in words («3 сая 348 мянга»)
problem-mn-abbrev-first-use-once = «{ $abbr }» is used here before it is spelled out, and nowhere else in the entry — write the words alone, with the case ending the sentence needs: { $alone } (an abbreviation in brackets is only for a reader who meets it again)
problem-mn-abbrev-first-use = «{ $abbr }» is used here before it is spelled out — at its first use in the Mongolian text write the words, with the case ending the sentence needs, then the abbreviation in brackets: { $words }; after that «{ $abbr }» alone will do (a quoted title in «…» does not count)
problem-mn-link-repeats = «{ $words }» stands right before a link that shows «{ $shown }», so the reader sees it twice — write it once, as the link text: { $fix }
problem-numbers-one-side = { $lang ->
    [en] the English text
   *[mn] the Mongolian text
    } has numbers the other language does not: { $numbers } — check that both languages give the same figures
problem-piped-link-in-table = { $found } is in a table row, where its | ends the cell and the reader sees a broken link — write it as { $fix }
problem-tour-step-beyond = the text names step { $step }, but this tour has { $steps } steps — renumber the reference (steps count from 1 in the order of `steps`)
problem-tour-step-number = `{ $id }` is step { $actual } of this tour, but the text calls it step { $written } — write { $actual }
problem-table-row-cells = this table row has { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    } but the table's header has { $columns } — add the missing cells at the end of the row (an empty cell is written `|  |`)
problem-table-row-cells-more = this table row has { $cells } cells but the table's header has { $columns ->
        [one] 1
       *[other] { $columns }
    } — the reader does not see the cells past the header's: remove them, or add their columns to the header and its `|---|` line
problem-missing-language-locator = `{ $field }` is a map with { $lang ->
        [mn] English only — add its Mongolian: {"{"}en: "…", mn: "…"{"}"}
       *[en] Mongolian only — add its English: {"{"}en: "…", mn: "…"{"}"}
    }, or write one text for both languages (`locator: "Section V, Box 1"`), whose structural words toli shows in Mongolian
problem-mn-postposition-hyphen = «{ $found }»: руу, рүү, луу and лүү are not a case ending but a word of their own, written after a space, without a hyphen — { $fix } (луу, лүү after a word ending in р; уу or үү as the word's vowels go; the link's text stays as it is)
problem-link-in-field = `{ $field }` has a link, { $found }, but front matter is shown as it is written, brackets and all — write the words alone here, and link to the entry in the body or in `related`
problem-empty-field = `{ $field }` is written but has no value — write its value after the colon on this line (`toli help format` says what it holds)
problem-bad-id = `{ $value }` cannot be an id: an id is lower-case Latin letters, digits and - (at most 100 characters) — write{ $meant ->
        [yes] {" "}id: { $fix }
       *[no] , for example, id: { $fix }
    } (and name the file after it)
problem-unused-abbrev = { $lang ->
    [en] the English text
   *[mn] the Mongolian text
    } gives «{ $abbr }» in brackets after a name, but the entry never uses «{ $abbr }» again — not in a later sentence, the title, the summary, an alias, a label or note, a source's place, nor a linked entry's title. Either drop the bracket and let the words stand alone, or use «{ $abbr }» later in the entry: the bracket is only for a reader who meets the abbreviation again

severity-error = error
severity-warning = warning
problem-unreadable = cannot read this file: { $detail }
problem-too-large = file is { $bytes } bytes; entries may be at most { $limit } bytes — split it into several entries
problem-invalid-utf8 = the file is not valid UTF-8 text from this line on — save it as UTF-8
# A file saved as UTF-16 (its byte-order mark says so): how to save it again as UTF-8.
problem-utf16 = the file is saved as UTF-16 (“Unicode” in Windows Notepad), which toli does not read — save it again as UTF-8: in Notepad, File → Save as, then Encoding: UTF-8
problem-nul-byte = the file contains a NUL byte — remove it (is this a binary file?)
problem-empty = the file is empty — add front matter between two `---` lines, or delete the file
problem-no-front-matter = the file must start with a `---` line opening the front matter — add a `---` line at the top, then the fields (`id:`, `kind:`, `title:` …), then another `---` line before the text
problem-unclosed-front-matter = the front matter opened here is never closed — add a `---` line after it
problem-yaml = YAML error: { $detail }
problem-too-deep = the front matter nests lists or maps more than { $limit } levels deep — flatten it
problem-unknown-field = unknown field `{ $field }` — `toli help format` lists the fields of each kind
problem-field-not-for-kind = field `{ $field }` does not apply to entries of kind { $kind }
problem-missing-field = missing required field `{ $field }`
problem-missing-coded = missing required field `{ $field }`; write one of: { $expected }
problem-wrong-type = wrong type for `{ $field }`: { $detail }
problem-bad-value = `{ $value }` is not a valid { $field }; expected { $expected }
problem-missing-language = `{ $field }` has no { $lang ->
        [mn] Mongolian text — add it as `mn: …` beside its `en: …`
       *[en] English text — add it as `en: …` beside its `mn: …`
    }
problem-missing-body = no { $lang ->
        [mn] Mongolian
       *[en] English
    } body — add a `::: { $lang }` section
problem-unknown-section = { $read_as ->
        [en] toli knows no language line `::: { $marker }`, and read it as `::: en`, the English text — write `::: en`
        [mn] toli knows no language line `::: { $marker }`, and read it as `::: mn`, the Mongolian text — write `::: mn`
       *[other] unknown language section `::: { $marker }` — change it to `::: en` (English) or `::: mn` (Mongolian)
    }
problem-duplicate-section = a second `::: { $lang }` line (the first is line { $first }){ $same ->
        [yes] : both texts are kept, and the { $lang ->
            [mn] Mongolian
           *[en] English
        } view shows this one after the first — to make them one section, move this text to the end of the first and delete this line
       *[no] , and the text under it is written in { $written ->
            [mn] Mongolian
           *[en] English
        }: the { $lang ->
            [mn] Mongolian
           *[en] English
        } view shows it after the first — if it is the { $written ->
            [mn] Mongolian
           *[en] English
        } text, change this line to `::: { $written }`
    }
problem-text-outside-section = { $lines ->
        [one] the line before the first `::: en` / `::: mn` line is not shown: the entry loads without it — move it under `::: { $lang }`, the language it is written in
       *[other] the { NUMBER($lines) } lines before the first `::: en` / `::: mn` line are not shown: the entry loads without them — move them under `::: { $lang }`, the language they are written in
    }
problem-duplicate-id = id `{ $id }` is already used by { $other }, so this file does not load — give this entry another id{ $offered ->
        [yes] , such as `{ $stem }` (the file's name)
       *[no] {""}
    }
problem-broken-link = link to `{ $target }`, but no entry has that id
problem-broken-related = the related entry is given the id `{ $target }`, but no entry has that id
problem-broken-model = the stage's model is given the id `{ $target }`, but no entry has that id
problem-broken-addressed-by = the action or recommendation that addresses this finding is given the id `{ $target }`, but no action or recommendation has that id
problem-broken-action = the recommendation's action is given the id `{ $target }`, but no action has that id
problem-broken-step = the step is given the id `{ $target }`, but no entry has that id
problem-broken-source = the source is given the id `{ $target }`, but no source has that id
problem-broken-figure = the figure is given the id `{ $target }`, but no figure has that id
problem-wrong-link-kind = `{ $field }` names `{ $target }`, which is not an entry of kind { $expected }
problem-self-link = the entry links to itself — link to another entry, or keep the words and take the link off
problem-tour-step-is-tour = the step is given the id of the tour `{ $target }`: the talk shows that tour as one slide (its title, summary, list of steps and text) and the handout as one page, but neither goes through its steps — to show them, give their entries' ids as steps here, or present that tour on its own with `toli present { $target }`
problem-tour-step-itself = the step is given the id of this tour itself, and a tour cannot be its own step — give the id of the entry to show at this step
problem-finding-without-action = this finding names no action or recommendation in `addressed_by` — add the id of the one that answers it: addressed_by: [ID]
problem-unsourced = the entry cites no source — say where it comes from, each source with the place in it: sources: [{"{"}id: SOURCE-ID, locator: "Table 3"{"}"}] (`toli list --kind source` lists the sources)
problem-stage-gap = model `{ $model }` has no stage at position { $missing } — add that stage, or change the other stages' `position` so that they count 1, 2, 3 … with no gap
problem-stage-repeat = model `{ $model }` has two stages at position { $position } — give one of them another `position`
problem-action-without-recommendation = no recommendation lists this action in its `actions` — add `{ $id }` to the `actions` list of the recommendation it carries out (`toli new --from RECOMMENDATION-ID --content FOLDER` copies a shipped one into your folder to edit)
problem-action-in-two-recommendations = this action is listed by both `{ $first }` and `{ $second }` — keep it in the `actions` of one of them only
problem-figure-cells = row { $row } has { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    } but the figure has { $columns ->
        [one] 1 column
       *[other] { $columns } columns
    } — give each row one cell per entry of `columns`
problem-figure-total = the rows add up to { $sum }, but `total` says { $total }
problem-figure-total-unread = `total` is not checked against the rows yet: row { $row } could not be read — fix it, and the next toli check adds the rows up
problem-figure-units = `{ $field }` gives a unit different from the figure's `unit`, and bars share one unit — remove this `unit`, or show the figure as a table (`chart: table`)
problem-outside-root = skipped: it leads outside the content folder (to { $target })
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
# `toli check` found only notes (an own entry replacing a shipped one): nothing to fix.
check-clean-notes = { $entries ->
        [one] 1 entry
       *[other] { NUMBER($entries) } entries
    }, no problems — { $notes ->
        [one] a note
       *[other] { $notes } notes
    } above to read
problem-unexpected-key = `{ $field }` has an unexpected key `{ $key }` — only `en` and `mn` go inside `{ $field }`
problem-unexpected-key-field = `{ $field }` has an unexpected key `{ $key }` — `{ $key }` is a field of the entry: start it at the beginning of the line, not under `{ $field }`
# `toli check`: a file not named after its entry's id (a warning: the entry loads all the same).
problem-file-name = the file is named `{ $file }`, but its id is `{ $id }` — rename the file to `{ $id }.md`{ $offered ->
    [yes] , or change the id to `{ $stem }`
   *[no] , or change the id
    }, so that the file can be found by its id
# `toli check`: a tour step's `minutes` that is not a whole number ($step counts from 1, $value as
# written, $most the largest allowed).
problem-step-minutes = step { $step } has `minutes: { $value }`, but a step's minutes are a whole number from 1 to { $most } — write one (`minutes: 8`); until then the step shares the talk's time with the other steps
problem-synonyms = synonyms: { $detail } — write one group a line, `- [word, other word]`, as `toli help format` shows under "Synonyms"
# `toli check`: a tour step with no `entry` ($step counts from 1).
problem-step-without-entry = step { $step } names no entry — add `entry:` with the id of the entry to show (`entry: cluster`); the tour is shown without it until then
# Closes a file's warnings of one kind past the first ten.
problem-more-warnings = { $more ->
        [one] 1 more warning of this kind ({ $code }) in this file is not listed — fix those above, then check again
       *[other] { $more } more warnings of this kind ({ $code }) in this file are not listed — fix those above, then check again
    }
