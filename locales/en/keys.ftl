# Issue 19: theme and presenting notices, help paging, facets, matrix and citations.
theme-changed = Theme: { $theme }
cite-title = Citation (sent to the clipboard)
cite-window-hint-mouse = If your terminal did not take it: M frees the mouse, then select the text above. Esc closes.
cite-window-hint = If your terminal did not take it, select the text above with the mouse. Esc closes.
help-ctx-citation = Citation window
hint-next-mark = next mark
hint-prev-mark = previous mark
facets-moved = Nothing in { $from } matches these filters; showing { $to }
facets-nothing = No entry matches these filters: press c to clear them
