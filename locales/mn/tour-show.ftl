# `toli show TOUR`: a step's planned time, after its title.
show-step-minutes = { $minutes } минут
# `toli new tour`: the optional planned time of a step, commented out in the new file.
skeleton-tour-minutes = заавал биш: энэ алхамд төлөвлөсөн минут (тэмдэглэлийн дэлгэцийн хурдад); ашиглах бол эхний # тэмдгийг арилгана
# `toli check`: аяллын алхамд `entry` байхгүй.
problem-step-without-entry = №{ $step } алхамд харуулах бичлэг заагаагүй — харуулах бичлэгийн таних нэрийг `entry:` гэж нэмнэ үү (`entry: cluster`); тэр болтол аялал энэ алхамгүйгээр харагдана
# Тэмдэглэлийн дэлгэц: дагаж байсан танилцуулга дууссан.
notes-ended = Танилцуулга дууслаа. `toli present АЯЛАЛ` тушаалаар дахин эхлүүлнэ үү; хүлээж байна…
# Тэмдэглэлийн дэлгэц: өөр аялал танилцуулагдаж байна.
notes-other-tour = Өөр аялал танилцуулагдаж байна: «{ $title }». Энэ дэлгэц эхлүүлэхдээ заасан аяллыг дагана; хүлээж байна…
