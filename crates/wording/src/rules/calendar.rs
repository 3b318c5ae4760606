//! The words of the calendar's data (`ruqsat_core::calendar`): the public holidays' names and the rules of the
//! calendar, each with its name and its text.

use ruqsat_core::calendar::{CalendarRule, HolidayName};
use ruqsat_core::lang::Localized;
use ruqsat_core::localized;

/// A public holiday's name.
pub const fn holiday_name(name: HolidayName) -> Localized {
    match name {
        HolidayName::NewYear => localized! {
            kk: "Жаңа жыл",
            ru: "Новый год",
            en: "New Year",
        },
        HolidayName::OrthodoxChristmas => localized! {
            kk: "Православиелік Рождество",
            ru: "Православное Рождество",
            en: "Orthodox Christmas",
        },
        HolidayName::WomensDay => localized! {
            kk: "Халықаралық әйелдер күні",
            ru: "Международный женский день",
            en: "International Women's Day",
        },
        HolidayName::Nauryz => localized! {
            kk: "Наурыз мейрамы",
            ru: "Наурыз мейрамы",
            en: "Nauryz",
        },
        HolidayName::UnityDay => localized! {
            kk: "Қазақстан халқының бірлігі мерекесі",
            ru: "Праздник единства народа Казахстана",
            en: "Kazakhstan People's Unity Day",
        },
        HolidayName::DefenderOfTheFatherlandDay => localized! {
            kk: "Отан қорғаушы күні",
            ru: "День защитника Отечества",
            en: "Defender of the Fatherland Day",
        },
        HolidayName::VictoryDay => localized! {
            kk: "Жеңіс күні",
            ru: "День Победы",
            en: "Victory Day",
        },
        HolidayName::CapitalDay => localized! {
            kk: "Елорда күні",
            ru: "День Столицы",
            en: "Capital Day",
        },
        HolidayName::ConstitutionDay => localized! {
            kk: "Қазақстан Республикасының Конституциясы күні",
            ru: "День Конституции Республики Казахстан",
            en: "Constitution Day",
        },
        HolidayName::RepublicDay => localized! {
            kk: "Республика күні",
            ru: "День Республики",
            en: "Republic Day",
        },
        HolidayName::FirstPresidentsDay => localized! {
            kk: "Қазақстан Республикасының Тұңғыш Президенті күні",
            ru: "День Первого Президента Республики Казахстан",
            en: "First President's Day",
        },
        HolidayName::IndependenceDay => localized! {
            kk: "Тәуелсіздік күні",
            ru: "День Независимости",
            en: "Independence Day",
        },
        HolidayName::KurbanAit => localized! {
            kk: "Құрбан айт",
            ru: "Курбан айт",
            en: "Kurban Ait",
        },
    }
}

/// A rule of the calendar's name.
pub const fn rule_name(rule: CalendarRule) -> Localized {
    match rule {
        CalendarRule::HolidayOnAWeekend => localized! {
            kk: "Демалыс күніне сәйкес келген мереке",
            ru: "Праздник, совпавший с выходным днём",
            en: "A holiday on a Saturday or Sunday",
        },
        CalendarRule::DaysOffMovedByDecree => localized! {
            kk: "Демалыс күндерін ауыстыру",
            ru: "Перенос выходных дней",
            en: "Days off moved by decree",
        },
        CalendarRule::UnverifiedYears => localized! {
            kk: "2026 жылдан бастап күндер болжамды",
            ru: "Даты с 2026 года — оценка",
            en: "Dates from 2026 on are estimates",
        },
    }
}

/// A rule of the calendar, in words the interface can quote.
pub const fn rule_text(rule: CalendarRule) -> Localized {
    match rule {
        CalendarRule::HolidayOnAWeekend => localized! {
            kk: "Мереке сенбіге немесе жексенбіге сәйкес келсе, демалыс келесі жұмыс күніне ауыстырылады. Көп күндік мерекенің демалыс күніне түскен әрбір күні үшін бір демалыс күні беріледі — әлі демалыс болып белгіленбеген ең жақын жұмыс күніне. Православиелік Рождество мен Құрбан айттың бірінші күні ауыстырылмайды.",
            ru: "Если праздник приходится на субботу или воскресенье, выходной переносится на следующий рабочий день. За каждый такой день многодневного праздника предоставляется один выходной — в ближайший будний день, который ещё не является выходным. Православное Рождество и первый день Курбан айта не переносятся.",
            en: "When a holiday falls on a Saturday or Sunday, the day off moves to the next working day. Each such day of a holiday of several days gives one day off, on the next weekdays that are not already off. Orthodox Christmas and the first day of Kurban Ait never move.",
        },
        CalendarRule::DaysOffMovedByDecree => localized! {
            kk: "Үкімет жыл сайын қаулымен кейбір демалыс күндерін ауыстырады: аталған жұмыс күні демалыс болады, ал демалысы ауыстырылған күн (әдетте сенбі немесе жексенбі) жұмыс күні болады.",
            ru: "Ежегодно постановлением Правительства переносятся некоторые выходные дни: названный будний день становится выходным, а день, с которого перенесён отдых (обычно суббота или воскресенье), — рабочим.",
            en: "Each year a Government decree moves some days off: the weekday it names becomes a day off, and the day the rest is taken from (usually a Saturday or Sunday) becomes a working day.",
        },
        CalendarRule::UnverifiedYears => localized! {
            kk: "2026 жыл мен одан кейінгі жылдарға демалыс күндерін ауыстыру туралы Үкімет қаулысы белгісіз. 2026 жылдан бастап күндер ешбір ауыстыру қаулысынсыз, тек мерекелер туралы заң мен демалыс күніне түскен мереке ережесі бойынша есептеледі; 2026 және 2027 жылдардағы Құрбан айт күндері жарияланғанға дейін болжамды.",
            ru: "Постановления Правительства о переносе выходных дней на 2026 год и позже неизвестны. Даты с 2026 года рассчитаны без какого-либо постановления о переносе, только по закону о праздниках и правилу о совпадении праздника с выходным; даты Курбан айта в 2026 и 2027 годах — оценка до их объявления.",
            en: "No Government decree moving days off is known for 2026 or later. Dates from 2026 on are computed without any transfer decree, from the holiday law and the weekend rule alone; the Kurban Ait dates of 2026 and 2027 are estimates until announced.",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use ruqsat_core::calendar::{self, day, holidays, HOLIDAYS, LAST_VERIFIED_YEAR};
    use ruqsat_core::lang::Lang;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn name_on(date: NaiveDate) -> Localized {
        holiday_name(day(date).unwrap().name.unwrap())
    }

    /// Moved from the core with the words (`every_holiday_is_cited_and_named_in_three_languages`,
    /// `rules_are_cited_and_worded_in_three_languages`).
    #[test]
    fn every_name_and_rule_is_worded_in_three_languages() {
        for &n in HolidayName::ALL {
            assert!(holiday_name(n).blank_in().is_empty(), "{n:?}");
        }
        for h in &HOLIDAYS {
            assert!(holiday_name(h.name).blank_in().is_empty(), "{h:?}");
        }
        for &r in CalendarRule::ALL {
            assert!(
                rule_name(r).blank_in().is_empty() && rule_text(r).blank_in().is_empty(),
                "{r:?}"
            );
        }
        let unverified = rule_text(calendar::UNVERIFIED_YEARS.key);
        assert!(
            unverified.en.contains("2026") && unverified.en.contains("without any transfer decree")
        );
        assert!(unverified
            .en
            .contains("computed without any transfer decree"));
    }

    /// Moved from the core's calendar tests: the names of the days they check.
    #[test]
    fn holiday_names_in_three_languages() {
        let nauryz = name_on(d(2024, 3, 22));
        assert_eq!(
            (nauryz.kk, nauryz.ru, nauryz.en),
            ("Наурыз мейрамы", "Наурыз мейрамы", "Nauryz")
        );
        let independence = name_on(d(2024, 12, 16));
        assert_eq!(
            (independence.kk, independence.ru, independence.en),
            ("Тәуелсіздік күні", "День Независимости", "Independence Day")
        );
        for (date, en) in [
            (d(2017, 3, 21), "Nauryz"),
            (d(2017, 12, 1), "First President's Day"),
            (d(2017, 12, 18), "Independence Day"),
            (d(2022, 1, 7), "Orthodox Christmas"),
            (d(2017, 9, 1), "Kurban Ait"),
            (d(2027, 3, 15), "Constitution Day"),
            (d(2022, 10, 25), "Republic Day"),
        ] {
            assert_eq!(name_on(date).en, en, "{date}");
        }
        assert!(!holidays(2026).unwrap().any(|x| x
            .name
            .is_some_and(|n| holiday_name(n).en == "Constitution Day")));
    }

    /// Moved from the core: the rule on estimated years names the first year after the last verified one, as the
    /// data set it.
    #[test]
    fn the_unverified_years_rule_says_the_first_unverified_year() {
        let first = (LAST_VERIFIED_YEAR + 1).to_string();
        for lang in Lang::ALL {
            assert!(
                rule_name(calendar::UNVERIFIED_YEARS.key)
                    .get(lang)
                    .contains(&first),
                "{lang:?}"
            );
            assert!(
                rule_text(calendar::UNVERIFIED_YEARS.key)
                    .get(lang)
                    .contains(&first),
                "{lang:?}"
            );
        }
    }
}
