# The command line, after user walk 6.
cli-entry-not-loaded = `{ $id }` бичлэг ачаалагдсангүй: файлд нь алдаа байна; засаад бусад алдааг `toli check` тушаалаар шалгана уу:
