# A saved file broke during a talk. On the projector: short, and the audience may read it ($file is
# the file's name, $line its line).
present-reload-problem = ⚠ { $file }, line { $line }: a problem (details: notes screen, toli check)
# On the trainer's notes screen, above the whole message.
notes-reload-problem = A saved file has a problem (below). Fix it and save again; the talk goes on meanwhile.
# Presenting: `f` shows the charts the tour sets for a step (its `figures`), one after another, over the step.
hint-step-figure = the step's figures in turn, then the step
# The projector's footer while a figure is shown over the step ($shown of $total figures). The
# room reads it: no keys (they are in `?`).
present-aside = Figure { $shown } of { $total }
# `f` at a step the tour sets no charts for (its text may still mention some).
present-no-figures = No other charts for this step.
# `f` at a step that is itself a chart (and sets no other).
present-step-is-figure = This step is the chart itself.
hint-summary-slides = summary slides, or whole entries again
# `toli present TOUR --minutes MIN`: the talk's planned length, for its pace on the notes screen.
cli-present-minutes = The talk's planned length in minutes: the notes screen says whether it runs on time (kept for the tour's next start)
cli-value-name-MIN = MIN
# The notes screen's pace line ($minutes planned, $per per step as m:ss, $state one of the three below).
notes-plan = Plan: { $minutes } min, about { $per } a step · { $state }
notes-pace-on-time = on time
notes-pace-behind = { $min } min behind
notes-pace-ahead = { $min } min ahead
# The pace on a step shown out of order (a jump ahead to a chart, or back): measured at the step the
# talk has reached in order ($at); $state is one of the three above.
notes-pace-out-of-order = { $state } at step { $at } (this step is shown out of order)
# Presenting: `a` shows the tour's agenda over the step.
hint-agenda = the tour's agenda, or the step again
# The projector's footer over the agenda: the room reads it, so no keys.
present-agenda-footer = Agenda
