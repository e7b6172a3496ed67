## After a live reload: what the saved file's edit did, entries gone, left or back (src/app/reload*.rs).
# After a live reload that left errors, when which file was saved is not known: how many, where
# the first is, the key that shows them.
reload-problems = { $errors ->
        [one] Агуулгад 1 алдаа байна: { $place } — ! товчоор харна
       *[other] Агуулгад { $errors } алдаа байна, эхнийх нь { $place } — ! товчоор харна
    }
# Шууд шинэчлэл: уншиж буй бичлэгийн файлыг устгасан; жагсаалт тухайн мөртөө үлдэнэ (тасарсан холбоосыг ! товч харуулна).
reload-entry-deleted = { $file } файлыг устгасан тул «{ $title }» бичлэг агуулгад байхгүй болов
# Шууд шинэчлэл: уншиж буй бичлэгийн файл байгаа ч тэр бичлэг тэнд байхгүй болсон (таних нэрийг нь өөрчилсөн байж магадгүй).
reload-entry-left-file = { $file } файлд «{ $title }» бичлэг байхгүй болов (таних нэрийг нь өөрчилсөн үү?)
# Шууд шинэчлэл: алга болсон бичлэг буцаж ирлээ.
reload-entry-back = { $file } файлд «{ $title }» бичлэг дахин бий болж, агуулгад буцаж орлоо
# After a live reload: what the edit did to the file saved ($file, or $place: its name and
# line), and how many errors the content has ($errors).
reload-saved-problem = { $errors ->
        [one] { $place }: хадгалсан файлд алдаа байна — ! товчоор харна
       *[other] { $place }: хадгалсан файлд алдаа байна · агуулгад нийт { $errors } алдаа — ! товчоор харна
    }
reload-saved-fixed = { $file } файлын алдаа засагдлаа · агуулгын бусад файлд { $errors } алдаа үлдлээ — ! товчоор харна
reload-saved-fixed-all = { $file } файлын алдаа засагдлаа · агуулгад алдаа үлдсэнгүй
reload-saved-fine = { $file } алдаагүй · агуулгын бусад файлд { $errors } алдаа байна — ! товчоор харна
