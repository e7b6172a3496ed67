# Тараах материал (toli export): Markdown дахь зураг, хүснэгтийн утгууд, экспортын огноо, хувилбар, хуудасны дугаар.
export2-figure-value = Утга
export2-figure-year = Он
# Монгол огнооны хэлбэр: «2026 оны 12-р сарын 5». $month нь доорх «12-р сарын» хэлбэр.
export2-date = { $year } оны { $month } { $day }
export2-month-1 = 1-р сарын
export2-month-2 = 2-р сарын
export2-month-3 = 3-р сарын
export2-month-4 = 4-р сарын
export2-month-5 = 5-р сарын
export2-month-6 = 6-р сарын
export2-month-7 = 7-р сарын
export2-month-8 = 8-р сарын
export2-month-9 = 9-р сарын
export2-month-10 = 10-р сарын
export2-month-11 = 11-р сарын
export2-month-12 = 12-р сарын
export2-made = Бэлтгэсэн огноо: { $date } · toli { $version }
export2-page = Хуудас
