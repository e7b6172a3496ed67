# Printed and Markdown handouts.
# Header of a figure table's first column, which holds the rows' labels (indicators in some figures, names of parks or countries in others).
print-figure-row-head = Item
# Beside an entry's kind on its page in a tour handout: the tour step it is, numbered as in the talk.
print-step = Step { $n }
