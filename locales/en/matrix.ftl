## The findings × actions matrix `M` and `toli matrix` (src/app/matrix.rs, src/ui/matrix.rs, src/cli/matrix.rs).
hint-next-finding = next finding
hint-prev-finding = previous finding
hint-next-action = next action
hint-prev-action = previous action
hint-open-finding = open finding
hint-open-action = open action
matrix-title = Findings × actions
matrix-empty = No findings or actions to show.
matrix-f = F
matrix-a = A
matrix-r = R
matrix-addressed-by = addressed by
# After the actions the matrix line names by code only, for lack of room.
matrix-names-hint = (n shows each by name)
matrix-answers = answers
matrix-nothing = nothing yet
matrix-direct = names the action
matrix-via-recommendation = through its recommendation
matrix-none = not linked
cli-matrix-legend = → the actions that answer the finding above it; * through its recommendation (the finding names the recommendation, not the action)
