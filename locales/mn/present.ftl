## Presenting a tour (`toli present`, `p`): the projector's keys, footer, figures, agenda and notices (src/present, src/app/present.rs).
hint-present = танилцуулга үзүүлэх
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
# Танилцуулга: үргэлжлүүлэх, гарах, хар дэлгэц, алхмын дугаар, тэмдэглэлийн өөрийн хэл.
present-resumed = №{ $step } алхмаас үргэлжиллээ (нийт { $total } алхам) · Home: эхнээс нь эхлэх
present-no-such-step = №{ $step } алхам байхгүй: энэ танилцуулга нийт { $total } алхамтай
present-remember-failed = Хаана хүртэл үзүүлснийг хадгалж чадсангүй: { $why }. Хавтас: { $folder }
present-leave-ask = Үзүүлэхээ зогсоох уу? q/ф: зогсоох · бусад товч: үргэлжлүүлэх
present-jump-range = Алхам руу очих (1–{ $total })
hint-first-step = эхний алхам
hint-last-step = сүүлийн алхам
hint-blank = дэлгэцийг харлуулах (дурын товчоор сэргээнэ)
hint-restart-clock = цагийг тэгээс эхлүүлэх
hint-leave-ask = зогсоох (эхлээд асууна)
# Presenting: the arrows scroll a long slide, then step on, as clickers that send arrows expect.
hint-step-scroll-down = доош гүйлгэх, төгсгөлд нь дараагийн алхам
hint-step-scroll-up = дээш гүйлгэх, эхэнд нь өмнөх алхам
hint-toggle-clock = цагийг нуух, харуулах
hint-pause-clock = цагийг түр зогсоох, үргэлжлүүлэх
# The presentation clock while stopped for a break ($clock is mm:ss).
present-clock-paused = { $clock } · түр зогссон
# Танилцуулгын үеэр хадгалсан файл алдаатай болсон. Проектор дээр: товч, үзэгчид уншиж болно.
present-reload-problem = ⚠ { $file }, мөр { $line }: алдаа байна (дэлгэрэнгүйг: тэмдэглэлийн дэлгэц, toli check)
# Танилцуулга: `f` товч танилцуулгад алхамд тохируулсан (`figures`) зураг, хүснэгтийг ээлжлэн алхмын дээр харуулна.
hint-step-figure = зураг, хүснэгт, алхмыг ээлжлэн үзүүлэх
# Алхмын дээр зураг, хүснэгт харуулж байх үеийн проекторын хөл хэсэг. Үзэгчид уншина: товч
# бичихгүй (товчнууд `?` дотор байна).
present-aside = Зураг, хүснэгт { $shown } / { $total }
# Танилцуулгад алхамд зураг, хүснэгт тохируулаагүй үед `f` (бичвэрт нь дурдсан байж болно).
present-no-figures = Энэ алхамд өөр зураг, хүснэгт алга.
# Алхам өөрөө зураг, хүснэгт бөгөөд өөр зураг, хүснэгт тохируулаагүй үед `f`.
present-step-is-figure = Энэ алхам өөрөө зураг, хүснэгт юм.
hint-summary-slides = хураангуй слайд эсвэл бүтэн бичлэг
# Танилцуулга: `a` товч танилцуулгын хөтөлбөрийг алхмын дээр харуулна.
hint-agenda = танилцуулгын хөтөлбөрийг харах, алхам руу буцах
# Хөтөлбөр харуулж байх үеийн проекторын хөл хэсэг: үзэгчид уншина, товч бичихгүй.
present-agenda-footer = Хөтөлбөр
# Проектор: алхмын бичлэг байхгүй, шалтгааныг тэмдэглэлийн дэлгэц хэлнэ.
present-step-unavailable = Энэ алхам одоогоор бэлэн биш байна.
# `toli present TOUR` (эсвэл `--notes`): танилцуулга ачаалсан агуулгад алга, гэхдээ өөр агуулгаас түүнийг үзүүлж байна.
present-tour-running-elsewhere = `{ $tour }` танилцуулгыг өөр терминалд, энэ тушаалын ачаалаагүй агуулгаас үзүүлж байна. Тэмдэглэлийг илтгэгчийн агуулгатай нь дараах тушаалаар эхлүүлнэ үү: { $command }
# Проекторын хөл, нарийн дэлгэц: `g` дарж бичсэн дугаартай алхам танилцуулгад алга; асуулт тэр дугаартайгаа нээлттэй үлдэнэ.
present-jump-wrong = Ийм алхам байхгүй · алхам руу очих (1–{ $total })
