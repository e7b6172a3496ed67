## Walk 9 (app10): broken links in the entry view and `toli show`, the content's problems window, the wide entry list
# A link to an id no entry has: the id, said plainly to be missing, with what `toli check` suggests.
reading-broken-link = { $id } — no such entry
reading-broken-link-suggested = { $id } — no such entry ({ $suggestion }?)
# `z` in the entry list: the list takes the kinds pane's width too.
hint-wide-list = wide list
tui-wide-list-nothing = The list already has the screen's width: z changes nothing
