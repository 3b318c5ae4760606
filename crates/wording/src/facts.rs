//! The wording of the core's typed facts: a fact with its figures in, a sentence in the reader's language out. The
//! rule files hold the figures and their citations (`ruqsat_core::permits`, `ruqsat_core::remedies`); every sentence
//! that repeats a figure is built here from it, so the two cannot disagree.

use ruqsat_core::lang::{Lang, Localized};
use ruqsat_core::localized;
use ruqsat_core::permits::{EligibilityNote, ExtensionFact, Says};
use ruqsat_core::remedies::Remedy;

use crate::messages::Msg;
use crate::rules::permits;

/// The advice of a remedy.
pub const fn remedy(r: Remedy) -> Msg {
    match r {
        Remedy::EmployerAppliesForTransfer => Msg::InsteadIctEmployer,
        Remedy::ChooseEditionWithTransfer => Msg::InsteadIct,
        Remedy::WorkerPermitInEditionA => Msg::InsteadWorker,
        Remedy::HandInAtTheOffice => Msg::InsteadPortal,
        Remedy::ApplyForANewPermit => Msg::InsteadNewPermit,
        Remedy::ApplyForANewTransferPermit => Msg::InsteadNewTransferPermit,
        Remedy::ChooseALaterDate => Msg::InsteadLaterDate,
        Remedy::ChooseADateInCoverage => Msg::NotEligibleDate,
    }
}

/// A whole number with its thousands grouped as the language writes them: "2 269" (kk, ru),
/// "2,269" (en).
pub fn grouped(n: u32, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = if lang == Lang::En { ',' } else { ' ' };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// The Kazakh ablative ending ("from") after a number written in digits: it follows the last word of the number
/// as spoken (137 "жүз отыз жеті" → "137-ден", 250 "екі жүз елу" → "250-ден", 60 "алпыс" → "60-тан").
pub fn kk_ablative(n: u32) -> &'static str {
    const UNITS: [&str; 10] = [
        "", "ден", "ден", "тен", "тен", "тен", "дан", "ден", "ден", "дан",
    ];
    const TENS: [&str; 10] = [
        "", "нан", "дан", "дан", "тан", "ден", "тан", "тен", "нен", "нан",
    ];
    if n == 0 {
        "ден"
    } else if !n.is_multiple_of(10) {
        UNITS[(n % 10) as usize]
    } else if !n.is_multiple_of(100) {
        TENS[(n / 10 % 10) as usize]
    } else if !n.is_multiple_of(1000) {
        "ден"
    } else {
        "нан"
    }
}

/// What a note of the permits says, in `lang`.
pub fn says(s: &Says, lang: Lang) -> String {
    // A one-language bundle only ever speaks its language: the other arms are left out of it.
    let lang = ruqsat_core::lang::ONLY_LANG.unwrap_or(lang);
    match *s {
        Says::NotOffered(why) => crate::rules::procedures::not_offered(why).get(lang).to_string(),
        Says::Note(n) => permits::note(n).get(lang).to_string(),
        Says::IctCondition(c) => permits::ict_condition(c).get(lang).to_string(),
        Says::Share(r) => permits::share(r).get(lang).to_string(),
        Says::FeeRange {
            min_mci: min,
            max_mci: max,
            mci_tenge,
            mci_year: year,
        } => {
            let tenge = grouped(mci_tenge, lang);
            match lang {
                Lang::Kk => format!(
                    "Алым — санат пен экономикалық қызмет түріне қарай {min}-{} {max} АЕК-ке дейінгі мөлшерлеме; {year} жылы 1 АЕК = {tenge} теңге.",
                    kk_ablative(min)
                ),
                Lang::Ru => format!(
                    "Сбор — ставка от {min} до {max} МРП в зависимости от категории и вида экономической деятельности; в {year} году 1 МРП = {tenge} тенге."
                ),
                Lang::En => format!(
                    "The fee is a rate of {min} to {max} MCI by category and economic sector; in {year} one MCI was {tenge} tenge."
                ),
            }
        }
        Says::IssuedForTheTerm => localized! {
            kk: "Рұқсат осы мерзімге беріледі.",
            ru: "Разрешение выдаётся на этот срок.",
            en: "The permit is issued for this term.",
        }
        .get(lang)
        .to_string(),
        Says::Extension(e) => extension(e).get(lang).to_string(),
        Says::GuaranteeDue { working_days } => match lang {
            Lang::Kk => format!(
                "Рұқсат беру туралы хабарламадан кейін {working_days} жұмыс күні ішінде кепілдік құжаттардың көшірмелері тапсырылады."
            ),
            Lang::Ru => format!(
                "В течение {working_days} рабочих дней после уведомления о выдаче сдаются копии гарантийных документов."
            ),
            Lang::En => format!(
                "Within {working_days} working days of the notice of issue, copies of the guarantee documents are handed in."
            ),
        },
    }
}

/// What a term's extension rule means for the case.
pub const fn extension(e: ExtensionFact) -> Localized {
    match e {
        ExtensionFact::RuleNotKnown => localized! {
            kk: "Бұл жағдайдағы ұзарту ережесі белгісіз.",
            ru: "Правило продления для этого случая неизвестно.",
            en: "The extension rule for this case is not known.",
        },
        ExtensionFact::NotAllowed => localized! {
            kk: "Бұл санаттағы рұқсат ұзартылмайды.",
            ru: "Разрешение этой категории не продлевается.",
            en: "A permit of this category cannot be extended.",
        },
        ExtensionFact::WithoutLimit => localized! {
            kk: "Ұзарту саны шектелмейді.",
            ru: "Число продлений не ограничено.",
            en: "There is no limit on the number of extensions.",
        },
        ExtensionFact::LimitReached => localized! {
            kk: "Ұзарту шегі таусылды: рұқсатты енді ұзартуға болмайды.",
            ru: "Предел продлений исчерпан: разрешение больше нельзя продлить.",
            en: "The extension limit is reached: the permit cannot be extended again.",
        },
        ExtensionFact::WithinLimit => localized! {
            kk: "Шекке әлі жеткен жоқ: рұқсатты ұзартуға болады.",
            ru: "Предел ещё не достигнут: разрешение можно продлить.",
            en: "The limit is not reached yet: the permit can be extended.",
        },
        ExtensionFact::CountNeeded => localized! {
            kk: "Рұқсат бұрын неше рет ұзартылды? Шек соған байланысты.",
            ru: "Сколько раз разрешение уже продлевалось? От этого зависит предел.",
            en: "How many times has the permit been extended already? The limit depends on it.",
        },
    }
}

/// A note of the permits as one line: the rule it applies, what it says, then the count of extensions.
pub fn note(n: &EligibilityNote, lang: Lang) -> String {
    let lang = ruqsat_core::lang::ONLY_LANG.unwrap_or(lang);
    let mut s = String::new();
    if let Some(rule) = n.rule {
        s.push_str(permits::term(rule).get(lang));
        s.push(' ');
    }
    s.push_str(&says(&n.says, lang));
    if let Some((done, limit)) = n.extensions {
        s.push(' ');
        s.push_str(&match lang {
            Lang::Kk => format!("Ұзартылғаны: {done} / {limit}."),
            Lang::Ru => format!("Уже продлено: {done} из {limit}."),
            Lang::En => format!("Extended so far: {done} of {limit}."),
        });
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruqsat_core::permits::B_FEE_RANGE;

    #[test]
    fn the_fee_range_is_worded_from_its_figures() {
        let s = B_FEE_RANGE.says();
        assert_eq!(
            says(&s, Lang::En),
            "The fee is a rate of 137 to 250 MCI by category and economic sector; in 2017 one MCI was 2,269 tenge."
        );
        assert_eq!(
            says(&s, Lang::Ru),
            "Сбор — ставка от 137 до 250 МРП в зависимости от категории и вида экономической деятельности; в 2017 году 1 МРП = 2 269 тенге."
        );
        assert_eq!(
            says(&s, Lang::Kk),
            "Алым — санат пен экономикалық қызмет түріне қарай 137-ден 250 АЕК-ке дейінгі мөлшерлеме; 2017 жылы 1 АЕК = 2 269 теңге."
        );
        let changed = ruqsat_core::permits::FeeRange {
            min_mci: 140,
            mci_tenge: 2405,
            ..B_FEE_RANGE
        };
        assert!(says(&changed.says(), Lang::En).contains("140 to 250 MCI"));
        assert!(says(&changed.says(), Lang::Kk).contains("140-тан 250"));
        assert!(says(&changed.says(), Lang::Ru).contains("2 405 тенге"));
    }

    #[test]
    fn the_guarantee_deadline_is_worded_from_its_figure() {
        let s = Says::GuaranteeDue { working_days: 20 };
        assert_eq!(
            says(&s, Lang::En),
            "Within 20 working days of the notice of issue, copies of the guarantee documents are handed in."
        );
        assert!(says(&s, Lang::Ru).starts_with("В течение 20 рабочих дней"));
        assert!(says(&s, Lang::Kk).contains("20 жұмыс күні"));
    }

    #[test]
    fn numbers_are_grouped_and_the_kazakh_ending_follows_the_spoken_number() {
        assert_eq!(grouped(2269, Lang::En), "2,269");
        assert_eq!(grouped(1234567, Lang::Ru), "1 234 567");
        assert_eq!(grouped(250, Lang::Kk), "250");
        for (n, ending) in [
            (137, "ден"),
            (250, "ден"),
            (60, "тан"),
            (3, "тен"),
            (10, "нан"),
            (100, "ден"),
            (2000, "нан"),
            (46, "дан"),
        ] {
            assert_eq!(kk_ablative(n), ending, "{n}");
        }
    }

    /// Moved from the core with `EligibilityNote::message`: every note of every case has words in every language.
    #[test]
    fn notes_have_words_in_every_language() {
        use chrono::NaiveDate;
        use ruqsat_core::case::{
            Applicant, Case, CaseFacts, Category, Channel, ServiceKind, Track,
        };
        use ruqsat_core::editions::EditionId;
        use ruqsat_core::permits::{eligibility, fee_notes};
        let mut seen = 0;
        for edition in EditionId::ALL {
            for service in ServiceKind::ALL {
                for track in [Track::General, Track::IntraCorporateTransfer] {
                    for category in [
                        None,
                        Some(Category::One),
                        Some(Category::Two),
                        Some(Category::Four),
                    ] {
                        for so_far in [None, Some(0), Some(5)] {
                            let c = Case {
                                category,
                                facts: CaseFacts {
                                    extensions_so_far: so_far,
                                    ..CaseFacts::default()
                                },
                                ..Case::new(
                                    edition,
                                    service,
                                    track,
                                    Applicant::Employer,
                                    Channel::Office,
                                    NaiveDate::from_ymd_opt(2017, 6, 1)
                                        .unwrap()
                                        .and_hms_opt(10, 0, 0)
                                        .unwrap(),
                                )
                            };
                            for n in eligibility(&c).into_iter().chain(fee_notes(&c)) {
                                for lang in Lang::ALL {
                                    assert!(!note(&n, lang).trim().is_empty(), "{}", n.id);
                                    assert!(!says(&n.says, lang).trim().is_empty(), "{}", n.id);
                                }
                                seen += 1;
                            }
                        }
                    }
                }
            }
        }
        assert!(seen > 100, "{seen}");
    }

    #[test]
    fn every_remedy_has_its_advice() {
        assert_eq!(remedy(Remedy::ApplyForANewPermit), Msg::InsteadNewPermit);
        assert_eq!(remedy(Remedy::HandInAtTheOffice), Msg::InsteadPortal);
    }
}
