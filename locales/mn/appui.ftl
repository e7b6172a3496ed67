# The status bar's search hint in the panes: `/` searches in Latin letters as well.
hint-search-latin = хайх (латинаар ч)
# The top of the `?` help: what typing letters in the panes does.
help-typing-cyrillic = Самбарт кирилл үсгээр бичвэл бичсэнээр тань хайлт эхэлнэ.
help-typing-latin = Харин латин үсэг тушаал болно: латинаар хайхдаа эхлээд / дарна.
help-typing-capitals = Тушаал биш том үсэг, цифр ч хайлт эхлүүлнэ: ITP, STI, 2022.
# `z` where the entry already fills the screen.
tui-zoom-nothing = Энэ өргөнд бичлэг дэлгэцийг бүтэн эзэлсэн тул z юу ч өөрчлөхгүй
# Esc in the entry view with nothing to close: back to the list (on a narrow screen the entry
# hides it).
hint-to-list = жагсаалт руу буцах
