# A saved file broke during a talk. On the projector: short, and the audience may read it ($file is
# the file's name, $line its line).
present-reload-problem = ⚠ { $file }, line { $line }: a problem (details: notes screen, toli check)
# On the trainer's notes screen, above the whole message.
notes-reload-problem = A saved file has a problem (below). Fix it and save again; the talk goes on meanwhile.
