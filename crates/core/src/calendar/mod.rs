//! Kazakhstan's working-day calendar, 2013–2027, as cited data (EVIDENCE.md §5).
//!
//! How a day is decided, in plain words:
//!
//! - **Public holidays** are days off (Law "On holidays" No. 267-II of 13 Dec 2001, as amended): 1–2 January New
//!   Year, 7 January Orthodox Christmas, 8 March Women's Day, 21–23 March Nauryz, 1 May Unity Day, 7 May Defender's
//!   Day, 9 May Victory Day, 6 July Capital Day, 30 August Constitution Day (until 2025; 15 March from 2027, none in
//!   2026), 25 October Republic Day (from 2022), 1 December First President's Day (until 2021), 16 December
//!   Independence Day (and 17 December until 2021), and the first day of Kurban Ait. See [`HOLIDAYS`].
//! - **A holiday on a Saturday or Sunday** gives a weekday off instead: the next weekday that is not already off. A
//!   holiday of several days gives one such day for each of its days that falls at a weekend. Orthodox Christmas and
//!   Kurban Ait never move. See [`WEEKEND_RULE`].
//! - **Government decrees** move some days off each year: the weekday a decree names becomes a day off, and the day
//!   off it takes the rest from (a Saturday or Sunday, once a Monday) becomes a working day. See [`TRANSFERS`].
//! - **From 2026 on** no decree is known: dates are computed without any transfer decree and are marked
//!   `estimated`, as are the Kurban Ait dates of 2026 and 2027. See [`UNVERIFIED_YEARS`].
//!
//! Precedence, strongest first: a decree (its working day is [`DayKind::DecreeWorkingWeekend`], its day off
//! [`DayKind::DecreeDayOff`]); a holiday ([`DayKind::Holiday`], also when it falls at a weekend); a day off moved from
//! a weekend holiday ([`DayKind::HolidayMovedFromWeekend`]); else [`DayKind::Workday`] or [`DayKind::Weekend`].
//!
//! The moved days off are found from the law alone, before the decrees are applied. When a decree names such a day
//! as its working day, the decree wins and the day is worked; the rest is not moved again, because the decree itself
//! says where it goes. That happens once: the decree for 2020 moves the day off of Victory Day (Saturday 9 May,
//! moved to Monday 11 May) on to Friday 8 May. A moved day off never coincides with a decree's day off, and no
//! holiday falls on a decree's date (both are tested), so no day off is lost between the rules.
//!
//! The whole calendar is computed once, on first use, into a table with one entry per day: [`day`] is a lookup.

use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::evidence::Citation;

mod data;
#[cfg(test)]
mod tests;

pub use data::{
    kurban_ait, CalendarRule, Feast, Holiday, HolidayName, KurbanAitDate, Rule, Transfer, HOLIDAYS,
    KURBAN_AIT, TRANSFERS, TRANSFER_RULE, UNVERIFIED_YEARS, WEEKEND_RULE,
};

/// The first and last years the calendar knows. Outside them it refuses with [`CalendarError::OutOfCoverage`].
pub const FIRST_YEAR: i32 = 2013;
pub const LAST_YEAR: i32 = 2027;
/// The last year whose transfer decrees are encoded; later years are computed without decrees (estimates).
pub const LAST_VERIFIED_YEAR: i32 = 2025;

/// What kind of day a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DayKind {
    /// Monday–Friday, no holiday.
    Workday,
    /// Saturday or Sunday.
    Weekend,
    /// A public holiday (Law "On holidays").
    Holiday,
    /// A weekday off because a holiday fell on a Saturday or Sunday (Labour Code).
    HolidayMovedFromWeekend,
    /// A weekday off moved by a Government decree.
    DecreeDayOff,
    /// A day off made a working day by a Government decree: a Saturday or Sunday, or once (Monday 11 May 2020) a
    /// weekday off moved from a weekend holiday.
    DecreeWorkingWeekend,
}

impl DayKind {
    pub const fn is_working(self) -> bool {
        matches!(self, DayKind::Workday | DayKind::DecreeWorkingWeekend)
    }

    /// The kind as the CLI's JSON writes it.
    pub const fn as_str(self) -> &'static str {
        match self {
            DayKind::Workday => "workday",
            DayKind::Weekend => "weekend",
            DayKind::Holiday => "holiday",
            DayKind::HolidayMovedFromWeekend => "holiday-moved-from-weekend",
            DayKind::DecreeDayOff => "decree-day-off",
            DayKind::DecreeWorkingWeekend => "decree-working-weekend",
        }
    }
}

/// One day of the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Day {
    pub date: NaiveDate,
    pub kind: DayKind,
    /// The holiday's name, for holidays and for days off moved from a holiday.
    pub name: Option<HolidayName>,
    /// True for every date in a year after [`LAST_VERIFIED_YEAR`] (no transfer decree is known), and for estimated
    /// Kurban Ait dates.
    pub estimated: bool,
    /// Why the day is what it is; `None` for ordinary workdays and weekends.
    pub citation: Option<Citation>,
}

impl Day {
    pub const fn working(&self) -> bool {
        self.kind.is_working()
    }
}

/// The calendar refuses a date it does not cover.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarError {
    OutOfCoverage { date: NaiveDate },
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CalendarError::OutOfCoverage { date } => write!(
                f,
                "{date} is outside the calendar: only {FIRST_YEAR}-01-01 to {LAST_YEAR}-12-31 is encoded"
            ),
        }
    }
}

impl std::error::Error for CalendarError {}

/// The first and last days the calendar covers.
pub const FIRST_DAY: NaiveDate = ymd(FIRST_YEAR, 1, 1);
pub const LAST_DAY: NaiveDate = ymd(LAST_YEAR, 12, 31);

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date"),
    }
}

/// Whether the calendar covers a date.
pub fn covers(date: NaiveDate) -> bool {
    (FIRST_DAY..=LAST_DAY).contains(&date)
}

/// The day a date is. Fast (a table lookup): the counting code calls it in its inner loop.
pub fn day(date: NaiveDate) -> Result<Day, CalendarError> {
    let i = index(date)?;
    Ok(describe(date, table().days[i]))
}

/// Whether a date is a working day. Faster still than [`day`]: it reads the kind alone.
pub fn is_working(date: NaiveDate) -> Result<bool, CalendarError> {
    index(date).map(|i| table().days[i].0.is_working())
}

/// Every day from `from` to `to`, both included (nothing when `from` is after `to`). Both must be covered.
pub fn days(from: NaiveDate, to: NaiveDate) -> Result<impl Iterator<Item = Day>, CalendarError> {
    let (start, end) = (index(from)?, index(to)?);
    let table = table();
    Ok((start..=end).map(move |i| describe(date_at(i), table.days[i])))
}

/// The public holidays of a year, in date order, including those that fall at a weekend.
pub fn holidays(year: i32) -> Result<impl Iterator<Item = Day>, CalendarError> {
    let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(if year < FIRST_YEAR {
        NaiveDate::MIN
    } else {
        NaiveDate::MAX
    });
    let last = NaiveDate::from_ymd_opt(year, 12, 31).unwrap_or(first);
    Ok(days(first, last)?.filter(|d| d.kind == DayKind::Holiday))
}

/// The first working day strictly after `date`.
pub fn next_working_day(date: NaiveDate) -> Result<NaiveDate, CalendarError> {
    index(date)?;
    working_day_on_or_after(date + Days::new(1))
}

/// The n-th working day after `date` (`date` itself not counted; n = 0 gives `date`). One pass over the table: the
/// counting rules' inner loop.
pub fn nth_working_day_after(date: NaiveDate, n: u32) -> Result<NaiveDate, CalendarError> {
    let start = index(date)?;
    if n == 0 {
        return Ok(date);
    }
    let mut left = n;
    for (i, (kind, _)) in table().days.iter().enumerate().skip(start + 1) {
        if kind.is_working() {
            left -= 1;
            if left == 0 {
                return Ok(date_at(i));
            }
        }
    }
    Err(CalendarError::OutOfCoverage {
        date: LAST_DAY + Days::new(1),
    })
}

/// `date` itself if it is a working day, else the first working day after it: the day a term that ends on `date`
/// really ends, or the day a package handed in on `date` is taken.
pub fn working_day_on_or_after(date: NaiveDate) -> Result<NaiveDate, CalendarError> {
    let start = index(date)?;
    table().days[start..]
        .iter()
        .position(|(kind, _)| kind.is_working())
        .map(|n| date_at(start + n))
        .ok_or(CalendarError::OutOfCoverage {
            date: LAST_DAY + Days::new(1),
        })
}

/// `date` itself if it is a working day, else the last working day before it: the last day an office takes a
/// package that is due "no later than" `date`.
pub fn working_day_on_or_before(date: NaiveDate) -> Result<NaiveDate, CalendarError> {
    let end = index(date)?;
    table().days[..=end]
        .iter()
        .rposition(|(kind, _)| kind.is_working())
        .map(date_at)
        .ok_or(CalendarError::OutOfCoverage {
            date: FIRST_DAY - Days::new(1),
        })
}

/// A weekday off given for a holiday that fell on a Saturday or Sunday ([`WEEKEND_RULE`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekendMove {
    /// The holiday, a Saturday or Sunday.
    pub holiday: NaiveDate,
    /// The weekday off given for it.
    pub day_off: NaiveDate,
    pub name: HolidayName,
}

/// Every day off moved from a weekend holiday, 2013–2027, in the order of the holidays, as the law gives them before
/// any decree. A decree can still make one of them a working day (Monday 11 May 2020): ask [`day`] what a date is.
pub fn weekend_moves() -> &'static [WeekendMove] {
    &table().moves
}

/// Why a day is what it is: an index into the data tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Why {
    Plain,
    Holiday(u8),
    MovedFrom(u8),
    Decree(u8),
}

struct Table {
    days: Vec<(DayKind, Why)>,
    moves: Vec<WeekendMove>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(build)
}

/// The index in the table of each year's 1 January.
const YEAR_START: [usize; (LAST_YEAR - FIRST_YEAR + 1) as usize] = {
    let mut starts = [0; (LAST_YEAR - FIRST_YEAR + 1) as usize];
    let mut i = 1;
    while i < starts.len() {
        let year = FIRST_YEAR + i as i32 - 1;
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        starts[i] = starts[i - 1] + if leap { 366 } else { 365 };
        i += 1;
    }
    starts
};

/// The date's place in the table: its year's start plus its day of the year (cheap: no division).
fn index(date: NaiveDate) -> Result<usize, CalendarError> {
    usize::try_from(date.year() - FIRST_YEAR)
        .ok()
        .and_then(|y| YEAR_START.get(y))
        .map(|start| start + date.ordinal0() as usize)
        .ok_or(CalendarError::OutOfCoverage { date })
}

fn date_at(i: usize) -> NaiveDate {
    FIRST_DAY + Days::new(i as u64)
}

fn is_weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

fn build() -> Table {
    let len = (LAST_DAY - FIRST_DAY).num_days() as usize + 1;
    let mut days: Vec<(DayKind, Why)> = (0..len)
        .map(|i| {
            let kind = if is_weekend(date_at(i)) {
                DayKind::Weekend
            } else {
                DayKind::Workday
            };
            (kind, Why::Plain)
        })
        .collect();
    // Not `expect`: it would format the error with `Debug`, which brings that machinery into the wasm.
    let at = |date: NaiveDate| match index(date) {
        Ok(i) => i,
        Err(_) => unreachable!("the calendar's data lies in its coverage"),
    };

    // The holidays. Should two fall on one date (none do: tested), the first entry of HOLIDAYS names it.
    let mut at_weekend = Vec::new();
    for year in FIRST_YEAR..=LAST_YEAR {
        for (h, holiday) in HOLIDAYS.iter().enumerate() {
            let Some(date) = holiday.date_in(year) else {
                continue;
            };
            let slot = &mut days[at(date)];
            if slot.0 != DayKind::Holiday {
                *slot = (DayKind::Holiday, Why::Holiday(h as u8));
                if holiday.moves_off_weekend && is_weekend(date) {
                    at_weekend.push((date, h));
                }
            }
        }
    }

    // Each holiday at a weekend, in date order, gives the next weekday that is not yet off.
    // Into date order by insertion (a few dozen entries; a library sort would add kilobytes to the bundle).
    for i in 1..at_weekend.len() {
        let mut j = i;
        while j > 0 && at_weekend[j - 1] > at_weekend[j] {
            at_weekend.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut moves = Vec::with_capacity(at_weekend.len());
    for (holiday, h) in at_weekend {
        let next = (at(holiday) + 1..len).find(|&i| days[i].0 == DayKind::Workday);
        if let Some(i) = next {
            days[i] = (DayKind::HolidayMovedFromWeekend, Why::MovedFrom(h as u8));
            moves.push(WeekendMove {
                holiday,
                day_off: date_at(i),
                name: HOLIDAYS[h].name,
            });
        }
    }

    // The decrees override everything else.
    for (t, transfer) in TRANSFERS.iter().enumerate() {
        days[at(transfer.day_off)] = (DayKind::DecreeDayOff, Why::Decree(t as u8));
        days[at(transfer.working_day)] = (DayKind::DecreeWorkingWeekend, Why::Decree(t as u8));
    }
    Table { days, moves }
}

fn describe(date: NaiveDate, (kind, why): (DayKind, Why)) -> Day {
    let mut estimated = date.year() > LAST_VERIFIED_YEAR;
    let (name, citation) = match why {
        Why::Plain => (None, None),
        Why::Holiday(h) => {
            let holiday = &HOLIDAYS[h as usize];
            // A Kurban Ait day cites its date, whose grade falls to C while the date is an estimate.
            let mut citation = holiday.citation;
            let kurban = (holiday.feast == Feast::KurbanAit).then(|| kurban_ait(date.year()));
            if let Some(k) = kurban.flatten() {
                estimated |= k.estimated;
                citation = k.citation;
            }
            (Some(holiday.name), Some(citation))
        }
        Why::MovedFrom(h) => (Some(HOLIDAYS[h as usize].name), Some(WEEKEND_RULE.citation)),
        Why::Decree(t) => (None, Some(TRANSFERS[t as usize].citation)),
    };
    Day {
        date,
        kind,
        name,
        estimated,
        citation,
    }
}
