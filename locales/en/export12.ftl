# On a handout folder's index.html, before the link to the file holding the whole handout
# (print.html): printing index.html prints only the contents.
export12-print-all = To print the whole handout, open this file (this page is only its contents):
# `toli new figure`: the comment on the optional `label_column` line.
skeleton-figure-label-column = a table's first column's header, over the rows' labels
