# The entry's reading order (src/reading.rs): source line, relations, compact apparatus.
reading-source = Эх сурвалж
reading-figures = Зураг, хүснэгт
# Жишээ өөрөө нэрлээгүй ч түүнийг нэрласан (`related`, бичвэр дэх холбоос) зураг, хүснэгт.
reading-related-figures = Холбогдох зураг, хүснэгт
reading-count = { $label } ({ $count })
reading-tab-hint = Tab товчоор ээлжлэн сонгоно
reading-more-sources = бусад эх сурвалж: { $count }
reading-more-places = бусад байршил: { $count }
hint-zoom = бичлэгийн самбарыг бүтэн өргөнөөр харах
# The search preview's list of facts cut short ($count: how many are not shown).
search-preview-more = бас { $count } байна (Enter: бүгдийг харах)
