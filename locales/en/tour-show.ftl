# `toli show TOUR`: a step's planned time, after its title.
show-step-minutes = { $minutes } min
# `toli new tour`: the optional planned time of a step, commented out in the new file.
skeleton-tour-minutes = optional: minutes planned for this step (the notes screen's pace); remove the first # to use it
