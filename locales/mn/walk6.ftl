# The command line, after user walk 6.
cli-entry-not-loaded = `{ $id }` бичлэг ачаалагдсангүй: файлд нь алдаа байна. Алдааг засаад бусад алдаа байгаа эсэхийг `toli check` тушаалаар шалгана уу:
