## `toli check`: хоёр хэлний буулгалтад өөр талбар орсон (src/diagnostic.rs)
problem-unexpected-key = `{ $field }` талбарын дотор `{ $key }` гэсэн илүүдэл талбар байна — `{ $field }` талбарын дотор зөвхөн `en`, `mn` бичнэ
problem-unexpected-key-field = `{ $field }` талбарын дотор `{ $key }` гэсэн илүүдэл талбар байна — `{ $key }` нь бичлэгийн талбар тул `{ $field }` талбарын доор биш, мөрийн эхнээс бичнэ үү

## Апп эхлэхэд төлөвийн мөрөнд: `toli check` тушаалын мэдээлэх алдаа, анхааруулгын тоо (src/cli/mod.rs)
teach-load-errors = агуулгад { $errors } алдаа{ $warnings ->
        [0] {""}
       *[other] , { $warnings } анхааруулга
    } байна; харах тушаал: { $command }
