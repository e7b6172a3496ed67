# Presenting: the arrows scroll a long slide, then step on, as clickers that send arrows expect.
hint-step-scroll-down = scroll down, then the next step
hint-step-scroll-up = scroll up, then the step before
hint-toggle-clock = hide or show the clock
hint-pause-clock = stop or run on the clock (a break)
# The presentation clock while stopped for a break ($clock is mm:ss).
present-clock-paused = { $clock } · paused
