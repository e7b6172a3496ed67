## The content's problems window `!` (src/app/problems.rs, src/ui/problems.rs).
# `!`: the content's problems, each whole.
hint-problems = problems in the content
problems-title = Problems in the content
problems-none = No problems in the content loaded.
problems-count = Errors: { $errors }, warnings: { $warnings }
problems-check = The same list in a terminal: { $command }
# `!` when the content has only notes (an own entry replacing a shipped one): nothing to fix, but read them.
problems-count-notes = No problems — { $notes ->
        [one] a note
       *[other] { $notes } notes
    } below to read.
