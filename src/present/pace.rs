//! The talk's time plan (`--minutes`) and where the talk stands against it: each step's planned
//! seconds — its own `minutes` from the tour where it says, the rest of the plan shared equally
//! by the steps that do not — and whether the clock is within the current step's share, and
//! which step the talk's pace is measured at when the trainer jumps out of order. A talk whose
//! steps so far took less than [`PAGING_SECS`] each on average is being paged through (a
//! rehearsal, or a trainer finding a slide): it gets no "ahead" verdict, which would count
//! the steps flicked past as minutes gained.

/// The average seconds a step must have taken for a talk ahead of its plan to be said to be:
/// a step given takes minutes, one paged past a few seconds.
pub const PAGING_SECS: u64 = 30;

/// The step a talk's pace is measured at after a move from step `from` to step `to` (0-based),
/// when it was measured at `at`: the step the talk has reached in order. The next step in order
/// moves it on; going on (the next step) from a step jumped ahead to takes the jump as a cut,
/// and the steps jumped over count as given. Any other move — a jump ahead to show a chart, a
/// step or a jump back — leaves it where it was, so the pace neither gains the steps jumped
/// over nor loses those gone back over.
pub fn measured_at(at: usize, from: usize, to: usize) -> usize {
    let next_in_order = to == at + 1;
    let going_on_after_a_jump = from > at && to == from + 1;
    match next_in_order || going_on_after_a_jump {
        true => to,
        false => at,
    }
}

/// Where a talk stands against its plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    OnTime,
    /// Minutes behind: the step should have ended that long ago.
    Behind(u64),
    /// Minutes ahead: the step was not due yet for that long.
    Ahead(u64),
    /// Ahead of the plan, but the steps so far took less than [`PAGING_SECS`] each: paged
    /// through, not given.
    Paging,
}

/// The talk's length when every step says its own: their sum, the plan of a talk given no
/// `--minutes` (None when a step does not say, or there are no steps).
pub fn own_total(planned: &[Option<u32>]) -> Option<u32> {
    let all: Option<Vec<u32>> = planned.iter().copied().collect();
    all.filter(|m| !m.is_empty()).map(|m| m.iter().sum())
}

/// The seconds planned for each step of a talk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    secs: Vec<u64>,
    /// Whether any step has a planned time of its own.
    own: bool,
}

impl Plan {
    /// A talk of `minutes` over steps planned as `planned` (a step's own minutes, or None): the
    /// steps without share what the others leave of the plan equally (nothing, when the steps'
    /// own minutes take it all).
    pub fn new(planned: &[Option<u32>], minutes: u32) -> Plan {
        let own: u64 = planned.iter().flatten().map(|&m| u64::from(m) * 60).sum();
        let left = (u64::from(minutes) * 60).saturating_sub(own);
        let shared = planned.iter().filter(|m| m.is_none()).count().max(1) as u64;
        let mut k = 0;
        let secs = planned
            .iter()
            .map(|m| match m {
                Some(m) => u64::from(*m) * 60,
                // The k-th sharing step ends at left·(k+1)/shared, so the shares add up to the
                // plan exactly.
                None => {
                    k += 1;
                    left * k / shared - left * (k - 1) / shared
                }
            })
            .collect();
        Plan {
            secs,
            own: planned.iter().any(Option::is_some),
        }
    }

    /// Whether any step has a planned time of its own (else all steps share the plan equally).
    pub fn has_own(&self) -> bool {
        self.own
    }

    /// The seconds planned for step `step` (0-based); 0 past the last.
    pub fn step_secs(&self, step: usize) -> u64 {
        self.secs.get(step).copied().unwrap_or(0)
    }

    /// The pace on step `step` (0-based) after `elapsed` seconds: on time while the clock is
    /// within the time planned up to the step and through it (give or take a minute), else how
    /// many whole minutes behind or ahead — ahead only once the steps before took
    /// [`PAGING_SECS`] each on average, else paging through.
    pub fn pace(&self, elapsed: u64, step: usize) -> Pace {
        let due_start: u64 = self.secs.iter().take(step).sum();
        let due_end = due_start + self.step_secs(step);
        if elapsed > due_end + 59 {
            Pace::Behind((elapsed - due_end) / 60)
        } else if elapsed + 59 < due_start && elapsed < step as u64 * PAGING_SECS {
            Pace::Paging
        } else if elapsed + 59 < due_start {
            Pace::Ahead((due_start - elapsed) / 60)
        } else {
            Pace::OnTime
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tour_planned_step_by_step_has_its_own_length() {
        assert_eq!(own_total(&[Some(10), Some(5), Some(15)]), Some(30));
        assert_eq!(own_total(&[Some(10), None]), None, "a step says nothing");
        assert_eq!(own_total(&[]), None);
    }

    /// The step the pace is measured at after each move of `moves` (0-based steps), from step 0.
    fn walk(moves: &[usize]) -> Vec<usize> {
        let (mut at, mut from) = (0, 0);
        moves
            .iter()
            .map(|&to| {
                at = measured_at(at, from, to);
                from = to;
                at
            })
            .collect()
    }

    #[test]
    fn steps_in_order_move_the_pace_on() {
        assert_eq!(walk(&[1, 2, 3]), [1, 2, 3]);
    }

    #[test]
    fn a_jump_ahead_and_back_leaves_the_pace_where_the_talk_was() {
        // Step 1, a jump to the chart at step 7, End, then back to step 2 and on.
        assert_eq!(walk(&[6, 11, 1, 2]), [0, 0, 1, 2]);
        // Back to the step the talk left: still there.
        assert_eq!(walk(&[6, 0, 1]), [0, 0, 1]);
        // Coming back in order through the step jumped to counts it once, in its place.
        assert_eq!(walk(&[1, 4, 2, 3, 4, 5]), [1, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn going_on_after_a_jump_ahead_cuts_the_steps_jumped_over() {
        assert_eq!(walk(&[1, 6, 7, 8]), [1, 1, 7, 8]);
    }

    #[test]
    fn a_step_back_keeps_the_pace_at_the_furthest_step() {
        // Step 5, back to 3 for a question, forward again through 4 and 5 to 6.
        assert_eq!(walk(&[1, 2, 3, 4, 2, 3, 4, 5]), [1, 2, 3, 4, 4, 4, 4, 5]);
        // A jump back to the start, then the next step: a step back, not a cut.
        assert_eq!(walk(&[1, 2, 0, 1]), [1, 2, 2, 2]);
    }

    #[test]
    fn a_jump_ahead_is_measured_at_the_step_it_left() {
        // 90 minutes over 12 steps: 7:30 a step. Ten seconds in, a jump from step 1 to step 7.
        let plan = equal(12, 90);
        let at = measured_at(0, 0, 6);
        assert_eq!(plan.pace(10, at), Pace::OnTime);
        assert_eq!(
            plan.pace(10, 6),
            Pace::Paging,
            "what step 7 itself would say: six steps in ten seconds"
        );
        // Ten minutes on the chart: step 1's share is long past.
        assert_eq!(plan.pace(10 * 60, at), Pace::Behind(2));
    }

    /// Walk 20, T-3: a 45-minute talk of 13 steps paged through to step 3 in 15 seconds is
    /// not 6 minutes ahead; once its steps have taken 30 s each on average, it is (it gave the
    /// first two steps in a minute), and behind is said however fast the steps went.
    #[test]
    fn a_talk_paged_through_is_not_ahead_until_its_steps_take_time() {
        let plan = equal(13, 45);
        assert_eq!(plan.pace(15, 2), Pace::Paging);
        assert_eq!(plan.pace(59, 2), Pace::Paging);
        assert_eq!(plan.pace(60, 2), Pace::Ahead(5));
        assert_eq!(
            plan.pace(15, 0),
            Pace::OnTime,
            "the first step is never ahead"
        );
        assert_eq!(
            plan.pace(20 * 60, 12),
            Pace::Ahead(21),
            "12 steps in 20 minutes"
        );
        assert_eq!(plan.pace(5 * 60, 0), Pace::Behind(1), "a long first step");
    }

    fn equal(steps: usize, minutes: u32) -> Plan {
        Plan::new(&vec![None; steps], minutes)
    }

    #[test]
    fn the_pace_against_a_plan_of_equal_steps() {
        // 60 minutes over 12 steps: five minutes a step.
        let plan = equal(12, 60);
        assert!(!plan.has_own());
        assert_eq!(plan.step_secs(0), 300);
        assert_eq!(plan.pace(0, 0), Pace::OnTime);
        assert_eq!(plan.pace(5 * 60 + 30, 0), Pace::OnTime, "within a minute");
        assert_eq!(plan.pace(8 * 60, 0), Pace::Behind(3));
        assert_eq!(plan.pace(12 * 60, 3), Pace::Ahead(3));
        assert_eq!(plan.pace(17 * 60, 3), Pace::OnTime);
        assert_eq!(plan.pace(61 * 60, 11), Pace::Behind(1));
        assert_eq!(
            equal(0, 60).pace(10, 0),
            Pace::OnTime,
            "no steps: no division by zero"
        );
    }

    #[test]
    fn equal_shares_that_do_not_divide_add_up_to_the_plan() {
        let plan = equal(7, 60);
        let shares: Vec<u64> = (0..7).map(|k| plan.step_secs(k)).collect();
        assert_eq!(shares.iter().sum::<u64>(), 3600);
        assert!(shares.iter().all(|&s| s == 514 || s == 515), "{shares:?}");
    }

    #[test]
    fn steps_with_their_own_minutes_and_the_rest_sharing_what_is_left() {
        // 60 minutes: step 1 planned for 20, step 3 for 10; steps 2, 4 and 5 share the 30 left.
        let plan = Plan::new(&[Some(20), None, Some(10), None, None], 60);
        assert!(plan.has_own());
        let shares: Vec<u64> = (0..5).map(|k| plan.step_secs(k) / 60).collect();
        assert_eq!(shares, [20, 10, 10, 10, 10]);
        // On step 1 at 15:00: within its 20 minutes, though an equal share would be 12.
        assert_eq!(plan.pace(15 * 60, 0), Pace::OnTime);
        // On step 2 at 33:00: step 2 was due to end at 30:00.
        assert_eq!(plan.pace(33 * 60, 1), Pace::Behind(3));
        // On step 4 at 30:00: step 4 is due from 40:00.
        assert_eq!(plan.pace(30 * 60, 3), Pace::Ahead(10));
        assert_eq!(plan.pace(45 * 60, 3), Pace::OnTime);
    }

    #[test]
    fn own_minutes_past_the_plan_leave_the_other_steps_nothing() {
        let plan = Plan::new(&[Some(40), None, Some(30)], 60);
        assert_eq!(plan.step_secs(1), 0);
        assert_eq!(plan.pace(41 * 60, 1), Pace::Behind(1));
        assert_eq!(
            plan.pace(50 * 60, 2),
            Pace::OnTime,
            "step 3 runs 40:00–70:00"
        );
        // Every step planned, for less than the talk: the plan is the steps' own.
        assert_eq!(
            Plan::new(&[Some(10), Some(10)], 60).pace(25 * 60, 1),
            Pace::Behind(5)
        );
    }
}
