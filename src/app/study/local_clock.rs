//! The local clock the recently read window (`H`) tells its times in: how far it is from UTC
//! at a given instant, so that each time read is told with the offset in force when it was
//! read (a read from before a daylight-saving change keeps its own hour).

/// Where a local clock's distance from UTC comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalClock {
    /// The system's time zone (`TZ`, else `/etc/localtime`), asked for each instant.
    System,
    /// A clock this many seconds from UTC at every instant (a test's fixed clock).
    Fixed(i64),
}

impl LocalClock {
    /// The clock's distance from UTC at `at` (seconds since 1970), in seconds; 0 where the
    /// system cannot say.
    pub fn offset_at(self, at: i64) -> i64 {
        match self {
            LocalClock::System => system_offset_at(at),
            LocalClock::Fixed(offset) => offset,
        }
    }
}

/// The system time zone's distance from UTC at `at`, in seconds (0 where it cannot say).
fn system_offset_at(at: i64) -> i64 {
    // time_t is 64 bits on the systems toli runs on.
    #[allow(clippy::unnecessary_cast)]
    let t = at as libc::time_t;
    // SAFETY: `localtime_r` writes only into `tm`, which lives for the call; a null return
    // (no time zone known) leaves it unused.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let local = unsafe { libc::localtime_r(&t, &mut tm) };
    match local.is_null() {
        true => 0,
        // tm_gmtoff is a c_long: 64 bits on the systems toli runs on.
        #[allow(clippy::useless_conversion)]
        false => i64::from(tm.tm_gmtoff),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_has_one_offset_and_the_system_s_is_within_a_day() {
        assert_eq!(LocalClock::Fixed(8 * 3600).offset_at(0), 8 * 3600);
        assert_eq!(
            LocalClock::Fixed(-5 * 3600).offset_at(1_796_634_900),
            -5 * 3600
        );
        for at in [0, 1_796_634_900] {
            let offset = LocalClock::System.offset_at(at);
            assert!(offset.abs() < 24 * 3600, "{offset}");
        }
    }
}
