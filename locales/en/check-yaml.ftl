## `toli check`: YAML slips named where they were made (src/corpus/parse/yaml_syntax.rs)
teach-yaml-quote-not-closed = the quote `{ $name }` opened here is never closed, so YAML reads the lines below as part of this value — end the value with `{ $name }` on this line
teach-yaml-map-not-closed = the `{"{"}` opened here is never closed — add `{"}"}` after the last value on this line (and separate the fields with commas)
teach-yaml-list-not-closed = the `[` opened here is never closed — add `]` after the last item on this line (and separate the items with commas)
teach-yaml-missing-comma = a comma is missing before `{ $name }` — inside {"{"} {"}"} the fields are separated by commas, like {"{"}en: text, mn: бичвэр{"}"}
teach-yaml-no-colon = a field needs a colon after its name — write `{ $name }`
teach-yaml-indent-more = this line is indented more than `{ $name }` on the line above — start both in the same column, using spaces: write `{ $fixed }` { $spaces ->
        [0] at the start of the line
        [one] after one space
       *[other] after { $spaces } spaces
    }
teach-yaml-indent-less = this line is indented less than `{ $name }` on the line above, and lines up with no field — start it in the same column as `{ $name }`: write `{ $fixed }` { $spaces ->
        [0] at the start of the line
        [one] after one space
       *[other] after { $spaces } spaces
    }
teach-yaml-indent-top = `{ $name }` is a field of the entry — start it at the beginning of the line, with no spaces before it: `{ $fixed }`
teach-yaml-dash-after-key = a list cannot start on the same line as its field — put each `- item` on a line of its own below the field, or write [one, two]
teach-yaml-unreadable = YAML cannot read the front matter from here — look on this line and the one above for a missing colon, quote or bracket (the parser says: { $name })
teach-yaml-extra-closer = this `{ $name }` closes nothing — remove it
teach-yaml-after-value = the value has ended, but the line goes on with `{ $name }` — remove that, or put all the items inside one pair of brackets
teach-yaml-missing-dash = this line starts a new item of the list above — begin it with `- `, like the item above

## `toli check`: a coded value written as its name (src/corpus/parse/build.rs)
problem-value-name = `{ $value }` is read as `{ $code }` — write the code `{ $code }` in `{ $field }`
teach-yaml-list-closes-after = the `[` opened here is never closed — add `]` after `{ $name }`
teach-yaml-map-closes-after = the `{"{"}` opened here is never closed — add `{"}"}` after `{ $name }`
teach-yaml-quote-closes-after = the quote opened here is never closed — add the closing quote after `{ $name }`
teach-yaml-wrong-closer = this bracket does not match the one it closes — write `{ $name }` here
teach-yaml-colon-in-flow-value = a value inside {"{"} {"}"} contains `: `, which YAML reads as the start of a new field — put the value in quotes: { $name }
teach-yaml-comma-in-flow-value = a comma inside {"{"} {"}"} ends the value, so YAML read `{ $name }` as a field of its own — put the whole value in quotes: { $fixed }
teach-yaml-comma-in-flow-item = a comma inside [ ] ends the item, so YAML read `{ $name }` as an item of its own, not as part of the value before it — put the whole value in quotes: { $fixed }
