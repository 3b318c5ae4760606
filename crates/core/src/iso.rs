//! ISO dates and times (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM`, `HH:MM`) read and written by hand.
//!
//! One home for the formats the URL, the CLI and the interface share. Written without chrono's `format` and
//! `parse_from_str`: those pull a general strftime engine into the wasm bundle (and cost more than an estimate).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};

fn push_digits(s: &mut String, n: u32, width: u32) {
    for p in (0..width).rev() {
        s.push(char::from(b'0' + (n / 10u32.pow(p) % 10) as u8));
    }
}

/// Appends `YYYY-MM-DD`.
pub fn push_date(s: &mut String, d: NaiveDate) {
    push_digits(s, d.year().unsigned_abs(), 4);
    s.push('-');
    push_digits(s, d.month(), 2);
    s.push('-');
    push_digits(s, d.day(), 2);
}

/// Appends `HH:MM`.
pub fn push_time(s: &mut String, t: NaiveTime) {
    push_digits(s, t.hour(), 2);
    s.push(':');
    push_digits(s, t.minute(), 2);
}

/// Appends `YYYY-MM-DDTHH:MM`.
pub fn push_instant(s: &mut String, t: NaiveDateTime) {
    push_date(s, t.date());
    s.push('T');
    push_time(s, t.time());
}

pub fn date(d: NaiveDate) -> String {
    let mut s = String::with_capacity(10);
    push_date(&mut s, d);
    s
}

pub fn time(t: NaiveTime) -> String {
    let mut s = String::with_capacity(5);
    push_time(&mut s, t);
    s
}

pub fn instant(t: NaiveDateTime) -> String {
    let mut s = String::with_capacity(16);
    push_instant(&mut s, t);
    s
}

/// The number in `s[from..to]` if every byte there is an ASCII digit.
fn number(s: &[u8], from: usize, to: usize) -> Option<u32> {
    s.get(from..to)?.iter().try_fold(0u32, |n, &b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

fn date_prefix(s: &[u8]) -> Option<NaiveDate> {
    if s.len() < 10 || s[4] != b'-' || s[7] != b'-' {
        return None;
    }
    let year = i32::try_from(number(s, 0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(s, 5, 7)?, number(s, 8, 10)?)
}

/// Strictly `YYYY-MM-DD`, and a real date.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    (b.len() == 10).then(|| date_prefix(b)).flatten()
}

/// Strictly `YYYY-MM-DDTHH:MM`, and a real date and time.
pub fn parse_instant(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if b.len() != 16 || b[10] != b'T' || b[13] != b':' {
        return None;
    }
    date_prefix(b)?.and_hms_opt(number(b, 11, 13)?, number(b, 14, 16)?, 0)
}

/// Strictly `HH:MM`, and a real time of day.
pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' {
        return None;
    }
    NaiveTime::from_hms_opt(number(b, 0, 2)?, number(b, 3, 5)?, 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_read_back() {
        let t = NaiveDate::from_ymd_opt(2017, 9, 4)
            .unwrap()
            .and_hms_opt(9, 5, 0)
            .unwrap();
        assert_eq!(instant(t), "2017-09-04T09:05");
        assert_eq!(date(t.date()), "2017-09-04");
        assert_eq!(time(t.time()), "09:05");
        assert_eq!(parse_instant("2017-09-04T09:05"), Some(t));
        assert_eq!(parse_date("2017-09-04"), Some(t.date()));
        assert_eq!(parse_time("09:05"), Some(t.time()));
        for bad in ["9:05", "24:00", "09:60", "09-05", "09:05 ", "+9:05"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    #[test]
    fn only_real_well_formed_values_are_read() {
        for bad in [
            "2017-02-29",
            "2017-9-04",
            "2017-09-4",
            "+017-09-04",
            "2017-09-04 ",
            "",
            "2017/09/04",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        for bad in [
            "2017-09-04T24:00",
            "2017-09-04T10:60",
            "2017-09-04 10:00",
            "2017-09-04T1:00",
            "2017-09-04T10:00Z",
        ] {
            assert_eq!(parse_instant(bad), None, "{bad}");
        }
        assert!(parse_instant("2016-02-29T23:59").is_some());
    }
}
