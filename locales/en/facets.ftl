## The facet panel `F`: filters by kind, country, sector, year, ownership, policy type (src/app/facets.rs, src/ui/facet_panel.rs).
# The marks on the facet panel's border when its list goes on above or below the view; $keys
# are the keys that show it.
facets-more-above = ↑ more: { $keys }
facets-more-below = ↓ more: { $keys }

hint-toggle-filter = select value
hint-clear-filters = clear filters
facets-title = Facets — { $count ->
        [one] 1 entry
       *[other] { $count } entries
    } shown
facets-active = Filters
facets-none = No filters: every entry is shown
facets-filtered = filtered
facet-kind = Kind
facet-country = Country
facet-sector = Sector
facet-year = Year
facet-ownership = Ownership
facet-policy-type = Policy type
facets-moved = Nothing in { $from } matches these filters; showing { $to }
facets-nothing = No entry matches these filters: press c to clear them
# Space on a value at 0 (no entry left has it under the other filters): it keeps its row but
# is not chosen, as choosing it would empty the list.
facets-zero = No entry left has { $value }: press c to clear the filters
