## The built-in note editor: its keys, undo, the marks for more text (src/app/study/note_editor*.rs, src/ui/study).
# Тэмдэглэл засах цонх: мөр дотор шилжих, хадгалаагүй бичвэртэй үед Esc дарах.
hint-line-start = мөрийн эхэнд
hint-line-end = мөрийн төгсгөлд
# Засах товчлуурууд: Delete, үг, мөрийн хэсэг, буцаах, дахин хийх.
hint-delete-next = дараагийн тэмдэгтийг устгах
hint-delete-to-line-start = мөрийн эхэн хүртэл устгах
hint-delete-to-line-end = мөрийн төгсгөл хүртэл устгах
hint-word-left = өмнөх үг рүү
hint-word-right = дараагийн үг рүү
hint-undo = буцаах
hint-redo = дахин хийх
note-nothing-to-undo = Буцаах өөрчлөлт байхгүй
note-nothing-to-redo = Дахин хийх өөрчлөлт байхгүй
# Тэмдэглэл харагдах хэсгээс дээш эсвэл доош үргэлжилж байвал хүрээн дээрх тэмдэг; $keys нь
# үлдсэнийг харуулах товчлуурууд.
note-more-above = ↑ дээр нь бас бий: { $keys }
note-more-below = ↓ үргэлжлэл: { $keys }

hint-save-note = хадгалах
hint-newline = шинэ мөр
hint-left-char = зүүн
hint-right-char = баруун
note-unsaved-keys = Тэмдэглэл хадгалагдаагүй: Ctrl-S дарвал хадгална, одоо Esc дарвал өөрчлөлтийг хаяна, Ctrl-C дарвал хадгалаад гарна
hint-quit-save-note = хадгалаад гарах
hint-note-start = тэмдэглэлийн эхэнд
hint-note-end = тэмдэглэлийн төгсгөлд
