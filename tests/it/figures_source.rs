//! The shipped figures against their sources' numbers, copied here from the source documents in
//! /work/shared/sources: UNCTAD (2025) Tables 1 and 2 and Boxes 1 and 4, the EU cluster
//! performance tiers and the GII 2023 top-10 table, and the ECCP counts. A figure whose numbers
//! drift from the source fails here, and every shipped figure passes the checker's validations.

use toli::corpus::Corpus;
use toli::corpus::load::{Sources, load};
use toli::corpus::model::KindFields;
use toli::figure::validate::{rounding_tolerance, validate};

fn corpus() -> Corpus {
    load(&Sources::builtin()).corpus
}

/// (English label, value) of each row in file order, and the figure's `total`.
fn rows(c: &Corpus, id: &str) -> (Vec<(String, f64)>, Option<f64>) {
    let e = c.get(id).unwrap_or_else(|| panic!("no figure {id}"));
    let KindFields::Figure { rows, total, .. } = &e.fields else {
        panic!("{id} is not a figure");
    };
    let rows = rows
        .iter()
        .map(|r| {
            (
                r.label.en.clone().unwrap_or_default(),
                r.value.expect("a value"),
            )
        })
        .collect();
    (rows, *total)
}

fn sum(rows: &[(String, f64)]) -> f64 {
    rows.iter().map(|r| r.1).sum()
}

fn assert_rows(c: &Corpus, id: &str, expected: &[(&str, f64)]) {
    let (got, _) = rows(c, id);
    let got: Vec<(&str, f64)> = got.iter().map(|(l, v)| (l.as_str(), *v)).collect();
    assert_eq!(got, expected, "{id}");
}

/// UNCTAD (2025) Table 2: graduates by professional field, 2023 — count and printed share.
const TABLE_2: [(&str, f64, f64); 14] = [
    ("Education studies and pedagogy", 4229.0, 14.7),
    ("Humanity", 1759.0, 6.1),
    ("Fine and applied arts", 946.0, 3.3),
    ("Law", 2989.0, 10.4),
    ("Social science", 1702.0, 5.9),
    ("Commercial and business management", 5827.0, 20.3),
    ("Public information and journalism", 252.0, 0.9),
    ("Mathematics and computer science", 1133.0, 3.9),
    ("Service", 1277.0, 4.5),
    ("Natural science", 471.0, 1.6),
    ("Medical science", 4779.0, 16.7),
    ("Engineering", 2119.0, 7.4),
    ("Architecture and urban planning", 942.0, 3.3),
    ("Agriculture, forestry and fishery", 271.0, 0.9),
];

#[test]
fn graduates_by_field_match_table_2_and_add_up_to_28696() {
    let c = corpus();
    let counts: Vec<(&str, f64)> = TABLE_2.iter().map(|(l, n, _)| (*l, *n)).collect();
    assert_rows(&c, "fig-graduates-by-field-2023", &counts);
    let (got, total) = rows(&c, "fig-graduates-by-field-2023");
    assert_eq!(sum(&got), 28696.0);
    assert_eq!(total, Some(28696.0));
}

#[test]
fn graduate_shares_match_table_2_and_add_up_to_100_within_rounding() {
    let c = corpus();
    let shares: Vec<(&str, f64)> = TABLE_2.iter().map(|(l, _, s)| (*l, *s)).collect();
    assert_rows(&c, "fig-graduates-by-field-2023-shares", &shares);
    let (got, total) = rows(&c, "fig-graduates-by-field-2023-shares");
    assert_eq!(total, Some(100.0));
    let values: Vec<f64> = got.iter().map(|r| r.1).collect();
    let off = (sum(&got) - 100.0).abs();
    assert!(
        off <= rounding_tolerance(&values),
        "shares sum to {}",
        sum(&got)
    );
    assert!(
        off > 0.05,
        "the printed shares add up to 99.9, not exactly 100"
    );
    // Each printed share is its count over 28,696, rounded to one decimal.
    for (label, count, share) in TABLE_2 {
        let recomputed = (count / 28696.0 * 1000.0).round() / 10.0;
        assert!(
            (recomputed - share).abs() < 1e-9,
            "{label}: {recomputed} vs {share}"
        );
    }
}

#[test]
fn eu_cluster_tiers_are_198_898_1854_of_2950() {
    let c = corpus();
    assert_rows(
        &c,
        "fig-eu-cluster-performance-tiers",
        &[
            ("High-performing clusters", 198.0),
            ("Medium-performing clusters", 898.0),
            ("Basic-performing clusters", 1854.0),
        ],
    );
    let (got, total) = rows(&c, "fig-eu-cluster-performance-tiers");
    assert_eq!(total, Some(2950.0));
    assert_eq!(sum(&got), 2950.0);
}

#[test]
fn socratus_outcomes_are_5_6_11_of_its_22_companies() {
    let c = corpus();
    assert_rows(
        &c,
        "fig-socratus-outcomes",
        &[
            ("Successful", 5.0),
            ("Failed", 6.0),
            ("Still in incubation", 11.0),
        ],
    );
    // Box 4: "it hosts 22 companies".
    assert_eq!(sum(&rows(&c, "fig-socratus-outcomes").0), 22.0);
}

#[test]
fn ict_service_exports_match_table_1() {
    let c = corpus();
    assert_rows(
        &c,
        "fig-ict-service-exports",
        &[
            ("Mongolia", 59.37),
            ("Georgia", 891.97),
            ("Estonia", 2972.53),
            ("Croatia", 1868.30),
            ("Armenia", 1073.97),
        ],
    );
}

#[test]
fn gii_top_10_pct_applications_match_the_ranking_table() {
    let c = corpus();
    assert_rows(
        &c,
        "fig-gii-top-10-st-clusters-pct",
        &[
            ("Tokyo-Yokohama", 113244.0),
            ("Shenzhen-Hong Kong-Guangzhou", 72259.0),
            ("Seoul", 40817.0),
            ("Beijing", 25080.0),
            ("San Jose-San Francisco, CA", 39748.0),
            ("Osaka-Kobe-Kyoto", 29464.0),
            ("Boston-Cambridge, MA", 15458.0),
            ("New York City, NY", 12302.0),
            ("Shanghai", 13347.0),
            ("Paris", 13561.0),
        ],
    );
}

#[test]
fn it_park_revenue_is_30_and_70_percent() {
    let c = corpus();
    assert_rows(
        &c,
        "fig-it-park-revenue",
        &[
            ("Renting office space", 30.0),
            ("Incubation and training programmes", 70.0),
        ],
    );
}

#[test]
fn eccp_counts_start_with_1398_organisations_and_7283_members() {
    let c = corpus();
    let (got, _) = rows(&c, "fig-eccp-organisations");
    assert_eq!(got[0], ("Cluster organisations".to_string(), 1398.0));
    assert_eq!(got[1], ("Cluster members".to_string(), 7283.0));
    assert_eq!(got[2], ("European Cluster Partnerships".to_string(), 276.0));
}

#[test]
fn every_shipped_figure_passes_the_checker() {
    let c = corpus();
    let mut figures = 0;
    for e in c.entries() {
        if matches!(e.fields, KindFields::Figure { .. }) {
            figures += 1;
            assert_eq!(validate(e), Vec::new(), "{}", e.id);
        }
    }
    assert!(figures >= 27, "{figures} figures");
}
