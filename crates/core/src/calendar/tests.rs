//! Checks of the data itself: each fails on a mistake in the tables, whatever the lookup does.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, Weekday};

use super::*;
use crate::evidence::{Grade, Locator, Part, Place};
use crate::lang::Lang;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn weekend(date: NaiveDate) -> bool {
    matches!(date.weekday(), Weekday::Sat | Weekday::Sun)
}

/// Every holiday date of the coverage, from the data alone.
fn holiday_dates() -> BTreeMap<NaiveDate, &'static Holiday> {
    let mut all = BTreeMap::new();
    for year in FIRST_YEAR..=LAST_YEAR {
        for h in &HOLIDAYS {
            if let Some(date) = h.date_in(year) {
                assert!(all.insert(date, h).is_none(), "two holidays on {date}");
            }
        }
    }
    all
}

/// The days off moved from weekend holidays, as the law gives them (before decrees).
fn moved_days_off() -> BTreeSet<NaiveDate> {
    weekend_moves().iter().map(|m| m.day_off).collect()
}

#[test]
fn no_two_holidays_share_a_date() {
    // `holiday_dates` fails on a date given twice; every covered year has at least its 14 fixed holidays.
    let all = holiday_dates();
    for year in FIRST_YEAR..=LAST_YEAR {
        assert!(
            all.keys().filter(|d| d.year() == year).count() >= 14,
            "{year}"
        );
    }
}

#[test]
fn every_holiday_is_cited() {
    // Its name's words are the wording's (`ruqsat_wording::rules::calendar` and its tests).
    for h in &HOLIDAYS {
        assert!(h.citation.blank_in().is_empty(), "{h:?}");
        assert!(!h.citation.locator.is_whole(), "{h:?}");
        assert_eq!(h.citation.grade, Grade::O, "{h:?}");
        for lang in Lang::ALL {
            assert!(
                h.citation.source_text(lang).contains("№ 267-II") || lang == Lang::En,
                "{h:?}"
            );
        }
        assert!(
            h.citation.source_text(Lang::En).contains("No. 267-II"),
            "{h:?}"
        );
    }
}

#[test]
fn validity_ranges_are_well_formed() {
    for h in &HOLIDAYS {
        // The law is of December 2001; nothing may outlast the calendar.
        assert!(2002 <= h.first_year, "{h:?}");
        assert!(h.first_year <= h.last_year, "{h:?}");
        assert!(h.last_year <= LAST_YEAR, "{h:?}");
        assert!(
            h.last_year >= FIRST_YEAR,
            "{h:?} never applies in the calendar"
        );
        if let Feast::Fixed { month, day } = h.feast {
            for year in h.first_year..=h.last_year {
                assert!(
                    NaiveDate::from_ymd_opt(year, month, day).is_some(),
                    "{h:?} in {year}"
                );
            }
        }
    }
}

#[test]
fn only_christmas_and_kurban_ait_never_move() {
    let fixed: Vec<_> = HOLIDAYS
        .iter()
        .filter(|h| !h.moves_off_weekend)
        .map(|h| h.feast)
        .collect();
    assert_eq!(fixed, [Feast::Fixed { month: 1, day: 7 }, Feast::KurbanAit]);
    assert_eq!(
        HOLIDAYS
            .iter()
            .filter(|h| h.feast == Feast::KurbanAit)
            .count(),
        1
    );
}

#[test]
fn kurban_ait_is_listed_for_every_year_with_2026_and_2027_estimated() {
    let years: Vec<i32> = KURBAN_AIT.iter().map(|k| k.date.year()).collect();
    assert_eq!(years, (FIRST_YEAR..=LAST_YEAR).collect::<Vec<_>>());
    for k in &KURBAN_AIT {
        let year = k.date.year();
        assert_eq!(kurban_ait(year), Some(k));
        assert_eq!(k.estimated, year > LAST_VERIFIED_YEAR, "{k:?}");
        let grade = if k.estimated { Grade::U } else { Grade::O };
        assert_eq!(k.citation.grade, grade, "{k:?}");
        assert!(k.citation.blank_in().is_empty());
    }
    assert_eq!(kurban_ait(2026).map(|k| k.date), Some(d(2026, 5, 27)));
    assert_eq!(kurban_ait(2012), None);
    assert_eq!(kurban_ait(2028), None);
    assert_eq!(kurban_ait(i32::MIN), None);
}

#[test]
fn decrees_move_a_working_weekday_off_and_make_a_day_off_working() {
    let holidays = holiday_dates();
    let moved = moved_days_off();
    for t in &TRANSFERS {
        // The day off is an ordinary working weekday under the law alone.
        assert!(!weekend(t.day_off), "{t:?}: day off at a weekend");
        assert!(
            !holidays.contains_key(&t.day_off),
            "{t:?}: day off is a holiday"
        );
        assert!(
            !moved.contains(&t.day_off),
            "{t:?}: day off is already a moved day off"
        );
        // The working day is a day off under the law alone, never a holiday: a weekend day, or (once) a day off
        // moved from a weekend holiday.
        assert!(
            !holidays.contains_key(&t.working_day),
            "{t:?}: working day is a holiday"
        );
        if !weekend(t.working_day) {
            assert_eq!(
                t.working_day,
                d(2020, 5, 11),
                "{t:?}: working day is not a day off"
            );
            assert!(moved.contains(&t.working_day));
        }
    }
}

#[test]
fn the_only_moved_day_off_a_decree_makes_working_is_11_may_2020() {
    // 9 May 2020 (Victory Day) is a Saturday: the law moves the day off to Monday 11 May; decree P1900000820 moves it
    // on to Friday 8 May. Any other overlap would be an error in the data.
    assert_eq!(d(2020, 5, 9).weekday(), Weekday::Sat);
    assert_eq!(d(2020, 5, 11).weekday(), Weekday::Mon);
    let worked: Vec<_> = TRANSFERS
        .iter()
        .map(|t| t.working_day)
        .filter(|w| moved_days_off().contains(w))
        .collect();
    assert_eq!(worked, [d(2020, 5, 11)]);
    let mv = weekend_moves()
        .iter()
        .find(|m| m.day_off == d(2020, 5, 11))
        .unwrap();
    assert_eq!(mv.holiday, d(2020, 5, 9));
    assert_eq!(
        day(d(2020, 5, 11)).unwrap().kind,
        DayKind::DecreeWorkingWeekend
    );
}

#[test]
fn no_two_decrees_touch_the_same_date() {
    let mut seen = BTreeSet::new();
    for t in &TRANSFERS {
        assert!(seen.insert(t.day_off), "{t:?}");
        assert!(seen.insert(t.working_day), "{t:?}");
    }
    assert_eq!(seen.len(), 2 * TRANSFERS.len());
}

#[test]
fn decrees_lie_in_the_verified_years() {
    for t in &TRANSFERS {
        assert!((FIRST_YEAR..=LAST_VERIFIED_YEAR).contains(&t.year), "{t:?}");
        assert_eq!(t.day_off.year(), t.year, "{t:?}");
        // Only the decree for 2014 reaches back into the year before: Saturday 28 Dec 2013.
        if t.working_day.year() != t.year {
            assert_eq!((t.year, t.working_day), (2014, d(2013, 12, 28)), "{t:?}");
        }
        assert!(covers(t.working_day) && t.working_day.year() <= LAST_VERIFIED_YEAR);
    }
    assert!(
        TRANSFERS.windows(2).all(|w| w[0].day_off < w[1].day_off),
        "in date order"
    );
    assert!(!TRANSFERS.iter().any(|t| t.year == 2015), "2015: none");
}

#[test]
fn decrees_are_cited_by_their_adilet_id() {
    for t in &TRANSFERS {
        assert_eq!(
            t.citation.source_text(Lang::En),
            format!("Government decree {}", t.decree)
        );
        assert_eq!(
            t.citation.source_text(Lang::Ru),
            format!("постановление Правительства {}", t.decree)
        );
        assert_eq!(
            t.citation.source_text(Lang::Kk),
            format!("Үкімет қаулысы {}", t.decree)
        );
        assert_eq!(t.citation.grade, Grade::O);
        assert_eq!(t.decree.len(), 11, "{t:?}");
        assert!(
            t.decree.starts_with('P') || t.decree.starts_with('G'),
            "{t:?}"
        );
    }
}

#[test]
fn rules_are_cited() {
    // Their words are the wording's (`ruqsat_wording::rules::calendar` and its tests).
    let rules = [WEEKEND_RULE, TRANSFER_RULE, UNVERIFIED_YEARS];
    assert_eq!(
        rules.map(|r| r.key),
        [
            CalendarRule::HolidayOnAWeekend,
            CalendarRule::DaysOffMovedByDecree,
            CalendarRule::UnverifiedYears
        ]
    );
    for rule in rules {
        assert!(rule.citation.blank_in().is_empty());
    }
    assert_eq!(
        WEEKEND_RULE.citation.source_text(Lang::En),
        "Labour Code of RK"
    );
    assert_eq!(
        WEEKEND_RULE.citation.source_text(Lang::Ru),
        "Трудовой кодекс РК"
    );
    assert_eq!(
        WEEKEND_RULE.citation.locator,
        Locator::at(Place::Part(Part::HolidaysOnADayOff))
    );
    assert_eq!(WEEKEND_RULE.citation.grade, Grade::O);
    assert_eq!(UNVERIFIED_YEARS.citation.grade, Grade::U);
}

#[test]
fn every_weekend_holiday_that_moves_gives_exactly_one_later_weekday() {
    let holidays = holiday_dates();
    let at_weekend: Vec<_> = holidays
        .iter()
        .filter(|(date, h)| h.moves_off_weekend && weekend(**date))
        .map(|(date, _)| *date)
        .collect();
    let moves = weekend_moves();
    assert_eq!(
        moves.iter().map(|m| m.holiday).collect::<Vec<_>>(),
        at_weekend
    );
    for m in moves {
        assert!(
            m.day_off > m.holiday && !weekend(m.day_off) && !holidays.contains_key(&m.day_off),
            "{m:?}"
        );
        // The next weekday not yet off: every weekday between is a holiday or an earlier moved day off.
        assert!((m.day_off - m.holiday).num_days() <= 7, "{m:?}");
        let between = m.holiday.iter_days().skip(1).take_while(|x| *x < m.day_off);
        for x in between.filter(|x| !weekend(*x)) {
            let earlier = moves
                .iter()
                .any(|o| o.day_off == x && o.holiday < m.holiday);
            assert!(holidays.contains_key(&x) || earlier, "{m:?}: {x} was free");
        }
        assert_eq!(m.name, holidays[&m.holiday].name);
    }
    assert_eq!(
        moved_days_off().len(),
        moves.len(),
        "two holidays moved to one day"
    );
}

#[test]
fn the_table_covers_every_day_once() {
    let t = table();
    assert_eq!(t.days.len(), (LAST_DAY - FIRST_DAY).num_days() as usize + 1);
    assert_eq!(date_at(t.days.len() - 1), LAST_DAY);
    for (i, date) in FIRST_DAY
        .iter_days()
        .take_while(|x| *x <= LAST_DAY)
        .enumerate()
    {
        assert_eq!(index(date), Ok(i), "{date}");
        assert_eq!(date_at(i), date);
    }
    assert!(index(d(2012, 12, 31)).is_err() && index(d(2028, 1, 1)).is_err());
}

#[test]
fn the_days_of_a_kind_carry_what_explains_them() {
    for day in days(FIRST_DAY, LAST_DAY).unwrap() {
        match day.kind {
            DayKind::Workday | DayKind::Weekend => {
                assert!(day.name.is_none() && day.citation.is_none())
            }
            DayKind::Holiday | DayKind::HolidayMovedFromWeekend => {
                assert!(day.name.is_some() && day.citation.is_some(), "{day:?}")
            }
            DayKind::DecreeDayOff | DayKind::DecreeWorkingWeekend => {
                assert!(
                    day.citation
                        .unwrap()
                        .source_text(Lang::En)
                        .starts_with("Government decree "),
                    "{day:?}"
                )
            }
        }
        assert_eq!(
            day.estimated,
            day.date.year() > LAST_VERIFIED_YEAR,
            "{day:?}"
        );
    }
}

/// The timeline tells a day off a decree moved by what it has and lacks (`ui::pages::timeline::days_off`): among the
/// days off of the whole coverage, it alone has a source and no name. Weekends have neither; holidays and the days
/// off moved from them have both. Mon 20 Mar 2017 (decree P1700000005) is one.
#[test]
fn a_day_off_moved_by_decree_is_the_one_with_a_source_and_no_name() {
    let mut date = d(FIRST_YEAR, 1, 1);
    let mut decree_days = 0;
    while date <= d(LAST_YEAR, 12, 31) {
        let day = day(date).unwrap();
        if !day.working() {
            let by_decree = day.kind == DayKind::DecreeDayOff;
            assert_eq!(
                by_decree,
                day.citation.is_some() && day.name.is_none(),
                "{date}: {day:?}"
            );
            decree_days += usize::from(by_decree);
        }
        date = date.succ_opt().unwrap();
    }
    assert!(decree_days >= 10, "{decree_days}");
    assert_eq!(day(d(2017, 3, 20)).unwrap().kind, DayKind::DecreeDayOff);
}
