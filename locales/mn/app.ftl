## The interactive app's panes and status notices: pane titles, empty panes, themes, the mouse, the start (src/app, src/ui).
tui-kinds = Төрлүүд
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
tui-wide-list-nothing = Жагсаалт дэлгэцийн өргөнийг бүтэн эзэлж байгаа тул z товч юу ч өөрчлөхгүй
mouse-released = Хулгана чөлөөтэй: түүгээр бичвэр сонгоно уу; M дахин дарвал toli програм хулганыг эргүүлж авна
mouse-captured = Хулгана дахин идэвхтэй: toli програмд товшилт, дугуй ажиллана
# `z` where the entry already fills the screen.
tui-zoom-nothing = Энэ өргөнд бичлэг дэлгэцийг бүтэн эзэлсэн тул z юу ч өөрчлөхгүй
teach-load-errors = агуулгад { $errors } алдаа{ $warnings ->
        [0] {""}
       *[other] , { $warnings } анхааруулга
    } байна — ! товчоор эсвэл { $command } тушаалаар харна
# Сая сонгосон өнгөний загвар.
theme-changed = Өнгөний загвар: { $theme }
