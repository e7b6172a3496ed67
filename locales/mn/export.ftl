export-contents = Гарчиг
export-done-file = { $pages } бичлэгийг нэг файлд бичлээ: { $path }
export-single-md = --single-file зөвхөн HTML бичнэ; --format md сонголтыг хасна уу
export-foreign = Энэ хавтсанд toli програмын бичээгүй файлууд байна: { $dir } ({ $names }); шинэ эсвэл хоосон хавтас сонгоно уу, эсвэл заавал бичих бол --force өгнө үү (toli програмын ижил нэртэй файлуудыг солино, бусдыг хэвээр үлдээнэ)
export-foreign-file = Энэ файл аль хэдийн байгаа бөгөөд toli бичээгүй: { $path }; өөр нэр сонгоно уу, эсвэл солих бол --force өгнө үү
export-symlink = Энэ бол тэмдэгт холбоос: { $path }; toli холбоосоор дамжуулж бичдэггүй — түүнийг устгана уу, эсвэл өөр хавтас сонгоно уу
export-not-folder = Энэ бол хавтас биш, файл: { $path }; тараах материалд хавтас сонгоно уу, эсвэл нэг HTML файл бичих бол --single-file өгнө үү
export-not-file = Энэ бол хавтас: { $path }; бичих файлын нэрийг өгнө үү, жишээ нь { $path }/handout.html
export-bad-manifest = Энэ нь toli програмын тараах материалын жагсаалт биш: { $path } ({ $reason }); түүнийг устгана уу, өөр хавтас сонгоно уу, эсвэл --force өгнө үү
export-io = Бичиж чадсангүй: { $path }: { $error }
export-missing-step = анхааруулга: { $tour } танилцуулгын №{ $step } алхам «{ $id }» гэсэн бичлэгийг заасан боловч ийм бичлэг байхгүй; тараах материалд энэ алхам хуудасгүй жагсаагдана. Засах файл, мөрийг `{ $check }` харуулна.
export-left-out-link = анхааруулга: { $entry } бичлэгт «{ $id }» гэсэн бичлэгийн холбоос бий боловч ийм бичлэг байхгүй; тараах материалын текстэд энэ холбоосыг оруулаагүй. Засах файл, мөрийг `{ $check }` харуулна.
# After an HTML handout is written: how to print it whole (a folder's print.html, or the single file) without the browser's own header and footer.
export-print-hint = Тараах материалыг бүтнээр нь хэвлэхдээ { $file } файлыг хөтчөөр нээгээд хөтчийн өөрийн толгой, хөлийн мөрийг унтраана уу (материал огноо, хувилбар, хуудасны дугаараа өөрөө хэвлэнэ). Эсвэл дараах тушаалаар PDF болгоно уу: chromium --headless --no-pdf-header-footer --print-to-pdf=handout.pdf { $file }
