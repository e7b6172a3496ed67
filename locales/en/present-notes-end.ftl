## The notes screen when the talk it followed was closed before its last step (src/present/notes).
# The notes screen when the talk it followed was closed before its last step ($step, $total:
# counted from 1); the command starts it again at that step.
notes-stopped = The presentation was closed at step { $step } of { $total }. Resume it with: { $command } — waiting…
