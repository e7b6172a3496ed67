## Severity and diagnostics (toli check)
severity-error = алдаа
severity-warning = анхааруулга
problem-unreadable = файлыг уншиж чадсангүй: { $detail }
problem-too-large = файлын хэмжээ { $bytes } байт; нэг бичлэг { $limit } байтаас ихгүй байх ёстой — хэд хэдэн бичлэг болгон хуваана уу
problem-invalid-utf8 = энэ мөрнөөс эхлэн файл UTF-8 бичвэр биш байна — UTF-8-аар хадгална уу
problem-nul-byte = файлд NUL байт байна — устгана уу (хоёртын файл биш үү?)
problem-empty = файл хоосон байна — хоёр `---` мөрийн хооронд толгой хэсэг нэмэх эсвэл файлыг устгана уу
problem-no-front-matter = файл толгой хэсгийг нээх `---` мөрөөр эхлэх ёстой
problem-unclosed-front-matter = энд нээсэн толгой хэсэг хаагдаагүй — ард нь `---` мөр нэмнэ үү
problem-yaml = YAML-ын алдаа: { $detail }
problem-too-deep = толгой хэсэгт жагсаалт, буулгалт хэт олон түвшин давхарласан байна (дээд хязгаар: { $limit } түвшин) — хялбарчилна уу
problem-unknown-field = үл мэдэх талбар `{ $field }` — төрөл бүрийн талбарыг `toli help format` тушаал жагсаана
problem-field-not-for-kind = `{ $field }` талбар `{ $kind }` төрөлд хамаарахгүй
problem-missing-field = заавал байх `{ $field }` талбар байхгүй
problem-missing-coded = заавал байх `{ $field }` талбар байхгүй; дараах утгын аль нэгийг бичнэ үү: { $expected }
problem-wrong-type = `{ $field }` талбарын төрөл буруу: { $detail }
problem-bad-value = `{ $value }` гэсэн утгыг `{ $field }` талбар хүлээж авахгүй; боломжит утга: { $expected }
problem-missing-language = `{ $field }` талбарт { $lang ->
        [mn] монгол
       *[en] англи
    } бичвэр байхгүй
problem-missing-body = { $lang ->
        [mn] монгол
       *[en] англи
    } үндсэн бичвэр байхгүй — `::: { $lang }` хэсэг нэмнэ үү
problem-unknown-section = `::: { $marker }` гэсэн хэлний хэсэг танигдсангүй; `::: en` эсвэл `::: mn` ашиглана уу
problem-duplicate-section = `::: { $lang }` хэсэг хоёр удаа орсон байна
problem-text-outside-section = эхний `::: en` / `::: mn` мөрийн өмнөх бичвэрийг үл тооцно
problem-duplicate-id = `{ $id }` гэсэн таних нэрийг өөр бичлэг аль хэдийн ашигласан: { $other }
problem-broken-link = холбоос `{ $target }` гэсэн таних нэрийг заасан, гэвч ийм таних нэртэй бичлэг байхгүй
problem-wrong-link-kind = `{ $field }` талбар `{ $target }` гэсэн бичлэгийг заасан ч тэр бичлэг `{ $expected }` төрлийнх биш
problem-self-link = бичлэг өөрөө өөр лүүгээ холбогдсон
problem-finding-without-action = энэ дүгнэлтийн `addressed_by`-д арга хэмжээ, зөвлөмж байхгүй
problem-unsourced = бичлэг эх сурвалжгүй — байршлын хамт `sources` нэмнэ үү
problem-stage-gap = `{ $model }` загварт байрлал нь { $missing } байх үе шат байхгүй
problem-stage-repeat = `{ $model }` загварт байрлал нь { $position } байх үе шат хоёр байна
problem-action-without-recommendation = энэ арга хэмжээ аль ч зөвлөмжийн `actions` жагсаалтад ороогүй — үүнийг хэрэгжүүлэх зөвлөмжийн `actions` жагсаалтад `{ $id }` гэж нэмнэ үү (үндсэн зөвлөмжийг засахын тулд `toli new --from ЗӨВЛӨМЖИЙН-ID --content ХАВТАС` тушаалаар өөрийн хавтсанд хуулж авна)
problem-action-in-two-recommendations = энэ арга хэмжээг `{ $first }`, `{ $second }` хоёулаа жагсаасан
problem-figure-cells = №{ $row } мөр: нүдний тоо { $cells }, харин хүснэгтийн баганын тоо { $columns } — мөр бүрт `columns` жагсаалтын багана тус бүрт нэг нүд бичнэ үү
problem-figure-total = мөрүүдийн нийлбэр { $sum }, харин `total` нь { $total }
problem-figure-units = `{ $field }` талбарт зураг, хүснэгтийн `unit` талбараас өөр нэгж заасан; баганан диаграмын бүх багана нэг нэгжтэй байх ёстой — энэ `unit` талбарыг устгах эсвэл зураг, хүснэгтийг хүснэгт хэлбэрээр харуулна уу (`chart: table`)
problem-outside-root = алгасав: агуулгын хавтсаас гадагш ({ $target }) заасан байна

## toli check summary
# Монгол хэлэнд тооны дараах нэр үг ганц тоогоороо үлддэг (3 алдаа, 1 алдаа) тул англи файлын [one]/[other] сонгогч энд хэрэггүй.
check-summary = { NUMBER($entries) } бичлэг, { NUMBER($errors) } алдаа, { NUMBER($warnings) } анхааруулга
check-clean = { NUMBER($entries) } бичлэг, асуудалгүй

## CLI messages
cli-no-entry = `{ $id }` гэсэн таних нэртэй бичлэг байхгүй.
cli-no-figure = `{ $id }` гэсэн таних нэртэй зураг, хүснэгт байхгүй. Зураг, хүснэгтүүдийн жагсаалтыг `toli figure` тушаалаар харна уу.
cli-no-tour = `{ $id }` гэсэн таних нэртэй танилцуулга байхгүй. Танилцуулгууд: { $tours }.
# Тараах материалын хавтас бичсэн: $format (HTML эсвэл Markdown) төрлийн $files файл; хэвлэсэн хуудасны тоо биш.
export-done = { $dir } хавтсанд { $files } { $format } файл бичлээ
export-title = Кластер ба ШУТИ-ийн парк: мэдлэгийн сан
cli-no-results = «{ $query }» гэсэн хайлтаар юу ч олдсонгүй
cli-search-more = хамгийн тохирох { $shown } илэрцийг харуулав (нийт { $total }); бүгдийг харах бол --limit { $total }
cli-search-more-at-least = хамгийн тохирох { $shown } илэрцийг харуулав (нийт илэрц { $total } буюу түүнээс олон); илүүг харах бол --limit утгыг ихэсгэнэ үү
cli-unknown-kind = `{ $kind }` гэсэн төрөл байхгүй. Төрлүүд: { $kinds }.
cli-load-problems = агуулгад { $count } асуудал байна; дэлгэрэнгүйг `toli check` тушаалаар харна уу


## Entry view labels
label-summary = Хураангуй
label-sources = Эх сурвалж
label-links = Холбоос
label-backlinks = Энд холбосон бичлэгүүд
label-addresses = Шийдвэрлэх асуудал (дүгнэлт)
label-addressed-by = Шийдвэрлэх арга хэмжээ, зөвлөмж
label-actions = Арга хэмжээ
label-recommendation = Зөвлөмж
label-challenge = Сорилт
label-cited-by = Иш татсан бичлэгүүд
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
label-licensed = Тусгай зөвшөөрөл авсан
label-status = Одоогийн байдал
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
label-publisher = Хэвлэн нийтлэгч
label-published-in = Нийтлэгдсэн
label-url = Цахим хаяг
label-steps = Алхам
label-note = Сургагч багшийн тэмдэглэл
label-aliases = Өөр нэр
label-missing-translation = хараахан орчуулаагүй

## Kinds
kind-definition = Тодорхойлолт
kind-stage = Үе шат
kind-policy = Бодлого
kind-case = Жишээ
kind-finding = Дүгнэлт
kind-recommendation = Зөвлөмж
kind-action = Арга хэмжээ
kind-source = Эх сурвалж
kind-figure = Зураг, хүснэгт
kind-tour = Танилцуулга
kinds-definition = Тодорхойлолт
kinds-stage = Үе шат
kinds-policy = Бодлого
kinds-case = Жишээ
kinds-finding = Дүгнэлт
kinds-recommendation = Зөвлөмж
kinds-action = Арга хэмжээ
kinds-source = Эх сурвалж
kinds-figure = Зураг, хүснэгт
kinds-tour = Танилцуулга

## Entry view extras
label-contents = Гарчиг
label-number = Дугаар

## The interactive app (TUI)
tui-kinds = Төрлүүд
tui-search = Хайлт
tui-search-prompt = Хоёр хэлээр хайна: гарчиг, өөр нэр, шошго, бичвэр
tui-search-last = ↑ товчоор өмнөх хайлтаа буцааж авна: { $query }
tui-searching = хайж байна…
tui-help = Товчлуурууд
tui-find = Олох
tui-find-none = олдсонгүй
tui-no-entry = Юу ч сонгоогүй
tui-empty-list = Энэ төрлийн бичлэг байхгүй
tui-too-small = Терминал хэт жижиг — цонхоо томруулна уу
tui-mouse-off = хулганы удирдлага унтарсан (бичвэрийг чөлөөтэй сонгоно)
tui-external-link = Гадаад холбоос
theme-dark = бараан
theme-light = цайвар
theme-projector = проектор
help-ctx-global = Бүх цонхонд
help-ctx-kinds = Төрлийн самбар
help-ctx-list = Бичлэгийн жагсаалт
help-ctx-entry = Бичлэг харах
help-ctx-search = Хайлт
help-ctx-find = Олох мөр
help-ctx-help = Тусламжийн цонх
hint-help = тусламж
hint-quit = гарах
hint-search = хайх
hint-lang = англи/монгол
hint-both = хоёр хэлээр
hint-theme = өнгөний загвар
hint-mouse = хулганы удирдлага
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
hint-next-link = дараагийн холбоос
hint-prev-link = өмнөх холбоос
hint-follow = холбоосоор очих
hint-scroll-down = доош гүйлгэх
hint-scroll-up = дээш гүйлгэх
hint-find = олох
hint-find-next = дараагийн илэрц
hint-find-prev = өмнөх илэрц
hint-find-done = дуусгах
hint-delete = устгах

## Танилцуулга, сургагч багшийн тэмдэглэл, ишлэл
help-ctx-present = Танилцуулга үзүүлэх үед
help-ctx-present-jump = Алхам руу очих
hint-present = танилцуулга үзүүлэх
hint-copy-citation = ишлэл хуулах
hint-next-step = дараагийн алхам
hint-prev-step = өмнөх алхам
hint-jump-step = алхам руу очих
hint-leave-present = үзүүлэхээ зогсоох
hint-jump-go = очих
present-sync-failed = Тэмдэглэлийн дэлгэцэд одоогийн алхмыг мэдэгдэж чадсангүй: { $why }. Хавтас: { $folder }
present-pick-tour = Танилцуулгаа сонгоод p дарж үзүүлнэ үү
present-empty-tour = Энэ танилцуулгад үзүүлэх алхам байхгүй
present-jump-prompt = Алхам руу очих
present-needs-terminal = `toli present` терминал шаарддаг
notes-heading = Сургагч багшийн тэмдэглэл
notes-waiting = Одоо үзүүлж буй танилцуулга алга. Өөр терминалд дараах тушаалаар эхлүүлнэ үү: { $command } — хүлээж байна…
notes-step = Алхам
notes-no-note = (энэ алхамд тэмдэглэл байхгүй)
notes-next = Дараагийнх
notes-last-step = Энэ бол сүүлийн алхам.
# «Эх сурвалж» нь нэг ч, олон ч эх сурвалжид тохирно ($count: эх сурвалжийн тоо).
cite-sources = { $count ->
       *[other] Эх сурвалж
    }
# Зураг, хүснэгт (9-р асуудал)
figure-source = Эх сурвалж
hint-next-figure = дараагийн зураг, хүснэгт
tui-no-figures = энэ бичлэгт зураг, хүснэгт дурдаагүй
## Study: matrix, facets, bookmarks and notes
help-ctx-matrix = Дүгнэлт × арга хэмжээний хүснэгт
help-ctx-facets = Шүүлтүүр
help-ctx-bookmarks = Хавчуурга
help-ctx-note = Тэмдэглэл засах
hint-matrix = дүгнэлт × арга хэмжээ
hint-facets = шүүлтүүр
hint-bookmark = хавчуурга нэмэх, хасах
hint-bookmarks = хавчуургууд
hint-note = тэмдэглэл бичих
hint-next-finding = дараагийн дүгнэлт
hint-prev-finding = өмнөх дүгнэлт
hint-next-action = дараагийн арга хэмжээ
hint-prev-action = өмнөх арга хэмжээ
hint-open-finding = дүгнэлтийг нээх
hint-open-action = арга хэмжээг нээх
hint-toggle-filter = утга сонгох
hint-clear-filters = шүүлтүүр арилгах
hint-remove-bookmark = хасах
hint-save-note = хадгалах
hint-cancel = цуцлах
hint-newline = шинэ мөр
hint-left-char = зүүн
hint-right-char = баруун
matrix-title = Дүгнэлт × арга хэмжээ
matrix-empty = Харуулах дүгнэлт, арга хэмжээ байхгүй.
matrix-f = Д
matrix-a = А
matrix-r = З
matrix-addressed-by = шийдвэрлэх арга хэмжээ
matrix-answers = шийдвэрлэх асуудал
matrix-nothing = одоогоор байхгүй
matrix-direct = арга хэмжээг шууд нэрлэсэн
matrix-via-recommendation = зөвлөмжөөр дамжсан
matrix-none = холбоогүй
facets-title = Шүүлтүүр — { $count } бичлэг харагдаж байна
facets-active = Шүүлтүүр
facets-none = Шүүлтүүргүй: бүх бичлэг харагдана
facets-filtered = шүүсэн
facet-kind = Төрөл
facet-country = Улс
facet-sector = Салбар
facet-year = Он
facet-ownership = Өмчлөл
facet-policy-type = Бодлогын төрөл
ownership-public = нийтийн өмч
ownership-private = хувийн өмч
ownership-mixed = холимог өмч
ownership-ppp = төр, хувийн хэвшлийн түншлэл
ownership-university = их сургуулийн өмч
policy-type-law = хууль
policy-type-strategy = стратеги
policy-type-programme = хөтөлбөр
policy-type-incentive = хөнгөлөлт
bookmarks-title = Хавчуурга
bookmarks-empty = Хавчуурга байхгүй: бичлэг дээр m дарж хавчуурга нэмнэ үү.
bookmark-added = Хавчуурга нэмлээ: { $title }
bookmark-removed = Хавчуурга хаслаа: { $title }
bookmarked = хавчуургатай
note-title = Миний тэмдэглэл
note-saved = Тэмдэглэл хадгалагдлаа
note-cancelled = Тэмдэглэл өөрчлөгдсөнгүй
store-save-failed =
    { $data ->
        [note] Тэмдэглэл хадгалагдсангүй. Хавтсанд бичих эрх, дискэнд зай байгаа эсэхийг шалгаад дахин хадгална уу: { $folder }
       *[bookmarks] Хавчуурга хадгалагдсангүй. Хавтсанд бичих эрх, дискэнд зай байгаа эсэхийг шалгаад дахин оролдоно уу: { $folder }
    }
country-APEC = АНДЭЗХАБ
country-AU = Австрали
country-CA = Канад
country-CN = БНХАУ
country-DK = Дани
country-EU = Европын холбоо
country-GB = Их Британи
country-JP = Япон
country-KR = БНСУ
country-KZ = Казахстан
country-LT = Литва
country-MN = Монгол Улс
country-RU = ОХУ
country-TW = Хятадын Тайвань муж
country-US = АНУ
