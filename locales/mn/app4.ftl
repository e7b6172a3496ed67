# Ишлэлийн цонх, хулгана, хайлтын хязгаар, тэмдэглэлийн Ctrl-C.
cite-more-below = ↓ үргэлжлэл: j, PgDn
cite-more-above = ↑ k, PgUp
mouse-released = Хулгана чөлөөтэй: бичвэрийг сонгоно уу; M дахин дарвал буцаана
mouse-captured = Хулгана дахин toli-д ажиллана: товшилт, дугуй
note-unsaved-keys = Тэмдэглэл хадгалагдаагүй: Ctrl-S дарвал хадгална, Esc дахин дарвал хаяна, Ctrl-C дахин дарвал хадгалаад гарна
hint-quit-save-note = хадгалаад гарах
search-query-cut = Хайлтад хамгийн ихдээ { $max } тэмдэгт багтана: үлдсэнийг нь орхилоо
bookmark-removed-undo-keys = Хавчуурга хаслаа: { $title } — u/г товчоор сэргээнэ
