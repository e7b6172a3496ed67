## Figures in the entry view: the next figure, its source (src/app/figures.rs, src/ui/figure.rs).
figure-source = Эх сурвалж
hint-next-figure = дараагийн зураг, хүснэгт
tui-no-figures = энэ бичлэгт зураг, хүснэгт дурдаагүй
