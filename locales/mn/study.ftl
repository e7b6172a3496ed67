# Уншиж байсан газраа нээх, тэмдэглэлийн жагсаалт, хайлтын урьдчилан харах.
session-save-failed = хаана хүртэл уншсаныг хадгалж чадсангүй ({ $reason }); дараа нээхэд эхний бичлэгээс эхэлнэ
hint-delete-word = үг устгах
hint-clear-query = арилгах
search-count = илэрц: { $count }
search-count-first = илэрц: { $total } (эхний { $count })
search-count-at-least = илэрц: { $total }+ (эхний { $count })
search-preview = Урьдчилан харах
search-matched = Тохирсон хэсэг
hint-notes = миний тэмдэглэлүүд
help-ctx-notes = Миний тэмдэглэлүүд
notes-title = Миний тэмдэглэлүүд
notes-empty = Одоогоор тэмдэглэл байхгүй. Бичлэг дээр e дарж бичнэ үү.
notes-missing = мэдлэгийн санд байхгүй болсон
