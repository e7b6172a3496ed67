## The content's problems window `!` (src/app/problems.rs, src/ui/problems.rs).
# `!`: the content's problems, each whole.
hint-problems = problems in the content
problems-title = Problems in the content
problems-none = No problems in the content loaded.
problems-count = Errors: { $errors }, warnings: { $warnings }
problems-check = The same list in a terminal: { $command }
