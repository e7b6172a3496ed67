## Тушаалын мөрийн тусламж (`toli --help`, `toli help ТУШААЛ`, `toli man`, гүйцээлт), хэрэглээний алдаа, `toli new` тушаалын шинэ файлд бичих тайлбар (`skeleton-*`).
## Id-ууд: cli-about, cli-ТУШААЛ-about, cli-СОНГОЛТ (ерөнхий), cli-ТУШААЛ-АРГУМЕНТ,
## cli-value-АРГУМЕНТ-УТГА, cli-value-name-НЭР (`<НЭР>` орлуулагч); src/cli/help_text.rs-ийг үзнэ үү.

cli-heading-usage = Хэрэглээ:
cli-heading-commands = Тушаалууд:
cli-heading-arguments = Аргументууд:
cli-heading-options = Сонголтууд:
cli-usage-command = ТУШААЛ
cli-usage-options = [СОНГОЛТУУД]
cli-value-name-KIND = ТӨРӨЛ
cli-value-name-ID = ТАНИХ-НЭР
cli-value-name-QUERY = ХАЙЛТ
cli-value-name-LIMIT = ТОО
cli-value-name-OLD = ХУУЧИН
cli-value-name-NEW = ШИНЭ
cli-value-name-OUT = ЗАМ
cli-value-name-FORMAT = ХЭЛБЭР
cli-value-name-LANGS = ХЭЛҮҮД
cli-value-name-LANG = ХЭЛ
cli-value-name-TOUR = ТАНИЛЦУУЛГА
cli-value-name-N = АЛХАМ
cli-value-name-IDS = ТАНИХ-НЭРС
cli-value-name-DIR = ХАВТАС
cli-value-name-THEME = ӨНГӨНИЙ-ЗАГВАР
cli-value-name-SHELL = БҮРХҮҮЛ
cli-value-name-TOPIC = СЭДЭВ
cli-value-name-NAME = НЭР
cli-value-name-TITLE = ГАРЧИГ
cli-flag-help = Тусламжийг харуулна (дэлгэрэнгүй тусламж: '--help')
cli-flag-help-long = Тусламжийг харуулна (товч тусламж: '-h')
cli-flag-version = Хувилбарын дугаарыг харуулна
cli-note-env = орчны хувьсагч: { $name }={ $value }
cli-note-default = анхдагч утга: { $value }
cli-note-values = боломжит утгууд: { $values }
cli-note-values-described = Боломжит утгууд
cli-note-alias = өөр нэр: { $names }

cli-about = Толь — кластер, ШУТИ-ийн паркийн бодлогын сургалтад зориулсан терминалын мэдлэгийн сан (монгол, англи хэлээр)
cli-lang = Интерфейс болон агуулгын хэл (өгөөгүй бол LANGUAGE, LC_ALL, LC_MESSAGES, LANG хувьсагчаас авна)
cli-value-lang-en = англи хэл
cli-value-lang-mn = монгол хэл (кирилл)
cli-content = Өөрийн бичлэгүүдийн хавтас (эсвэл файл); toli програмд багтсан мэдлэгийн сан дээр нэмж ачаална; олон удаа өгч болно
cli-no-builtin = toli програмд багтсан мэдлэгийн санг ашиглахгүй, зөвхөн --content хавтсуудыг ашиглана
cli-profile = Энэ компьютерийг ашигладаг бусад хүнээс тусад нь өөрийн хавчуурга, тэмдэглэл, уншиж байсан байрлалаа хадгална (сургалтын нийтийн зөөврийн компьютерт). Нэрэнд үсэг, цифр, - ба _ тэмдэгт ашиглана
cli-theme = Интерактив програмын өнгөний загвар; танилцуулга проекторын өнгөний загвараар нээгдэнэ (T товчоор өнгөний загваруудыг ээлжлэн солино). NO_COLOR тохируулсан бол аль ч өнгөний загварт өнгө унтарна

cli-list-about = Бичлэгүүдийг жагсаана (бүгдийг, эсвэл нэг төрлийнхийг)
cli-list-kind = Зөвхөн энэ төрлийн бичлэгүүд (төрлийн нэрийг англи эсвэл монгол хэлээр бичиж болно)
cli-list-json = JSON хэвлэнэ: [{"{"}"id","kind","title":{"{"}"en","mn"{"}"}{"}"}]

cli-show-about = Нэг бичлэгийг харуулна
cli-show-id = Бичлэгийн таних нэр
cli-show-json = Холбоос, энд холбосон бичлэгүүд, эх сурвалж болон төрлийн өөрийн талбаруудтай нь JSON хэвлэнэ

cli-search-about = Гарчиг, өөр нэр, шошго, хураангуй, үндсэн бичвэрээс хоёр хэлээр, мөн өөрийн тэмдэглэлээс (✎ тэмдэгтэй) хайна
cli-search-query = Хайх үг
cli-search-kind = Зөвхөн энэ төрлийн бичлэгүүд
cli-search-limit = Илэрцийн дээд тоо (1 буюу түүнээс дээш)
cli-search-json = JSON хэвлэнэ: [{"{"}"id","kind","title":{"{"}"en","mn"{"}"},"score"{"}"}], хамгийн тохирох нь эхэндээ

cli-check-about = toli програмд багтсан мэдлэгийн сан болон --content хавтсуудыг шалгаж, асуудал бүрийг файлын зам, мөр, баганын хамт мэдээлнэ
cli-check-strict = Анхааруулга гарвал ч алдааны кодтой дуусна
cli-check-json = JSON хэвлэнэ: {"{"}"diagnostics": [...], "stats": {"{"}...{"}"}{"}"}

cli-figure-about = Зураг, хүснэгтүүдийг жагсаана, эсвэл нэгийг нь тэмдэгтээр зурсан диаграм, JSON, CSV хэлбэрээр хэвлэнэ
cli-figure-id = Зураг, хүснэгтийн таних нэр; өгөөгүй бол бүгдийг нь жагсаана
cli-figure-json = JSON хэвлэнэ
cli-figure-csv = CSV хэвлэнэ (хоёр хэлийг тусдаа баганад)

cli-matrix-about = Дүгнэлт ба арга хэмжээний матриц: дүгнэлт бүрийн доор (→) түүнийг шийдвэрлэхэд чиглэсэн арга хэмжээг жагсаана; * тэмдэг нь зөвлөмжөөр дамжсан арга хэмжээг заана (тэмдгийн тайлбарыг алдааны гаралт буюу stderr руу хэвлэнэ)
cli-matrix-json = JSON хэвлэнэ: {"{"}"findings","recommendations","actions","marks":[{"{"}"finding","action","via"{"}"}]{"}"}
cli-matrix-csv = CSV хэвлэнэ: дүгнэлт бүрт нэг мөр, арга хэмжээ бүрт нэг багана ("x" шууд, "o" зөвлөмжөөр дамжин)

cli-bookmarks-about = Хавчуургуудаа жагсаана (програмд `m` товчоор нэмнэ)
cli-bookmarks-json = JSON хэвлэнэ: [{"{"}"id","title":{"{"}"en","mn"{"}"},"added"{"}"}]

cli-notes-about = Тэмдэглэлүүдээ гарчгийн цагаан толгойн дарааллаар (--lang сонголтоор заасан хэлээр) жагсаана (програмд `e` товчоор бичнэ): таних нэр, гарчиг, тэмдэглэлийн эхний мөр
cli-notes-full = Тэмдэглэл бүрийг бүтнээр нь Markdown хэлбэрээр хэвлэнэ: бичлэгийн гарчгийн доор, таних нэр болон сүүлд өөрчилсөн огноотой
cli-notes-out = Тэмдэглэлүүдийг бусдад өгөхөөр бүтнээр нь файлд бичнэ: ЗАМ нь .html төгсгөлтэй бол HTML (хэвлэж болно), бусад үед Markdown; ЗАМ нь x.pdf бол x.html бичиж, x.pdf болгон хэвлэх тушаалыг хэлнэ
cli-notes-move = ХУУЧИН таних нэртэй бичлэгийн (таних нэр нь өөрчлөгдсөн өөрийн бичлэг) тэмдэглэл, хавчуургыг энэ удаа ачаалсан, ШИНЭ таних нэртэй бичлэг рүү шилжүүлнэ (хавтсаа --content сонголтоор заана); ШИНЭ таних нэртэй бичлэг өмнө нь тэмдэглэлтэй бол аль алиныг нь нэгтгэж үлдээнэ
cli-notes-force = --out сонголттой хамт: toli бичээгүй файлыг солино (toli бичсэн файлыг үүнгүйгээр сольж, нэрийг нь хэлнэ)
cli-notes-json = Тэмдэглэл бүрийн бүтэн бичвэртэй JSON хэвлэнэ: [{"{"}"id","title":{"{"}"en","mn"{"}"},"note"{"}"}]

cli-export-about = Тараах материал бэлтгэнэ: мэдлэгийн санг эсвэл нэг танилцуулгыг статик HTML сайт, эсвэл Markdown файлууд болгоно (өөрийн тэмдэглэлийг toli notes --out ЗАМ тушаалаар бичнэ)
cli-export-format = html (бие даасан статик сайт) эсвэл md (Markdown файлууд)
cli-export-langs = Оруулах хэл: en, mn, both (--lang сонголтоор заасан хэл эхэнд), en-mn эсвэл mn-en. Өгөөгүй бол таны сонгосон хэлээр (--lang, эсвэл LANG=mn_MN.UTF-8 гэх мэт системийн хэл), хэл сонгоогүй бол хоёр хэлээр бичнэ
cli-value-export-langs-en = Зөвхөн англи хэлээр
cli-value-export-langs-mn = Зөвхөн монгол хэлээр
cli-value-export-langs-both = Хоёр хэлээр, --lang сонголтоор заасан хэл эхэнд
cli-value-export-langs-en-mn = Хоёр хэлээр, англи хэл эхэнд
cli-value-export-langs-mn-en = Хоёр хэлээр, монгол хэл эхэнд
cli-export-tour = Зөвхөн энэ танилцуулгын бичлэгүүд, алхмын дарааллаар (--ids сонголтоор өгсөн бичлэгүүд араас нь)
cli-export-ids = Зөвхөн эдгээр бичлэг, энэ дарааллаар (таних нэрсийг таслалаар тусгаарлана); --tour сонголтоор танилцуулгын бичлэгүүдийн араас нэмнэ, жишээ нь --content хавтсаас ачаалсан өөрийн тохиолдол
cli-export-single-file = Хавтасны оронд нэг бие даасан HTML файл бичнэ (нэр нь ЗАМ; гарчиг, хэлбэржүүлэлт, диаграм нь файл дотроо; хэвлэхэд хуудасны дугаартай)
cli-export-force = toli бичээгүй файлтай хавтсанд бичнэ (тэдгээр файл хэвээр үлдэнэ), эсвэл toli бичээгүй файлыг солино
cli-export-title = Тараах материалын нэр: нүүр хуудас, гарчиг, хөтчийн цонхонд гарна. Бүх хэлэнд нэг нэр, эсвэл хэл тус бүрт en:НЭР, mn:НЭР гэж тус тусад нь өгнө (өгөөгүй бол танилцуулгын гарчиг эсвэл мэдлэгийн сангийн нэр гарна)
cli-export-out = Бичих хавтас (байхгүй бол үүсгэнэ), --single-file сонголттой бол бичих файл

cli-present-about = Танилцуулгыг бүтэн дэлгэцээр, алхам бүрт нэг бичлэгээр үзүүлнэ (ТАНИЛЦУУЛГА өгөөгүй бол жагсаалтаас сонгоно)
cli-present-tour = Танилцуулгын таних нэр
cli-present-notes = Өөр терминалд явж буй танилцуулгыг дагаж, сургагч багшийн тэмдэглэлийг харуулна (танилцуулгын хэлээр, --lang сонголтоор хэл заасан бол тэр хэлээр; L товчоор хэл солино)
cli-present-step = Заасан дугаартай алхмаас эхэлнэ (эхний алхам нь 1); үүнийг өгөөгүй бол танилцуулга өмнө зогссон алхмаасаа үргэлжилнэ

cli-completions-about = Бүрхүүлийн (bash, zsh, fish, elvish, powershell) автоматаар гүйцээх скриптийг хэвлэнэ
cli-completions-shell = Бүрхүүл

cli-new-about = Бөглөх шинэ бичлэг эсвэл танилцуулга бичнэ: хоёр хэлтэй файл бөгөөд доторх TODO гэсэн түр бичвэрүүдийг солих хүртэл `toli check` тэдгээрийг мэдээлсээр байна. Эхний --content хавтсанд (байхгүй бол TOLI_CONTENT-д заасан хавтсанд, тэр нь ч байхгүй бол одоогийн хавтсанд) төрлийнх нь дэд хавтсанд бичнэ; байгаа файлыг хэзээ ч дарж бичихгүй
cli-new-kind = Төрөл: { $kinds } (англи нэрээр нь ч бичиж болно)
cli-new-id = Шинэ бичлэгийн таних нэр: жижиг латин үсэг, цифр, - тэмдэг; файлын нэр нь ийм болно

cli-help-about = Тушаалын тусламж (`toli help check`), эсвэл `toli help format`: бичлэг, танилцуулга бичих заавар (--lang mn сонголтоор монголоор)
cli-help-topic = `format`, эсвэл тушаалын нэр

cli-man-about = man хуудсыг хэвлэнэ (суулгах: `toli man > ~/.local/share/man/man1/toli.1`)
# The manual page's header and section titles (`toli man`).
man-manual = Ерөнхий тушаалуудын гарын авлага
man-section-name = НЭР
man-section-synopsis = ХЭРЭГЛЭЭ
man-section-description = ТАЙЛБАР
man-section-options = СОНГОЛТУУД
man-section-commands = ТУШААЛУУД
man-section-version = ХУВИЛБАР

## Хадгалсан өгөгдлийг уншиж чадаагүй үеийн мэдэгдэл (төлөвийн мөрөнд; `toli bookmarks`,
## `toli notes`-д stderr-т): эхлээд өгөгдөлд юу болсон, юу хийх, хамгийн сүүлд уншигчийн тайлбар.

## `toli new`-ийн бичих файл: тайлбар (`# `-ийн дараа), `TODO: `-ийн дараах зөвлөмж
## (src/cli/skeleton.rs). Зөвлөмж давхар хашилтад орох тул дотор нь `"` бичихгүй.
skeleton-title-en = англи нэр
skeleton-title-mn = монгол нэр
skeleton-summary-en = англи хэлээр нэг, хоёр өгүүлбэр
skeleton-summary-mn = монгол хэлээр нэг, хоёр өгүүлбэр
skeleton-optional-fields = Заавал биш: хайхад хэрэглэж болох өөр нэр, сэдэв, «мөн үзэх» холбоос (бичлэгийн таних нэрс).
skeleton-sources = Эх сурвалжийн бичлэг (`toli list --kind source`) ба түүний доторх байршил («3-р хүснэгт», «V бүлэг, 1-р хайрцаг» гэх мэт).
skeleton-sources-own = Өөрийн цуглуулсан мэдээлэл (гишүүдийн жагсаалт, ярилцлага, орон нутгийн тайлан) ч эх сурвалж болно: түүний бичлэгийг toli new source ТАНИХ-НЭР тушаалаар үүсгээд, тэр таних нэрийг энд бичнэ үү.
skeleton-source-id = эх сурвалжийн бичлэгийн таних нэр
skeleton-source-locator = эх сурвалжийн аль хэсэгт байгаа
skeleton-body-en = англи бичвэр, Markdown-аар. Өөр бичлэг рүү холбох аргыг `toli help format` харуулна.
skeleton-body-mn = монгол бичвэр, Markdown-аар. Өөр бичлэг рүү холбох аргыг `toli help format` харуулна.
skeleton-stage-model = энэ үе шат хамаарах дарааллыг тайлбарласан бичлэгийн (тодорхойлолт эсвэл жишээ төрлийн) таних нэр
skeleton-stage-position = Загвар дахь байрлал: 1, 2, 3 … (нэг загварын байрлал 1-ээс n хүртэл дараална).
skeleton-country = улс эсвэл бүсийн код: MN, LT, EU, CA, RU, CN, KR, US, JP, …
skeleton-policy-type = law (хууль), strategy (стратеги), programme (хөтөлбөр) эсвэл incentive (хөнгөлөлт)
skeleton-policy-instrument = утга нь эдгээрийн нэг: regulation, tax, finance, infrastructure, network, skills, governance
skeleton-case-type = park, cluster, incubator, programme, organisation, platform, company эсвэл ecosystem
skeleton-case-ownership = утга нь эдгээрийн нэг: { $values }
skeleton-case-licensed = тусгай зөвшөөрөл эсвэл тусгай статус олгосон он (байгуулагдсан оноос өөр бол)
skeleton-case-profile = АНДЭЗХАБ-ын кластерийн танилцуулгын хэсгүүд: about, management, international, success_stories, contacts.
skeleton-finding-addressed-by = Энэ дүгнэлтийн асуудлыг шийдвэрлэх арга хэмжээ эсвэл зөвлөмжүүд.
skeleton-finding-answer-id = арга хэмжээ эсвэл зөвлөмжийн таних нэр
skeleton-challenge-en = зөвлөмжөөр шийдвэрлэх асуудал, англи хэлээр
skeleton-challenge-mn = зөвлөмжөөр шийдвэрлэх асуудал, монгол хэлээр
skeleton-recommendation-actions = Зөвлөмжийн арга хэмжээнүүд, дарааллаар нь; арга хэмжээ бүр яг нэг зөвлөмжид хамаарна.
skeleton-action-id = арга хэмжээний таних нэр
skeleton-action-listed = Аль нэг зөвлөмж энэ арга хэмжээний таних нэрийг өөрийн `actions` жагсаалтад оруулсан байх ёстой.
skeleton-source-author = зохиогч эсвэл байгууллага, эх сурвалжид бичсэнээр нь
skeleton-unit-en = нэгжийн англи нэр
skeleton-unit-mn = нэгжийн монгол нэр
skeleton-figure-chart = bar (анхдагч) эсвэл table
skeleton-figure-order = source (анхдагч: эх сурвалжид жагсаасан дарааллаар) эсвэл sorted
skeleton-figure-columns = хүснэгтийн нэмэлт баганууд, мөр бүрийн нүднүүдээр бөглөгдөнө
skeleton-figure-total = эх сурвалжид бичсэн нийт дүн; мөрүүдийн нийлбэр түүнтэй тэнцэхийг toli check шалгана
skeleton-figure-rows = Диаграмын багана бүрт нэг мөр: нэр, утгыг эх сурвалжид бичсэнтэй яг адил бичнэ.
skeleton-row-en = мөрийн англи нэр
skeleton-row-mn = мөрийн монгол нэр
skeleton-tour-steps = Танилцуулах бичлэгүүд дарааллаар нь, тус бүр зөвхөн илтгэгчид харагдах тэмдэглэлтэй.
skeleton-tour-entry = эхэлж харуулах бичлэгийн таних нэр
skeleton-tour-note-en = юу хэлэх, англи хэлээр
skeleton-tour-note-mn = юу хэлэх, монгол хэлээр

## Тушаалын мөрийн алдаа (src/cli/usage_error.rs).
cli-error = алдаа:
cli-error-unknown-argument = `{ $arg }` гэсэн аргумент байхгүй
cli-error-unknown-command = `{ $command }` гэсэн тушаал байхгүй
cli-kind-as-command = `{ $typed }` бол тушаал биш, бичлэгийн төрөл: тэдгээрийг `toli list --kind { $kind }` тушаал жагсаана.
cli-tour-as-command = `{ $typed }` бол тушаал биш, бичлэгийн төрөл: танилцуулгуудыг `toli list --kind tour` тушаал жагсааж, нэгийг нь `toli present TOUR` үзүүлнэ (`toli present` дангаараа бол жагсаалтаас сонгоно).
cli-error-value-missing = `{ $arg }` сонголтын утгыг өгөөгүй байна
cli-error-invalid-value = `{ $arg }` сонголтын утга «{ $value }» байж болохгүй; боломжит утгууд: { $values }
cli-error-bad-value = `{ $arg }` сонголтын утга «{ $value }» байж болохгүй: { $reason }
# Why a count (--limit) or a step number (--step) is refused.
cli-reason-whole-number = 1 буюу түүнээс их бүхэл тоо бичнэ үү
cli-error-missing = заавал өгөх дараах аргументыг өгөөгүй байна: { $args }
cli-error-conflict = `{ $arg }` ба `{ $other }` хоёрыг хамт өгч болохгүй
cli-error-missing-command = тушаалын нэрийг өгнө үү
cli-error-other = тушаалын мөрийг уншиж чадсангүй: { $detail }
cli-error-more = Дэлгэрэнгүй тусламжийг '--help' сонголтоор харна уу.
skeleton-source-original = гарчгийг аль хэлээр хэвлэсэн: en (анхдагч), mn; гарчиг нь эх сурвалжийг зөвхөн тайлбарлаж байвал none
skeleton-source-publisher = хэвлэгдсэнээр нь, эсвэл монголоор өөрөөр нэрлэдэг бол {"{"}en, mn{"}"} буулгалт
skeleton-source-published-in = сэтгүүл (боть, дугаар, хуудастай нь) эсвэл ном; хэвлэгдсэнээр нь, эсвэл {"{"}en, mn{"}"} буулгалт

cli-present-presenter = --notes сонголттой хамт: зөвхөн PID дугаартай процесст үзүүлж буй танилцуулгыг дагаж, удирдана (нэг танилцуулгыг хоёр газар үзүүлэхэд нөгөө танилцуулгын тэмдэглэл энэ дугаарыг заана)
cli-value-name-PID = PID
# The command line's citations (`toli cite`), the matrix legend, and the app's plain message after `y`.
cli-cite-about = Бичлэгийн ишлэлийг хэвлэнэ: сонгосон хэлээр, нэг мөрөнд бичлэгийн гарчиг, дараа нь эх сурвалж бүр (зохиогч, он, гарчиг), түүн доторх байршил — програмд y дарахад хуулдагтай адил
cli-cite-ids = Бичлэгийн таних нэрс: тус тусад нь эсвэл --ids сонголтын адил таслалаар тусгаарлана (ишлэл бүр нэг мөрөнд)
# `toli new figure`: `label_column` мөрийн тайлбар.
skeleton-figure-label-column = хүснэгтийн эхний баганын толгой, мөрүүдийн нэрийн дээр
# `toli present ТАНИЛЦУУЛГА --minutes МИН`: танилцуулгын төлөвлөсөн хугацаа.
cli-present-minutes = Танилцуулгын төлөвлөсөн үргэлжлэх хугацаа, минутаар: тэмдэглэлийн дэлгэц цагтаа явж байгаа эсэхийг хэлнэ (дараа нь энэ танилцуулгыг эхлүүлэхэд ч хадгалагдана)
cli-value-name-MIN = МИН
# `toli new tour`: the optional charts of a step, commented out in the new file.
skeleton-tour-figures = заавал биш: танилцуулгын үеэр энэ алхам дээр `f` товчоор харуулах, тараах материалд алхмын дараа хэвлэгдэх зураг, хүснэгтийн таних нэрс; ашиглах бол эхний # тэмдгийг арилгана
# `toli new tour`: the optional planned time of a step, commented out in the new file.
skeleton-tour-minutes = заавал биш: энэ алхамд төлөвлөсөн минут (тэмдэглэлийн дэлгэц цагийн хуваарийг үүгээр хянана); ашиглах бол эхний # тэмдгийг арилгана
# `toli new --help`: toli програмд багтсан бичлэгийг засахаар хуулах сонголт.
cli-new-from = Бөглөх шинэ бичлэгийн оронд энэ таних нэртэй, toli програмд багтсан бичлэгийг засахаар хавтсанд хуулна (програм дахь байрлалаар нь, жишээ нь findings/ТАНИХ-НЭР.md). Програмд багтсан бичлэгтэй ижил таних нэртэй өөрийн бичлэг тэр бичлэгийг орлоно
