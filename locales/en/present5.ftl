# `toli check`: a tour step's `minutes` that is not a whole number ($step counts from 1, $value as
# written, $most the largest allowed).
problem-step-minutes = step { $step } has `minutes: { $value }`, but a step's minutes are a whole number from 1 to { $most } — write one (`minutes: 8`); until then the step shares the talk's time with the other steps
# The notes screen: what the room sees when something is over the step (one line, ≤ 76 columns
# before the figure's title, which is cut to fit).
notes-over-figure = On the projector: figure { $shown } of { $total } · { $title }
notes-over-agenda = On the projector: the tour's agenda
notes-over-blank = On the projector: a blank screen
notes-over-summary = On the projector: the step's summary only
# The notes screen's pace line when the tour plans some steps' minutes ($step: this step's
# planned time as m:ss).
notes-plan-step = Plan: { $minutes } min, this step { $step } · { $state }
