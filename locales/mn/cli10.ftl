## `toli check`: хоёр хэлний буулгалтад өөр талбар орсон (src/diagnostic.rs)
problem-unexpected-key = `{ $field }` талбарын дотор `{ $key }` гэсэн илүүдэл талбар байна — `{ $field }` талбарын дотор зөвхөн `en`, `mn` бичнэ
problem-unexpected-key-field = `{ $field }` талбарын дотор `{ $key }` гэсэн илүүдэл талбар байна — `{ $key }` нь бичлэгийн талбар тул `{ $field }` талбарын доор биш, мөрийн эхнээс бичнэ үү

## Апп эхлэхэд төлөвийн мөрөнд: `toli check` тушаалын мэдээлэх алдаа, анхааруулгын тоо (src/cli/mod.rs)
teach-load-errors = агуулгад { $errors } алдаа{ $warnings ->
        [0] {""}
       *[other] , { $warnings } анхааруулга
    } байна — ! товчоор эсвэл { $command } тушаалаар харна

## Хавчуурга, тэмдэглэлийн файлыг яагаад уншиж чадаагүй нь, мэдэгдлийн төгсгөлд хаалтад (src/store/reason.rs)
store-reason-truncated = файлын төгсгөл дутуу байна: мөр { $line }
store-reason-damaged = файл эвдэрсэн байна: мөр { $line }, багана { $column }
store-reason-not-text = файл энгийн бичвэр (UTF-8) биш байна: мөр { $line }
store-reason-no-permission = файлыг унших эрх байхгүй
store-reason-not-a-file = энэ нь файл биш, харин хавтас, суваг эсвэл төхөөрөмж байна
store-reason-too-large = файл хэт том тул toli уншихгүй
