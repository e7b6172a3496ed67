# Уншиж байсан газраа нээх, тэмдэглэлийн жагсаалт, хайлтын урьдчилан харах.
session-save-failed = хаана хүртэл уншсаныг хадгалж чадсангүй: { $why }; дараа нээхэд эхний бичлэгээс эхэлнэ. Хавтас: { $folder }
hint-delete-word = үг устгах
hint-clear-query = арилгах
search-count = илэрц: { $count }
search-count-first = илэрц: { $total } (хамгийн тохирох { $count })
search-count-at-least = илэрц: { $total } гаруй (хамгийн тохирох { $count })
search-preview = Урьдчилан харах
search-matched = Тохирсон хэсэг
hint-notes = миний тэмдэглэлүүд
help-ctx-notes = Миний тэмдэглэлүүд
notes-title = Миний тэмдэглэлүүд
notes-empty = Одоогоор тэмдэглэл байхгүй. Бичлэг дээр e дарж бичнэ үү.
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
cli-search-near-only = { $count ->
        [one] { $words } гэсэн үг агуулгад байхгүй тул түүнтэй төстэй бичигдсэн үгтэй бичлэгүүдийг жагсаалаа
       *[other] { $words } гэсэн үгс агуулгад байхгүй тул тэдгээртэй төстэй бичигдсэн үгтэй бичлэгүүдийг жагсаалаа
    }
