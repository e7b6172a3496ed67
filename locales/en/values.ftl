## Controlled values shown as words (src/corpus/values.rs, src/corpus/locator.rs): countries, ownership, policy types, sectors, locators.
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

## Locator words (src/corpus/locator.rs). English locators are shown as written; these English
## messages only keep the two languages in step. `-of` is the form before a postposition.
locator-section = section
locator-section-of = section
locator-slide = slide
locator-slide-of = slide
locator-slides = slides
locator-table = table
locator-table-of = table
locator-figure = figure
locator-figure-of = figure
locator-box = box
locator-box-of = box
locator-footnote = footnote
locator-footnote-of = footnote
locator-finding = finding
locator-finding-of = finding
locator-page = page
locator-page-of = page
locator-paragraph = paragraph
locator-paragraph-of = paragraph
locator-item = item
locator-item-of = item
locator-cited = cited in
locator-unctad = UNCTAD
locator-annex = Annex
locator-under = under
locator-after = after
locator-and = and
locator-discussion-after = discussion after
locator-text-on = text on
locator-executive-summary = Executive summary
locator-abbreviations = Abbreviations
locator-introduction = introduction
locator-recommendations = Recommendations
locator-recommendation = recommendation
locator-findings = Findings
locator-key-actions = key actions
locator-key-actions-between = key actions printed between them
locator-challenge = challenge
locator-continued = continued
locator-source-line = source line

ownership-public = public
ownership-private = private
ownership-mixed = mixed
ownership-ppp = public–private partnership
ownership-university = university
policy-type-law = law
policy-type-strategy = strategy
policy-type-programme = programme
policy-type-incentive = incentive
country-APEC = APEC
country-AU = Australia
country-CA = Canada
country-CN = China
country-DK = Denmark
country-EU = European Union
country-GB = United Kingdom
country-JP = Japan
country-KR = South Korea
country-KZ = Kazakhstan
country-LT = Lithuania
country-MN = Mongolia
country-RU = Russia
country-TW = Taiwan, Province of China
country-US = United States
