# Тэмдэглэл засах цонх: мөр дотор шилжих, хадгалаагүй бичвэртэй үед Esc дарах.
hint-line-start = мөрийн эхэнд
hint-line-end = мөрийн төгсгөлд
# Засах товчлуурууд: Delete, үг, мөрийн хэсэг, буцаах, дахин хийх.
hint-delete-next = дараах тэмдэгтийг устгах
hint-delete-to-line-start = мөрийн эхэн хүртэл устгах
hint-delete-to-line-end = мөрийн төгсгөл хүртэл устгах
hint-word-left = нэг үг зүүн
hint-word-right = нэг үг баруун
hint-undo = буцаах
hint-redo = дахин хийх
note-nothing-to-undo = Буцаах өөрчлөлт алга
note-nothing-to-redo = Дахин хийх өөрчлөлт алга
# Тэмдэглэл харагдах хэсгээс дээш эсвэл доош үргэлжилж байвал хүрээн дээрх тэмдэг; $keys нь
# үлдсэнийг харуулах товчлуурууд.
note-more-above = ↑ дээр нь бас бий: { $keys }
note-more-below = ↓ үргэлжлэл: { $keys }
