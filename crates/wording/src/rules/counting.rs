//! The words of the counting rules (`ruqsat_core::counting`): how terms are counted, as the interface explains it.

use ruqsat_core::counting::CountingRule;
use ruqsat_core::lang::Localized;
use ruqsat_core::localized;
use ruqsat_core::timeline::EndBasis;

/// A counting rule, worded for people.
pub const fn rule(r: CountingRule) -> Localized {
    match r {
        CountingRule::Registration => localized! {
            kk: "Кеңсеге тапсырылған құжаттар топтамасы жұмыс күні жұмыс уақытында, құжат қабылдау аяқталғанға дейін тапсырылса, сол сәтте тіркеледі; әйтпесе — кеңсе келесі рет ашылған сәтте. B редакциясының порталы: нәтиженің мерзімі сұрау жіберілген сәттен бастап, кез келген сағатта және кез келген күні есептеледі (9-тармақ, 11) тармақша); жұмыс уақытынан кейін жіберілген сұрау келесі жұмыс күні қабылданады деген оқылым — болжам (U), ол кешірек күн берсе, қасында көрсетіледі. A редакциясының порталы кеңсенің жұмыс уақытын алады.",
            ru: "Пакет, сданный в канцелярию, регистрируется в момент сдачи, если он приходится на рабочее время рабочего дня до окончания приёма документов; иначе — в ближайший момент, когда канцелярия работает. Портал редакции B: срок результата считается с момента отправки запроса, в любой час и любой день (пункт 9, подпункт 11)); прочтение «запрос, отправленный после окончания рабочего времени, принимается следующим рабочим днём» — допущение (U) и показывается рядом, если даёт более позднюю дату. Портал редакции A следует рабочему времени канцелярии.",
            en: "A package handed in at the office is registered when it is handed in if that is within office hours on a working day and before reception closes; otherwise at the next moment the office is open. Edition B's portal: the result's term counts from the moment the request is sent, at any hour and on any day (clause 9, sub-clause 11); the reading that a request sent after hours is taken on the next working day is an assumption (U), shown beside it where it gives a later date. Edition A's portal follows the office's hours.",
        },
        CountingRule::OfficeHours => localized! {
            kk: "Жұмыс уақыты (болжам): дүйсенбі–жұма және жұмыс күні етіп белгіленген демалыс күндері, 09:00–18:30, үзіліс 13:00–14:30, құжаттар 17:30-ға дейін қабылданады.",
            ru: "Рабочее время (допущение): понедельник–пятница и выходные дни, объявленные рабочими, 09:00–18:30, перерыв 13:00–14:30, приём документов до 17:30.",
            en: "Office hours (an assumption): Monday–Friday and working weekend days, 09:00–18:30, break 13:00–14:30, documents received until 17:30.",
        },
        CountingRule::MinutesAndHours => localized! {
            kk: "Мерзімі минутпен немесе сағатпен белгіленген қадам алдыңғы қадам аяқталған сәттен бастап жұмыс уақытын пайдаланады (үзіліс, түн және жұмыс істелмейтін күндер есептелмейді).",
            ru: "Шаг в минутах или часах занимает рабочее время, начиная с окончания предыдущего шага (перерыв, ночное время и нерабочие дни не учитываются).",
            en: "A step limited in minutes or hours uses office time from the end of the step before (the break, nights and non-working days do not count).",
        },
        CountingRule::WorkingDays => localized! {
            kk: "N жұмыс күнге созылатын қадам басталған күннен кейінгі N-ші жұмыс күнінің жұмыс уақыты аяқталғанда аяқталады; басталған күн есептелмейді.",
            ru: "Шаг в N рабочих дней заканчивается по окончании рабочего времени N-го рабочего дня после дня начала; день начала не считается.",
            en: "A step of N working days ends at the close of the N-th working day after the day it starts; that day itself is not counted.",
        },
        CountingRule::CalendarDays => localized! {
            kk: "N күнтізбелік күнге созылатын қадам басталғаннан кейінгі N-ші күннің соңында аяқталады; ол жұмыс күні болмаса — келесі жұмыс күнінің жұмыс уақыты аяқталғанда.",
            ru: "Шаг в N календарных дней заканчивается в конце N-го дня после начала; если это нерабочий день — по окончании рабочего времени следующего рабочего дня.",
            en: "A step of N calendar days ends at the end of the N-th day after it starts; if that is not a working day, at the close of the next working day.",
        },
        CountingRule::LatestSchedule => localized! {
            kk: "«Ең кеш» кестеде әр қадам өз мерзімін толық пайдаланады; өтініш берушінің өз қадамына нақты күн беруге болады, одан кейінгі қадамдар сол күннен есептеледі.",
            ru: "В «самом позднем» графике каждый шаг занимает весь свой срок; для собственного шага заявителя можно указать фактическую дату, и следующие шаги считаются от неё.",
            en: "In the latest schedule every step takes its whole limit; the applicant's own step can be given an actual date, and every later step follows from it.",
        },
    }
}

/// What an expected end rests on, as a label before its date.
pub const fn end_basis(b: EndBasis) -> Localized {
    match b {
        EndBasis::StatutoryTotal => localized! {
            kk: "Регламенттің 4-тармағындағы жалпы мерзім бойынша",
            ru: "По общему сроку пункта 4 регламента",
            en: "By the regulation's total term (clause 4)",
        },
        EndBasis::Steps => localized! {
            kk: "Әр қадам өз мерзімін толық пайдаланса",
            ru: "Если каждый шаг займёт весь свой срок",
            en: "If every step takes its whole limit",
        },
        EndBasis::PortalNextWorkingDay => localized! {
            kk: "Жұмыс уақытынан кейін жіберілген сұрау келесі жұмыс күні қабылданса (болжам)",
            ru: "Если запрос, отправленный после окончания рабочего времени, принят следующим рабочим днём (допущение)",
            en: "If a request sent after hours is taken on the next working day (an assumption)",
        },
    }
}

/// What a counting rule means beside a step, in a few words (the rule in full: [`rule`]).
pub const fn rule_short(r: CountingRule) -> Localized {
    match r {
        CountingRule::Registration => localized! {
            kk: "тіркелген сәттен бастап",
            ru: "с момента регистрации",
            en: "from the registration",
        },
        CountingRule::OfficeHours => localized! {
            kk: "кеңсенің жұмыс уақыты бойынша (болжам)",
            ru: "по рабочему времени канцелярии (допущение)",
            en: "by the office's hours (an assumption)",
        },
        CountingRule::MinutesAndHours => localized! {
            kk: "жұмыс уақыты санап, үзіліс, түн және демалыс күндері есептелмейді",
            ru: "считается рабочее время; перерыв, ночь и нерабочие дни не входят",
            en: "office time counted; the break, nights and days off left out",
        },
        CountingRule::WorkingDays => localized! {
            kk: "жұмыс күндері, басталған күннен кейінгі күннен бастап; соңғы күннің жұмыс уақыты аяқталғанда",
            ru: "рабочие дни со следующего дня после начала; до окончания рабочего времени последнего",
            en: "working days from the day after the start, to the close of the last one",
        },
        CountingRule::CalendarDays => localized! {
            kk: "күнтізбелік күндер, басталған күннен кейінгі күннен бастап; соңғысы жұмыс күні болмаса — келесі жұмыс күні",
            ru: "календарные дни со следующего дня после начала; если последний нерабочий — следующий рабочий день",
            en: "calendar days from the day after the start; if the last is not a working day, the next working day",
        },
        CountingRule::LatestSchedule => localized! {
            kk: "мерзімі жоқ: өтініш беруші сұраған кезде",
            ru: "без срока: когда попросит заявитель",
            en: "no limit: when the applicant asks",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruqsat_core::counting::{OfficeHours, RULES};
    use ruqsat_core::lang::Lang;

    #[test]
    fn no_rule_is_blank() {
        for r in RULES {
            let blank = rule(r).blank_in();
            assert!(blank.is_empty(), "{r:?} is blank in {blank:?}");
        }
    }

    #[test]
    fn no_basis_and_no_short_rule_is_blank() {
        for b in [
            EndBasis::StatutoryTotal,
            EndBasis::Steps,
            EndBasis::PortalNextWorkingDay,
        ] {
            assert!(end_basis(b).blank_in().is_empty(), "{b:?}");
        }
        for r in RULES {
            assert!(rule_short(r).blank_in().is_empty(), "{r:?}");
        }
    }

    #[test]
    fn the_rules_are_numbered_in_their_order() {
        for (i, r) in RULES.iter().enumerate() {
            assert_eq!(usize::from(r.number()), i + 1, "{r:?}");
        }
    }

    /// The rule that states the default office hours says the default's own times: the two cannot disagree.
    #[test]
    fn the_office_hours_rule_says_the_default_hours() {
        let h = OfficeHours::default();
        let (from, to) = h.break_time.unwrap();
        let words = rule(CountingRule::OfficeHours);
        assert!(words.en.starts_with("Office hours"));
        for lang in Lang::ALL {
            for t in [h.opens, h.closes, from, to, h.reception_until] {
                let t = t.format("%H:%M").to_string();
                assert!(words.get(lang).contains(&t), "{lang:?} lacks {t}");
            }
        }
    }
}
