//! The counting rules (`ruqsat_core::counting`) on real calendar days, worked by hand in holiday-dense periods, and
//! exhaustive property checks over the whole covered range against day-by-day reference counts.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use ruqsat_core::calendar::{self, CalendarError, FIRST_YEAR, LAST_YEAR};
use ruqsat_core::counting::{OfficeHours, OfficeHoursError, END_OF_DAY};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}
fn at(y: i32, m: u32, day: u32, h: u32, min: u32) -> NaiveDateTime {
    d(y, m, day).and_hms_opt(h, min, 0).unwrap()
}
fn hours() -> OfficeHours {
    OfficeHours::default()
}

// --- Rule 1: registration -----------------------------------------------------------------------------------------

#[test]
fn a_package_handed_in_during_office_hours_is_registered_at_once() {
    assert_eq!(
        hours().register(at(2017, 3, 14, 10, 15)).unwrap(),
        at(2017, 3, 14, 10, 15)
    );
    assert_eq!(
        hours().register(at(2017, 3, 14, 9, 0)).unwrap(),
        at(2017, 3, 14, 9, 0)
    );
}

#[test]
fn after_hours_in_the_break_and_on_days_off_it_waits_for_the_next_opening() {
    let h = hours();
    // In the break: registered when it ends.
    assert_eq!(
        h.register(at(2017, 3, 14, 13, 30)).unwrap(),
        at(2017, 3, 14, 14, 30)
    );
    // Closing time itself is outside the hours: the next morning.
    assert_eq!(
        h.register(at(2017, 3, 14, 18, 30)).unwrap(),
        at(2017, 3, 15, 9, 0)
    );
    // Friday 17 Mar 2017 evening: Saturday 18 Mar 2017 is a working day by decree P1700000005.
    assert_eq!(d(2017, 3, 18).weekday(), Weekday::Sat);
    assert_eq!(
        h.register(at(2017, 3, 17, 19, 0)).unwrap(),
        at(2017, 3, 18, 9, 0)
    );
    // Saturday 18 Mar 2017 at 20:00: Sunday 19, Monday 20 (decree day off), 21–23 Nauryz, so Friday 24 Mar.
    assert_eq!(
        h.register(at(2017, 3, 18, 20, 0)).unwrap(),
        at(2017, 3, 24, 9, 0)
    );
    // An ordinary Saturday: Monday.
    assert_eq!(
        h.register(at(2017, 3, 11, 10, 0)).unwrap(),
        at(2017, 3, 13, 9, 0)
    );
    // Before opening on a working day: the same day's opening.
    assert_eq!(
        h.register(at(2017, 3, 14, 7, 45)).unwrap(),
        at(2017, 3, 14, 9, 0)
    );
}

/// EVIDENCE §5's default: documents are received until 17:30 (an assumption). A package handed in at 17:45 on
/// Tuesday 2 Sep 2014 counts as handed in when the office opens on Wednesday 3 Sep; one handed in at 17:29 counts at
/// once. `register` (office hours only, for Edition A's portal and the applicant's own date) is not moved.
#[test]
fn a_package_handed_in_after_the_reception_cut_off_counts_from_the_next_opening() {
    let h = hours();
    assert_eq!(
        h.reception_until,
        NaiveTime::from_hms_opt(17, 30, 0).unwrap()
    );
    assert_eq!(
        h.receive(at(2014, 9, 2, 17, 45)).unwrap(),
        at(2014, 9, 3, 9, 0)
    );
    assert_eq!(
        h.receive(at(2014, 9, 2, 17, 29)).unwrap(),
        at(2014, 9, 2, 17, 29)
    );
    assert_eq!(
        h.receive(at(2014, 9, 2, 17, 30)).unwrap(),
        at(2014, 9, 3, 9, 0)
    );
    assert_eq!(
        h.register(at(2014, 9, 2, 17, 45)).unwrap(),
        at(2014, 9, 2, 17, 45)
    );
    // Friday 5 Sep 2014 at 17:45: Saturday and Sunday are days off, so Monday 8 Sep at 09:00.
    assert_eq!(d(2014, 9, 5).weekday(), Weekday::Fri);
    assert_eq!(
        h.receive(at(2014, 9, 5, 17, 45)).unwrap(),
        at(2014, 9, 8, 9, 0)
    );
    // In the break: at its end, which is before the cut-off.
    assert_eq!(
        h.receive(at(2014, 9, 2, 13, 10)).unwrap(),
        at(2014, 9, 2, 14, 30)
    );
    // The user's own cut-off: reception until 16:00, a package at 16:10 waits for the next morning.
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    let early = OfficeHours::new(t(9, 0), t(18, 0), None, t(16, 0)).unwrap();
    assert_eq!(
        early.receive(at(2014, 9, 2, 16, 10)).unwrap(),
        at(2014, 9, 3, 9, 0)
    );
}

// --- Rule 3: minutes and hours ------------------------------------------------------------------------------------

#[test]
fn minutes_skip_the_break_the_night_and_days_off() {
    let h = hours();
    assert_eq!(
        h.add_office_minutes(at(2017, 3, 14, 10, 0), 20).unwrap(),
        at(2017, 3, 14, 10, 20)
    );
    // 12:50 + 20 min: 10 before the break, 10 after it.
    assert_eq!(
        h.add_office_minutes(at(2017, 3, 14, 12, 50), 20).unwrap(),
        at(2017, 3, 14, 14, 40)
    );
    // A step ending exactly at the break ends at 13:00, not after it.
    assert_eq!(
        h.add_office_minutes(at(2017, 3, 14, 12, 40), 20).unwrap(),
        at(2017, 3, 14, 13, 0)
    );
    // Friday 17 Mar 2017 18:20 + 20 min: 10 that evening, 10 on the working Saturday.
    assert_eq!(
        h.add_office_minutes(at(2017, 3, 17, 18, 20), 20).unwrap(),
        at(2017, 3, 18, 9, 10)
    );
    // One hour from 18:00 on Friday 15 Dec 2017: 30 min, then 16–19 Dec are off (16–17 Independence Day on a
    // weekend, moved to 18 and 19): Wednesday 20 Dec 09:30.
    assert_eq!(
        h.add_office_minutes(at(2017, 12, 15, 18, 0), 60).unwrap(),
        at(2017, 12, 20, 9, 30)
    );
    // Starting at 13:00 (the break) counts from 14:30.
    assert_eq!(
        h.add_office_minutes(at(2017, 3, 14, 13, 0), 20).unwrap(),
        at(2017, 3, 14, 14, 50)
    );
    // Zero minutes is the start itself.
    assert_eq!(
        h.add_office_minutes(at(2017, 3, 14, 13, 0), 0).unwrap(),
        at(2017, 3, 14, 13, 0)
    );
}

// --- Rule 4: working days -----------------------------------------------------------------------------------------

#[test]
fn march_2017_working_days_around_the_working_saturday_and_nauryz() {
    let h = hours();
    // From Friday 17 Mar: day 1 is the working Saturday 18 Mar; 19 Sun, 20 Mon (decree day off), 21–23 Nauryz;
    // day 2 is Friday 24 Mar.
    assert_eq!(
        h.add_working_days(at(2017, 3, 17, 10, 0), 1).unwrap(),
        at(2017, 3, 18, 18, 30)
    );
    assert_eq!(
        h.add_working_days(at(2017, 3, 17, 10, 0), 2).unwrap(),
        at(2017, 3, 24, 18, 30)
    );
    // From Tuesday 7 Mar: 8 Mar (Wed) is Women's Day; 9, 10, 13, 14, 15 are days 1–5.
    assert_eq!(
        h.add_working_days(at(2017, 3, 7, 16, 0), 5).unwrap(),
        at(2017, 3, 15, 18, 30)
    );
}

#[test]
fn may_2014_working_days_through_the_decree_moves() {
    let h = hours();
    // After Wed 30 Apr 2014: 1 May (Thu) holiday, 2 May (Fri) decree off, 4 May (Sun) working by decree = day 1,
    // 5 May day 2, 6 May day 3, 7 May (Wed) Defender's Day, 8 May (Thu) decree off, 9 May (Fri) Victory Day,
    // 10 May Sat, 11 May (Sun) working by decree = day 4, 12 May day 5.
    assert_eq!(d(2014, 5, 4).weekday(), Weekday::Sun);
    assert_eq!(
        h.add_working_days(at(2014, 4, 30, 9, 0), 1).unwrap(),
        at(2014, 5, 4, 18, 30)
    );
    assert_eq!(
        h.add_working_days(at(2014, 4, 30, 9, 0), 4).unwrap(),
        at(2014, 5, 11, 18, 30)
    );
    assert_eq!(
        h.add_working_days(at(2014, 4, 30, 9, 0), 5).unwrap(),
        at(2014, 5, 12, 18, 30)
    );
}

#[test]
fn december_2017_working_days_around_first_presidents_and_independence_days() {
    let h = hours();
    // After Thu 30 Nov 2017: 1 Dec (Fri) First President's Day; 4, 5, 6 Dec are days 1–3.
    assert_eq!(
        h.add_working_days(at(2017, 11, 30, 12, 0), 3).unwrap(),
        at(2017, 12, 6, 18, 30)
    );
    // After Fri 15 Dec 2017: 16–17 Dec fall on the weekend, so 18 and 19 Dec are off; day 1 is Wed 20 Dec.
    assert_eq!(
        h.add_working_days(at(2017, 12, 15, 12, 0), 1).unwrap(),
        at(2017, 12, 20, 18, 30)
    );
}

#[test]
fn the_start_date_is_never_counted_even_at_opening_time() {
    let h = hours();
    assert_eq!(
        h.add_working_days(at(2017, 3, 14, 9, 0), 1).unwrap(),
        at(2017, 3, 15, 18, 30)
    );
    assert_eq!(
        h.add_working_days(at(2017, 3, 14, 9, 0), 0).unwrap(),
        at(2017, 3, 14, 18, 30)
    );
}

// --- Rule 5: calendar days ----------------------------------------------------------------------------------------

#[test]
fn calendar_days_end_at_the_end_of_the_day_or_the_close_of_the_next_working_day() {
    let h = hours();
    // 2 Mar 2017 + 7 = Thu 9 Mar, a working day: the end of that day.
    assert_eq!(
        h.add_calendar_days(at(2017, 3, 2, 10, 0), 7).unwrap(),
        d(2017, 3, 9).and_time(END_OF_DAY)
    );
    // 1 Mar 2017 + 7 = 8 Mar, Women's Day: the close of Thu 9 Mar.
    assert_eq!(
        h.add_calendar_days(at(2017, 3, 1, 10, 0), 7).unwrap(),
        at(2017, 3, 9, 18, 30)
    );
    // 14 Mar 2017 + 7 = 21 Mar (Nauryz, to 23 Mar): the close of Fri 24 Mar.
    assert_eq!(
        h.add_calendar_days(at(2017, 3, 14, 10, 0), 7).unwrap(),
        at(2017, 3, 24, 18, 30)
    );
    // 11 Mar 2017 + 7 = Saturday 18 Mar, a working Saturday: the end of that day.
    assert_eq!(
        h.add_calendar_days(at(2017, 3, 11, 10, 0), 7).unwrap(),
        d(2017, 3, 18).and_time(END_OF_DAY)
    );
}

// --- Coverage and office hours ------------------------------------------------------------------------------------

#[test]
fn counting_past_the_calendar_refuses_instead_of_guessing() {
    let h = hours();
    let e = h.add_working_days(at(2027, 12, 30, 10, 0), 5).unwrap_err();
    assert!(
        matches!(e, CalendarError::OutOfCoverage { date } if date.year() == 2028),
        "{e:?}"
    );
    assert!(h.register(at(2012, 12, 31, 10, 0)).is_err());
}

#[test]
fn office_hours_that_make_no_sense_are_refused() {
    let t = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
    assert!(OfficeHours::new(t(18, 0), t(9, 0), None, t(17, 0)).is_err());
    assert!(OfficeHours::new(t(9, 0), t(18, 0), Some((t(8, 0), t(9, 30))), t(17, 0)).is_err());
    assert!(OfficeHours::new(t(9, 0), t(18, 0), Some((t(14, 0), t(13, 0))), t(17, 0)).is_err());
    // The reception cut-off: after opening, not after closing, not inside the break.
    assert_eq!(
        OfficeHours::new(t(9, 0), t(18, 0), None, t(18, 30)),
        Err(OfficeHoursError::ReceptionOutsideHours)
    );
    assert_eq!(
        OfficeHours::new(t(9, 0), t(18, 0), None, t(9, 0)),
        Err(OfficeHoursError::ReceptionOutsideHours)
    );
    assert_eq!(
        OfficeHours::new(t(9, 0), t(18, 0), Some((t(13, 0), t(14, 0))), t(13, 30)),
        Err(OfficeHoursError::ReceptionOutsideHours)
    );
    assert!(OfficeHours::new(t(9, 0), t(18, 0), Some((t(13, 0), t(14, 0))), t(13, 0)).is_ok());
    let short = OfficeHours::new(t(10, 0), t(17, 0), None, t(17, 0)).unwrap();
    assert_eq!(short.minutes_per_day(), 420);
    assert_eq!(hours().minutes_per_day(), 480);
    // With the user's hours: 16:50 + 20 min → 10 min, then 10 after the 10:00 opening.
    assert_eq!(
        short
            .add_office_minutes(at(2017, 3, 14, 16, 50), 20)
            .unwrap(),
        at(2017, 3, 15, 10, 10)
    );
}

// --- Properties over the whole range ------------------------------------------------------------------------------

fn all_days() -> impl Iterator<Item = NaiveDate> {
    d(FIRST_YEAR, 1, 1)
        .iter_days()
        .take_while(|x| x.year() <= LAST_YEAR)
}

/// Reference: walking one day at a time from `start`, the date on which the count of working days reaches n, for
/// every n up to `max` (index n); shorter where the calendar runs out.
fn reference_ends(start: NaiveDate, max: usize) -> Vec<NaiveDate> {
    let mut ends = vec![start];
    for day in start.iter_days().skip(1) {
        if ends.len() > max {
            break;
        }
        match calendar::is_working(day) {
            Ok(true) => ends.push(day),
            Ok(false) => {}
            Err(_) => break,
        }
    }
    ends
}

#[test]
fn working_day_counts_end_on_working_days_agree_with_a_day_by_day_count_and_are_monotonic() {
    let h = hours();
    let mut checked = 0;
    let mut previous_start_ends: Vec<Option<NaiveDate>> = vec![None; 46];
    for start in all_days() {
        let reference = reference_ends(start, 45);
        for n in 0..=45usize {
            let Ok(end) = h.add_working_days(start.and_time(h.opens), n as u32) else {
                // Only starts in the last months of 2027 run out of calendar (45 working days ≈ 9 weeks), and then
                // the reference runs out too.
                assert!(
                    start >= d(LAST_YEAR, 10, 1) && reference.len() <= n,
                    "{start} + {n}"
                );
                break;
            };
            let end = end.date();
            assert_eq!(Some(&end), reference.get(n), "{start} + {n}");
            if n > 0 {
                assert!(
                    calendar::is_working(end).unwrap(),
                    "{start} + {n} ends on a day off: {end}"
                );
                assert!(
                    reference[n - 1] < end,
                    "not increasing in N at {start} + {n}"
                );
            }
            let slot = &mut previous_start_ends[n];
            assert!(
                slot.is_none_or(|p| p <= end),
                "not monotonic in the start at {start} + {n}"
            );
            *slot = Some(end);
            checked += 1;
        }
    }
    assert!(checked > 250_000, "{checked}");
}

#[test]
fn calendar_day_counts_end_on_working_days_and_never_before_the_nth_day() {
    let h = hours();
    for start in all_days().take_while(|x| x.year() < LAST_YEAR) {
        for n in [1u32, 7, 10, 30] {
            let end = h
                .add_calendar_days(start.and_hms_opt(12, 0, 0).unwrap(), n)
                .unwrap();
            let nth = start + Duration::days(n.into());
            assert!(calendar::is_working(end.date()).unwrap(), "{start} + {n}");
            assert!(end.date() >= nth);
            // Every day between the n-th day and the end (exclusive) is a day off.
            assert!(nth
                .iter_days()
                .take_while(|x| *x < end.date())
                .all(|x| !calendar::is_working(x).unwrap()));
        }
    }
}

/// Reference: office minutes between two instants, one minute at a time.
fn office_minutes_between(h: &OfficeHours, from: NaiveDateTime, to: NaiveDateTime) -> i64 {
    let mut count = 0;
    let mut t = from;
    while t < to {
        if calendar::is_working(t.date()).unwrap() && h.register(t).unwrap() == t {
            count += 1;
        }
        t += Duration::minutes(1);
    }
    count
}

#[test]
fn office_minutes_agree_with_a_minute_by_minute_count() {
    let h = hours();
    // Every 7th day of 2017 and 2018 (weekdays, weekends, holidays, decree days), at awkward times.
    for start in d(2017, 1, 1)
        .iter_days()
        .step_by(7)
        .take_while(|x| x.year() < 2019)
    {
        for (hh, mm) in [
            (8, 0),
            (12, 50),
            (13, 0),
            (14, 29),
            (18, 15),
            (18, 30),
            (23, 0),
        ] {
            let from = start.and_hms_opt(hh, mm, 0).unwrap();
            for minutes in [20u32, 60, 500] {
                let end = h.add_office_minutes(from, minutes).unwrap();
                assert_eq!(
                    office_minutes_between(&h, from, end),
                    i64::from(minutes),
                    "{from} + {minutes}"
                );
                assert!(calendar::is_working(end.date()).unwrap());
            }
        }
    }
}

#[test]
fn a_calendar_day_term_is_stretched_only_by_the_days_off_at_its_end() {
    use ruqsat_core::counting::{days_off_stretching, days_off_within};
    use ruqsat_core::procedures::Limit;
    let on = |d: u32, h: u32| {
        chrono::NaiveDate::from_ymd_opt(2017, 9, d)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    };
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2017, 9, d).unwrap();
    // From Tuesday 5 September 2017, 5 calendar days end on Sunday 10 September, a day off: the end moves to
    // Monday 11 September. Saturday 9 is one of the five days (it counts); only Sunday 10 stretches the term.
    let (start, end) = (on(5, 10), on(11, 18));
    assert_eq!(days_off_within(start, end), [day(9), day(10)]);
    assert_eq!(
        days_off_stretching(Limit::CalendarDays(5), start, end),
        [day(10)]
    );
    // From Monday 4 September, 7 calendar days end on Monday 11 September: the weekend on the way counts, none
    // stretches the term.
    assert_eq!(
        days_off_stretching(Limit::CalendarDays(7), on(4, 10), on(11, 23)),
        []
    );
    // Working days: 5 from Monday 4 September are Tuesday to Friday and Monday 11; the weekend on the way
    // stretches the term.
    assert_eq!(
        days_off_stretching(Limit::WorkingDays(5), on(4, 10), on(11, 18)),
        [day(9), day(10)]
    );
}

/// Why a package's count moves, in the default hours (09:00–18:30, break 13:00–14:30, reception until 17:30):
/// Mon 28 Aug 2017 at 17:50 is after the reception; at 08:00 before opening; at 13:30 in the break; at 19:00 after
/// closing; Sat 26 Aug is a day off; at 10:00 it counts at once. Wed 30 Aug 2017 (Constitution Day) is a day off.
#[test]
fn why_a_package_counts_from_later_is_named() {
    use ruqsat_core::counting::Moved;
    let h = OfficeHours::default();
    let at = |d: u32, hh: u32, mm: u32| {
        chrono::NaiveDate::from_ymd_opt(2017, 8, d)
            .unwrap()
            .and_hms_opt(hh, mm, 0)
            .unwrap()
    };
    assert_eq!(h.why_moved(at(28, 17, 50)), Ok(Some(Moved::AfterReception)));
    assert_eq!(h.why_moved(at(28, 8, 0)), Ok(Some(Moved::BeforeOpening)));
    assert_eq!(h.why_moved(at(28, 13, 30)), Ok(Some(Moved::InTheBreak)));
    assert_eq!(h.why_moved(at(28, 19, 0)), Ok(Some(Moved::AfterClosing)));
    assert_eq!(h.why_moved(at(26, 10, 0)), Ok(Some(Moved::DayOff)));
    assert_eq!(h.why_moved(at(30, 10, 0)), Ok(Some(Moved::DayOff)));
    assert_eq!(h.why_moved(at(28, 10, 0)), Ok(None));
    // Each reason agrees with where the package is received.
    assert_eq!(h.receive(at(28, 17, 50)), Ok(at(29, 9, 0)));
    assert_eq!(h.receive(at(28, 10, 0)), Ok(at(28, 10, 0)));
}
