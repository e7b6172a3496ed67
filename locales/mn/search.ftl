problem-synonyms = синоним: { $detail } — мөр бүрт нэг бүлэг `- [үг, өөр үг]` хэлбэрээр бичнэ үү (content/README.md-г харна уу)
