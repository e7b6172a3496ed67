## A checker that teaches: plain-word diagnostics, suggestions, `toli new`, `toli help format`
teach-did-you-mean = `{ $suggestion }` гэж бичих гэсэн үү?
teach-sources-listed = эх сурвалжуудыг `toli list --kind source` тушаал жагсаана
teach-actions-listed = арга хэмжээнүүдийг `toli list --kind action` тушаал жагсаана
teach-addressing-listed = арга хэмжээнүүдийг `toli list --kind action` тушаал, зөвлөмжүүдийг `toli list --kind recommendation` тушаал жагсаана
teach-figures-listed = зураг, хүснэгтүүдийн жагсаалтыг `toli figure` тушаалаар харна уу
teach-unknown-field-suggested = үл мэдэх талбар `{ $field }` — `{ $suggestion }` гэж бичих гэсэн үү?
teach-link-by-title = Холбоос бичлэгийг гарчгаар нь биш, таних нэрээр нь заана: [[{ $suggestion }]] гэж, эсвэл өөрийн үгийг үлдээх бол [[{ $suggestion }|{ $target }]] гэж бичнэ үү.
teach-link-by-title-words = Холбоос бичлэгийг гарчгаар нь биш, таних нэрээр нь заана: [{ $text }]({ $suggestion }) гэж бичнэ үү.
teach-link-by-title-unknown = холбоос бичлэгийг гарчгаар нь биш, таних нэрээр нь заана: таних нэрийг `toli search { $target }` тушаалаар олно уу
problem-tab-indent = { $loaded ->
        [yes] энэ мөрийн доголыг табаар хийсэн байна, харин YAML-д зөвхөн хоосон зайгаар догол хийнэ: toli табыг дээд, доод мөртэй нь тэгшилсэн хоосон зай гэж уншиж бичлэгийг ачааллаа, гэвч бусад YAML хэрэгсэл энэ файлыг уншихгүй — хоосон зайгаар догол хийнэ үү
       *[no] YAML-д табаар догол хийж болохгүй: хоосон зай ашиглана уу
    }
problem-placeholder = «{ $text }» гэсэн түр бичвэрийг хараахан солиогүй байна — өөрийн бичвэрээр солино уу

## What a value should look like (`{ $field }` is the field as written)
teach-shape-whole-number = `{ $field }` талбарт бүхэл тоо бичнэ, жишээ нь 2012
teach-shape-number = `{ $field }` талбарт мянгатын тусгаарлагчгүй тоо бичнэ, жишээ нь 28696 эсвэл 59.37
teach-shape-whole-number-written = `{ $field }` талбарт бүхэл тоо бичнэ — `{ $number }` гэж бичнэ үү
teach-shape-number-written = `{ $field }` талбарт зөвхөн тоо бичнэ — `{ $number }` гэж бичнэ үү
teach-shape-text = `{ $field }` талбарт нэг бичвэр бичнэ (`: ` агуулсан эсвэл тусгай тэмдэгтээр эхэлсэн бол хашилтад хийнэ үү)
teach-shape-bilingual = `{ $field }` талбарт хоёр хэлээр бичнэ, жишээ нь {"{"}en: English text, mn: Монгол бичвэр{"}"} (эсвэл аль алинд нь нэг бичвэр)
teach-shape-bilingual-list = `{ $field }` талбарт хэл тус бүрийн жагсаалт бичнэ, жишээ нь {"{"}en: [one, two], mn: [нэг, хоёр]{"}"}
teach-shape-pair-list = `{ $field }` талбарт хоёр хэлээрх бичвэрийн жагсаалт бичнэ, жишээ нь [{"{"}en: Year, mn: Он{"}"}]
teach-shape-id-list = `{ $field }` талбарт бичлэгүүдийн таних нэрсийн жагсаалт бичнэ, жишээ нь [cluster, cluster-initiative]
teach-shape-text-list = `{ $field }` талбарт жагсаалт бичнэ, жишээ нь [ict, food]
teach-shape-source-list = `{ $field }` талбарт эх сурвалжийн жагсаалт бичнэ, тус бүрт `id` болон `locator` байна, жишээ нь [{"{"}id: src-unctad-2025, locator: "Table 3"{"}"}]
teach-shape-step-list = `{ $field }` талбарт алхмуудын жагсаалт бичнэ, тус бүр `- entry: таних-нэр`, хүсвэл `note: {"{"}en: …, mn: …{"}"}`
teach-shape-figure-list = `{ $field }` талбарт тоон үзүүлэлтийн жагсаалт бичнэ, тус бүрт `label: {"{"}en: …, mn: …{"}"}` болон `value: 12.5` байна
teach-shape-profile = `{ $field }` талбарт `about`, `management`, `international`, `success_stories`, `contacts` гэсэн хэсгүүд бичнэ
teach-shape-list-for-text = `{ $field }` талбарыг жагсаалт болгон бичжээ, харин энэ талбарт хэл тус бүрт нэг бичвэр бичнэ — зүйлсийг нэг бичвэр болгон бичнэ үү
teach-shape-text-for-list-written = `{ $field }` талбарыг нэг бичвэр болгон бичжээ, харин энэ талбарт жагсаалт бичнэ — `{ $number }` гэж бичнэ үү
teach-shape-text-for-list = `{ $field }` талбарыг нэг бичвэр болгон бичжээ, харин энэ талбарт жагсаалт бичнэ: [нэг, хоёр]
teach-shape-list-for-text-written = `{ $field }` талбарыг жагсаалт болгон бичжээ, харин энэ талбарт хэл тус бүрт нэг бичвэр бичнэ — `{ $number }` гэж бичнэ үү

## YAML syntax in plain words
teach-yaml-colon-in-value = утга дотор `: ` байгааг YAML шинэ талбар гэж уншина — утгыг хашилтад хийж ингэж бичнэ үү: { $name }
teach-yaml-unclosed-list = `[` тэмдгээр нээсэн жагсаалт хаагдаагүй — төгсгөлд нь `]` нэмнэ үү (зүйлсийг таслалаар тусгаарлана)
teach-yaml-unclosed-map = буулгалтыг `{"{"}` тэмдгээр нээсэн ч хаагаагүй — төгсгөлд нь `{"}"}` нэмнэ үү (талбаруудыг таслалаар тусгаарлана)
teach-yaml-unclosed-quote = энд нээсэн хашилт хаагдаагүй — мөн тэр мөрөнд хаах хашилтыг нэмнэ үү
teach-yaml-indent = энэ мөрийн догол хөрш талбаруудынхаас өөр байна — хоосон зайгаар тэдэнтэй тэгшилнэ үү
teach-yaml-bad-character = утга YAML-ын тусгай тэмдэгтээр (@, ` эсвэл % гэх мэт) эхэлсэн байна — утгыг хашилтад хийнэ үү
teach-yaml-duplicate = `{ $name }` талбар хоёр удаа бичигдсэн — аль нэгийг нь үлдээнэ үү
teach-yaml-not-a-mapping = толгой хэсэг мөр бүрт нэг `талбар: утга` гэсэн мөрүүдээс бүрдэх ёстой — талбар бүрийг `id: cluster-adviser` гэх мэтээр тусдаа мөрөнд бичнэ үү

## Command line
teach-content-missing = агуулгын хавтас олдсонгүй: { $path } — --content эсвэл TOLI_CONTENT-д өгсөн замыг шалгана уу
teach-content-unreadable = агуулгын хавтсыг уншиж чадсангүй: { $path } ({ $reason })
teach-new-written = бичсэн файл: { $path }
teach-new-next = TODO гэсэн бүх бичвэрийг (хоёр хэлээр) солиод дараах тушаалаар шалгана уу: { $command }
teach-new-action-listed = Арга хэмжээ нь аль нэг зөвлөмжид хамаарна: үүнийг хэрэгжүүлэх зөвлөмжийн `actions` жагсаалтад `{ $id }` гэж нэмнэ үү (`toli new recommendation ТАНИХ-НЭР` тушаалаар шинэ зөвлөмж үүсгэнэ, түүний `challenge` талбарт зөвлөмжөөр шийдвэрлэх асуудлыг хоёр хэлээр бичнэ; `toli new --from ЗӨВЛӨМЖИЙН-ТАНИХ-НЭР` тушаалаар toli програмд багтсан зөвлөмжийг засахаар хуулж авна).
teach-new-exists = ийм файл байна: { $path }; toli new файлыг хэзээ ч дарж бичдэггүй — өөр таних нэр сонгоно уу, эсвэл тэр файлыг засна уу
teach-new-bad-id = `{ $id }` таних нэр болж чадахгүй: жижиг латин үсэг, цифр, - тэмдэг ашиглана уу, жишээ нь my-cluster-2024
teach-new-id-taken = `{ $id }` таних нэрийг дараах бичлэг ашиглаж байна: { $other } — өөр таних нэр сонгоно уу (ижил таних нэртэй өөрийн бичлэг түүнийг орлоно)
teach-new-cannot-write = файл бичиж чадсангүй: { $path } ({ $reason })
teach-help-unknown-topic = `{ $topic }` сэдвээр тусламж байхгүй; `toli help format` эсвэл `toli help ТУШААЛ` тушаалыг ажиллуулж үзнэ үү

## Presentation: a step whose entry does not exist
teach-step-missing = Энэ алхам `{ $id }` таних нэртэй бичлэгийг заасан боловч ийм бичлэг байхгүй.
teach-step-missing-fix = Танилцуулгын `steps` талбарыг засаад дараах тушаалаар шалгана уу:
problem-tab-in-value = утгын дотор таб тэмдэгт байна; энэ нь янз бүрийн өргөнтэй зай болж харагдана — оронд нь хоосон зай бичнэ үү
teach-shape-text-written = `{ $field }` талбарын утгыг бичвэр биш, тоо эсвэл тийм/үгүй гэж уншсан: { $number } — хашилтад хийж бичнэ үү: "{ $number }"

## A date field's value that is not a date (`{ $field }` as written, `{ $number }` the year meant)
teach-shape-year = `{ $field }` талбарт оныг дөрвөн оронтой тоогоор бичнэ, жишээ нь `{ $field }: 2015`
teach-shape-year-written = `{ $field }` талбарт оныг дөрвөн оронтой тоогоор бичнэ — `{ $field }: { $number }` гэж бичнэ үү
teach-shape-period = `{ $field }` талбарт он, хэдэн оны хугацаа эсвэл үргэлжлэх хугацааг бичнэ, жишээ нь `{ $field }: 2008–2015`, `2015–` (одоо ч үргэлжилж буй), `1972` эсвэл `6 months` (хугацааны нэгжийг англиар: days, weeks, months, years)

# `toli new`: таних нэрийг toli програмд багтсан бичлэг ашиглаж байна (файл нь toli програм дотор).
teach-new-id-shipped = `{ $id }` таних нэрийг toli програмд багтсан бичлэг ашиглаж байна. Тэр бичлэгийг засах бол `toli new --from { $id } --content { $dir }` тушаалаар хуулбарыг нь үүсгэнэ үү — дараа нь таны хуулбар програмд багтсан бичлэгийг орлоно. Эс бөгөөс өөр таних нэр сонгоно уу
# `toli new`: таних нэр болж чадахгүй; хамгийн ойр таних нэрийг санал болгоно.
teach-new-bad-id-suggested = `{ $id }` таних нэр болж чадахгүй: жижиг латин үсэг, цифр, - тэмдэг ашиглана уу, жишээ нь `{ $suggestion }`
# `toli new --from ID`: toli програмд багтсан бичлэгүүдэд ийм таних нэр байхгүй.
teach-new-from-unknown = `{ $id }` таних нэртэй бичлэг toli програмд багтсан бичлэгүүдийн дунд байхгүй (бүх бичлэгийг `toli list` тушаалаар жагсаана).
# `toli new --from ID`: уншигчийн өөрийн бичлэг энэ таних нэртэй.
teach-new-from-own = `{ $id }` таних нэртэй бичлэг таны өөрийн хавтсанд байна: { $other } — тэр файлыг засна уу
# `toli new --from ID`: хуулбарыг бичлээ.
teach-new-from-written = toli програмд багтсан `{ $id }` бичлэгийн хуулбарыг { $path } файлд бичлээ. Хуулбарыг тэнд засна уу: toli энэ хавтсыг ачаалахдаа програмд багтсан бичлэгийн оронд таны хуулбарыг ашиглана
# `toli new --from ID`: дараа нь юу хийх.
teach-new-from-next = Засаад дараах тушаалаар шалгана уу: { $command }
