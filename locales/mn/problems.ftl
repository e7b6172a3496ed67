## The content's problems window `!` (src/app/problems.rs, src/ui/problems.rs).
# `!`: the content's problems, each whole.
hint-problems = агуулгын асуудлууд
problems-title = Агуулгын асуудлууд
problems-none = Ачаалсан агуулгад асуудал байхгүй.
problems-count = Алдаа: { $errors }, анхааруулга: { $warnings }
problems-check = Энэ жагсаалтыг терминалд харах тушаал: { $command }
