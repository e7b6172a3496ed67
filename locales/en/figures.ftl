## Figures in the entry view: the next figure, its source (src/app/figures.rs, src/ui/figure.rs).
figure-source = Source
# A figure with several sources: one label, the sources under it.
figure-sources = Sources
hint-next-figure = next figure
tui-no-figures = this entry names no figures
