//! Time, from one place: tests use a fixed clock.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use time::OffsetDateTime;

pub trait Clock: Send + Sync + std::fmt::Debug {
    fn now(&self) -> OffsetDateTime;

    fn now_ms(&self) -> i64 {
        (self.now().unix_timestamp_nanos() / 1_000_000) as i64
    }

    /// Today's UTC date as `YYYY-MM-DD`.
    fn today(&self) -> String {
        day_of(self.now())
    }
}

pub type SharedClock = Arc<dyn Clock>;

/// A moment in milliseconds as "2026-12-02 06:30 UTC", for people to read.
pub fn utc_minute(ms: i64) -> String {
    OffsetDateTime::from_unix_timestamp(ms.div_euclid(1000))
        .ok()
        .and_then(|t| t.format(time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC")).ok())
        .unwrap_or_default()
}

pub fn day_of(at: OffsetDateTime) -> String {
    let date = at.date();
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

/// The wall clock.
#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    #[allow(clippy::disallowed_methods)]
    fn now(&self) -> OffsetDateTime {
        OffsetDateTime::now_utc()
    }
}

/// A clock that stands still until told to move.
#[derive(Debug)]
pub struct FixedClock {
    unix_ms: AtomicI64,
}

impl FixedClock {
    pub fn at(at: OffsetDateTime) -> FixedClock {
        FixedClock { unix_ms: AtomicI64::new((at.unix_timestamp_nanos() / 1_000_000) as i64) }
    }

    pub fn advance(&self, by: time::Duration) {
        self.unix_ms.fetch_add(by.whole_milliseconds() as i64, Ordering::SeqCst);
    }
}

impl Clock for FixedClock {
    fn now(&self) -> OffsetDateTime {
        let ms = self.unix_ms.load(Ordering::SeqCst);
        OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000).unwrap_or(OffsetDateTime::UNIX_EPOCH)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn times_read_as_utc_minutes() {
        assert_eq!(super::utc_minute(1_790_000_000_000), "2026-09-21 14:13 UTC");
    }

    use super::*;
    use time::macros::datetime;

    #[test]
    fn a_fixed_clock_moves_only_when_advanced() {
        let clock = FixedClock::at(datetime!(2026-11-21 23:59 UTC));
        assert_eq!(clock.today(), "2026-11-21");
        clock.advance(time::Duration::minutes(2));
        assert_eq!(clock.today(), "2026-11-22");
    }
}
