## Controlled values shown as words (src/corpus/values.rs); country, ownership and policy-type
## names are in toli.ftl.
ownership-state = state-owned
ownership-local = locally owned
ownership-academy = academy of sciences
case-type-park = park
case-type-cluster = cluster
case-type-incubator = incubator
case-type-programme = programme
case-type-organisation = organisation
case-type-platform = platform
case-type-company = company
case-type-ecosystem = ecosystem
sector-ict = ICT
sector-agriculture = agriculture
sector-food = food
sector-mining = mining
sector-manufacturing = manufacturing
sector-energy = energy
sector-biotech = biotechnology
sector-pharma = pharmaceuticals
sector-aerospace = aerospace
sector-automotive = automotive
sector-petrochemical = petrochemicals
sector-textile = textiles
sector-leather = leather
sector-construction = construction
sector-tourism = tourism
sector-education = education
sector-research = research
sector-robotics = robotics
sector-creative = creative industries
sector-logistics = logistics
sector-multi = several sectors
instrument-regulation = regulation
instrument-tax = tax
instrument-finance = finance
instrument-infrastructure = infrastructure
instrument-network = networks
instrument-skills = skills
instrument-governance = governance
duration-days = { $n ->
    [one] { $n } day
   *[other] { $n } days
    }
duration-weeks = { $n ->
    [one] { $n } week
   *[other] { $n } weeks
    }
duration-months = { $n ->
    [one] { $n } month
   *[other] { $n } months
    }
duration-years = { $n ->
    [one] { $n } year
   *[other] { $n } years
    }
entry-damaged = This entry could not be read from toli's cache, which has now been cleared: start toli again.
