## Citations: the citation window, `y` copying one, an entry's sources (src/app/cite.rs, src/ui/citation.rs, src/corpus/citation.rs).
hint-copy-citation = ишлэл хуулах
# «Эх сурвалж» нь нэг ч, олон ч эх сурвалжид тохирно ($count: эх сурвалжийн тоо).
cite-sources = { $count ->
       *[other] Эх сурвалж
    }
# Огноо нь тодорхойгүй эх сурвалжийн зохиогчийн дараа бичигдэнэ.
cite-no-date = огноогүй
# Ишлэлийн цонх, хулгана, хайлтын хязгаар, тэмдэглэлийн Ctrl-C.
cite-more-below = ↓ үргэлжлэл: j, PgDn
cite-more-above = ↑ k, PgUp
cite-copied = «{ $title }»: ишлэлийг түр санах ой руу илгээлээ; буулгахад гарахгүй бол цонхноос нь сонгоно уу
cite-title = Ишлэл (түр санах ой руу илгээсэн)
cite-window-hint-mouse = Терминал хүлээж аваагүй бол M/Т дарж хулганыг чөлөөлөөд дээрх бичвэрийг сонгоно уу. Esc: хаах.
cite-window-hint = Терминал хүлээж аваагүй бол дээрх бичвэрийг хулганаар сонгоно уу. Esc: хаах.
