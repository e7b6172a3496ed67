# Presenting: the arrows scroll a long slide, then step on, as clickers that send arrows expect.
hint-step-scroll-down = доош гүйлгэх, төгсгөлд нь дараагийн алхам
hint-step-scroll-up = дээш гүйлгэх, эхэнд нь өмнөх алхам
hint-toggle-clock = цагийг нуух, харуулах
