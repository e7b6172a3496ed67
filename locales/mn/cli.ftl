## The command line's own messages (src/cli): an id, figure or tour it cannot find, content that did not load, `toli show`.
cli-no-entry = `{ $id }` гэсэн таних нэртэй бичлэг байхгүй.
cli-no-figure = `{ $id }` гэсэн таних нэртэй зураг, хүснэгт байхгүй. Зураг, хүснэгтүүдийн жагсаалтыг `toli figure` тушаалаар харна уу.
cli-no-tour = `{ $id }` гэсэн таних нэртэй танилцуулга байхгүй. Танилцуулгууд: { $tours }.
cli-unknown-kind = `{ $kind }` гэсэн төрөл байхгүй. Төрлүүд: { $kinds }.
cli-load-problems = агуулгад { $count } асуудал байна; дэлгэрэнгүйг `toli check` тушаалаар харна уу
# `toli show TOUR`: a step's planned time, after its title.
show-step-minutes = { $minutes } минут
# `toli present TOUR`, `toli handout --tour TOUR`: ийм таних нэртэй танилцуулга алга; өөрийн хавтсанд буй танилцуулгыг тэр хавтастай нь ашиглана.
cli-own-tour-hint = Өөрийн хавтсанд хадгалсан танилцуулгыг ашиглахдаа тэр хавтсыг `--content ХАВТАС` сонголтоор заана уу.
# `toli show` and others: the entry asked for is in a file that did not load.
cli-entry-not-loaded = `{ $id }` бичлэг ачаалагдсангүй: файлд нь алдаа байна. Алдааг засаад бусад алдаа байгаа эсэхийг `toli check` тушаалаар шалгана уу:

## --profile NAME that cannot name a folder.
profile-bad-name = «{ $name }» хэрэглэгчийн нэрэнд зөвхөн үсэг, цифр, - ба _ тэмдэгт (40 хүртэл) бичнэ: энэ нэрээр таны хавчуурга, тэмдэглэлийг хадгалах хавтсыг нэрлэнэ. Жишээ нь: toli --profile Saraa
