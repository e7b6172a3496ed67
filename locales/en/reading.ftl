# The entry's reading order (src/reading.rs): source line, relations, compact apparatus.
reading-source = Source
reading-figures = Figures
reading-count = { $label } ({ $count })
reading-tab-hint = Tab to go through them
reading-more-sources = +{ $count } more
hint-zoom = reading pane full width
