# Гарын авлага (toli export): Markdown дахь дүрсийн хүснэгт, экспортын огноо, хувилбар, хуудасны дугаар.
export2-figure-label = Үзүүлэлт
export2-figure-value = Утга
export2-figure-year = Он
# Монгол огнооны хэлбэр: «2026 оны 12-р сарын 5». $month нь сарын дугаар.
export2-date = { $year } оны { $month }-р сарын { $day }
export2-month-1 = 1
export2-month-2 = 2
export2-month-3 = 3
export2-month-4 = 4
export2-month-5 = 5
export2-month-6 = 6
export2-month-7 = 7
export2-month-8 = 8
export2-month-9 = 9
export2-month-10 = 10
export2-month-11 = 11
export2-month-12 = 12
export2-made = Экспортолсон огноо: { $date } · toli { $version }
export2-page = Хуудас
