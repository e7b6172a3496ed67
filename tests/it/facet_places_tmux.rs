//! The official's facet walk in a real terminal (user walk 21, O-5): after choosing policies,
//! the rows below keep their places, so the number of rows counted down from the top before the
//! choice still lands on the country meant («Монгол Улс»); a country no policy has stays, at 0,
//! and Space on it chooses nothing and says why. The real binary in tmux, 80×24, in Mongolian,
//! on the shipped corpus; the rows are counted on the app in the test's own process.

use crate::common;
use crate::common::tmux::Tmux;

use toli::app::facet_panel::values;
use toli::app::facets::Facet;
use toli::lang::Lang;

/// Sends Down `n` times.
fn down(t: &Tmux, n: usize) {
    let keys = vec!["Down"; n];
    t.keys(&keys);
}

#[test]
fn rows_keep_their_places_after_a_choice_and_a_value_at_zero_is_not_chosen() {
    // The panel's rows without filters, as the binary draws them.
    let app = common::sized(common::shipped(), Lang::Mn, 80, 24);
    let rows = values(&app);
    let row = |f: Facet, v: &str| {
        (rows.iter().position(|(g, w, _)| *g == f && w == v)).expect("the value has a row")
    };
    let (policy, mongolia) = (row(Facet::Kind, "policy"), row(Facet::Country, "MN"));
    // A country some entry has but no policy: the first below Mongolia that is not a policy's.
    let mut filtered = common::sized(common::shipped(), Lang::Mn, 80, 24);
    filtered.nav.filters.toggle(Facet::Kind, "policy");
    let under_policy = values(&filtered);
    let empty = (mongolia + 1..under_policy.len())
        .find(|&i| under_policy[i].0 == Facet::Country && under_policy[i].2 == 0)
        .expect("a country with no policy");
    let empty_name = toli::app::facet_panel::label(&filtered, Facet::Country, &rows[empty].1);
    assert!(policy < mongolia && mongolia < empty);

    let Some(t) = Tmux::toli("mn", 80, 24) else {
        return;
    };
    t.wait_for("Төрлүүд");
    t.keys(&["f"]);
    t.wait_for("Шүүлтүүргүй");
    down(&t, policy);
    t.keys(&["Space"]);
    t.wait_for("Шүүлтүүр: Төрөл: Бодлого");
    // Counted from the top before the choice: Mongolia is still that many rows down.
    down(&t, mongolia - policy);
    t.keys(&["Space"]);
    t.wait_for("Шүүлтүүр: Төрөл: Бодлого · Улс: Монгол Улс");
    // Further down, a country no policy has: greyed at 0, and Space only says why.
    down(&t, empty - mongolia);
    t.keys(&["Space"]);
    let screen = t.wait_for("утгатай бичлэг үлдээгүй");
    assert!(screen.contains(&format!("«{empty_name}»")), "{screen}");
    assert!(
        screen.contains("Шүүлтүүр: Төрөл: Бодлого · Улс: Монгол Улс"),
        "the filters are unchanged:\n{screen}"
    );
}
