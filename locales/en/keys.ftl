# Issue 19: theme and presenting notices, help paging, facets, matrix and citations.
theme-changed = Theme: { $theme }
present-more-below = more below
