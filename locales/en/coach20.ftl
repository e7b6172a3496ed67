## Walk 20 (coach20): what `toli check` tells a coach building their own folder
# A problem that fails nothing: what a file does on purpose (`toli check` prints it as `path:line:col: note: …`).
severity-note = note
# An entry of one's own with a shipped entry's id replaces it ($title_en: the shipped entry's title; $stem: the file's name, offered as another id when $offered is yes).
problem-replaces-shipped = this entry replaces the shipped entry “{ $title_en }” (`{ $id }`): while this folder is loaded, the shipped one is gone from search, tours and handouts, and links to `{ $id }` open this one. To keep both, give this entry another id{ $offered ->
        [yes] , such as `{ $stem }` (the file's name)
       *[no] {""}
    }; to correct the shipped entry, leave it as it is
# An action no loaded recommendation lists, listed by one in a file that did not load.
problem-action-listed-by-unloaded = the recommendation in { $file } lists this action, but that file did not load — fix its error (line { $line }, column { $column }) and the action has its recommendation again
