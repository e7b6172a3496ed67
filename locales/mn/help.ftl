## The `?` help screen's own lines: what typing letters does, the marks for more keys (src/ui/help.rs).
# The top of the `?` help: what typing letters in the panes does.
help-typing-cyrillic = Самбарт кирилл үсгээр бичихэд шууд хайна; / товчоор үргэлж хайна.
help-typing-latin = Тушаал биш латин үсэг, цифр бичихэд ч хайна: it park, ITP, 2022.
help-typing-capitals = Тушаалын үсгүүдийн араас тушаал биш үсэг шууд бичвэл бүгдийг нь хайна.
# `?` тусламжийн хүрээн дээрх тэмдэг: доор нь, дээр нь өөр товчнууд бий.
help-more-below = ↓ үргэлжлэл: Space, PgDn
help-more-above = ↑ дээр нь бас бий: k, g
