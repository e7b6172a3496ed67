## The facet panel `F`: filters by kind, country, sector, year, ownership, policy type (src/app/facets.rs, src/ui/facet_panel.rs).
# Шүүлтүүрийн жагсаалт харагдах хэсгээс дээш эсвэл доош үргэлжилж байвал хүрээн дээрх тэмдэг;
# $keys нь үлдсэнийг харуулах товчлуурууд.
facets-more-above = ↑ дээр нь бас бий: { $keys }
facets-more-below = ↓ үргэлжлэл: { $keys }

hint-toggle-filter = утга сонгох
hint-clear-filters = шүүлтүүр арилгах
facets-title = Шүүлтүүр — { $count } бичлэг харагдаж байна
facets-active = Шүүлтүүр
facets-none = Шүүлтүүргүй: бүх бичлэг харагдана
facets-filtered = шүүсэн
facet-kind = Төрөл
facet-country = Улс
facet-sector = Салбар
facet-year = Он
facet-ownership = Өмчлөл
facet-policy-type = Бодлогын төрөл
facets-moved = { $from } хэсэгт эдгээр шүүлтүүрт тохирох бичлэг байхгүй; { $to } хэсгийг харуулж байна
facets-nothing = Эдгээр шүүлтүүрт тохирох бичлэг байхгүй: c/ё товчоор шүүлтүүрийг арилгана
# 0 утгатай мөрөн дээр Space (бусад шүүлтүүрийн дор түүнтэй бичлэг үлдээгүй): мөр нь байрандаа
# үлдэх боловч сонгогдохгүй, сонговол жагсаалт хоосорно.
facets-zero = «{ $value }» утгатай бичлэг үлдээгүй: c/ё товчоор шүүлтүүрийг арилгана
