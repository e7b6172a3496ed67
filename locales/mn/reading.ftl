# The entry's reading order (src/reading.rs): source line, relations, compact apparatus.
reading-source = Эх сурвалж
reading-figures = График
reading-count = { $label } ({ $count })
reading-tab-hint = Tab товчоор ээлжлэн сонгоно
reading-more-sources = бусад эх сурвалж: { $count }
hint-zoom = уншах хэсгийг бүтэн өргөнөөр харах
