## The content's problems window `!` (src/app/problems.rs, src/ui/problems.rs).
# `!`: the content's problems, each whole.
hint-problems = агуулгын асуудлууд
problems-title = Агуулгын асуудлууд
problems-none = Ачаалсан агуулгад асуудал байхгүй.
problems-count = Алдаа: { $errors }, анхааруулга: { $warnings }
problems-check = Энэ жагсаалтыг терминалд харах тушаал: { $command }
# `!` агуулгад зөвхөн санамж байна (өөрийн бичлэг програмд багтсан бичлэгийг орлосон): засах зүйлгүй, харин уншина.
problems-count-notes = Асуудалгүй — доорх { $notes } санамжийг уншина уу.
