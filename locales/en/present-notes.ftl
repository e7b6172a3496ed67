## The presenter's notes screen (`toli present --notes`): keys, steps, pace, what the projector shows (src/present/notes).
notes-heading = Trainer notes
notes-waiting = No presentation is running. Start one in another terminal with: { $command } — waiting…
notes-step = Step
notes-no-note = (no note for this step)
notes-next = Next
notes-last-step = This is the last step.
# The notes screen's keys with no talk running (the step keys then do nothing).
notes-keys-idle = L: language · ?: help · Esc: close
# The notes screen when two presentations of its tour run (two sessions of one user).
notes-presenter-chosen = { $count } presentations of this tour are running; these notes follow (and drive) the one in process { $pid }. Notes for another: { $command }
notes-presenter-not-running = The presentation in process { $pid }, which these notes were started for, is not running; waiting… Another presentation of this tour runs: its notes are { $command }
# Notes screen: the step's text links `[[id]]` to an entry that does not exist; the projector leaves the link out.
notes-step-figures = f shows { $count ->
        [one] this step's chart
       *[other] this step's { $count } charts, one per press
    }: { $titles }
notes-broken-body-link = Left off the projector, a broken link — in the text: { $said }
# The notes screen's keys while a talk runs, where the whole line fits (else notes-keys-short).
notes-keys = Space,→: next step · ←: previous · f: charts · p: break · L: language · ?: help · Esc: close
# On the trainer's notes screen, above the whole message.
notes-reload-problem = A saved file has a problem (below). Fix it and save again; the talk goes on meanwhile.
# The notes screen's pace line ($minutes planned, $per per step as m:ss, $state one of the four below).
notes-plan = Plan: { $minutes } min, about { $per } a step · { $state }
notes-pace-on-time = on time
notes-pace-behind = { $min } min behind
notes-pace-ahead = { $min } min ahead
notes-pace-paging = paging through (the pace shows once the steps take { $secs } s each on average)
# The pace on a step shown out of order (a jump ahead to a chart, or back): measured at the step the
# talk has reached in order ($at); $state is one of the first three above.
notes-pace-out-of-order = { $state } at step { $at } (this step is shown out of order)
# The notes screen: what the room sees when something is over the step (one line, ≤ 76 columns
# before the figure's title, which is cut to fit).
notes-over-figure = On the projector: figure { $shown } of { $total } · { $title }
notes-over-agenda = On the projector: the tour's agenda
notes-over-blank = On the projector: a blank screen
notes-over-summary = On the projector: the step's summary only
# The room sees another language than the notes ($lang: the room's, after L on the projector).
notes-room-lang = On the projector: { $lang ->
    [en] English
   *[mn] Mongolian
  } · L on the projector switches it
# The room sees the language the tour was last shown in, kept at this start rather than the
# one it would have opened in ($lang: the room's); said until L is pressed on the projector.
notes-room-lang-kept = On the projector: { $lang ->
    [en] English
   *[mn] Mongolian
  }, as this tour was last shown · L on the projector switches it
# The notes screen's pace line when the tour plans some steps' minutes ($step: this step's
# planned time as m:ss).
notes-plan-step = Plan: { $minutes } min, this step { $step } · { $state }
# The notes screen when the talk it followed has ended at its last step (its presenter quit or was closed there).
notes-ended = The presentation has ended. Start it again with: { $command } — waiting…
# The notes screen following one tour while another is presented ($title: the one presented).
notes-other-tour = Another tour is being presented: «{ $title }». This screen follows the tour named when it was started; waiting…
# The notes screen when the steps' own minutes add up to more than the talk's plan.
notes-plan-overrun = The steps plan { $own } min, more than the { $minutes } planned: cut or shorten a step.
# Notes screen: a talk runs whose tour this terminal's content does not hold (started without the presenter's --content).
notes-tour-not-loaded = The presentation `{ $tour }` is running, but this terminal has not loaded the content it comes from. Leave with q and start the notes with the presenter's content: { $command }
# Notes screen: a fact of the step links to an entry that does not exist; the projector leaves it out.
notes-broken-link = Left off the projector, a broken link — { $label }: { $said }
# Notes screen, a narrow terminal: the main keys while a talk runs, `?` for the others.
notes-keys-short = Space,→: next · ←: back · f: charts · p: break · ?: all keys · Esc: close
# Notes screen: Esc asked whether to close the notes (the projector asks the same).
notes-leave-ask = Close the notes? q: close · any other key: stay
# `f` pressed on the notes at a step with no chart to show over it: said on the notes' key line, not on the projector (which stays as it was).
notes-figure-none = No other charts for this step; the projector is unchanged.
notes-figure-is-step = This step is the chart itself; the projector is unchanged.
hint-notes-figure = the step's charts on the projector in turn
hint-notes-lang = the notes in the other language
hint-notes-close = close the notes
hint-notes-close-ask = close the notes (asks first)

# The notes screen when the talk it followed was closed before its last step ($step, $total:
# counted from 1); the command starts it again at that step.
notes-stopped = The presentation was closed at step { $step } of { $total }. Resume it with: { $command } — waiting…

# The notes screen: an entry found with `/` on the projector is shown over the step, for a question
# from the room (one line; the entry's title, last, is cut to fit).
notes-over-answer = On the projector: an answer (Space: back to the step) · { $title }
# The notes screen: `/` searches for a question from the room; Enter shows the entry chosen on the
# projector, over the step (src/present/notes/search.rs).
hint-notes-search = search; Enter shows the answer on the projector
notes-search-title = Search: Enter shows it on the projector · Esc: back to the notes
notes-search-prompt = Search
notes-search-type = Type a question or a few words; the room sees only the entry you choose.
notes-search-none = Nothing found: try other words.
notes-search-shown = Shown on the projector · Space: back to the step
notes-search-no-talk = No talk is running to show it in
notes-search-not-sent = Could not reach the projector: the runtime folder cannot be written
# The notes screen: a key it has no use for (the keys are listed by `?`).
notes-key-unused = This key does nothing here · ?: the keys
