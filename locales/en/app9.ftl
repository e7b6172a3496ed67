# The notes screen's keys with no talk running (the step keys then do nothing).
notes-keys-idle = L: language · ?: help · Esc: close
# The notes screen when two presentations of its tour run (two sessions of one user).
notes-presenter-chosen = { $count } presentations of this tour are running; these notes follow (and drive) the one in process { $pid }. Notes for another: { $command }

## `toli present --notes --presenter PID` (its help)
cli-present-presenter = With --notes: follow (and drive) only the presentation in process PID, as the notes of another presentation of the same tour name it
cli-value-name-PID = PID
notes-presenter-not-running = The presentation in process { $pid }, which these notes were started for, is not running; waiting… Another presentation of this tour runs: its notes are { $command }
