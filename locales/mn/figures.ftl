## Figures in the entry view: the next figure, its source (src/app/figures.rs, src/ui/figure.rs).
figure-source = Эх сурвалж
# Олон эх сурвалжтай зураг: нэг шошго, эх сурвалжууд доор нь («Эх сурвалж» нь нэг ч, олон ч эх сурвалжид тохирно).
figure-sources = Эх сурвалж
hint-next-figure = дараагийн зураг, хүснэгт
tui-no-figures = энэ бичлэгт зураг, хүснэгт дурдаагүй
