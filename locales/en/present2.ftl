# Presenting: resuming a tour, leaving, blank screen, step numbers, the notes' own language.
present-resumed = Resumed at step { $step } of { $total } · Home: start over
present-no-such-step = No step { $step }: this tour has { $total } steps
present-remember-failed = Could not remember the step: { $why }. Folder: { $folder }
present-leave-ask = Leave the presentation? q: leave · any other key: stay
present-jump-range = Go to step (1–{ $total })
hint-first-step = first step
hint-last-step = last step
hint-blank = blank screen (any key brings it back)
hint-restart-clock = restart the clock
hint-leave-ask = leave (asks first)
# The notes screen's keys while a talk runs, where the whole line fits (else notes-keys-short).
notes-keys = Space,→: next step · ←: previous · f: charts · p: break · L: language · ?: help · Esc: close
