## Walk 20 (coach20): what `toli check` tells a coach building their own folder
# A problem that fails nothing: what a file does on purpose (`toli check` prints it as `path:line:col: note: …`).
severity-note = санамж
# An entry of one's own with a shipped entry's id replaces it ($title_mn: the shipped entry's title; $stem: the file's name, offered as another id when $offered is yes).
problem-replaces-shipped = энэ бичлэг toli програмд багтсан «{ $title_mn }» (`{ $id }`) бичлэгийг орлоно: энэ хавтсыг ачаалсан үед програмд багтсан бичлэг хайлт, танилцуулга, тараах материалд гарахгүй, `{ $id }` рүү заасан холбоос энэ бичлэгийг нээнэ. Хоёуланг нь үлдээх бол энэ бичлэгт өөр таних нэр өгнө үү{ $offered ->
        [yes] {" "}(жишээ нь файлын нэр болох `{ $stem }`)
       *[no] {""}
    }; програмд багтсан бичлэгийг засах гэж байгаа бол ингээд үлдээнэ үү
# An action no loaded recommendation lists, listed by one in a file that did not load.
problem-action-listed-by-unloaded = { $file } файл дахь зөвлөмж энэ арга хэмжээг жагсаасан боловч уг файл ачаалагдсангүй — түүний алдааг (мөр { $line }, багана { $column }) засахад арга хэмжээ зөвлөмжтэйгөө дахин холбогдоно
