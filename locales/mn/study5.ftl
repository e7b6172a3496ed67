# The bookmarks view: `u` puts back the bookmark removed last.
hint-restore-bookmark = сэргээх
bookmark-restored = Хавчуурга сэргээлээ: { $title }
bookmark-nothing-to-restore = Сэргээх хавчуурга байхгүй
# Хавчуурганы цонх нээлттэй байхад `d` товчоор бүгдийг нь хассан үед.
bookmarks-none-left = Хавчуурга үлдсэнгүй: { $removed ->
        [one] дөнгөж хассаныг u/г товчоор сэргээнэ.
       *[other] дөнгөж хассан { $removed } хавчуургыг u/г товчоор нэг нэгээр нь сэргээнэ.
    }
