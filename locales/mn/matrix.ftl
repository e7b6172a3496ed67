## The findings × actions matrix `M` and `toli matrix` (src/app/matrix.rs, src/ui/matrix.rs, src/cli/matrix.rs).
hint-next-finding = дараагийн дүгнэлт
hint-prev-finding = өмнөх дүгнэлт
hint-next-action = дараагийн арга хэмжээ
hint-prev-action = өмнөх арга хэмжээ
hint-open-finding = дүгнэлтийг нээх
hint-open-action = арга хэмжээг нээх
matrix-title = Дүгнэлт × арга хэмжээ
matrix-empty = Харуулах дүгнэлт, арга хэмжээ байхгүй.
matrix-f = Д
matrix-a = А
matrix-r = З
matrix-addressed-by = шийдвэрлэх арга хэмжээ
# Багтаагүй тул зөвхөн кодоор нь нэрлэсэн арга хэмжээнүүдийн дараа.
matrix-names-hint = (n товчоор нэг бүрийн нэрийг харна)
matrix-answers = шийдвэрлэх асуудал
matrix-nothing = одоогоор байхгүй
matrix-direct = арга хэмжээг шууд нэрлэсэн
matrix-via-recommendation = зөвлөмжөөр дамжсан
matrix-none = холбоогүй
cli-matrix-legend = → дээрх дүгнэлтийг шийдвэрлэхэд чиглэсэн арга хэмжээ; * зөвлөмжөөр дамжсан (дүгнэлт нь арга хэмжээг биш, түүний зөвлөмжийг нэрлэсэн)
