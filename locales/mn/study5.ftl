# The bookmarks view: `u` puts back the bookmark removed last.
hint-restore-bookmark = буцаах
bookmark-removed-undo = Хавчуурга хаслаа: { $title } — u товчоор буцаана
bookmark-restored = Хавчуургыг буцааж нэмлээ: { $title }
bookmark-nothing-to-restore = Буцаах хавчуурга байхгүй
