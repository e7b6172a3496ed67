## Severity and diagnostics (toli check)
severity-error = алдаа
severity-warning = анхааруулга
problem-unreadable = файлыг уншиж чадсангүй: { $detail }
problem-too-large = файл { $bytes } байт; нэг бичлэг { $limit } байтаас ихгүй байна — хэд хэдэн бичлэг болгон хуваана уу
problem-invalid-utf8 = энэ мөрнөөс эхлэн файл UTF-8 текст биш байна — UTF-8-аар хадгална уу
problem-nul-byte = файлд NUL байт байна — устгана уу (хоёртын файл биш үү?)
problem-empty = файл хоосон байна — хоёр `---` мөрийн хооронд толгой хэсэг нэмэх юм уу файлыг устгана уу
problem-no-front-matter = файл толгой хэсгийг нээх `---` мөрөөр эхлэх ёстой
problem-unclosed-front-matter = энд нээсэн толгой хэсэг хаагдаагүй — ард нь `---` мөр нэмнэ үү
problem-yaml = YAML-ын алдаа: { $detail }
problem-too-deep = толгой хэсэгт жагсаалт, буулгалт { $limit }-оос олон түвшин давхарласан байна — хялбарчилна уу
problem-unknown-field = үл мэдэх талбар `{ $field }` — төрөл бүрийн талбарыг content/README.md-ээс харна уу
problem-field-not-for-kind = `{ $field }` талбар { $kind } төрөлд хамаарахгүй
problem-missing-field = заавал байх `{ $field }` талбар алга
problem-wrong-type = `{ $field }` талбарын төрөл буруу: { $detail }
problem-bad-value = `{ $value }` нь { $field }-ын зөв утга биш; боломжит утга: { $expected }
problem-missing-language = `{ $field }` талбарт { $lang ->
        [mn] монгол
       *[en] англи
    } бичвэр алга
problem-missing-body = { $lang ->
        [mn] монгол
       *[en] англи
    } үндсэн бичвэр алга — `::: { $lang }` хэсэг нэмнэ үү
problem-unknown-section = `::: { $marker }` гэсэн хэлний хэсэг танигдсангүй; `::: en` эсвэл `::: mn` ашиглана уу
problem-duplicate-section = `::: { $lang }` хэсэг хоёр удаа орсон байна
problem-text-outside-section = эхний `::: en` / `::: mn` мөрийн өмнөх бичвэрийг үл тооцно
problem-duplicate-id = `{ $id }` дугаарыг { $other } аль хэдийн ашигласан
problem-broken-link = `{ $target }` руу холбоос байна, гэвч ийм дугаартай бичлэг алга
problem-wrong-link-kind = `{ $field }` нь `{ $target }`-ыг заасан ч тэр нь { $expected } биш
problem-self-link = бичлэг өөрөө өөр лүүгээ холбогдсон
problem-finding-without-action = энэ дүгнэлтийн `addressed_by`-д арга хэмжээ, зөвлөмж алга
problem-unsourced = бичлэг эх сурвалжгүй — байршлын хамт `sources` нэмнэ үү
problem-stage-gap = `{ $model }` загварт { $missing }-р байрлалын үе шат алга
problem-stage-repeat = `{ $model }` загварт { $position }-р байрлалд хоёр үе шат байна
problem-action-without-recommendation = энэ арга хэмжээг аль ч зөвлөмжийн `actions` жагсаагаагүй
problem-action-in-two-recommendations = энэ арга хэмжээг `{ $first }`, `{ $second }` хоёулаа жагсаасан
problem-figure-cells = { $row }-р мөрөнд { $cells } нүд байгаа ч график { $columns } баганатай
problem-figure-total = мөрүүдийн нийлбэр { $sum }, харин `total` нь { $total }
problem-figure-units = `{ $field }` графикийн `unit`-аас өөр нэгж заасан
problem-outside-root = алгасав: агуулгын хавтаснаас гадагш ({ $target }) заасан байна

## toli check summary
check-summary = { $entries } бичлэг, { $errors } алдаа, { $warnings } анхааруулга
check-clean = { $entries } бичлэг, асуудалгүй

## CLI messages
cli-no-entry = `{ $id }` дугаартай бичлэг алга — `toli search { $id }` гэж хайна уу
cli-no-figure = `{ $id }` дугаартай график алга — `toli figure` жагсаалтыг харуулна
cli-no-tour = `{ $id }` дугаартай аялал алга — `toli list --kind tour` жагсаалтыг харуулна
export-done = { $dir } хавтаст { $pages } хуудас бичлээ
export-title = Кластер ба ШУТИ-ийн парк: мэдлэгийн сан
cli-no-results = “{ $query }” гэсэн хайлтаар юу ч олдсонгүй
cli-unknown-kind = `{ $kind }` гэсэн төрөл алга; төрлүүд: { $kinds }
cli-load-problems = агуулгад { $count } асуудал байна; дэлгэрэнгүйг `toli check`-ээр харна уу

store-set-aside = { $file } файлыг уншиж чадсангүй ({ $reason }); { $moved } нэрээр хадгалаад шинэ файл ашиглана

## Entry view labels
label-summary = Товч
label-sources = Эх сурвалж
label-links = Холбоос
label-backlinks = Энд холбогдсон
label-addresses = Шийдвэрлэх дүгнэлт
label-addressed-by = Шийдвэрлэх арга хэмжээ
label-actions = Арга хэмжээ
label-recommendation = Зөвлөмж
label-challenge = Сорилт
label-cited-by = Иш татсан
label-used-by = Ашигласан
label-model = Загвар
label-position = Байрлал
label-period = Хугацаа
label-country = Улс
label-year = Он
label-type = Төрөл
label-responsible-body = Хариуцах байгууллага
label-instrument = Хэрэгсэл
label-ownership = Өмчлөл
label-established = Байгуулагдсан
label-status = Төлөв
label-sector = Салбар
label-key-figures = Гол тоо баримт
label-profile-about = Кластерийн тухай
label-profile-management = Кластерийн удирдлага
label-profile-international = Олон улсын хамтын ажиллагаа
label-profile-success-stories = Амжилтын түүх
label-profile-contacts = Холбоо барих
label-evidence = Нотолгоо
label-defined-by = Тодорхойлсон
label-actor = Хэрэгжүүлэгч
label-author = Зохиогч
label-publisher = Хэвлэгч
label-url = Холбоос
label-document = Баримт бичиг
label-steps = Алхам
label-note = Сургагчийн тэмдэглэл
label-aliases = Өөр нэр
label-missing-translation = орчуулаагүй

## Kinds
kind-definition = Тодорхойлолт
kind-stage = Үе шат
kind-policy = Бодлого
kind-case = Жишээ
kind-finding = Дүгнэлт
kind-recommendation = Зөвлөмж
kind-action = Арга хэмжээ
kind-source = Эх сурвалж
kind-figure = График
kind-tour = Аялал
kinds-definition = Тодорхойлолт
kinds-stage = Үе шат
kinds-policy = Бодлого
kinds-case = Жишээ
kinds-finding = Дүгнэлт
kinds-recommendation = Зөвлөмж
kinds-action = Арга хэмжээ
kinds-source = Эх сурвалж
kinds-figure = Графикууд
kinds-tour = Аялал

## Entry view extras
label-contents = Агуулга
label-number = Дугаар

## The interactive app (TUI)
tui-kinds = Төрлүүд
tui-search = Хайлт
tui-search-prompt = Гарчиг, өөр нэр, шошго, текстээс хоёр хэлээр хайхын тулд бичнэ үү
tui-help = Товчлуурууд
tui-find = Олох
tui-find-none = олдсонгүй
tui-no-entry = Юу ч сонгоогүй
tui-empty-list = Энэ төрлийн бичлэг алга
tui-too-small = Терминал хэт жижиг — цонхоо томруулна уу
tui-mouse-off = хулгана унтраалттай (текстийг чөлөөтэй сонгоно)
tui-external-link = Гадаад холбоос
theme-dark = бараан
theme-light = цайвар
theme-projector = проектор
help-ctx-global = Хаана ч
help-ctx-kinds = Төрлийн самбар
help-ctx-list = Бичлэгийн жагсаалт
help-ctx-entry = Бичлэг харах
help-ctx-search = Хайлт
help-ctx-find = Олох мөр
help-ctx-help = Энэ тусламж
hint-help = тусламж
hint-quit = гарах
hint-search = хайх
hint-lang = Англи/Монгол
hint-both = хоёр хэлээр
hint-theme = загвар
hint-mouse = хулгана барих
hint-left = зүүн самбар
hint-right = баруун самбар
hint-back = буцах
hint-forward = урагшлах
hint-close = хаах
hint-down = доош
hint-up = дээш
hint-open = нээх
hint-page-down = хуудас доош
hint-page-up = хуудас дээш
hint-top = эхэнд
hint-bottom = төгсгөлд
hint-next-link = дараах холбоос
hint-prev-link = өмнөх холбоос
hint-follow = холбоосоор очих
hint-scroll-down = доош гүйлгэх
hint-scroll-up = дээш гүйлгэх
hint-find = олох
hint-find-next = дараах тохирол
hint-find-prev = өмнөх тохирол
hint-find-done = болсон
hint-delete = устгах

## Танилцуулга, сургагчийн тэмдэглэл, эшлэл
help-ctx-present = Танилцуулга
help-ctx-present-jump = Алхам руу очих
hint-present = аялал танилцуулах
hint-copy-citation = эшлэл хуулах
hint-next-step = дараагийн алхам
hint-prev-step = өмнөх алхам
hint-jump-step = алхам руу очих
hint-leave-present = танилцуулгаас гарах
hint-jump-go = очих
present-sync-failed = Тэмдэглэлийн цонхонд илтгэл хаана явааг мэдэгдэж чадсангүй
present-pick-tour = Аяллаа сонгоод p дарж танилцуулна уу
present-empty-tour = Энэ аялалд танилцуулах алхам алга
present-jump-prompt = Алхам руу очих
present-needs-terminal = `toli present` терминал шаарддаг
present-unknown-tour = `{ $tour }` гэсэн аялал алга; аяллууд: { $tours }
notes-heading = Сургагчийн тэмдэглэл
notes-waiting = Танилцуулга явагдаагүй байна. Өөр терминалд `toli present TOUR`-ээр эхлүүлнэ үү; хүлээж байна…
notes-step = Алхам
notes-no-note = (энэ алхамд тэмдэглэл алга)
notes-next = Дараагийнх
notes-last-step = Энэ бол сүүлийн алхам.
cite-sources = Эх сурвалж
cite-copied = Эшлэлийг санах ой руу хуулав: { $title }
# Графикууд (9-р асуудал)
figure-source = Эх сурвалж
hint-next-figure = дараах график
tui-no-figures = энэ бичлэгт график дурдаагүй
