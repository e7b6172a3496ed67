## Presenting a tour (`toli present`, `p`): the projector's keys, footer, figures, agenda and notices (src/present, src/app/present.rs).
hint-present = present tour
hint-next-step = next step
hint-prev-step = previous step
hint-jump-step = go to step
hint-leave-present = leave presentation
hint-jump-go = go
present-sync-failed = Could not tell the notes screen where the talk is: { $why }. Folder: { $folder }
present-pick-tour = Pick a tour and press p to present it
present-empty-tour = This tour has no steps to present
present-jump-prompt = Go to step
present-needs-terminal = `toli present` needs a terminal
# Presenting: resuming a tour, leaving, blank screen, step numbers, the notes' own language.
present-resumed = Resumed at step { $step } of { $total } · Home: start over
present-lang-kept = In { $lang ->
    [en] English
   *[mn] Mongolian
  }, as this tour was last shown · L: { $other ->
    [en] English
   *[mn] Mongolian
  } (or start it with --lang { $other })
present-no-such-step = No step { $step }: this tour has { $total } steps
present-remember-failed = Could not remember the step: { $why }. Folder: { $folder }
present-leave-ask = Leave the presentation? q: leave · any other key: stay
present-jump-range = Go to step (1–{ $total })
hint-first-step = first step
hint-last-step = last step
hint-blank = blank screen (any key brings it back)
hint-restart-clock = restart the clock
hint-leave-ask = leave (asks first)
# Presenting: the arrows scroll a long slide, then step on, as clickers that send arrows expect.
hint-step-scroll = scroll, then the next or previous step
hint-toggle-clock = hide or show the clock
hint-pause-clock = stop or run on the clock (a break)
# The presentation clock while stopped for a break ($clock is mm:ss).
present-clock-paused = { $clock } · paused
# A saved file broke during a talk. On the projector: short, and the audience may read it ($file is
# the file's name, $line its line).
present-reload-problem = ⚠ { $file }, line { $line }: a problem (details: notes screen, toli check)
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
# Presenting: `a` shows the tour's agenda over the step.
hint-agenda = the tour's agenda, or the step again
# The projector's footer over the agenda: the room reads it, so no keys.
present-agenda-footer = Agenda
# The projector on a step whose entry does not exist, while the notes screen says why.
present-step-unavailable = This step is not available.
# `toli present TOUR` (or `--notes`): the tour is not in the content loaded, but a presentation of it runs (from other content).
present-tour-running-elsewhere = The presentation `{ $tour }` is running in another terminal, from content this command did not load. Start the notes with the presenter's content: { $command }
# Projector footer, narrow: the step number typed after `g` is not one of the tour's; the prompt stays open with it.
present-jump-wrong = No such step · go to step (1–{ $total })
# Presenting: `/` searches over the slide for a participant's question; Enter shows the entry chosen over the step.
hint-present-search = search, to show the answer to a question
# The projector's footer over an answer found with `/`: the trainer needs the way back, the room may read it.
present-answer-footer = Answer to a question · Space or Esc: back to step { $step }
# Presenting: a key the talk has no use for (the keys are listed by `?`).
present-key-unused = This key does nothing in the talk · ?: the keys
# The tours list opened by `p`, on the tour whose talk was stopped before its end.
present-pick-tour-left = This talk was stopped at step { $step } of { $total }: p resumes it there
