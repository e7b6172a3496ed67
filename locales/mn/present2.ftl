# Танилцуулга: үргэлжлүүлэх, гарах, хар дэлгэц, алхмын дугаар, тэмдэглэлийн өөрийн хэл.
present-resumed = №{ $step } алхмаас үргэлжиллээ · Home: эхнээс нь эхлэх
present-no-such-step = №{ $step } алхам байхгүй: энэ танилцуулга нийт { $total } алхамтай
present-remember-failed = Хаана хүртэл үзүүлснийг хадгалж чадсангүй: { $why }. Хавтас: { $folder }
present-leave-ask = Танилцуулгаас гарах уу? q/ф: гарах · бусад товч: үлдэх
present-jump-range = Алхам руу очих (1–{ $total })
hint-first-step = эхний алхам
hint-last-step = сүүлийн алхам
hint-blank = дэлгэцийг харлуулах (дурын товчоор сэргээнэ)
hint-restart-clock = цагийг тэгээс эхлүүлэх
hint-leave-ask = гарах (эхлээд асууна)
notes-keys = Space, →: дараагийн · ←: өмнөх · p/з: завсарлага · L/Л: хэл · Esc: хаах
