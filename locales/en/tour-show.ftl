# `toli show TOUR`: a step's planned time, after its title.
show-step-minutes = { $minutes } min
# `toli new tour`: the optional planned time of a step, commented out in the new file.
skeleton-tour-minutes = optional: minutes planned for this step (the notes screen's pace); remove the first # to use it
# `toli check`: a tour step with no `entry` ($step counts from 1).
problem-step-without-entry = step { $step } names no entry — add `entry:` with the id of the entry to show (`entry: cluster`); the tour is shown without it until then
# The notes screen when the talk it followed has ended at its last step (its presenter quit or was closed there).
notes-ended = The presentation has ended. Start it again with: { $command } — waiting…
# The notes screen following one tour while another is presented ($title: the one presented).
notes-other-tour = Another tour is being presented: «{ $title }». This screen follows the tour named when it was started; waiting…
# The notes screen when the steps' own minutes add up to more than the talk's plan.
notes-plan-overrun = The steps plan { $own } min, more than the { $minutes } planned: cut or shorten a step.
# The projector on a step whose entry does not exist, while the notes screen says why.
present-step-unavailable = This step is not available.
