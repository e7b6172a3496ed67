## The entry kinds' names, one and many (src/corpus/kinds.rs).
kind-definition = Тодорхойлолт
kind-stage = Үе шат
kind-policy = Бодлого
kind-case = Жишээ
kind-finding = Дүгнэлт
kind-recommendation = Зөвлөмж
kind-action = Арга хэмжээ
kind-source = Эх сурвалж
kind-figure = Зураг, хүснэгт
kind-tour = Танилцуулга
kinds-definition = Тодорхойлолт
kinds-stage = Үе шат
kinds-policy = Бодлого
kinds-case = Жишээ
kinds-finding = Дүгнэлт
kinds-recommendation = Зөвлөмж
kinds-action = Арга хэмжээ
kinds-source = Эх сурвалж
kinds-figure = Зураг, хүснэгт
kinds-tour = Танилцуулга

# Бодлогын жагсаалтын гарчиг: он дарааллаар, он нь урдаа.
list-policies-by-year = он дарааллаар
