## `toli check` on an author's own folder: the note level, a shipped entry replaced, required fields and what they hold.
# A problem that fails nothing: what a file does on purpose (`toli check` prints it as `path:line:col: note: …`).
severity-note = санамж
# An entry of one's own with a shipped entry's id replaces it ($title: the shipped entry's title; $stem: the file's name, offered as another id when $offered is yes).
problem-replaces-shipped = энэ бичлэг toli програмд багтсан «{ $title }» (`{ $id }`) бичлэгийг орлоно: энэ хавтсыг ачаалсан үед програмд багтсан бичлэг хайлт, танилцуулга, тараах материалд гарахгүй, `{ $id }` таних нэр лүү заасан холбоос энэ бичлэгийг нээнэ. Хоёуланг нь үлдээх бол энэ бичлэгт өөр таних нэр өгнө үү{ $offered ->
        [yes] {" "}(жишээ нь файлын нэр болох `{ $stem }`)
       *[free] {" "}(жишээ нь `{ $stem }`)
    }; програмд багтсан бичлэгийг засах зорилготой бол энэ бичлэгийг хэвээр нь үлдээнэ үү
# An action no loaded recommendation lists, listed by one in a file that did not load.
problem-action-listed-by-unloaded = энэ арга хэмжээг { $file } файл дахь зөвлөмжид жагсаасан боловч уг файл ачаалагдсангүй — түүний алдааг (мөр { $line }, багана { $column }) засвал арга хэмжээ зөвлөмжтэйгөө дахин холбогдоно
# A required field missing or empty, said with what it holds ($about: one of the about-* messages below).
problem-missing-field-about = заавал байх `{ $field }` талбар байхгүй: { $about }
problem-empty-field-about = `{ $field }` талбарыг бичсэн ч утга нь хоосон байна — энэ мөрөнд хоёр цэгийн ард утгыг нь бичнэ үү: { $about }
# What a required field holds, with an example to copy (src/corpus/kinds.rs gives each field its message).
about-id = холбоосод болон файлын нэрд хэрэглэх бичлэгийн таних нэр; латин жижиг үсэг, цифр, зураасаар бичнэ, жишээ нь: id: anchor-firm
about-kind = бичлэгийн төрөл, жишээ нь: kind: definition (бүх төрлийг `toli help format` жагсаана)
about-kind-in-folder = бичлэгийн төрөл; энэ хавтсанд kind: { $kind } гэж бичнэ (бүх төрлийг `toli help format` жагсаана)
about-title = бичлэгийн нэр, хоёр хэлээр, жишээ нь: title: {"{"}en: Anchor firm, mn: Тулгуур компани{"}"}
about-summary = бичлэг юуны тухай болохыг хоёр хэлээр нэг хоёр өгүүлбэрээр бичнэ, жишээ нь: summary: {"{"}en: A large firm a cluster grows around., mn: Эргэн тойронд нь кластер бүрэлдэн бий болдог томоохон компани.{"}"}
about-stage-model = энэ үе шат хамаарах дарааллыг тайлбарласан бичлэгийн (тодорхойлолт эсвэл жишээ төрлийн) таних нэр, жишээ нь: model: cluster-development-stages
about-stage-position = загвар дахь үе шатын байрлал: 1, 2, 3 … (нэг загварын байрлал 1-ээс эхэлж тасралтгүй дараална), жишээ нь: position: 2
about-country = улс эсвэл бүсийн код, жишээ нь: country: MN (кодуудыг `toli help format` жагсаана)
about-policy-type = бодлогын төрөл: law (хууль), strategy (стратеги), programme (хөтөлбөр) эсвэл incentive (хөнгөлөлт), жишээ нь: type: law
about-case-type = жишээний төрөл: park (парк), cluster (кластер), incubator (инкубатор), programme (хөтөлбөр), organisation (байгууллага), platform (платформ), company (компани) эсвэл ecosystem (экосистем), жишээ нь: type: cluster
about-challenge = зөвлөмжөөр шийдвэрлэх асуудал, хоёр хэлээр, жишээ нь: challenge: {"{"}en: Member firms do not trust each other enough to work together, mn: Гишүүн компаниуд хамтран ажиллах хэмжээнд бие биедээ итгэдэггүй{"}"}
about-actions = зөвлөмжийг хэрэгжүүлэх арга хэмжээнүүдийн таних нэр, дарааллаар нь, жишээ нь: actions: [trust-workshops]
about-author = зохиогч эсвэл байгууллага, эх сурвалжид бичсэнээр нь, жишээ нь: author: UNCTAD
about-rows = зураг, хүснэгтийн өгөгдөл: баганан диаграмын багана эсвэл хүснэгтийн мөр бүрт нэг зүйл, тус бүр хоёр хэлээрх нэр, эх сурвалжид бичсэн утгатай, жишээ нь: rows: [{"{"}label: {"{"}en: Resident companies, mn: Резидент компани{"}"}, value: 120{"}"}]
about-steps = танилцуулах бичлэгүүд дарааллаар нь, тус бүр зөвхөн илтгэгчид харагдах хоёр хэлээрх тэмдэглэлтэй, жишээ нь: steps: [{"{"}entry: cluster, note: {"{"}en: Start with the word itself, mn: Эхлээд нэр томьёог тайлбарлана{"}"}{"}"}]
# Own entries at the places of the shipped entries with their ids, as `toli new --from` copies them: one note for all, at the first ($ids: the first few, each in backticks; $more: how many others).
problem-replaces-shipped-copies = { $count ->
        [one] энэ хавтсыг ачаалсан үед энэ бичлэг toli програмд багтсан { $ids } бичлэгийг орлох тул хайлт, танилцуулга, тараах материалд таны хувилбар гарна; энэ бичлэг `toli new --from` тушаалын хуулбараа бичдэг газарт байна
       *[other] энэ хавтсыг ачаалсан үед таны { $count } бичлэг toli програмд багтсан, ижил таних нэртэй бичлэгийг орлоно: { $ids }{ $more ->
            [0] {""}
           *[other] {" болон өөр "}{ $more } бичлэг
        } — тиймээс хайлт, танилцуулга, тараах материалд таны хувилбарууд гарна; эдгээр бичлэг `toli new --from` тушаалын хуулбараа бичдэг газарт байна
    }
