# The bookmarks view: `u` puts back the bookmark removed last.
hint-restore-bookmark = put back
bookmark-restored = Bookmark put back: { $title }
bookmark-nothing-to-restore = No removed bookmark to put back
