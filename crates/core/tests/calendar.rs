//! The calendar through its public API, against the real dates of 2013–2025 (EVIDENCE.md §5) and the estimates of
//! 2026–2027.
//!
//! Every weekday is checked with chrono, never taken from memory: each listed date carries its weekday and the test
//! fails if chrono disagrees.

use std::collections::BTreeMap;

use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};
use chrono::{Datelike, NaiveDate, Weekday};
use ruqsat_core::calendar::HolidayName::{
    ConstitutionDay, FirstPresidentsDay, IndependenceDay, KurbanAit, Nauryz, OrthodoxChristmas,
    RepublicDay,
};
use ruqsat_core::calendar::{
    self, day, days, holidays, is_working, next_working_day, working_day_on_or_after,
    working_day_on_or_before, CalendarError, DayKind, FIRST_DAY, FIRST_YEAR, LAST_DAY,
    LAST_VERIFIED_YEAR, LAST_YEAR,
};
use ruqsat_core::evidence::Grade;
use ruqsat_core::lang::Lang;

const H: DayKind = DayKind::Holiday;
const M: DayKind = DayKind::HolidayMovedFromWeekend;
const D: DayKind = DayKind::DecreeDayOff;
const W: DayKind = DayKind::DecreeWorkingWeekend;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn kind(date: NaiveDate) -> DayKind {
    day(date).unwrap().kind
}

/// Every date of each year that is not a plain workday (Mon–Fri) or weekend (Sat–Sun): holidays (also those at a
/// weekend), days off moved from a weekend holiday (M), and both sides of every decree (D off, W worked). Any date not
/// listed must be a plain workday or weekend.
///
/// Read off the rules by hand: each holiday of the year on its weekday; for each holiday (not Christmas, not Kurban
/// Ait) on a Saturday or Sunday, the next weekday not already off; each decree's two dates.
type Listing = &'static [(u32, u32, DayKind, Weekday)];
#[rustfmt::skip]
const EXPECTED: [(i32, Listing); 15] = [
    (2013, &[
        (1, 1, H, Tue), // New Year
        (1, 2, H, Wed), // New Year
        (1, 7, H, Mon), // Christmas
        (3, 8, H, Fri), // Women's Day
        (3, 21, H, Thu), // Nauryz
        (3, 22, H, Fri), // Nauryz
        (3, 23, H, Sat), // Nauryz
        (3, 25, M, Mon), // for Sat 23 Mar (Nauryz)
        (5, 1, H, Wed), // Unity Day
        (5, 4, W, Sat), // decree, rest moved to Fri 10 May 2013
        (5, 7, H, Tue), // Defender's Day
        (5, 9, H, Thu), // Victory Day
        (5, 10, D, Fri), // decree, worked on Sat 4 May 2013
        (7, 6, H, Sat), // Capital Day
        (7, 8, M, Mon), // for Sat 6 Jul (Capital Day)
        (8, 30, H, Fri), // Constitution Day
        (10, 12, W, Sat), // decree, rest moved to Mon 14 Oct 2013
        (10, 14, D, Mon), // decree, worked on Sat 12 Oct 2013
        (10, 15, H, Tue), // Kurban Ait
        (12, 1, H, Sun), // First President's Day
        (12, 2, M, Mon), // for Sun 1 Dec (First President's Day)
        (12, 16, H, Mon), // Independence Day
        (12, 17, H, Tue), // Independence Day
        (12, 28, W, Sat), // decree, rest moved to Fri 3 Jan 2014
    ]),
    (2014, &[
        (1, 1, H, Wed), // New Year
        (1, 2, H, Thu), // New Year
        (1, 3, D, Fri), // decree, worked on Sat 28 Dec 2013
        (1, 7, H, Tue), // Christmas
        (3, 8, H, Sat), // Women's Day
        (3, 10, M, Mon), // for Sat 8 Mar (Women's Day)
        (3, 21, H, Fri), // Nauryz
        (3, 22, H, Sat), // Nauryz
        (3, 23, H, Sun), // Nauryz
        (3, 24, M, Mon), // for Sat 22 Mar (Nauryz)
        (3, 25, M, Tue), // for Sun 23 Mar (Nauryz)
        (5, 1, H, Thu), // Unity Day
        (5, 2, D, Fri), // decree, worked on Sun 4 May 2014
        (5, 4, W, Sun), // decree, rest moved to Fri 2 May 2014
        (5, 7, H, Wed), // Defender's Day
        (5, 8, D, Thu), // decree, worked on Sun 11 May 2014
        (5, 9, H, Fri), // Victory Day
        (5, 11, W, Sun), // decree, rest moved to Thu 8 May 2014
        (7, 6, H, Sun), // Capital Day
        (7, 7, M, Mon), // for Sun 6 Jul (Capital Day)
        (8, 30, H, Sat), // Constitution Day
        (9, 1, M, Mon), // for Sat 30 Aug (Constitution Day)
        (10, 4, H, Sat), // Kurban Ait
        (12, 1, H, Mon), // First President's Day
        (12, 16, H, Tue), // Independence Day
        (12, 17, H, Wed), // Independence Day
    ]),
    (2015, &[
        (1, 1, H, Thu), // New Year
        (1, 2, H, Fri), // New Year
        (1, 7, H, Wed), // Christmas
        (3, 8, H, Sun), // Women's Day
        (3, 9, M, Mon), // for Sun 8 Mar (Women's Day)
        (3, 21, H, Sat), // Nauryz
        (3, 22, H, Sun), // Nauryz
        (3, 23, H, Mon), // Nauryz
        (3, 24, M, Tue), // for Sat 21 Mar (Nauryz)
        (3, 25, M, Wed), // for Sun 22 Mar (Nauryz)
        (5, 1, H, Fri), // Unity Day
        (5, 7, H, Thu), // Defender's Day
        (5, 9, H, Sat), // Victory Day
        (5, 11, M, Mon), // for Sat 9 May (Victory Day)
        (7, 6, H, Mon), // Capital Day
        (8, 30, H, Sun), // Constitution Day
        (8, 31, M, Mon), // for Sun 30 Aug (Constitution Day)
        (9, 24, H, Thu), // Kurban Ait
        (12, 1, H, Tue), // First President's Day
        (12, 16, H, Wed), // Independence Day
        (12, 17, H, Thu), // Independence Day
    ]),
    (2016, &[
        (1, 1, H, Fri), // New Year
        (1, 2, H, Sat), // New Year
        (1, 4, M, Mon), // for Sat 2 Jan (New Year)
        (1, 7, H, Thu), // Christmas
        (3, 5, W, Sat), // decree, rest moved to Mon 7 Mar 2016
        (3, 7, D, Mon), // decree, worked on Sat 5 Mar 2016
        (3, 8, H, Tue), // Women's Day
        (3, 21, H, Mon), // Nauryz
        (3, 22, H, Tue), // Nauryz
        (3, 23, H, Wed), // Nauryz
        (5, 1, H, Sun), // Unity Day
        (5, 2, M, Mon), // for Sun 1 May (Unity Day)
        (5, 7, H, Sat), // Defender's Day
        (5, 9, H, Mon), // Victory Day
        (5, 10, M, Tue), // for Sat 7 May (Defender's Day)
        (7, 6, H, Wed), // Capital Day
        (8, 30, H, Tue), // Constitution Day
        (9, 12, H, Mon), // Kurban Ait
        (12, 1, H, Thu), // First President's Day
        (12, 16, H, Fri), // Independence Day
        (12, 17, H, Sat), // Independence Day
        (12, 19, M, Mon), // for Sat 17 Dec (Independence Day)
    ]),
    (2017, &[
        (1, 1, H, Sun), // New Year
        (1, 2, H, Mon), // New Year
        (1, 3, M, Tue), // for Sun 1 Jan (New Year)
        (1, 7, H, Sat), // Christmas
        (3, 8, H, Wed), // Women's Day
        (3, 18, W, Sat), // decree, rest moved to Mon 20 Mar 2017
        (3, 20, D, Mon), // decree, worked on Sat 18 Mar 2017
        (3, 21, H, Tue), // Nauryz
        (3, 22, H, Wed), // Nauryz
        (3, 23, H, Thu), // Nauryz
        (5, 1, H, Mon), // Unity Day
        (5, 7, H, Sun), // Defender's Day
        (5, 8, M, Mon), // for Sun 7 May (Defender's Day)
        (5, 9, H, Tue), // Victory Day
        (7, 1, W, Sat), // decree, rest moved to Fri 7 Jul 2017
        (7, 6, H, Thu), // Capital Day
        (7, 7, D, Fri), // decree, worked on Sat 1 Jul 2017
        (8, 30, H, Wed), // Constitution Day
        (9, 1, H, Fri), // Kurban Ait
        (12, 1, H, Fri), // First President's Day
        (12, 16, H, Sat), // Independence Day
        (12, 17, H, Sun), // Independence Day
        (12, 18, M, Mon), // for Sat 16 Dec (Independence Day)
        (12, 19, M, Tue), // for Sun 17 Dec (Independence Day)
    ]),
    (2018, &[
        (1, 1, H, Mon), // New Year
        (1, 2, H, Tue), // New Year
        (1, 7, H, Sun), // Christmas
        (3, 3, W, Sat), // decree, rest moved to Fri 9 Mar 2018
        (3, 8, H, Thu), // Women's Day
        (3, 9, D, Fri), // decree, worked on Sat 3 Mar 2018
        (3, 21, H, Wed), // Nauryz
        (3, 22, H, Thu), // Nauryz
        (3, 23, H, Fri), // Nauryz
        (4, 28, W, Sat), // decree, rest moved to Mon 30 Apr 2018
        (4, 30, D, Mon), // decree, worked on Sat 28 Apr 2018
        (5, 1, H, Tue), // Unity Day
        (5, 5, W, Sat), // decree, rest moved to Tue 8 May 2018
        (5, 7, H, Mon), // Defender's Day
        (5, 8, D, Tue), // decree, worked on Sat 5 May 2018
        (5, 9, H, Wed), // Victory Day
        (7, 6, H, Fri), // Capital Day
        (8, 21, H, Tue), // Kurban Ait
        (8, 25, W, Sat), // decree, rest moved to Fri 31 Aug 2018
        (8, 30, H, Thu), // Constitution Day
        (8, 31, D, Fri), // decree, worked on Sat 25 Aug 2018
        (12, 1, H, Sat), // First President's Day
        (12, 3, M, Mon), // for Sat 1 Dec (First President's Day)
        (12, 16, H, Sun), // Independence Day
        (12, 17, H, Mon), // Independence Day
        (12, 18, M, Tue), // for Sun 16 Dec (Independence Day)
        (12, 29, W, Sat), // decree, rest moved to Mon 31 Dec 2018
        (12, 31, D, Mon), // decree, worked on Sat 29 Dec 2018
    ]),
    (2019, &[
        (1, 1, H, Tue), // New Year
        (1, 2, H, Wed), // New Year
        (1, 7, H, Mon), // Christmas
        (3, 8, H, Fri), // Women's Day
        (3, 21, H, Thu), // Nauryz
        (3, 22, H, Fri), // Nauryz
        (3, 23, H, Sat), // Nauryz
        (3, 25, M, Mon), // for Sat 23 Mar (Nauryz)
        (5, 1, H, Wed), // Unity Day
        (5, 4, W, Sat), // decree, rest moved to Fri 10 May 2019
        (5, 7, H, Tue), // Defender's Day
        (5, 9, H, Thu), // Victory Day
        (5, 10, D, Fri), // decree, worked on Sat 4 May 2019
        (7, 6, H, Sat), // Capital Day
        (7, 8, M, Mon), // for Sat 6 Jul (Capital Day)
        (8, 11, H, Sun), // Kurban Ait
        (8, 30, H, Fri), // Constitution Day
        (12, 1, H, Sun), // First President's Day
        (12, 2, M, Mon), // for Sun 1 Dec (First President's Day)
        (12, 16, H, Mon), // Independence Day
        (12, 17, H, Tue), // Independence Day
    ]),
    (2020, &[
        (1, 1, H, Wed), // New Year
        (1, 2, H, Thu), // New Year
        (1, 3, D, Fri), // decree, worked on Sun 5 Jan 2020
        (1, 5, W, Sun), // decree, rest moved to Fri 3 Jan 2020
        (1, 7, H, Tue), // Christmas
        (3, 8, H, Sun), // Women's Day
        (3, 9, M, Mon), // for Sun 8 Mar (Women's Day)
        (3, 21, H, Sat), // Nauryz
        (3, 22, H, Sun), // Nauryz
        (3, 23, H, Mon), // Nauryz
        (3, 24, M, Tue), // for Sat 21 Mar (Nauryz)
        (3, 25, M, Wed), // for Sun 22 Mar (Nauryz)
        (5, 1, H, Fri), // Unity Day
        (5, 7, H, Thu), // Defender's Day
        (5, 8, D, Fri), // decree, worked on Mon 11 May 2020
        (5, 9, H, Sat), // Victory Day
        (5, 11, W, Mon), // for Sat 9 May (Victory Day) by law; decree moves that rest on to Fri 8 May 2020
        (7, 6, H, Mon), // Capital Day
        (7, 31, H, Fri), // Kurban Ait
        (8, 30, H, Sun), // Constitution Day
        (8, 31, M, Mon), // for Sun 30 Aug (Constitution Day)
        (12, 1, H, Tue), // First President's Day
        (12, 16, H, Wed), // Independence Day
        (12, 17, H, Thu), // Independence Day
        (12, 18, D, Fri), // decree, worked on Sun 20 Dec 2020
        (12, 20, W, Sun), // decree, rest moved to Fri 18 Dec 2020
    ]),
    (2021, &[
        (1, 1, H, Fri), // New Year
        (1, 2, H, Sat), // New Year
        (1, 4, M, Mon), // for Sat 2 Jan (New Year)
        (1, 7, H, Thu), // Christmas
        (3, 8, H, Mon), // Women's Day
        (3, 21, H, Sun), // Nauryz
        (3, 22, H, Mon), // Nauryz
        (3, 23, H, Tue), // Nauryz
        (3, 24, M, Wed), // for Sun 21 Mar (Nauryz)
        (5, 1, H, Sat), // Unity Day
        (5, 3, M, Mon), // for Sat 1 May (Unity Day)
        (5, 7, H, Fri), // Defender's Day
        (5, 9, H, Sun), // Victory Day
        (5, 10, M, Mon), // for Sun 9 May (Victory Day)
        (7, 3, W, Sat), // decree, rest moved to Mon 5 Jul 2021
        (7, 5, D, Mon), // decree, worked on Sat 3 Jul 2021
        (7, 6, H, Tue), // Capital Day
        (7, 20, H, Tue), // Kurban Ait
        (8, 30, H, Mon), // Constitution Day
        (12, 1, H, Wed), // First President's Day
        (12, 16, H, Thu), // Independence Day
        (12, 17, H, Fri), // Independence Day
    ]),
    (2022, &[
        (1, 1, H, Sat), // New Year
        (1, 2, H, Sun), // New Year
        (1, 3, M, Mon), // for Sat 1 Jan (New Year)
        (1, 4, M, Tue), // for Sun 2 Jan (New Year)
        (1, 7, H, Fri), // Christmas
        (3, 5, W, Sat), // decree, rest moved to Mon 7 Mar 2022
        (3, 7, D, Mon), // decree, worked on Sat 5 Mar 2022
        (3, 8, H, Tue), // Women's Day
        (3, 21, H, Mon), // Nauryz
        (3, 22, H, Tue), // Nauryz
        (3, 23, H, Wed), // Nauryz
        (5, 1, H, Sun), // Unity Day
        (5, 2, M, Mon), // for Sun 1 May (Unity Day)
        (5, 7, H, Sat), // Defender's Day
        (5, 9, H, Mon), // Victory Day
        (5, 10, M, Tue), // for Sat 7 May (Defender's Day)
        (7, 6, H, Wed), // Capital Day
        (7, 9, H, Sat), // Kurban Ait
        (8, 27, W, Sat), // decree, rest moved to Mon 29 Aug 2022
        (8, 29, D, Mon), // decree, worked on Sat 27 Aug 2022
        (8, 30, H, Tue), // Constitution Day
        (10, 22, W, Sat), // decree, rest moved to Mon 24 Oct 2022
        (10, 24, D, Mon), // decree, worked on Sat 22 Oct 2022
        (10, 25, H, Tue), // Republic Day
        (12, 16, H, Fri), // Independence Day
    ]),
    (2023, &[
        (1, 1, H, Sun), // New Year
        (1, 2, H, Mon), // New Year
        (1, 3, M, Tue), // for Sun 1 Jan (New Year)
        (1, 7, H, Sat), // Christmas
        (3, 8, H, Wed), // Women's Day
        (3, 21, H, Tue), // Nauryz
        (3, 22, H, Wed), // Nauryz
        (3, 23, H, Thu), // Nauryz
        (5, 1, H, Mon), // Unity Day
        (5, 7, H, Sun), // Defender's Day
        (5, 8, M, Mon), // for Sun 7 May (Defender's Day)
        (5, 9, H, Tue), // Victory Day
        (6, 28, H, Wed), // Kurban Ait
        (7, 1, W, Sat), // decree, rest moved to Fri 7 Jul 2023
        (7, 6, H, Thu), // Capital Day
        (7, 7, D, Fri), // decree, worked on Sat 1 Jul 2023
        (8, 30, H, Wed), // Constitution Day
        (10, 25, H, Wed), // Republic Day
        (12, 16, H, Sat), // Independence Day
        (12, 18, M, Mon), // for Sat 16 Dec (Independence Day)
    ]),
    (2024, &[
        (1, 1, H, Mon), // New Year
        (1, 2, H, Tue), // New Year
        (1, 7, H, Sun), // Christmas
        (3, 8, H, Fri), // Women's Day
        (3, 21, H, Thu), // Nauryz
        (3, 22, H, Fri), // Nauryz
        (3, 23, H, Sat), // Nauryz
        (3, 25, M, Mon), // for Sat 23 Mar (Nauryz)
        (5, 1, H, Wed), // Unity Day
        (5, 4, W, Sat), // decree, rest moved to Wed 8 May 2024
        (5, 7, H, Tue), // Defender's Day
        (5, 8, D, Wed), // decree, worked on Sat 4 May 2024
        (5, 9, H, Thu), // Victory Day
        (6, 16, H, Sun), // Kurban Ait
        (7, 6, H, Sat), // Capital Day
        (7, 8, M, Mon), // for Sat 6 Jul (Capital Day)
        (8, 30, H, Fri), // Constitution Day
        (10, 25, H, Fri), // Republic Day
        (12, 16, H, Mon), // Independence Day
    ]),
    (2025, &[
        (1, 1, H, Wed), // New Year
        (1, 2, H, Thu), // New Year
        (1, 3, D, Fri), // decree, worked on Sun 5 Jan 2025
        (1, 5, W, Sun), // decree, rest moved to Fri 3 Jan 2025
        (1, 7, H, Tue), // Christmas
        (3, 8, H, Sat), // Women's Day
        (3, 10, M, Mon), // for Sat 8 Mar (Women's Day)
        (3, 21, H, Fri), // Nauryz
        (3, 22, H, Sat), // Nauryz
        (3, 23, H, Sun), // Nauryz
        (3, 24, M, Mon), // for Sat 22 Mar (Nauryz)
        (3, 25, M, Tue), // for Sun 23 Mar (Nauryz)
        (5, 1, H, Thu), // Unity Day
        (5, 7, H, Wed), // Defender's Day
        (5, 9, H, Fri), // Victory Day
        (6, 6, H, Fri), // Kurban Ait
        (7, 6, H, Sun), // Capital Day
        (7, 7, M, Mon), // for Sun 6 Jul (Capital Day)
        (8, 30, H, Sat), // Constitution Day
        (9, 1, M, Mon), // for Sat 30 Aug (Constitution Day)
        (10, 25, H, Sat), // Republic Day
        (10, 27, M, Mon), // for Sat 25 Oct (Republic Day)
        (12, 16, H, Tue), // Independence Day
    ]),
    // 2026 and 2027: estimates, computed without any decree.
    // 2026: no Constitution Day.
    (2026, &[
        (1, 1, H, Thu), // New Year
        (1, 2, H, Fri), // New Year
        (1, 7, H, Wed), // Christmas
        (3, 8, H, Sun), // Women's Day
        (3, 9, M, Mon), // for Sun 8 Mar (Women's Day)
        (3, 21, H, Sat), // Nauryz
        (3, 22, H, Sun), // Nauryz
        (3, 23, H, Mon), // Nauryz
        (3, 24, M, Tue), // for Sat 21 Mar (Nauryz)
        (3, 25, M, Wed), // for Sun 22 Mar (Nauryz)
        (5, 1, H, Fri), // Unity Day
        (5, 7, H, Thu), // Defender's Day
        (5, 9, H, Sat), // Victory Day
        (5, 11, M, Mon), // for Sat 9 May (Victory Day)
        (5, 27, H, Wed), // Kurban Ait
        (7, 6, H, Mon), // Capital Day
        (10, 25, H, Sun), // Republic Day
        (10, 26, M, Mon), // for Sun 25 Oct (Republic Day)
        (12, 16, H, Wed), // Independence Day
    ]),
    // 2027: Constitution Day on 15 Mar.
    (2027, &[
        (1, 1, H, Fri), // New Year
        (1, 2, H, Sat), // New Year
        (1, 4, M, Mon), // for Sat 2 Jan (New Year)
        (1, 7, H, Thu), // Christmas
        (3, 8, H, Mon), // Women's Day
        (3, 15, H, Mon), // Constitution Day
        (3, 21, H, Sun), // Nauryz
        (3, 22, H, Mon), // Nauryz
        (3, 23, H, Tue), // Nauryz
        (3, 24, M, Wed), // for Sun 21 Mar (Nauryz)
        (5, 1, H, Sat), // Unity Day
        (5, 3, M, Mon), // for Sat 1 May (Unity Day)
        (5, 7, H, Fri), // Defender's Day
        (5, 9, H, Sun), // Victory Day
        (5, 10, M, Mon), // for Sun 9 May (Victory Day)
        (5, 16, H, Sun), // Kurban Ait
        (7, 6, H, Tue), // Capital Day
        (10, 25, H, Mon), // Republic Day
        (12, 16, H, Thu), // Independence Day
    ]),
];

#[test]
fn every_day_of_every_year_is_as_listed() {
    assert_eq!(
        EXPECTED.map(|(year, _)| year),
        std::array::from_fn(|i| FIRST_YEAR + i as i32)
    );
    for (year, listing) in EXPECTED {
        let mut expected = BTreeMap::new();
        for &(m, dd, kind, weekday) in listing {
            let date = d(year, m, dd);
            assert_eq!(
                date.weekday(),
                weekday,
                "{date}: the listing has the wrong weekday"
            );
            assert!(expected.insert(date, kind).is_none(), "{date} listed twice");
        }
        for day in days(d(year, 1, 1), d(year, 12, 31)).unwrap() {
            let plain = match day.date.weekday() {
                Sat | Sun => DayKind::Weekend,
                _ => DayKind::Workday,
            };
            let want = expected.get(&day.date).copied().unwrap_or(plain);
            assert_eq!(day.kind, want, "{}", day.date);
        }
    }
}

#[test]
fn decree_days_are_exactly_the_evidence_list() {
    // EVIDENCE.md §5, day off ← working day, in the order written there.
    let evidence = [
        ((2013, 5, 10), (2013, 5, 4), "P1300000345"),
        ((2013, 10, 14), (2013, 10, 12), "P1300001068"),
        ((2014, 1, 3), (2013, 12, 28), "P1300001322"),
        ((2014, 5, 2), (2014, 5, 4), "P1400000365"),
        ((2014, 5, 8), (2014, 5, 11), "P1400000365"),
        ((2016, 3, 7), (2016, 3, 5), "P1600000067"),
        ((2017, 3, 20), (2017, 3, 18), "P1700000005"),
        ((2017, 7, 7), (2017, 7, 1), "P1700000005"),
        ((2018, 3, 9), (2018, 3, 3), "P1700000864"),
        ((2018, 4, 30), (2018, 4, 28), "P1700000864"),
        ((2018, 5, 8), (2018, 5, 5), "P1700000864"),
        ((2018, 8, 31), (2018, 8, 25), "P1700000864"),
        ((2018, 12, 31), (2018, 12, 29), "P1700000864"),
        ((2019, 5, 10), (2019, 5, 4), "P1800000888"),
        ((2020, 1, 3), (2020, 1, 5), "P1900000820"),
        ((2020, 5, 8), (2020, 5, 11), "P1900000820"),
        ((2020, 12, 18), (2020, 12, 20), "P1900000820"),
        ((2021, 7, 5), (2021, 7, 3), "P2000000930"),
        ((2022, 3, 7), (2022, 3, 5), "P2200000796"),
        ((2022, 8, 29), (2022, 8, 27), "P2200000796"),
        ((2022, 10, 24), (2022, 10, 22), "P2200000796"),
        ((2023, 7, 7), (2023, 7, 1), "P2300000326"),
        ((2024, 5, 8), (2024, 5, 4), "G24G0000109"),
        ((2025, 1, 3), (2025, 1, 5), "G24G0000436"),
    ];
    assert_eq!(calendar::TRANSFERS.len(), evidence.len());
    for (t, ((y1, m1, d1), (y2, m2, d2), id)) in calendar::TRANSFERS.iter().zip(evidence) {
        let (off, worked) = (d(y1, m1, d1), d(y2, m2, d2));
        assert_eq!((t.day_off, t.working_day, t.decree), (off, worked, id));
        let off_day = day(off).unwrap();
        let worked_day = day(worked).unwrap();
        assert_eq!((off_day.kind, worked_day.kind), (D, W), "{off} ← {worked}");
        let source = format!("Government decree {id}");
        assert_eq!(off_day.citation.unwrap().source_text(Lang::En), source);
        assert_eq!(worked_day.citation.unwrap().source_text(Lang::En), source);
        assert_eq!(off_day.citation.unwrap().grade, Grade::O);
        assert!(!off_day.working() && worked_day.working());
    }
}

/// Working days per year: the weekdays (Mon–Fri, counted by chrono), less the weekdays off (weekday holidays, days
/// moved from weekend holidays, decree days off), plus the Saturdays and Sundays a decree makes working.
///
/// Worked by hand from the listing above, e.g. 2017 starts on a Sunday, so it has 52 weeks and one Sunday:
/// 260 weekdays. Off: 2, 3 Jan; 8, 20, 21, 22, 23 Mar; 1, 8, 9 May; 6, 7 Jul; 30 Aug; 1 Sep; 1, 18, 19 Dec = 17.
/// Worked: Sat 18 Mar, Sat 1 Jul = 2. 260 − 17 + 2 = 245 (not 248). 2024 is a leap year starting on a Monday: 262
/// weekdays; 14 off (1, 2 Jan; 8, 21, 22, 25 Mar; 1, 7, 8, 9 May; 8 Jul; 30 Aug; 25 Oct; 16 Dec); Sat 4 May worked:
/// 249. In 2020 Monday 11 May is a weekday worked by decree: it is neither off nor a worked weekend day.
#[test]
fn working_days_per_year() {
    // (year, weekdays, weekdays off, weekend days worked, working days)
    let years = [
        (2013, 261, 18, 3, 246), // starts Tue; 28 Dec 2013 worked for 3 Jan 2014
        (2014, 261, 18, 2, 245), // starts Wed
        (2015, 261, 16, 0, 245), // starts Thu; no decree
        (2016, 261, 17, 1, 245), // leap, starts Fri
        (2017, 260, 17, 2, 245), // starts Sun
        (2018, 261, 20, 5, 246), // starts Mon
        (2019, 261, 16, 1, 246), // starts Tue
        (2020, 262, 18, 2, 246), // leap, starts Wed
        (2021, 261, 17, 1, 245), // starts Fri
        (2022, 260, 17, 3, 246), // starts Sat
        (2023, 260, 15, 1, 246), // starts Sun
        (2024, 262, 14, 1, 249), // leap, starts Mon
        (2025, 261, 16, 1, 246), // starts Wed
        (2026, 261, 14, 0, 247), // estimate
        (2027, 261, 14, 0, 247), // estimate
    ];
    for (year, weekdays, off, worked, total) in years {
        assert_eq!(
            weekdays - off + worked,
            total,
            "{year}: the row does not add up"
        );
        let all: Vec<_> = days(d(year, 1, 1), d(year, 12, 31)).unwrap().collect();
        let is_weekday = |date: NaiveDate| !matches!(date.weekday(), Sat | Sun);
        assert_eq!(
            all.iter().filter(|x| is_weekday(x.date)).count(),
            weekdays,
            "{year} weekdays"
        );
        assert_eq!(
            all.iter()
                .filter(|x| is_weekday(x.date) && !x.working())
                .count(),
            off,
            "{year} off"
        );
        assert_eq!(
            all.iter()
                .filter(|x| !is_weekday(x.date) && x.working())
                .count(),
            worked,
            "{year} worked"
        );
        assert_eq!(
            all.iter().filter(|x| x.working()).count(),
            total,
            "{year} total"
        );
    }
}

fn working_days_in_month(year: i32, month: u32) -> usize {
    let last = d(year, month, 1)
        .checked_add_months(chrono::Months::new(1))
        .unwrap()
        .pred_opt()
        .unwrap();
    days(d(year, month, 1), last)
        .unwrap()
        .filter(|x| x.working())
        .count()
}

#[test]
fn march_2017() {
    // 8 Mar Wed holiday; Sat 18 Mar worked by decree; Mon 20 Mar decree day off; 21–23 Mar Nauryz Tue–Thu.
    assert_eq!(d(2017, 3, 8).weekday(), Wed);
    assert_eq!(d(2017, 3, 18).weekday(), Sat);
    assert_eq!(d(2017, 3, 20).weekday(), Mon);
    assert_eq!(
        [21, 22, 23].map(|n| d(2017, 3, n).weekday()),
        [Tue, Wed, Thu]
    );
    assert_eq!(kind(d(2017, 3, 8)), H);
    assert_eq!(kind(d(2017, 3, 18)), W);
    assert_eq!(kind(d(2017, 3, 19)), DayKind::Weekend);
    assert_eq!(kind(d(2017, 3, 20)), D);
    for n in 21..=23 {
        let x = day(d(2017, 3, n)).unwrap();
        assert_eq!((x.kind, x.name), (H, Some(Nauryz)));
    }
    assert_eq!(kind(d(2017, 3, 24)), DayKind::Workday);
    // 1 Mar is a Wednesday: 23 weekdays (1–3, 6–10, 13–17, 20–24, 27–31), 5 off (8, 20–23), 1 Saturday worked: 19.
    assert_eq!(d(2017, 3, 1).weekday(), Wed);
    assert_eq!(working_days_in_month(2017, 3), 23 - 5 + 1);
    // Friday 17 Mar: the next working day is the decree's Saturday; from Sunday 19 Mar it is Friday 24 Mar.
    assert_eq!(next_working_day(d(2017, 3, 17)), Ok(d(2017, 3, 18)));
    assert_eq!(next_working_day(d(2017, 3, 18)), Ok(d(2017, 3, 24)));
    assert_eq!(working_day_on_or_after(d(2017, 3, 19)), Ok(d(2017, 3, 24)));
    // Backwards from Thursday 23 Mar (Nauryz): past 20–22 (Nauryz), Sunday 19 to the decree's working Saturday 18.
    assert_eq!(working_day_on_or_before(d(2017, 3, 23)), Ok(d(2017, 3, 18)));
    assert_eq!(working_day_on_or_before(d(2017, 3, 24)), Ok(d(2017, 3, 24)));
}

#[test]
fn may_2014() {
    let expect = [
        (1, Thu, H), // Unity Day
        (2, Fri, D), // decree P1400000365
        (3, Sat, DayKind::Weekend),
        (4, Sun, W), // worked for 2 May
        (5, Mon, DayKind::Workday),
        (6, Tue, DayKind::Workday),
        (7, Wed, H), // Defender's Day
        (8, Thu, D), // decree P1400000365
        (9, Fri, H), // Victory Day
        (10, Sat, DayKind::Weekend),
        (11, Sun, W), // worked for 8 May
        (12, Mon, DayKind::Workday),
    ];
    for (n, weekday, k) in expect {
        assert_eq!(d(2014, 5, n).weekday(), weekday, "{n} May 2014");
        assert_eq!(kind(d(2014, 5, n)), k, "{n} May 2014");
    }
    // 1 May is a Thursday: 22 weekdays (1–2, 5–9, 12–16, 19–23, 26–30), 5 off (1, 2, 7, 8, 9), 2 Sundays worked: 19.
    assert_eq!(working_days_in_month(2014, 5), 22 - 5 + 2);
    assert_eq!(
        day(d(2014, 5, 4))
            .unwrap()
            .citation
            .unwrap()
            .source_text(Lang::En),
        "Government decree P1400000365"
    );
}

#[test]
fn december_2017() {
    // Fri 1 Dec First President's Day; Sat 16 and Sun 17 Dec Independence Day → Mon 18 and Tue 19 Dec off.
    assert_eq!(d(2017, 12, 1).weekday(), Fri);
    assert_eq!(
        (d(2017, 12, 16).weekday(), d(2017, 12, 17).weekday()),
        (Sat, Sun)
    );
    let first = day(d(2017, 12, 1)).unwrap();
    assert_eq!((first.kind, first.name), (H, Some(FirstPresidentsDay)));
    assert_eq!((kind(d(2017, 12, 16)), kind(d(2017, 12, 17))), (H, H));
    for n in [18, 19] {
        let x = day(d(2017, 12, n)).unwrap();
        assert_eq!(x.kind, M, "{n} Dec");
        assert_eq!(x.name, Some(IndependenceDay));
        assert_eq!(
            x.citation.unwrap().source_text(Lang::En),
            "Labour Code of RK"
        );
        assert!(!x.working());
    }
    assert_eq!(kind(d(2017, 12, 20)), DayKind::Workday);
    // 1 Dec is a Friday: 21 weekdays (1, 4–8, 11–15, 18–22, 25–29), 3 off (1, 18, 19): 18.
    assert_eq!(working_days_in_month(2017, 12), 21 - 3);
}

#[test]
fn january_2022() {
    // Sat 1 and Sun 2 Jan New Year → Mon 3 and Tue 4 Jan off; Fri 7 Jan Christmas.
    assert_eq!(
        (d(2022, 1, 1).weekday(), d(2022, 1, 2).weekday()),
        (Sat, Sun)
    );
    assert_eq!(d(2022, 1, 7).weekday(), Fri);
    assert_eq!((kind(d(2022, 1, 1)), kind(d(2022, 1, 2))), (H, H));
    assert_eq!((kind(d(2022, 1, 3)), kind(d(2022, 1, 4))), (M, M));
    assert_eq!(kind(d(2022, 1, 5)), DayKind::Workday);
    assert_eq!(day(d(2022, 1, 7)).unwrap().name, Some(OrthodoxChristmas));
    let moves: Vec<_> = calendar::weekend_moves()
        .iter()
        .filter(|m| m.holiday.year() == 2022 && m.holiday.month() == 1)
        .map(|m| (m.holiday, m.day_off))
        .collect();
    assert_eq!(
        moves,
        [
            (d(2022, 1, 1), d(2022, 1, 3)),
            (d(2022, 1, 2), d(2022, 1, 4))
        ]
    );
    // 1 Jan is a Saturday: 21 weekdays (3–7, 10–14, 17–21, 24–28, 31), 3 off (3, 4, 7): 18.
    assert_eq!(working_days_in_month(2022, 1), 21 - 3);
}

#[test]
fn nauryz_2015() {
    // Sat 21, Sun 22, Mon 23 Mar → Tue 24 and Wed 25 Mar off.
    assert_eq!(
        [21, 22, 23, 24, 25].map(|n| d(2015, 3, n).weekday()),
        [Sat, Sun, Mon, Tue, Wed]
    );
    assert_eq!(
        [21, 22, 23, 24, 25, 26].map(|n| kind(d(2015, 3, n))),
        [H, H, H, M, M, DayKind::Workday]
    );
    // 8 Mar 2015 is a Sunday → Mon 9 Mar. March has 22 weekdays (2–6, 9–13, 16–20, 23–27, 30–31), 4 off: 18.
    assert_eq!(d(2015, 3, 8).weekday(), Sun);
    assert_eq!(kind(d(2015, 3, 9)), M);
    assert_eq!(working_days_in_month(2015, 3), 22 - 4);
}

#[test]
fn christmas_and_kurban_ait_never_move() {
    // 7 Jan 2017 and 2018 are a Saturday and a Sunday; Kurban Ait 2014 (4 Oct) a Saturday, 2019 (11 Aug) a Sunday.
    assert_eq!(
        (d(2017, 1, 7).weekday(), d(2018, 1, 7).weekday()),
        (Sat, Sun)
    );
    assert_eq!(
        (kind(d(2017, 1, 9)), kind(d(2018, 1, 8))),
        (DayKind::Workday, DayKind::Workday)
    );
    assert_eq!(
        (d(2014, 10, 4).weekday(), d(2019, 8, 11).weekday()),
        (Sat, Sun)
    );
    assert_eq!((kind(d(2014, 10, 4)), kind(d(2019, 8, 11))), (H, H));
    assert_eq!(
        (kind(d(2014, 10, 6)), kind(d(2019, 8, 12))),
        (DayKind::Workday, DayKind::Workday)
    );
}

#[test]
fn kurban_ait_dates() {
    let dates = [
        (2013, 10, 15),
        (2014, 10, 4),
        (2015, 9, 24),
        (2016, 9, 12),
        (2017, 9, 1),
        (2018, 8, 21),
        (2019, 8, 11),
        (2020, 7, 31),
        (2021, 7, 20),
        (2022, 7, 9),
        (2023, 6, 28),
        (2024, 6, 16),
        (2025, 6, 6),
        (2026, 5, 27),
        (2027, 5, 16),
    ];
    for (y, m, n) in dates {
        let x = day(d(y, m, n)).unwrap();
        assert_eq!((x.kind, x.name), (H, Some(KurbanAit)), "{y}");
        let estimated = y > LAST_VERIFIED_YEAR;
        assert_eq!(x.estimated, estimated, "{y}");
        assert_eq!(
            x.citation.unwrap().grade,
            // Kurban Ait 2026–2027 are estimates with no source: U (issue 12 §4).
            if estimated { Grade::U } else { Grade::O },
            "{y}"
        );
    }
}

#[test]
fn dates_from_2026_are_estimated_and_2025_is_not() {
    assert_eq!(LAST_VERIFIED_YEAR, 2025);
    for x in days(d(2025, 1, 1), d(2025, 12, 31)).unwrap() {
        assert!(!x.estimated, "{}", x.date);
    }
    for x in days(d(2026, 1, 1), d(2027, 12, 31)).unwrap() {
        assert!(x.estimated, "{}", x.date);
    }
    assert_eq!(calendar::UNVERIFIED_YEARS.citation.grade, Grade::U);
    // Its words: `ruqsat_wording::rules::calendar` (`the_unverified_years_rule_says_...`).
    assert_eq!(
        calendar::UNVERIFIED_YEARS.key,
        calendar::CalendarRule::UnverifiedYears
    );
    assert!(!calendar::TRANSFERS
        .iter()
        .any(|t| t.year > LAST_VERIFIED_YEAR));
}

#[test]
fn dates_outside_2013_to_2027_are_refused() {
    assert_eq!((FIRST_YEAR, LAST_YEAR), (2013, 2027));
    for date in [d(2012, 12, 31), d(2028, 1, 1)] {
        let err = day(date).unwrap_err();
        assert_eq!(err, CalendarError::OutOfCoverage { date });
        let message = err.to_string();
        assert!(
            message.contains("2013-01-01") && message.contains("2027-12-31"),
            "{message}"
        );
        assert!(message.contains(&date.to_string()), "{message}");
        assert_eq!(is_working(date), Err(err));
        assert!(!calendar::covers(date));
    }
    assert!(day(d(2013, 1, 1)).is_ok() && day(d(2027, 12, 31)).is_ok());
    assert!(days(d(2012, 12, 31), d(2013, 1, 5)).is_err());
    assert!(holidays(2028).is_err() && holidays(2012).is_err() && holidays(i32::MAX).is_err());
    // Friday 31 Dec 2027 is the last day known: there is no known working day after it.
    assert_eq!(d(2027, 12, 31).weekday(), Fri);
    assert_eq!(
        working_day_on_or_after(d(2027, 12, 31)),
        Ok(d(2027, 12, 31))
    );
    // Tuesday 1 Jan 2013 is a holiday and the first day known: no working day is known before it.
    assert!(working_day_on_or_before(d(2013, 1, 1)).is_err());
    assert!(working_day_on_or_before(d(2012, 12, 31)).is_err());
    assert_eq!(
        next_working_day(d(2027, 12, 31)),
        Err(CalendarError::OutOfCoverage {
            date: d(2028, 1, 1)
        })
    );
}

#[test]
fn constitution_day_moves_from_30_august_to_15_march() {
    assert_eq!(kind(d(2025, 8, 30)), H);
    // 2026: none. 30 Aug 2026 is a Sunday and the Monday after is an ordinary workday.
    assert_eq!(d(2026, 8, 30).weekday(), Sun);
    assert_eq!(kind(d(2026, 8, 30)), DayKind::Weekend);
    assert_eq!(kind(d(2026, 8, 31)), DayKind::Workday);
    assert_eq!(kind(d(2026, 3, 15)), DayKind::Weekend);
    assert!(!holidays(2026)
        .unwrap()
        .any(|x| x.name == Some(ConstitutionDay)));
    // 2027: 15 Mar, a Monday; 30 Aug is a workday.
    assert_eq!(d(2027, 3, 15).weekday(), Mon);
    let x = day(d(2027, 3, 15)).unwrap();
    assert_eq!(
        (x.kind, x.name, x.estimated),
        (H, Some(ConstitutionDay), true)
    );
    assert_eq!(d(2027, 8, 30).weekday(), Mon);
    assert_eq!(kind(d(2027, 8, 30)), DayKind::Workday);
}

#[test]
fn republic_day_from_2022() {
    assert_eq!(d(2021, 10, 25).weekday(), Mon);
    assert_eq!(kind(d(2021, 10, 25)), DayKind::Workday);
    assert_eq!(d(2022, 10, 25).weekday(), Tue);
    assert_eq!(day(d(2022, 10, 25)).unwrap().name, Some(RepublicDay));
    assert_eq!(kind(d(2022, 10, 25)), H);
}

#[test]
fn first_presidents_day_and_17_december_stop_after_2021() {
    assert_eq!(
        (d(2021, 12, 1).weekday(), d(2022, 12, 1).weekday()),
        (Wed, Thu)
    );
    assert_eq!(kind(d(2021, 12, 1)), H);
    assert_eq!(kind(d(2022, 12, 1)), DayKind::Workday);
    assert_eq!(
        (d(2021, 12, 17).weekday(), d(2023, 12, 18).weekday()),
        (Fri, Mon)
    );
    assert_eq!(kind(d(2021, 12, 17)), H);
    // 17 Dec 2022 is a Saturday: no longer a holiday, so Monday 19 Dec is a workday.
    assert_eq!(d(2022, 12, 17).weekday(), Sat);
    assert_eq!(kind(d(2022, 12, 17)), DayKind::Weekend);
    assert_eq!(kind(d(2022, 12, 19)), DayKind::Workday);
    // 16 Dec 2023 is a Saturday: the day off moves to Monday 18 Dec.
    assert_eq!(kind(d(2023, 12, 18)), M);
    for year in 2022..=LAST_YEAR {
        let december: Vec<_> = holidays(year)
            .unwrap()
            .filter(|x| x.date.month() == 12)
            .map(|x| x.date.day())
            .collect();
        assert_eq!(december, [16], "{year}");
    }
}

#[test]
fn holiday_counts_and_names() {
    // 2021: 1, 2, 7 Jan; 8, 21, 22, 23 Mar; 1, 7, 9 May; 6 Jul; 20 Jul Kurban Ait; 30 Aug; 1, 16, 17 Dec.
    assert_eq!(holidays(2021).unwrap().count(), 16);
    // 2022: First President's Day and 17 Dec gone, Republic Day added.
    assert_eq!(holidays(2022).unwrap().count(), 15);
    // 2026: Constitution Day gone; 2027: back on 15 Mar.
    assert_eq!(holidays(2026).unwrap().count(), 14);
    assert_eq!(holidays(2027).unwrap().count(), 15);
    // The names' words: `ruqsat_wording::rules::calendar` (`holiday_names_in_three_languages`).
    assert_eq!(day(d(2024, 3, 22)).unwrap().name, Some(Nauryz));
    assert_eq!(day(d(2024, 12, 16)).unwrap().name, Some(IndependenceDay));
    let law = day(d(2024, 12, 16)).unwrap().citation.unwrap();
    assert!(law
        .source_text(Lang::En)
        .starts_with("Law of RK \"On holidays\" No. 267-II of 13 Dec 2001"));
    assert!(law.source_text(Lang::Ru).starts_with(
        "Закон РК «О праздниках в Республике Казахстан» от 13 декабря 2001 года № 267-II"
    ));
    assert_eq!(law.grade, Grade::O);
}

#[test]
fn days_iterates_inclusively_and_is_empty_backwards() {
    assert_eq!(days(d(2020, 2, 1), d(2020, 2, 29)).unwrap().count(), 29);
    assert_eq!(days(d(2020, 3, 1), d(2020, 2, 29)).unwrap().count(), 0);
    assert_eq!(days(FIRST_DAY, LAST_DAY).unwrap().count(), 5478);
}
