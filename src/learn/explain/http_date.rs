//! Reading the dates HTTP sends (`Date`, `Expires`, `Last-Modified`, `Retry-After`), in the three
//! forms RFC 9110, 5.6.7 says a recipient accepts: `Sun, 06 Nov 1994 08:49:37 GMT` (the one
//! servers should send), `Sunday, 06-Nov-94 08:49:37 GMT` and `Sun Nov  6 08:49:37 1994`.

/// Seconds since 1970-01-01 00:00:00 UTC for an HTTP date, or `None` when `text` is not one.
pub fn parse(text: &str) -> Option<i64> {
    let text = text.trim();
    let (_weekday, rest) = text.split_once([',', ' '])?;
    let parts: Vec<&str> = rest.split([' ', '-']).filter(|p| !p.is_empty()).collect();
    let (day, month, year, time) = match parts.as_slice() {
        [day, month, year, time, zone] if zone.eq_ignore_ascii_case("GMT") => {
            (*day, *month, *year, *time)
        }
        [month, day, time, year] => (*day, *month, *year, *time),
        _ => return None,
    };
    let day: u32 = number(day, 1, 2)?;
    let month = month_number(month)?;
    let year: i64 = match year.len() {
        4 => i64::from(number(year, 4, 4)?),
        // Two-digit years (the old RFC 850 form): RFC 9110 reads a year more than 50 years
        // ahead as the past; a fixed pivot keeps the answer the same on every day.
        2 => {
            let yy = i64::from(number(year, 2, 2)?);
            if yy < 70 { 2000 + yy } else { 1900 + yy }
        }
        _ => return None,
    };
    let mut clock = time.split(':');
    let hour: u32 = number(clock.next()?, 2, 2)?;
    let minute: u32 = number(clock.next()?, 2, 2)?;
    let second: u32 = number(clock.next()?, 2, 2)?;
    if clock.next().is_some() || hour > 23 || minute > 59 || second > 60 {
        return None;
    }
    if day > days_in_month(year, month) {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some(days * 86_400 + i64::from(hour * 3600 + minute * 60 + second))
}

/// Digits only, `min..=max` of them.
fn number(text: &str, min: usize, max: usize) -> Option<u32> {
    if text.len() < min || text.len() > max || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month_number(name: &str) -> Option<u32> {
    let name = name.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| *m == name)
        .and_then(|i| u32::try_from(i + 1).ok())
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (the civil-from-days
/// method: count in 400-year eras that start on 1 March, so the leap day ends a year).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn the_three_forms_of_the_same_moment_agree() {
        // RFC 9110's own example, 1994-11-06 08:49:37 UTC.
        let moment = Some(784_111_777);
        assert_eq!(parse("Sun, 06 Nov 1994 08:49:37 GMT"), moment);
        assert_eq!(parse("Sunday, 06-Nov-94 08:49:37 GMT"), moment);
        assert_eq!(parse("Sun Nov  6 08:49:37 1994"), moment);
    }

    #[test]
    fn known_moments() {
        assert_eq!(parse("Thu, 01 Jan 1970 00:00:00 GMT"), Some(0));
        assert_eq!(parse("Tue, 29 Feb 2028 12:00:00 GMT"), Some(1_835_438_400));
        assert_eq!(parse("Wed, 21 Oct 2015 07:28:00 GMT"), Some(1_445_412_480));
    }

    #[test]
    fn what_is_not_a_date() {
        for text in [
            "0",
            "-1",
            "",
            "tomorrow",
            "Sun, 06 Nov 1994 08:49:37 PST",
            "Sun, 31 Feb 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sat, 29 Feb 2025 00:00:00 GMT",
        ] {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }
}
