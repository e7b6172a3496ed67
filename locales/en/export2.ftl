# Handouts (toli export): figure tables in Markdown, the export date and version, page numbers.
export2-figure-value = Value
export2-figure-year = Year
# $month is the month as the date writes it (its name; in Mongolian «12-р сарын»), $day and $year numbers.
export2-date = { $day } { $month } { $year }
export2-month-1 = January
export2-month-2 = February
export2-month-3 = March
export2-month-4 = April
export2-month-5 = May
export2-month-6 = June
export2-month-7 = July
export2-month-8 = August
export2-month-9 = September
export2-month-10 = October
export2-month-11 = November
export2-month-12 = December
export2-made = Exported on { $date } with toli { $version }
export2-page = Page
