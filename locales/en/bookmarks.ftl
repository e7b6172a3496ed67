## Bookmarks: the list `b`, adding, removing and putting back (src/app/study/bookmarks.rs, src/ui/study).
hint-remove-bookmark = remove
bookmarks-title = Bookmarks
bookmarks-empty = No bookmarks yet: press m on an entry to bookmark it.
bookmark-added = Bookmarked: { $title }
bookmark-removed = Bookmark removed: { $title }
bookmarked = bookmarked
bookmark-removed-undo-keys = Bookmark removed: { $title } — u puts it back
# The bookmarks view: `u` puts back the bookmark removed last.
hint-restore-bookmark = put back
bookmark-restored = Bookmark put back: { $title }
bookmark-nothing-to-restore = No removed bookmark to put back
# The bookmarks window emptied by `d` while it is open.
bookmarks-none-left = No bookmarks left: { $removed ->
        [one] u puts back the one removed.
       *[other] u puts back the { $removed } removed, one at a time.
    }
