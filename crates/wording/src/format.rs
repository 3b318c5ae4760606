//! Dates and counted nouns in each language.

use chrono::{Datelike, NaiveDate};

use ruqsat_core::lang::{Lang, Localized};

const MONTHS_KK: [&str; 12] = [
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
];
/// Kazakh month names with the attributive locative suffix, as a date before a noun needs them ("1 шілдедегі").
pub(crate) const MONTHS_KK_ATTR: [&str; 12] = [
    "қаңтардағы",
    "ақпандағы",
    "наурыздағы",
    "сәуірдегі",
    "мамырдағы",
    "маусымдағы",
    "шілдедегі",
    "тамыздағы",
    "қыркүйектегі",
    "қазандағы",
    "қарашадағы",
    "желтоқсандағы",
];
/// Russian month names in the genitive, as a date needs them ("1 июля").
pub(crate) const MONTHS_RU: [&str; 12] = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
];
pub(crate) const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

const WEEKDAYS_KK: [&str; 7] = [
    "дүйсенбі",
    "сейсенбі",
    "сәрсенбі",
    "бейсенбі",
    "жұма",
    "сенбі",
    "жексенбі",
];
const WEEKDAYS_RU: [&str; 7] = [
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
];
/// After "не ранее" the weekday is in the genitive: "не ранее пятницы, 15 августа 2014 г.".
const WEEKDAYS_RU_GENITIVE: [&str; 7] = [
    "понедельника",
    "вторника",
    "среды",
    "четверга",
    "пятницы",
    "субботы",
    "воскресенья",
];
const WEEKDAYS_EN: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The weekday's name.
pub fn weekday(date: NaiveDate, lang: Lang) -> &'static str {
    let lang = ruqsat_core::lang::ONLY_LANG.unwrap_or(lang);
    let i = date.weekday().num_days_from_monday() as usize;
    match lang {
        Lang::Kk => WEEKDAYS_KK[i],
        Lang::Ru => WEEKDAYS_RU[i],
        Lang::En => WEEKDAYS_EN[i],
    }
}

/// A date with its weekday after "not before": as [`format_date_weekday`], but Russian puts the weekday in the
/// genitive ("не ранее пятницы, 15 августа 2014 г.").
pub fn format_date_weekday_after_not_before(date: NaiveDate, lang: Lang) -> String {
    if ruqsat_core::lang::ONLY_LANG.unwrap_or(lang) == Lang::Ru {
        let i = date.weekday().num_days_from_monday() as usize;
        format!("{}, {}", WEEKDAYS_RU_GENITIVE[i], format_date(date, lang))
    } else {
        format_date_weekday(date, lang)
    }
}

/// A date with its weekday: "Monday 4 September 2017", "понедельник, 4 сентября 2017 г.", "2017 жылғы 4 қыркүйек, дүйсенбі".
pub fn format_date_weekday(date: NaiveDate, lang: Lang) -> String {
    let lang = ruqsat_core::lang::ONLY_LANG.unwrap_or(lang);
    match lang {
        Lang::Kk => format!("{}, {}", format_date(date, lang), weekday(date, lang)),
        Lang::Ru => format!("{}, {}", weekday(date, lang), format_date(date, lang)),
        Lang::En => format!("{} {}", weekday(date, lang), format_date(date, lang)),
    }
}

/// A date the way each language writes it in running text:
/// kk "2014 жылғы 1 шілде", ru "1 июля 2014 г.", en "1 July 2014".
pub fn format_date(date: NaiveDate, lang: Lang) -> String {
    let lang = ruqsat_core::lang::ONLY_LANG.unwrap_or(lang);
    let m = date.month0() as usize;
    match lang {
        Lang::Kk => format!("{} жылғы {} {}", date.year(), date.day(), MONTHS_KK[m]),
        Lang::Ru => format!("{} {} {} г.", date.day(), MONTHS_RU[m], date.year()),
        Lang::En => format!("{} {} {}", date.day(), MONTHS_EN[m], date.year()),
    }
}

/// An act's title the way each language writes it: kk "Батыс Қазақстан облысы әкімдігінің 2014 жылғы 1 шілдедегі
/// № 176 қаулысы", ru "Постановление акимата … от 1 июля 2014 г. № 176", en "Resolution of the … akimat No. 176 of
/// 1 July 2014".
pub fn act_title(issuer: &Localized, number: &str, date: NaiveDate, lang: Lang) -> String {
    let lang = ruqsat_core::lang::ONLY_LANG.unwrap_or(lang);
    match lang {
        Lang::Kk => format!(
            "{} {} жылғы {} {} № {number} қаулысы",
            issuer.get(lang),
            date.year(),
            date.day(),
            MONTHS_KK_ATTR[date.month0() as usize]
        ),
        Lang::Ru => format!(
            "{} от {} № {number}",
            issuer.get(lang),
            format_date(date, lang)
        ),
        Lang::En => format!(
            "{} No. {number} of {}",
            issuer.get(lang),
            format_date(date, lang)
        ),
    }
}

/// "Repealed by resolution No. N of DATE" in each language.
pub fn repealed_by(number: &str, date: NaiveDate, lang: Lang) -> String {
    let lang = ruqsat_core::lang::ONLY_LANG.unwrap_or(lang);
    match lang {
        Lang::Kk => format!(
            "{} жылғы {} {} № {number} қаулымен күші жойылды",
            date.year(),
            date.day(),
            MONTHS_KK_ATTR[date.month0() as usize]
        ),
        Lang::Ru => format!("постановлением № {number} от {}", format_date(date, lang)),
        Lang::En => format!("by resolution No. {number} of {}", format_date(date, lang)),
    }
}

/// Which Russian plural form a count takes: 1 день, 2 дня, 5 дней, 11 дней, 21 день, 22 дня.
pub(crate) fn russian_form(n: u64) -> usize {
    let (tens, ones) = (n % 100, n % 10);
    if ones == 1 && tens != 11 {
        0
    } else if (2..=4).contains(&ones) && !(12..=14).contains(&tens) {
        1
    } else {
        2
    }
}

/// "N days" with the noun in the form the number needs. Kazakh nouns do not change after a numeral.
pub fn plural_days(n: u64, lang: Lang) -> String {
    let lang = ruqsat_core::lang::ONLY_LANG.unwrap_or(lang);
    match lang {
        Lang::Kk => format!("{n} күн"),
        Lang::Ru => format!("{n} {}", ["день", "дня", "дней"][russian_form(n)]),
        Lang::En if n == 1 => "1 day".to_string(),
        Lang::En => format!("{n} days"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_read_as_each_language_writes_them() {
        assert_eq!(format_date(d(2014, 7, 1), Lang::Kk), "2014 жылғы 1 шілде");
        assert_eq!(format_date(d(2014, 7, 1), Lang::Ru), "1 июля 2014 г.");
        assert_eq!(format_date(d(2014, 7, 1), Lang::En), "1 July 2014");
        assert_eq!(format_date(d(2017, 12, 16), Lang::Ru), "16 декабря 2017 г.");
        assert_eq!(
            format_date(d(2017, 1, 31), Lang::Kk),
            "2017 жылғы 31 қаңтар"
        );
    }

    #[test]
    fn act_titles_follow_each_languages_word_order() {
        let issuer = ruqsat_core::localized! {
            kk: "Батыс Қазақстан облысы әкімдігінің",
            ru: "Постановление акимата Западно-Казахстанской области",
            en: "Resolution of the West Kazakhstan oblast akimat",
        };
        let date = d(2014, 7, 1);
        assert_eq!(
            act_title(&issuer, "176", date, Lang::Kk),
            "Батыс Қазақстан облысы әкімдігінің 2014 жылғы 1 шілдедегі № 176 қаулысы"
        );
        assert_eq!(
            act_title(&issuer, "176", date, Lang::Ru),
            "Постановление акимата Западно-Казахстанской области от 1 июля 2014 г. № 176"
        );
        assert_eq!(
            act_title(&issuer, "176", date, Lang::En),
            "Resolution of the West Kazakhstan oblast akimat No. 176 of 1 July 2014"
        );
        assert_eq!(
            repealed_by("222", d(2015, 8, 18), Lang::Kk),
            "2015 жылғы 18 тамыздағы № 222 қаулымен күші жойылды"
        );
        assert_eq!(
            repealed_by("73", d(2021, 3, 19), Lang::Ru),
            "постановлением № 73 от 19 марта 2021 г."
        );
    }

    #[test]
    fn after_not_before_a_russian_weekday_is_in_the_genitive() {
        let friday = NaiveDate::from_ymd_opt(2014, 8, 15).unwrap();
        assert_eq!(
            format_date_weekday_after_not_before(friday, Lang::Ru),
            "пятницы, 15 августа 2014 г."
        );
        assert_eq!(
            format_date_weekday_after_not_before(friday, Lang::En),
            "Friday 15 August 2014"
        );
    }

    #[test]
    fn weekdays_are_named_in_each_language() {
        assert_eq!(
            format_date_weekday(d(2017, 9, 4), Lang::En),
            "Monday 4 September 2017"
        );
        assert_eq!(
            format_date_weekday(d(2017, 9, 4), Lang::Ru),
            "понедельник, 4 сентября 2017 г."
        );
        assert_eq!(
            format_date_weekday(d(2017, 9, 4), Lang::Kk),
            "2017 жылғы 4 қыркүйек, дүйсенбі"
        );
    }

    #[test]
    fn russian_plurals_follow_the_last_two_digits() {
        let ru = |n| plural_days(n, Lang::Ru);
        assert_eq!(ru(1), "1 день");
        assert_eq!(ru(2), "2 дня");
        assert_eq!(ru(4), "4 дня");
        assert_eq!(ru(5), "5 дней");
        assert_eq!(ru(11), "11 дней");
        assert_eq!(ru(12), "12 дней");
        assert_eq!(ru(14), "14 дней");
        assert_eq!(ru(21), "21 день");
        assert_eq!(ru(22), "22 дня");
        assert_eq!(ru(41), "41 день");
        assert_eq!(ru(111), "111 дней");
        assert_eq!(ru(0), "0 дней");
    }

    #[test]
    fn english_and_kazakh_counts() {
        assert_eq!(plural_days(1, Lang::En), "1 day");
        assert_eq!(plural_days(20, Lang::En), "20 days");
        assert_eq!(plural_days(20, Lang::Kk), "20 күн");
    }
}
