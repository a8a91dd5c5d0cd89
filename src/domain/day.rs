//! A calendar day, `YYYY-MM-DD`: the unit the funnel is counted in.

use std::fmt;

use time::Date;
use time::macros::format_description;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(Date);

impl Day {
    /// Before any event: the start of a range that has none.
    pub const EARLIEST: Day = Day(time::macros::date!(2000 - 01 - 01));

    pub fn parse(value: &str) -> Option<Day> {
        Date::parse(value, format_description!("[year]-[month]-[day]")).ok().map(Day)
    }

    pub fn of(date: Date) -> Day {
        Day(date)
    }

    pub fn date(self) -> Date {
        self.0
    }

    /// Midnight UTC at the start of the day, in milliseconds.
    pub fn start_utc_ms(self) -> i64 {
        self.0.midnight().assume_utc().unix_timestamp() * 1000
    }

    pub fn next(self) -> Option<Day> {
        self.0.next_day().map(Day)
    }

    /// Every day from `self` to `last`, both included.
    pub fn through(self, last: Day) -> impl Iterator<Item = Day> {
        std::iter::successors(Some(self), move |day| day.next().filter(|next| *next <= last))
            .take_while(move |day| *day <= last)
    }

    /// Days from `self` to `later` (0 for the same day).
    pub fn days_until(self, later: Day) -> i64 {
        (later.0 - self.0).whole_days()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.0.year(), u8::from(self.0.month()), self.0.day())
    }
}

impl serde::Serialize for Day {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_and_print_as_dates() {
        let day = Day::parse("2026-11-30").unwrap();
        assert_eq!(day.to_string(), "2026-11-30");
        assert_eq!(day.next().unwrap().to_string(), "2026-12-01");
        assert_eq!(Day::parse("2026-13-01"), None);
        assert_eq!(Day::parse("30.11.2026"), None);
    }

    #[test]
    fn a_range_of_days_has_every_calendar_day() {
        let from = Day::parse("2026-02-27").unwrap();
        let to = Day::parse("2026-03-02").unwrap();
        let days: Vec<String> = from.through(to).map(|d| d.to_string()).collect();
        assert_eq!(days, ["2026-02-27", "2026-02-28", "2026-03-01", "2026-03-02"]);
        assert_eq!(from.days_until(to), 3);
        assert_eq!(to.through(from).count(), 0);
    }
}
