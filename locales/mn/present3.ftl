# Presenting: the arrows scroll a long slide, then step on, as clickers that send arrows expect.
hint-step-scroll-down = доош гүйлгэх, төгсгөлд нь дараагийн алхам
hint-step-scroll-up = дээш гүйлгэх, эхэнд нь өмнөх алхам
hint-toggle-clock = цагийг нуух, харуулах
hint-pause-clock = цагийг түр зогсоох, үргэлжлүүлэх
# The presentation clock while stopped for a break ($clock is mm:ss).
present-clock-paused = { $clock } · түр зогссон
