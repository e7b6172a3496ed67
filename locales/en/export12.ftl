# On a handout folder's index.html, before the link to the file holding the whole handout
# (print.html): printing index.html prints only the contents.
export12-print-all = To print the whole handout, open this file (this page is only its contents):
# `toli new figure`: the comment on the optional `label_column` line.
skeleton-figure-label-column = a table's first column's header, over the rows' labels
# Under the printed contents of a tour's handout, which can carry no page numbers ($step: the
# tour's last step, given as the example of the box that heads a step).
export12-contents-note = To find a step on paper, look for its number in bold at the head of the step (STEP { $step }).
