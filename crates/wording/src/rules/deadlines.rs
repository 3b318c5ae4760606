//! The words of the applicant's own deadline (`ruqsat_core::timeline::DeadlineBasis`): why the term counts from the
//! notice. Issue 12, section 3 ("the applicant's real dates").

use ruqsat_core::lang::{Lang, Localized};
use ruqsat_core::localized;
use ruqsat_core::timeline::DeadlineBasis;

/// Why the applicant's term starts at the notice.
pub const fn basis(b: DeadlineBasis) -> Localized {
    match b {
        DeadlineBasis::ClauseNamesTheNotice => localized! {
            kk: "Тармақ мерзімді хабарламаны алғаннан бастап есептейді («хабарламаны алғаннан кейін»).",
            ru: "Пункт считает срок с получения уведомления («после получения уведомления»).",
            en: "The clause counts the term from receiving the notice (\"after receiving the notice\").",
        },
        DeadlineBasis::ReadFromTheOrderOfTheSteps => localized! {
            kk: "Тармақ мерзімнің басталуын атамайды: Ruqsat оны алдыңғы қадамнан, хабарламадан бастап есептейді \
                 (Ruqsat қадамдардың ретінен осылай оқиды).",
            ru: "Пункт не называет начала срока: Ruqsat считает его с уведомления, предыдущего шага \
                 (так Ruqsat читает порядок шагов).",
            en: "The clause gives no start for the term: Ruqsat counts it from the notice, the step before it \
                 (Ruqsat's reading of the order of the steps).",
        },
    }
}

/// "within 10 working days of the notice": the applicant's term, as the deadline beside the step says it.
pub fn within_working_days_of_the_notice(n: u32, lang: Lang) -> String {
    let lang = ruqsat_core::lang::ONLY_LANG.unwrap_or(lang);
    match lang {
        Lang::Kk => format!("хабарламаны алғаннан кейін {n} жұмыс күні ішінде"),
        Lang::Ru => format!(
            "в течение {n} {} после получения уведомления",
            ["рабочего дня", "рабочих дней", "рабочих дней"][crate::format::russian_form(n.into())]
        ),
        Lang::En if n == 1 => "within 1 working day of the notice".to_string(),
        Lang::En => format!("within {n} working days of the notice"),
    }
}

/// The deadline as the applicant's step states it: "by Tuesday 16 January 2018, within 10 working days of the
/// notice".
pub fn deadline(date: chrono::NaiveDate, working_days: u32, lang: Lang) -> String {
    let day = crate::format_date_weekday(date, lang);
    let within = within_working_days_of_the_notice(working_days, lang);
    match ruqsat_core::lang::ONLY_LANG.unwrap_or(lang) {
        Lang::En => format!("by {day}, {within}"),
        Lang::Kk | Lang::Ru => format!("{day}, {within}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_deadline_reads_as_the_issue_words_it() {
        let d = chrono::NaiveDate::from_ymd_opt(2018, 1, 16).unwrap();
        assert_eq!(
            deadline(d, 10, Lang::En),
            "by Tuesday 16 January 2018, within 10 working days of the notice"
        );
        assert_eq!(
            deadline(d, 10, Lang::Ru),
            "вторник, 16 января 2018 г., в течение 10 рабочих дней после получения уведомления"
        );
    }

    #[test]
    fn the_term_reads_in_each_language() {
        assert_eq!(
            within_working_days_of_the_notice(10, Lang::En),
            "within 10 working days of the notice"
        );
        assert_eq!(
            within_working_days_of_the_notice(20, Lang::Ru),
            "в течение 20 рабочих дней после получения уведомления"
        );
        assert_eq!(
            within_working_days_of_the_notice(21, Lang::Ru),
            "в течение 21 рабочего дня после получения уведомления"
        );
        assert_eq!(
            within_working_days_of_the_notice(10, Lang::Kk),
            "хабарламаны алғаннан кейін 10 жұмыс күні ішінде"
        );
    }
}
