## An entry read in the app: its source line, relations, figures, apparatus and links to missing ids (src/reading.rs, src/app/reading.rs).
# The entry's reading order (src/reading.rs): source line, relations, compact apparatus.
reading-source = Эх сурвалж
reading-figures = Зураг, хүснэгт
# Жишээ өөрөө нэрлээгүй ч түүнийг нэрласан (`related`, бичвэр дэх холбоос) зураг, хүснэгт.
reading-related-figures = Холбогдох зураг, хүснэгт
reading-count = { $label } ({ $count })
reading-tab-hint = Tab товчоор ээлжлэн сонгоно
reading-more-sources = бусад эх сурвалж: { $count }
reading-more-places = бусад байршил: { $count }

# A link to an id no entry has: the id, said plainly to be missing, with what `toli check` suggests.
reading-broken-link = { $id } (бичлэг байхгүй)
reading-broken-link-suggested = { $id } (бичлэг байхгүй, { $suggestion } гэсэн үү?)
