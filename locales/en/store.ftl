store-left-as-is = could not read { $file } ({ $reason }); it is left as it is and toli will not save over it
note-more-lines = … and { $count ->
        [one] 1 more line
       *[other] { $count } more lines
    } (e opens the whole note)
