## Walk 9 (app10): broken links in the entry view and `toli show`, the content's problems window, the wide entry list
# A link to an id no entry has: the id, said plainly to be missing, with what `toli check` suggests.
reading-broken-link = { $id } — бичлэг байхгүй
reading-broken-link-suggested = { $id } — бичлэг байхгүй ({ $suggestion }?)
# `z` in the entry list: the list takes the kinds pane's width too.
hint-wide-list = өргөн жагсаалт
tui-wide-list-nothing = Жагсаалт дэлгэцийн өргөнийг аль хэдийн бүтэн эзэлсэн тул z товч юу ч өөрчлөхгүй
# `!`: the content's problems, each whole.
hint-problems = агуулгын асуудлууд
help-ctx-problems = Агуулгын асуудлууд
problems-title = Агуулгын асуудлууд
problems-none = Ачаалсан агуулгад асуудал байхгүй.
problems-count = Алдаа: { $errors }, анхааруулга: { $warnings }
problems-check = Энэ жагсаалтыг терминалд харах тушаал: { $command }
# After a live reload that left errors, when which file was saved is not known: how many, where
# the first is, the key that shows them.
reload-problems = { $errors ->
        [one] Агуулгад 1 алдаа байна: { $place } — ! товчоор харна
       *[other] Агуулгад { $errors } алдаа байна, эхнийх нь { $place } — ! товчоор харна
    }
