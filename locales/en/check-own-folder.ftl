## `toli check` on an author's own folder: the note level, a shipped entry replaced, required fields and what they hold.
# A problem that fails nothing: what a file does on purpose (`toli check` prints it as `path:line:col: note: …`).
severity-note = note
# An entry of one's own with a shipped entry's id replaces it ($title: the shipped entry's title; $stem: the file's name, offered as another id when $offered is yes).
problem-replaces-shipped = this entry replaces the shipped entry “{ $title }” (`{ $id }`): while this folder is loaded, the shipped one is gone from search, tours and handouts, and links to `{ $id }` open this one. To keep both, give this entry another id{ $offered ->
        [yes] , such as `{ $stem }` (the file's name)
       *[free] , such as `{ $stem }`
    }; to correct the shipped entry, leave it as it is
# An action no loaded recommendation lists, listed by one in a file that did not load.
problem-action-listed-by-unloaded = the recommendation in { $file } lists this action, but that file did not load — fix its error (line { $line }, column { $column }) and the action has its recommendation again
# A required field missing or empty, said with what it holds ($about: one of the about-* messages below).
problem-missing-field-about = missing required field `{ $field }`: { $about }
problem-empty-field-about = `{ $field }` is written but has no value — write it after the colon on this line: { $about }
# What a required field holds, with an example to copy (src/corpus/kinds.rs gives each field its message).
about-id = the entry's name in links and in its file's name, in lower-case Latin letters, digits and -, for example: id: anchor-firm
about-kind = what the entry is, for example: kind: definition (`toli help format` lists every kind)
about-kind-in-folder = what the entry is; in this folder, kind: { $kind } (`toli help format` lists every kind)
about-title = the entry's name in both languages, for example: title: {"{"}en: Anchor firm, mn: Тулгуур компани{"}"}
about-summary = one or two sentences in both languages saying what the entry is, for example: summary: {"{"}en: A large firm a cluster grows around., mn: Эргэн тойронд нь кластер бүрэлдэн бий болдог томоохон компани.{"}"}
about-stage-model = the id of the definition or case whose sequence this stage belongs to, for example: model: cluster-development-stages
about-stage-position = the stage's place in its model, 1, 2, 3 … (the positions of one model run from 1 without gaps), for example: position: 2
about-country = the country or area as a code, for example: country: MN (`toli help format` lists the codes)
about-policy-type = what kind of policy it is: law, strategy, programme or incentive, for example: type: law
about-case-type = what the case is: park, cluster, incubator, programme, organisation, platform, company or ecosystem, for example: type: cluster
about-challenge = the problem the recommendation answers, in both languages, for example: challenge: {"{"}en: Member firms do not trust each other enough to work together, mn: Гишүүн компаниуд хамтран ажиллах хэмжээнд бие биедээ итгэдэггүй{"}"}
about-actions = the ids of the actions that carry the recommendation out, in order, for example: actions: [trust-workshops]
about-author = the author or organisation as the source prints it, for example: author: UNCTAD
about-rows = the figure's data, one row per bar or table line, each with a label in both languages and the value as the source prints it, for example: rows: [{"{"}label: {"{"}en: Resident companies, mn: Резидент компани{"}"}, value: 120{"}"}]
about-steps = the entries to present, in order, each with a note only the presenter sees, in both languages, for example: steps: [{"{"}entry: cluster, note: {"{"}en: Start with the word itself, mn: Эхлээд нэр томьёог тайлбарлана{"}"}{"}"}]
# Own entries at the places of the shipped entries with their ids, as `toli new --from` copies them: one note for all, at the first ($ids: the first few, each in backticks; $more: how many others).
problem-replaces-shipped-copies = { $count ->
        [one] this entry replaces the shipped entry { $ids } while this folder is loaded, so search, tours and handouts show your version; it is where `toli new --from` writes its copy of that entry
       *[other] { $count } entries of yours replace the shipped entries with their ids while loaded: { $ids }{ $more ->
            [0] {""}
           *[other] {" "}and { $more } more
        } — so search, tours and handouts show your versions; they are where `toli new --from` writes its copies of those entries
    }
