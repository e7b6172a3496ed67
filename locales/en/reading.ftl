# The entry's reading order (src/reading.rs): source line, relations, compact apparatus.
reading-source = Source
reading-figures = Figures
# A case's figures it does not name itself: each names the case (its `related`, a link in its text).
reading-related-figures = Related figures
reading-count = { $label } ({ $count })
reading-tab-hint = Tab to go through them
reading-more-sources = { $count } more { $count ->
    [one] source
   *[other] sources
  }
reading-more-places = { $count } more { $count ->
    [one] place
   *[other] places
  }
hint-zoom = reading pane full width
# The search preview's list of facts cut short ($count: how many are not shown).
search-preview-more = { $count } more (Enter: see all)
