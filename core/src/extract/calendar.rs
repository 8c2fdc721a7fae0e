//! Days as numbers, so dates of any precision can be compared, placed on a line and shifted:
//! day 0 is 1970-01-01 (the proleptic Gregorian calendar).

use super::Precision;
use crate::model::{days_in_month, PartialDate};

/// The day number of a calendar date (day 0 = 1970-01-01); Howard Hinnant's `days_from_civil`.
pub fn day_number(year: u16, month: u8, day: u8) -> i32 {
    let y = i32::from(year) - i32::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i32::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i32::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The calendar date of a day number (the inverse of [`day_number`]).
pub fn date_of_day(n: i32) -> PartialDate {
    let z = n + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i32::from(month <= 2)) as u16;
    PartialDate::ymd(year, month, day)
}

/// The first and last day a partial date covers (`2025-06` is 1 to 30 June).
pub fn days_covered(date: PartialDate) -> (i32, i32) {
    match (date.month, date.day) {
        (Some(m), Some(d)) => {
            let n = day_number(date.year, m, d);
            (n, n)
        }
        (Some(m), None) => (
            day_number(date.year, m, 1),
            day_number(date.year, m, days_in_month(date.year, m)),
        ),
        _ => (day_number(date.year, 1, 1), day_number(date.year, 12, 31)),
    }
}

/// The first and last day a date of some precision names: a day, a whole month or year, the
/// part of one (`eind 2026` is its last three months, `medio 2025` June and July, `eind augustus`
/// the last third of the month), a
/// season (`zomer van 2023` is June to August; winter runs into the next year).
pub fn days_named(
    start: PartialDate,
    end: Option<PartialDate>,
    precision: Precision,
) -> (i32, i32) {
    let (first, last) = days_covered(start);
    let last = end.map_or(last, |e| days_covered(e).1.max(first));
    let len = last - first + 1;
    let (y, m) = (start.year, start.month);
    let season = |from: u8, months: u8| {
        let first = day_number(y, from, 1);
        let end_month = from + months - 1;
        let (ey, em) = if end_month > 12 {
            (y + 1, end_month - 12)
        } else {
            (y, end_month)
        };
        (first, day_number(ey, em, days_in_month(ey, em)))
    };
    let whole_year = m.is_none() && end.is_none();
    match precision {
        Precision::Day | Precision::Month | Precision::Year => (first, last),
        Precision::BeginningOf if whole_year => season(1, 3),
        Precision::MiddleOf if whole_year => season(6, 2),
        Precision::EndOf if whole_year => season(10, 3),
        Precision::BeginningOf => (first, first + len / 3 - 1),
        Precision::MiddleOf => (first + len / 3, last - len / 3),
        Precision::EndOf => (last - len / 3 + 1, last),
        Precision::Spring if m.is_none() => season(3, 3),
        Precision::Summer if m.is_none() => season(6, 3),
        Precision::Autumn if m.is_none() => season(9, 3),
        Precision::Winter if m.is_none() => season(12, 3),
        Precision::Spring | Precision::Summer | Precision::Autumn | Precision::Winter => {
            (first, last)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_round_trip_and_start_in_1970() {
        assert_eq!(day_number(1970, 1, 1), 0);
        assert_eq!(day_number(1949, 4, 4), -7577);
        for n in [-8000, -1, 0, 59, 20_000, 24_000] {
            let d = date_of_day(n);
            assert_eq!(day_number(d.year, d.month.unwrap(), d.day.unwrap()), n);
        }
    }

    #[test]
    fn the_end_of_a_year_is_its_last_quarter_and_summer_is_june_to_august() {
        let y2026 = PartialDate {
            year: 2026,
            month: None,
            day: None,
        };
        let (a, b) = days_named(y2026, None, Precision::EndOf);
        assert_eq!(date_of_day(a).month, Some(10));
        assert_eq!(date_of_day(b), PartialDate::ymd(2026, 12, 31));
        let (a, b) = days_named(y2026, None, Precision::Summer);
        assert_eq!(date_of_day(a), PartialDate::ymd(2026, 6, 1));
        assert_eq!(date_of_day(b), PartialDate::ymd(2026, 8, 31));
    }
}
