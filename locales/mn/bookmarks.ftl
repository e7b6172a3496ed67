## Bookmarks: the list `b`, adding, removing and putting back (src/app/study/bookmarks.rs, src/ui/study).
hint-remove-bookmark = хасах
bookmarks-title = Хавчуурга
bookmarks-empty = Хавчуурга байхгүй: бичлэг дээр m дарж хавчуурга нэмнэ үү.
bookmark-added = Хавчуурга нэмлээ: { $title }
bookmark-removed = Хавчуурга хаслаа: { $title }
bookmarked = хавчуургатай
bookmark-removed-undo-keys = Хавчуурга хаслаа: { $title } — u/г товчоор сэргээнэ
# The bookmarks view: `u` puts back the bookmark removed last.
hint-restore-bookmark = сэргээх
bookmark-restored = Хавчуурга сэргээлээ: { $title }
bookmark-nothing-to-restore = Сэргээх хавчуурга байхгүй
# Хавчуурганы цонх нээлттэй байхад `d` товчоор бүгдийг нь хассан үед.
bookmarks-none-left = Хавчуурга үлдсэнгүй: { $removed ->
        [one] дөнгөж хассаныг u/г товчоор сэргээнэ.
       *[other] дөнгөж хассан { $removed } хавчуургыг u/г товчоор нэг нэгээр нь сэргээнэ.
    }
