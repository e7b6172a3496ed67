## `toli check`: a problem in an item of a list, named as a content author counts it (src/diagnostic/field_place.rs)
# $list нь жагсаалтын талбарын нэр (`rows`, `cells`); $n нь 1-ээс тоолсон дугаар, ард нь нөхцөл залгахгүй (№N мөр).
field-place = { $list ->
    [rows] №{ $n } мөр
    [cells] №{ $n } нүд
    [columns] №{ $n } багана
    [sources] №{ $n } эх сурвалж
    [steps] №{ $n } алхам
   *[other] `{ $list }` жагсаалтын №{ $n } зүйл
    }
# $place нь нэг буюу хэд хэдэн field-place, гаднах нь эхэндээ («№3 мөр, №2 нүд»); $problem нь алдааны мессеж.
problem-at-place = { $place }: { $problem }
