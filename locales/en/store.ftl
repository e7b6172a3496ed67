note-more-lines = … and { $count ->
        [one] 1 more line
       *[other] { $count } more lines
    } (e opens the whole note)
