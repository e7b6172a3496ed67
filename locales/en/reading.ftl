## An entry read in the app: its source line, relations, figures, apparatus and links to missing ids (src/reading.rs, src/app/reading.rs).
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

# A link to an id no entry has: the id, said plainly to be missing, with what `toli check` suggests.
reading-broken-link = { $id } (no such entry)
reading-broken-link-suggested = { $id } (no such entry: did you mean { $suggestion }?)
