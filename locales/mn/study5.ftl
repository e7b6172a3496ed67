# The bookmarks view: `u` puts back the bookmark removed last.
hint-restore-bookmark = сэргээх
bookmark-removed-undo = Хавчуурга хаслаа: { $title } — u товчоор сэргээнэ
bookmark-restored = Хавчуурга сэргээлээ: { $title }
bookmark-nothing-to-restore = Сэргээх хавчуурга байхгүй
