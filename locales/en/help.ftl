## The `?` help screen's own lines: what typing letters does, the marks for more keys (src/ui/help.rs).
# The top of the `?` help: what typing letters in the panes does.
help-typing-cyrillic = In the panes, Cyrillic letters start a search; / always starts one.
help-typing-latin = So do Latin letters and digits no key here uses: it park, ITP, 2022.
help-typing-capitals = Command letters typed at once before an unused one are searched too.
# Marks on the `?` help's border: more keys below, and more above (the section opened at
# comes first; the others follow).
help-more-below = ↓ more: Space, PgDn
help-more-above = ↑ more: k, g
