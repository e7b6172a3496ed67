# The marks on the facet panel's border when its list goes on above or below the view; $keys
# are the keys that show it.
facets-more-above = ↑ more: { $keys }
facets-more-below = ↓ more: { $keys }
