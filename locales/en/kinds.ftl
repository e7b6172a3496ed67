## The entry kinds' names, one and many (src/corpus/kinds.rs).
kind-definition = Definition
kind-stage = Stage
kind-policy = Policy
kind-case = Case
kind-finding = Finding
kind-recommendation = Recommendation
kind-action = Action
kind-source = Source
kind-figure = Figure
kind-tour = Tour
kinds-definition = Definitions
kinds-stage = Stages
kinds-policy = Policies
kinds-case = Cases
kinds-finding = Findings
kinds-recommendation = Recommendations
kinds-action = Actions
kinds-source = Sources
kinds-figure = Figures
kinds-tour = Tours

# The policies list's heading: they are in order of year, the year in front.
list-policies-by-year = by year
