//! The calendar's sources as data, in the order and words of EVIDENCE.md §5, so that a reviewer can hold each table
//! against it line by line.

use chrono::{Datelike, NaiveDate};

use super::{FIRST_YEAR, LAST_VERIFIED_YEAR, LAST_YEAR};
use crate::evidence::{Citation, Locator, Part, Place};
use crate::sources::SourceId;

/// When a holiday falls.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feast {
    /// The same month and day every year.
    Fixed { month: u32, day: u32 },
    /// The first day of Kurban Ait, which follows the lunar calendar: its date for each year is in [`KURBAN_AIT`].
    KurbanAit,
}

/// One day of a public holiday. A holiday of several days (New Year, Nauryz, Independence Day) has one entry per
/// day, because its days did not all start or stop in the same year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Holiday {
    pub feast: Feast,
    pub name: HolidayName,
    /// The first year the day is a holiday, inclusive. Where the source states no start year the holiday is older than
    /// the calendar and this is [`FIRST_YEAR`].
    pub first_year: i32,
    /// The last year the day is a holiday, inclusive; [`LAST_YEAR`] when the source states no end.
    pub last_year: i32,
    /// Whether the day off moves to the next working day when the holiday falls on a Saturday or Sunday
    /// ([`WEEKEND_RULE`]). Orthodox Christmas and Kurban Ait never move.
    pub moves_off_weekend: bool,
    pub citation: Citation,
}

impl Holiday {
    /// Whether the day is a holiday in `year`.
    pub const fn in_force(&self, year: i32) -> bool {
        self.first_year <= year && year <= self.last_year
    }

    /// The date of the holiday in `year`; `None` when it is not a holiday that year or the year is not covered.
    pub fn date_in(&self, year: i32) -> Option<NaiveDate> {
        if !self.in_force(year) {
            return None;
        }
        match self.feast {
            Feast::Fixed { month, day } => NaiveDate::from_ymd_opt(year, month, day),
            Feast::KurbanAit => kurban_ait(year).map(|k| k.date),
        }
    }
}

/// The first day of Kurban Ait in one year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KurbanAitDate {
    pub date: NaiveDate,
    /// True while the date is not yet announced (2026 and 2027).
    pub estimated: bool,
    pub citation: Citation,
}

/// The first day of Kurban Ait in `year`, if the calendar covers the year.
pub fn kurban_ait(year: i32) -> Option<&'static KurbanAitDate> {
    let i = usize::try_from(year.checked_sub(FIRST_YEAR)?).ok()?;
    KURBAN_AIT.get(i).filter(|k| k.date.year() == year)
}

/// A move of a day off by a Government decree: `day_off` becomes a day off and `working_day`, which would otherwise
/// be a day off, becomes a working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Transfer {
    /// A weekday that becomes a day off.
    pub day_off: NaiveDate,
    /// The day off whose rest moves to `day_off`; it becomes a working day. Usually a Saturday or Sunday; once (11 May
    /// 2020) a Monday that was itself a day off moved from a weekend holiday.
    pub working_day: NaiveDate,
    /// The decree's identifier on adilet.zan.kz.
    pub decree: &'static str,
    /// The year the decree is about. The decree for 2014 also makes a day of 2013 (Saturday 28 Dec) a working day.
    pub year: i32,
    pub citation: Citation,
}

/// A rule of the calendar, with its source. Its name and its text, in words the interface can quote:
/// `ruqsat_wording::rules::calendar::{rule_name, rule_text}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rule {
    pub key: CalendarRule,
    pub citation: Citation,
}

/// Which rule of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CalendarRule {
    /// A holiday on a Saturday or Sunday gives the next weekday off ([`WEEKEND_RULE`]).
    HolidayOnAWeekend,
    /// Each year a Government decree moves some days off ([`TRANSFER_RULE`]).
    DaysOffMovedByDecree,
    /// Dates after [`LAST_VERIFIED_YEAR`] are computed without any decree ([`UNVERIFIED_YEARS`]).
    UnverifiedYears,
}

impl CalendarRule {
    pub const ALL: &[CalendarRule] = &[
        CalendarRule::HolidayOnAWeekend,
        CalendarRule::DaysOffMovedByDecree,
        CalendarRule::UnverifiedYears,
    ];
}

/// A public holiday's name (its words: `ruqsat_wording::rules::calendar::holiday_name`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HolidayName {
    NewYear,
    OrthodoxChristmas,
    WomensDay,
    Nauryz,
    UnityDay,
    DefenderOfTheFatherlandDay,
    VictoryDay,
    CapitalDay,
    ConstitutionDay,
    RepublicDay,
    FirstPresidentsDay,
    IndependenceDay,
    KurbanAit,
}

impl HolidayName {
    pub const ALL: &[HolidayName] = &[
        HolidayName::NewYear,
        HolidayName::OrthodoxChristmas,
        HolidayName::WomensDay,
        HolidayName::Nauryz,
        HolidayName::UnityDay,
        HolidayName::DefenderOfTheFatherlandDay,
        HolidayName::VictoryDay,
        HolidayName::CapitalDay,
        HolidayName::ConstitutionDay,
        HolidayName::RepublicDay,
        HolidayName::FirstPresidentsDay,
        HolidayName::IndependenceDay,
        HolidayName::KurbanAit,
    ];
}

/// The law every holiday comes from.
const LAW: Citation = Citation::of(SourceId::HolidaysLaw, Locator::at(Place::Article(5)));

const fn fixed(
    month: u32,
    day: u32,
    name: HolidayName,
    first_year: i32,
    last_year: i32,
    moves_off_weekend: bool,
) -> Holiday {
    Holiday {
        feast: Feast::Fixed { month, day },
        name,
        first_year,
        last_year,
        moves_off_weekend,
        citation: LAW,
    }
}

/// The public holidays (Law "On holidays" No. 267-II of 13 Dec 2001, as amended), one entry per day.
pub const HOLIDAYS: [Holiday; 18] = [
    // 1–2 Jan New Year.
    fixed(1, 1, HolidayName::NewYear, FIRST_YEAR, LAST_YEAR, true),
    fixed(1, 2, HolidayName::NewYear, FIRST_YEAR, LAST_YEAR, true),
    // 7 Jan Orthodox Christmas (from 2006); never moves.
    fixed(1, 7, HolidayName::OrthodoxChristmas, 2006, LAST_YEAR, false),
    // 8 Mar Women's Day.
    fixed(3, 8, HolidayName::WomensDay, FIRST_YEAR, LAST_YEAR, true),
    // 21–23 Mar Nauryz (22 Mar only, 2002–2009): 22 Mar since 2002, 21 and 23 Mar since 2010.
    fixed(3, 21, HolidayName::Nauryz, 2010, LAST_YEAR, true),
    fixed(3, 22, HolidayName::Nauryz, 2002, LAST_YEAR, true),
    fixed(3, 23, HolidayName::Nauryz, 2010, LAST_YEAR, true),
    // 1 May Unity Day.
    fixed(5, 1, HolidayName::UnityDay, FIRST_YEAR, LAST_YEAR, true),
    // 7 May Defender's Day (from 2013).
    fixed(
        5,
        7,
        HolidayName::DefenderOfTheFatherlandDay,
        2013,
        LAST_YEAR,
        true,
    ),
    // 9 May Victory Day.
    fixed(5, 9, HolidayName::VictoryDay, FIRST_YEAR, LAST_YEAR, true),
    // 6 Jul Capital Day (from 2009).
    fixed(7, 6, HolidayName::CapitalDay, 2009, LAST_YEAR, true),
    // 30 Aug Constitution Day (until 2025; moved to 15 Mar from 2027, none in 2026).
    fixed(8, 30, HolidayName::ConstitutionDay, FIRST_YEAR, 2025, true),
    fixed(3, 15, HolidayName::ConstitutionDay, 2027, LAST_YEAR, true),
    // 25 Oct Republic Day (from 2022).
    fixed(10, 25, HolidayName::RepublicDay, 2022, LAST_YEAR, true),
    // 1 Dec First President's Day (2012–2021).
    fixed(12, 1, HolidayName::FirstPresidentsDay, 2012, 2021, true),
    // 16–17 Dec Independence Day (17 Dec until 2021).
    fixed(
        12,
        16,
        HolidayName::IndependenceDay,
        FIRST_YEAR,
        LAST_YEAR,
        true,
    ),
    fixed(12, 17, HolidayName::IndependenceDay, FIRST_YEAR, 2021, true),
    // The first day of Kurban Ait (from 2006); never moves.
    Holiday {
        feast: Feast::KurbanAit,
        name: HolidayName::KurbanAit,
        first_year: 2006,
        last_year: LAST_YEAR,
        moves_off_weekend: false,
        citation: LAW,
    },
];

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date in the calendar data"),
    }
}

const fn kurban(y: i32, m: u32, d: u32) -> KurbanAitDate {
    let estimated = y > LAST_VERIFIED_YEAR;
    KurbanAitDate {
        date: ymd(y, m, d),
        estimated,
        citation: if estimated {
            Citation::of(
                SourceId::KurbanAitEstimate,
                Locator::at(Place::Part(Part::FirstDay)),
            )
        } else {
            Citation::of(
                SourceId::HolidaysLaw,
                Locator::at(Place::Article(5)).and(Place::Part(Part::KurbanAitAsAnnounced)),
            )
        },
    }
}

/// The first day of Kurban Ait, 2013–2027. The dates of 2026 and 2027 are estimates until announced.
pub const KURBAN_AIT: [KurbanAitDate; 15] = [
    kurban(2013, 10, 15),
    kurban(2014, 10, 4),
    kurban(2015, 9, 24),
    kurban(2016, 9, 12),
    kurban(2017, 9, 1),
    kurban(2018, 8, 21),
    kurban(2019, 8, 11),
    kurban(2020, 7, 31),
    kurban(2021, 7, 20),
    kurban(2022, 7, 9),
    kurban(2023, 6, 28),
    kurban(2024, 6, 16),
    kurban(2025, 6, 6),
    kurban(2026, 5, 27),
    kurban(2027, 5, 16),
];

/// `move_day!(year, decree, day off ← working day)`, the dates as (year, month, day).
macro_rules! move_day {
    ($year:expr, $decree:literal, ($y1:expr, $m1:expr, $d1:expr) <- ($y2:expr, $m2:expr, $d2:expr)) => {
        Transfer {
            day_off: ymd($y1, $m1, $d1),
            working_day: ymd($y2, $m2, $d2),
            decree: $decree,
            year: $year,
            citation: Citation::whole(SourceId::decree($decree)),
        }
    };
}

/// The days off moved by Government decrees, 2013–2025 (day off ← working day). No decree moved a day in 2015, and
/// none is known for 2026 or later ([`UNVERIFIED_YEARS`]).
pub const TRANSFERS: [Transfer; 24] = [
    // 2013: 10 May ← 4 May, 14 Oct ← 12 Oct (P1300000345, P1300001068).
    move_day!(2013, "P1300000345", (2013, 5, 10) <- (2013, 5, 4)),
    move_day!(2013, "P1300001068", (2013, 10, 14) <- (2013, 10, 12)),
    // 2014: 3 Jan ← 28 Dec 2013 (P1300001322), 2 May ← 4 May, 8 May ← 11 May (P1400000365).
    move_day!(2014, "P1300001322", (2014, 1, 3) <- (2013, 12, 28)),
    move_day!(2014, "P1400000365", (2014, 5, 2) <- (2014, 5, 4)),
    move_day!(2014, "P1400000365", (2014, 5, 8) <- (2014, 5, 11)),
    // 2016: 7 Mar ← 5 Mar (P1600000067).
    move_day!(2016, "P1600000067", (2016, 3, 7) <- (2016, 3, 5)),
    // 2017: 20 Mar ← 18 Mar, 7 Jul ← 1 Jul (P1700000005).
    move_day!(2017, "P1700000005", (2017, 3, 20) <- (2017, 3, 18)),
    move_day!(2017, "P1700000005", (2017, 7, 7) <- (2017, 7, 1)),
    // 2018: 9 Mar ← 3 Mar, 30 Apr ← 28 Apr, 8 May ← 5 May, 31 Aug ← 25 Aug, 31 Dec ← 29 Dec (P1700000864).
    move_day!(2018, "P1700000864", (2018, 3, 9) <- (2018, 3, 3)),
    move_day!(2018, "P1700000864", (2018, 4, 30) <- (2018, 4, 28)),
    move_day!(2018, "P1700000864", (2018, 5, 8) <- (2018, 5, 5)),
    move_day!(2018, "P1700000864", (2018, 8, 31) <- (2018, 8, 25)),
    move_day!(2018, "P1700000864", (2018, 12, 31) <- (2018, 12, 29)),
    // 2019: 10 May ← 4 May (P1800000888).
    move_day!(2019, "P1800000888", (2019, 5, 10) <- (2019, 5, 4)),
    // 2020: 3 Jan ← 5 Jan, 8 May ← 11 May, 18 Dec ← 20 Dec (P1900000820). 11 May 2020 is a Monday: the day off
    // moved there from Victory Day (Saturday 9 May) moves on to Friday 8 May.
    move_day!(2020, "P1900000820", (2020, 1, 3) <- (2020, 1, 5)),
    move_day!(2020, "P1900000820", (2020, 5, 8) <- (2020, 5, 11)),
    move_day!(2020, "P1900000820", (2020, 12, 18) <- (2020, 12, 20)),
    // 2021: 5 Jul ← 3 Jul (P2000000930).
    move_day!(2021, "P2000000930", (2021, 7, 5) <- (2021, 7, 3)),
    // 2022: 7 Mar ← 5 Mar, 29 Aug ← 27 Aug, 24 Oct ← 22 Oct (P2200000796).
    move_day!(2022, "P2200000796", (2022, 3, 7) <- (2022, 3, 5)),
    move_day!(2022, "P2200000796", (2022, 8, 29) <- (2022, 8, 27)),
    move_day!(2022, "P2200000796", (2022, 10, 24) <- (2022, 10, 22)),
    // 2023: 7 Jul ← 1 Jul (P2300000326).
    move_day!(2023, "P2300000326", (2023, 7, 7) <- (2023, 7, 1)),
    // 2024: 8 May ← 4 May (G24G0000109).
    move_day!(2024, "G24G0000109", (2024, 5, 8) <- (2024, 5, 4)),
    // 2025: 3 Jan ← 5 Jan (G24G0000436).
    move_day!(2025, "G24G0000436", (2025, 1, 3) <- (2025, 1, 5)),
];

/// A holiday on a Saturday or Sunday gives a weekday off instead.
pub const WEEKEND_RULE: Rule = Rule {
    key: CalendarRule::HolidayOnAWeekend,
    citation: Citation::of(
        SourceId::LabourCode,
        Locator::at(Place::Part(Part::HolidaysOnADayOff)),
    ),
};

/// Each year a Government decree moves some days off ([`TRANSFERS`]).
pub const TRANSFER_RULE: Rule = Rule {
    key: CalendarRule::DaysOffMovedByDecree,
    citation: Citation::of(
        SourceId::TransferDecrees,
        Locator::at(Place::Part(Part::OneDecreePerYear)),
    ),
};

/// Dates after [`LAST_VERIFIED_YEAR`] are computed without any transfer decree.
pub const UNVERIFIED_YEARS: Rule = Rule {
    key: CalendarRule::UnverifiedYears,
    citation: Citation::whole(SourceId::NoDecreeFrom2026),
};
