# Handouts of a tour (toli export --tour): the figures a step shows in the talk (`f`).
# $n is the number of the tour step that shows the figure.
export5-shown-at = Shown at step { $n }
export5-shown-list = Charts shown at this step
