## Walk 10 (ui12): what a live edit changed, links to a file that did not load, capped warnings, a key that works in another pane, small screens
# `toli check` and the app's problems: a link to the id of a file that did not load.
problem-link-to-unloaded = энэ файл ачаалагдаагүй тул түүний `{ $target }` таних нэр лүү заасан { $entries } бичлэгийн холбоос ажиллахгүй байна ({ $linking }) — энэ файлын алдааг (мөр { $line }, багана { $column }) засахад тэдгээр холбоос дахин ажиллана
# Closes a file's warnings of one kind past the first ten.
problem-more-warnings = энэ файлд ижил төрлийн ({ $code }) өөр { $more } анхааруулгыг жагсаасангүй — дээрхийг засаад дахин шалгана уу
# After a live reload: what the edit did to the file saved ($file, or $place: its name and
# line), and how many errors the content has ($errors).
reload-saved-problem = { $errors ->
        [one] { $place }: хадгалсан файлд алдаа байна — ! товчоор харна
       *[other] { $place }: хадгалсан файлд алдаа байна · агуулгад нийт { $errors } алдаа — ! товчоор харна
    }
reload-saved-fixed = { $file } файлын алдаа засагдлаа · агуулгын бусад файлд { $errors } алдаа үлдлээ — ! товчоор харна
reload-saved-fixed-all = { $file } файлын алдаа засагдлаа · агуулгад алдаа үлдсэнгүй
reload-saved-fine = { $file } алдаагүй · агуулгын бусад файлд { $errors } алдаа байна — ! товчоор харна
# A Latin letter that is a command in another pane, not in the focused one: what it does and
# where ($uses: one or more keys-works-in joined by "; ").
keys-letter-elsewhere = { $key } товч — { $uses }
keys-works-in = { $does }: { $places } дээр ажиллана
keys-places-two = { $a } эсвэл { $b }
keys-where-kinds = төрлийн самбар
keys-where-list = жагсаалт
keys-where-entry = бичлэг
# A tour step naming the id of an entry whose file did not load, on the projector.
teach-step-unloaded = Энэ алхам `{ $id }` таних нэртэй бичлэгийг заасан; энэ таних нэр { $file } файлд байгаа ч тэр файл ачаалагдаагүй — эхлээд тэр файлын алдааг засна уу (мөр { $line }, багана { $column }).
teach-step-unloaded-fix = Тэр файлыг засаад агуулгаа дараах тушаалаар шалгана уу:
