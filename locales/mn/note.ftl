# The built-in note editor: moving in a line, and Esc over unsaved text.
hint-line-start = мөрийн эхэнд
hint-line-end = мөрийн төгсгөлд
note-unsaved = Тэмдэглэлийн өөрчлөлт хадгалагдаагүй байна: Ctrl-S дарвал хадгална, Esc дахин дарвал өөрчлөлтийг хаяна
