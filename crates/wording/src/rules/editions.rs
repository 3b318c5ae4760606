//! The words of the editions' data (`ruqsat_core::editions`) that are sentences: the rule an act's dates follow and
//! the note on an act. The acts' names (region, issuer, service title, standard, provider) are proper names of the
//! register and stay in the core.

use ruqsat_core::editions::{DateKnown, EditionNote, Validity, ValidityRule};
use ruqsat_core::lang::{Lang, Localized};
use ruqsat_core::localized;

use crate::{format_date_weekday, t, Msg};

/// A date as the sources know it, with its weekday: "Friday 28 April 2017", or "not before Friday 28 April 2017"
/// when only its lower bound is known.
pub fn known_date(d: DateKnown, lang: Lang) -> String {
    if d.is_exact() {
        format_date_weekday(d.date(), lang)
    } else {
        let day = crate::format::format_date_weekday_after_not_before(d.date(), lang);
        format!("{} {day}", t(lang, Msg::NotBefore))
    }
}

/// An edition's period in force, as the region question shows it: "In force from: not before …; Lost force: not
/// before …" (no lowercasing: Unicode's case tables would cost the bundle).
pub fn period_in_force(v: &Validity, lang: Lang) -> String {
    format!(
        "{}: {}; {}: {}",
        t(lang, Msg::EditionInForce),
        known_date(v.in_force_from, lang),
        t(lang, Msg::EditionLostForce),
        known_date(v.lost_force, lang)
    )
}

/// The rule an act's dates of coming into and losing force follow, as the texts state it.
pub const fn validity_rule(rule: ValidityRule) -> Localized {
    match rule {
        ValidityRule::TenDaysAfterFirstPublication => localized! {
            kk: "Алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі; жариялану күні мәтінде жоқ, сондықтан тек ең ерте күні белгілі.",
            ru: "Вводится в действие по истечении десяти календарных дней после дня первого официального опубликования; дата опубликования в тексте не указана, поэтому известна только самая ранняя возможная дата.",
            en: "Comes into effect ten calendar days after its first official publication; the publication date is not in the text, so only the earliest possible date is known.",
        },
    }
}

/// What else the reader should know about an act.
pub const fn note(note: EditionNote) -> Localized {
    match note {
        EditionNote::RestatesTheRegulationOf2015 => localized! {
            kk: "Бұл қаулы 2015 жылғы 27 шілдедегі № 158 қаулымен бекітілген регламентті жаңа редакцияда жазады.",
            ru: "Это постановление излагает в новой редакции регламент, утверждённый постановлением от 27 июля 2015 года № 158.",
            en: "This resolution restates the regulation approved by resolution No. 158 of 27 July 2015.",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruqsat_core::codes::Code;
    use ruqsat_core::editions::Edition;

    /// Moved from the core with the words (`editions::tests::every_text_is_given_in_all_three_languages`).
    #[test]
    fn every_text_is_given_in_all_three_languages() {
        let texts = ValidityRule::ALL
            .iter()
            .map(|&r| (format!("{r:?}"), validity_rule(r)))
            .chain(
                EditionNote::ALL
                    .iter()
                    .map(|&n| (format!("{n:?}"), note(n))),
            );
        for (key, text) in texts {
            assert!(
                text.blank_in().is_empty(),
                "{key}: blank in {:?}",
                text.blank_in()
            );
        }
        for e in Edition::all() {
            let rule = validity_rule(e.validity.rule);
            assert!(rule.blank_in().is_empty(), "{} validity.rule", e.id.code());
            if let Some(n) = e.note {
                assert!(note(n).blank_in().is_empty(), "{} note", e.id.code());
            }
        }
    }
}
