## "Did you mean": the guess a command offers for an id or a name it does not know, as a
## sentence of its own after the message, and the search to run instead.
cli-did-you-mean = Did you mean `{ $suggestion }`?
cli-search-for-it = To search for it, run `toli search { $query }`.
# A kind guessed for a name that names none, by its Mongolian name ($kind) and its English one.
cli-did-you-mean-kind = Did you mean `{ $kind }` ({ $english })?
