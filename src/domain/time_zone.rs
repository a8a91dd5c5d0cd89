//! Where a tenant's days start: an IANA time zone (`Europe/Berlin`), UTC by default. The funnel
//! counts days in it.

use jiff::tz::TimeZone as Zone;

use super::day::Day;

#[derive(Clone, Debug)]
pub struct TimeZone {
    name: String,
    zone: Zone,
}

impl TimeZone {
    /// An IANA name this build knows (its time zone database is built in), or nothing.
    pub fn parse(name: &str) -> Option<TimeZone> {
        let name = name.trim();
        if name.is_empty() || name.len() > 64 {
            return None;
        }
        let zone = Zone::get(name).ok()?;
        // The database's own spelling ("europe/berlin" is found, "Europe/Berlin" is shown).
        let name = zone.iana_name().unwrap_or(name).to_owned();
        Some(TimeZone { name, zone })
    }

    pub fn utc() -> TimeZone {
        TimeZone { name: "UTC".to_owned(), zone: Zone::UTC }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    /// The day a moment (milliseconds since 1970, UTC) falls on here.
    pub fn day_of(&self, at_ms: i64) -> Day {
        let at = jiff::Timestamp::from_millisecond(at_ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        let date = self.zone.to_datetime(at).date();
        let month = time::Month::try_from(date.month() as u8).unwrap_or(time::Month::January);
        time::Date::from_calendar_date(i32::from(date.year()), month, date.day() as u8).map_or(Day::EARLIEST, Day::of)
    }
}

impl Default for TimeZone {
    fn default() -> TimeZone {
        TimeZone::utc()
    }
}

impl PartialEq for TimeZone {
    fn eq(&self, other: &TimeZone) -> bool {
        self.name == other.name
    }
}

impl Eq for TimeZone {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_starts_at_local_midnight() {
        // 2026-11-20 23:30 UTC
        let at_ms = 1_795_217_400_000;
        assert_eq!(TimeZone::utc().day_of(at_ms).to_string(), "2026-11-20");
        assert_eq!(TimeZone::parse("Europe/Berlin").unwrap().day_of(at_ms).to_string(), "2026-11-21");
        assert_eq!(TimeZone::parse("America/Los_Angeles").unwrap().day_of(at_ms).to_string(), "2026-11-20");
        assert_eq!(TimeZone::parse("Asia/Tokyo").unwrap().day_of(at_ms - 8 * 3_600_000).to_string(), "2026-11-21");
    }

    #[test]
    fn only_known_names_are_time_zones() {
        assert_eq!(TimeZone::parse("europe/berlin").unwrap().name(), "Europe/Berlin");
        assert_eq!(TimeZone::parse("UTC").unwrap().name(), "UTC");
        for bad in ["", "Mars/Olympus", "<script>", "Europe/Berlin; drop table", &"A".repeat(100)] {
            assert!(TimeZone::parse(bad).is_none(), "{bad:?}");
        }
    }
}
