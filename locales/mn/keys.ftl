## The keys: the hints of the status bar and the `?` help, its section headings, a key pressed in the wrong pane (src/app/keymap).
help-ctx-global = Бүх цонхонд
help-ctx-kinds = Төрлийн самбар
help-ctx-list = Бичлэгийн жагсаалт
help-ctx-entry = Бичлэгийн самбар
help-ctx-search = Хайлт
help-ctx-find = Олох мөр
help-ctx-help = Тусламжийн цонх
hint-help = тусламж
hint-quit = гарах
hint-search = хайх
hint-lang = англи/монгол
hint-both = хоёр хэлээр
hint-theme = өнгөний загвар
hint-mouse = хулганы удирдлага
hint-repaint = дэлгэцийг сэргээх
hint-left = зүүн самбар
hint-right = баруун самбар
hint-back = буцах
hint-forward = урагшлах
hint-close = хаах
hint-down = доош
hint-up = дээш
hint-open = нээх
hint-page-down = хуудас доош
hint-page-up = хуудас дээш
hint-top = эхэнд
hint-bottom = төгсгөлд
hint-next-link = дараагийн холбоос
hint-prev-link = өмнөх холбоос
hint-follow = холбоосоор очих
hint-scroll-down = доош гүйлгэх
hint-scroll-up = дээш гүйлгэх
hint-find = олох
hint-find-next = дараагийн илэрц
hint-find-prev = өмнөх илэрц
hint-find-done = дуусгах
hint-delete = устгах
help-ctx-present = Танилцуулга үзүүлэх үед
help-ctx-present-jump = Алхам руу очих
help-ctx-matrix = Дүгнэлт × арга хэмжээний хүснэгт
help-ctx-facets = Шүүлтүүр
help-ctx-bookmarks = Хавчуурга
help-ctx-note = Тэмдэглэл засах
hint-matrix = дүгнэлт × арга хэмжээ
hint-facets = шүүлтүүр
hint-bookmark = хавчуурга нэмэх, хасах
hint-bookmarks = хавчуургууд
hint-note = тэмдэглэл бичих
hint-cancel = цуцлах
# `z` in the entry list: the list takes the kinds pane's width too.
hint-wide-list = өргөн жагсаалт
help-ctx-problems = Агуулгын асуудлууд
# Esc in the entry view with nothing to close: back to the list (on a narrow screen the entry
# hides it).
hint-to-list = жагсаалт руу буцах
help-ctx-citation = Ишлэлийн цонх
hint-next-mark = дараагийн тэмдэг
hint-prev-mark = өмнөх тэмдэг
# The status line at 80 columns, reading an entry reached by a link, names the way back (Bksp back), Tab through the links, search, help and language. Where they do not fit, the L key's hint says it in one word (the language shown is named at the line's right end)…
hint-lang-short = хэл
# …and where even that is not enough (the projector theme, both languages side by side), the Tab hint in one word.
hint-next-link-short = холбоос
hint-zoom = бичлэгийн самбарыг бүтэн өргөнөөр харах
help-ctx-notes = Миний тэмдэглэлүүд
# Тэмдэглэлийн дэлгэцийн товчнуудын тусламжийн гарчиг (`toli present --notes`, хоёр дахь терминал).
help-ctx-present-notes = Сургагч багшийн тэмдэглэл (present --notes)
# A Latin letter that is a command in another pane, not in the focused one: what it does and
# where ($uses: one or more keys-works-in joined by "; ").
keys-letter-elsewhere = { $key } товч — { $uses }
keys-works-in = { $does }: { $places } дээр ажиллана
keys-places-two = { $a } эсвэл { $b }
keys-where-kinds = төрлийн самбар
keys-where-list = жагсаалт
keys-where-entry = бичлэг
