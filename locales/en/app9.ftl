# The notes screen's keys with no talk running (the step keys then do nothing).
notes-keys-idle = L: language · ?: help · Esc: close
# The notes screen when two presentations of its tour run (two sessions of one user).
notes-presenter-chosen = { $count } presentations of this tour are running; these notes follow (and drive) the one in process { $pid }.
