# The status bar's search hint in the panes: `/` searches in Latin letters as well.
hint-search-latin = хайх (латинаар ч)
# The top of the `?` help: what typing letters in the panes does.
help-typing-cyrillic = Самбарт кирилл үсгээр бичихэд шууд хайна; / товчоор үргэлж хайна.
help-typing-latin = Тушаал биш латин үсэг, цифр бичихэд ч хайна: it park, ITP, 2022.
help-typing-capitals = Тушаалын үсгүүдийн араас тушаал биш үсэг шууд бичвэл бүгдийг нь хайна.
# `?` тусламжийн хүрээн дээрх тэмдэг: доор нь, дээр нь өөр товчнууд бий.
help-more-below = ↓ үргэлжлэл: Space, PgDn
help-more-above = ↑ дээр нь бас бий: k, g
# `z` where the entry already fills the screen.
tui-zoom-nothing = Энэ өргөнд бичлэг дэлгэцийг бүтэн эзэлсэн тул z юу ч өөрчлөхгүй
# Esc in the entry view with nothing to close: back to the list (on a narrow screen the entry
# hides it).
hint-to-list = жагсаалт руу буцах
