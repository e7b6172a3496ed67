## Search: the search pane and box, counts, the preview, `toli search` (src/search, src/app/search.rs, src/ui/search*.rs, src/cli/search.rs).
cli-no-results = «{ $query }» гэсэн хайлтаар юу ч олдсонгүй
cli-search-more = хамгийн тохирох { $shown } илэрцийг харуулав (нийт { $total }); бүгдийг харах бол --limit { $total } сонголтоор хайна уу
cli-search-more-at-least = хамгийн тохирох { $shown } илэрцийг харуулав (нийт илэрц { $total } буюу түүнээс олон); илүүг харах бол --limit утгыг ихэсгэнэ үү
tui-search = Хайлт
tui-search-prompt = Хоёр хэлээр хайна: гарчиг, өөр нэр, шошго, бичвэр
tui-search-last = ↑ товчоор өмнөх хайлтаа буцааж авна: { $query }
tui-searching = хайж байна…
search-query-cut = Хайлтад хамгийн ихдээ { $max } тэмдэгт багтана: үлдсэнийг нь орхилоо
# The status bar's search hint in the panes: `/` searches in Latin letters as well.
hint-search-latin = хайх (латинаар ч)
# Хайлтын цонхонд ↑ (болон Ctrl-P): илэрцээр дээш, хоосон бол өмнөх хайлтаа буцааж авна.
hint-up-last-search = дээш; хоосон бол өмнөх хайлт
# The search preview's list of facts cut short ($count: how many are not shown).
search-preview-more = бас { $count } байна (Enter: бүгдийг харах)
hint-delete-word = үг устгах
hint-clear-query = арилгах
search-count = илэрц: { $count }
search-count-first = илэрц: { $total } (хамгийн тохирох { $count })
search-count-at-least = илэрц: { $total } гаруй (хамгийн тохирох { $count })
search-preview = Урьдчилан харах
search-matched = Тохирсон хэсэг
# Before the count when fewer entries hold every word of a query than match some.
search-count-complete = бүх үгтэй: { $complete }
# toli search, on stderr: how many of the listed hold every word.
cli-search-complete = { $complete ->
        [0] эдгээрээс хайлтын бүх үгийг агуулсан нь: 0; агуулсан үгийн тоогоор нь жагсав
       *[other] эдгээрээс хайлтын бүх үгийг агуулсан нь: { $complete } (эхэнд нь жагсав); бусад нь зарим үгийг нь агуулна
    }
# A search word the corpus does not hold, in the search window's count line and after `toli search`:
# the entries found hold a word spelled like it ("Finland" meets "financial").
quoted-word = «{ $word }»
search-near-only = { $words } байхгүй, төстэй бичигдсэн үгээр олдсон
# The same, where a long query leaves the count line little room.
search-near-only-short = { $words }: ойролцоо
# The same without the words, where the count line has room for little more than the count.
search-near-only-least = төстэй үгээр
cli-search-near-only = { $count ->
        [one] { $words } гэсэн үг агуулгад байхгүй тул түүнтэй төстэй бичигдсэн үгтэй бичлэгүүдийг жагсаалаа
       *[other] { $words } гэсэн үгс агуулгад байхгүй тул тэдгээртэй төстэй бичигдсэн үгтэй бичлэгүүдийг жагсаалаа
    }
# A query typed with the Latin layout active while meaning Mongolian (`mfvf.`): the same keys read
# on the Mongolian layout were searched instead; $reading is that reading, quoted (quoted-word).
search-read-as = Монгол гарын байрлалаар уншвал: { $reading }
# The same, where a long query leaves the count line little room.
search-read-as-short = Монгол гараар: { $reading }
# The same without the words, where the count line has room for little more than the count.
search-read-as-least = Монгол гараар
# toli search, on stderr; $typed is the query as typed, quoted.
cli-search-read-as = { $typed } гэж шивснийг монгол гарын байрлалаар уншиж { $reading } гэж хайлаа
