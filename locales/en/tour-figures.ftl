# `toli new tour`: the optional charts of a step, commented out in the new file.
skeleton-tour-figures = optional: ids of the figures `f` shows over this step in the talk, which the handout prints after it; remove the first # to use it
