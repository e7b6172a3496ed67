# A saved file broke during a talk. On the projector: short, and the audience may read it ($file is
# the file's name, $line its line).
present-reload-problem = ⚠ { $file }, line { $line }: a problem (details: notes screen, toli check)
# On the trainer's notes screen, above the whole message.
notes-reload-problem = A saved file has a problem (below). Fix it and save again; the talk goes on meanwhile.
# Presenting: `f` shows the figures a step names, one after another, over the step.
hint-step-figure = show the step's figures in turn, then the step again
# The footer while a figure is shown over the step ($shown of $total figures).
present-aside = Figure { $shown } of { $total } for this step · f: next · Esc: back to the step
present-no-figures = This step names no figures.
