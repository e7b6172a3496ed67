# Issue 19: theme and presenting notices, help paging, facets, matrix and citations.
theme-changed = Theme: { $theme }
present-more-below = more below
cite-sent = Citation of «{ $title }» sent to the terminal clipboard (OSC 52; under tmux: set-clipboard on); M frees the mouse to select text
cite-sent-text = Citation sent to the terminal clipboard; select it here: { $citation }
hint-next-mark = next mark
hint-prev-mark = previous mark
facets-moved = Nothing in { $from } matches these filters; showing { $to }
facets-nothing = No entry matches these filters: press c to clear them
