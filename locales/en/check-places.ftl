## `toli check`: a problem in an item of a list, named as a content author counts it (src/diagnostic/field_place.rs)
# $list is the list's field name as written (`rows`, `cells`); $n counts from 1.
field-place = { $list ->
    [rows] row { $n }
    [cells] cell { $n }
    [columns] column { $n }
    [sources] source { $n }
    [steps] step { $n }
   *[other] item { $n } of `{ $list }`
    }
# $place is one or more field-place, outermost first ("row 3, cell 2"); $problem the message.
problem-at-place = { $place }: { $problem }
