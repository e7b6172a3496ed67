# The bookmarks view: `u` puts back the bookmark removed last.
hint-restore-bookmark = сэргээх
bookmark-restored = Хавчуурга сэргээлээ: { $title }
bookmark-nothing-to-restore = Сэргээх хавчуурга байхгүй
