//! The words of the checklist and its findings (`ruqsat_core::checklist`), the IIN and BIN errors
//! (`ruqsat_core::identifiers`) and the assumptions findings rest on.

use ruqsat_core::checklist::{Applies, Assumption, Finding, FindingKind};
use ruqsat_core::identifiers::IdError;
use ruqsat_core::lang::{Lang, Localized};
use ruqsat_core::localized;

use super::documents;

const REQUIRED: Localized = localized! {
    kk: "Міндетті",
    ru: "Обязательно",
    en: "Required",
};
const REQUIRED_IF: Localized = localized! {
    kk: "Міндетті, егер",
    ru: "Обязательно,",
    en: "Required",
};

/// "Required" or "Required if …", in words.
pub fn applies(applies: Applies, lang: Lang) -> String {
    match applies {
        Applies::Required => REQUIRED.get(lang).to_string(),
        Applies::RequiredIf(c) => format!(
            "{} {}",
            REQUIRED_IF.get(lang),
            documents::condition(c, lang)
        ),
    }
}

/// What is wrong, in words.
pub const fn finding_kind(kind: FindingKind) -> Localized {
    match kind {
        FindingKind::Missing => localized! {
            kk: "Құжат жоқ, ал ол құжаттар топтамасымен бірге тапсырылуы керек.",
            ru: "Документа нет, а он сдаётся вместе с пакетом документов.",
            en: "Missing: it is handed in with the package.",
        },
        FindingKind::MissingIfApplies => localized! {
            kk: "Құжат жоқ; шарт орындалса, ол міндетті.",
            ru: "Документа нет; он обязателен, если выполняется условие.",
            en: "Missing; it is required if the condition holds.",
        },
        FindingKind::ValidUntilNotADate => localized! {
            kk: "«Жарамдылық мерзімі» күнтізбеде жоқ күн (мысалы, 31 ақпан): нақты күнді енгізіңіз.",
            ru: "Дата «Действителен до» не существует (например, 31 февраля): введите существующую дату.",
            en: "The \"valid until\" date does not exist (such as 31 February): enter a real date.",
        },
        FindingKind::NotYetValid => localized! {
            kk: "Құжат тапсыру күніне әлі күшіне енбеген.",
            ru: "На дату подачи документ ещё не действует.",
            en: "Not yet valid on the day of submission.",
        },
        FindingKind::Expired => localized! {
            kk: "Құжаттың мерзімі тапсыру күніне дейін өтіп кеткен.",
            ru: "Срок действия документа истёк до даты подачи.",
            en: "Expired before the day of submission.",
        },
        FindingKind::ExpiresBeforeIssue => localized! {
            kk: "Құжаттың мерзімі рұқсат берілетін күтілетін күннен бұрын аяқталады.",
            ru: "Срок действия документа истекает раньше ожидаемой даты выдачи разрешения.",
            en: "It expires before the permit is expected to be issued.",
        },
        FindingKind::ExpiresBeforePermitEnd => localized! {
            kk: "Құжаттың мерзімі рұқсаттың мерзімінен бұрын аяқталады.",
            ru: "Срок действия документа заканчивается раньше срока разрешения.",
            en: "It ends before the permit would.",
        },
        FindingKind::NotLegalised => localized! {
            kk: "Апостиль немесе заңдастыру жоқ (халықаралық шартта өзгеше көзделмесе).",
            ru: "Нет апостиля или легализации (если иное не предусмотрено международным договором).",
            en: "Not apostilled or legalised (unless a treaty says otherwise).",
        },
        FindingKind::NotNotarised => localized! {
            kk: "Көшірме нотариат куәландырмаған.",
            ru: "Копия не засвидетельствована нотариально.",
            en: "The copy is not notarised.",
        },
        FindingKind::NotTranslated => localized! {
            kk: "Нотариат куәландырған аударма жоқ.",
            ru: "Нет нотариально засвидетельствованного перевода.",
            en: "No notarised translation.",
        },
        FindingKind::FileEmpty => localized! {
            kk: "Файл бос (0 байт).",
            ru: "Файл пустой (0 байт).",
            en: "The file is empty (0 bytes).",
        },
        FindingKind::FileTypeNotAllowed => localized! {
            kk: "Файл PDF, JPEG немесе PNG емес (мазмұны бойынша тексерілді).",
            ru: "Файл не является PDF, JPEG или PNG (проверено по содержимому).",
            en: "The file is not a PDF, JPEG or PNG (checked by its content).",
        },
        FindingKind::FileEncryptedPdf => localized! {
            kk: "PDF құпиясөзбен қорғалған немесе шифрланған: оны аша алмауы мүмкін.",
            ru: "PDF защищён паролем или зашифрован: его могут не открыть.",
            en: "The PDF is password-protected or encrypted: it may not open.",
        },
        FindingKind::FileTooLarge => localized! {
            kk: "Файл 10 МБ-тан үлкен (бұл шек — болжам).",
            ru: "Файл больше 10 МБ (этот предел — допущение).",
            en: "The file is larger than 10 MB (the limit is an assumption).",
        },
        FindingKind::IinInvalid => localized! {
            kk: "Қызметкердің ЖСН-і қате.",
            ru: "ИИН работника указан с ошибкой.",
            en: "The worker's IIN is not valid.",
        },
        FindingKind::BinInvalid => localized! {
            kk: "Жұмыс берушінің БСН-і қате.",
            ru: "БИН работодателя указан с ошибкой.",
            en: "The employer's BIN is not valid.",
        },
        FindingKind::IinBirthDateMismatch => localized! {
            kk: "ЖСН-дегі туған күн паспорттағымен сәйкес келмейді.",
            ru: "Дата рождения в ИИН не совпадает с датой в паспорте.",
            en: "The birth date in the IIN differs from the passport's.",
        },
    }
}

/// The finding in words: the document's title, what is wrong and, for an IIN or BIN, why. The other details
/// (dates, sizes) are left to the caller, which writes them in the reader's language.
pub fn finding(f: &Finding, lang: Lang) -> String {
    let title = ruqsat_core::documents::requirement(f.requirement)
        .map_or(f.requirement, |r| documents::title(r.title).get(lang));
    let mut s = format!("{title}: {}", finding_kind(f.kind).get(lang));
    if let Some(e) = f.detail.as_deref().and_then(IdError::from_code) {
        s.push(' ');
        s.push_str(id_error(e).get(lang));
    }
    s
}

/// What we assumed where a rule is ours, not a source's.
pub const fn assumption(a: Assumption) -> Localized {
    match a {
        Assumption::PassportOutlastingThePermit => localized! {
            kk: "Болжам: паспорт рұқсаттың бүкіл мерзіміне жарамды болуы керек деген талап дереккөздерде жоқ; бұл — сақтық ескертуі.",
            ru: "Допущение: требования, чтобы паспорт действовал весь срок разрешения, в источниках нет; это предупреждение из осторожности.",
            en: "Assumption: no source requires the passport to be valid for the whole term of the permit; this is a precaution.",
        },
        Assumption::FileTypesAndSize => localized! {
            kk: "Болжам: регламенттер файл түрі мен көлемін белгілемейді. Ruqsat PDF, JPEG және PNG файлдарын, құпиясөзсіз, 10 МБ-қа дейін қабылдайды деп есептейді.",
            ru: "Допущение: регламенты не устанавливают тип и размер файла. Ruqsat исходит из того, что принимаются PDF, JPEG и PNG без пароля, до 10 МБ.",
            en: "Assumption: the regulations set no file type or size. Ruqsat assumes PDF, JPEG and PNG without a password, up to 10 MB.",
        },
        Assumption::IdentifierStructure => localized! {
            kk: "Болжам: ЖСН мен БСН құрылымы (бақылау цифры, туған күні) жалпыға белгілі ережелер бойынша тексеріледі; олар Ruqsat дереккөздерінде жоқ.",
            ru: "Допущение: структура ИИН и БИН (контрольная цифра, дата рождения) проверяется по общеизвестным правилам; в источниках Ruqsat их нет.",
            en: "Assumption: the structure of the IIN and BIN (check digit, birth date) is checked by the commonly published rules; they are not in Ruqsat's sources.",
        },
    }
}

/// Why an IIN or BIN is refused.
pub const fn id_error(e: IdError) -> Localized {
    match e {
        IdError::NotDigits => localized! {
            kk: "Тек цифрлар болуы керек: әріпті, бос орынды немесе басқа белгіні алып тастаңыз.",
            ru: "Допустимы только цифры: уберите буквы, пробелы и другие знаки.",
            en: "Only digits are allowed: remove any letter, space or other sign.",
        },
        IdError::WrongLength => localized! {
            kk: "Нөмір 12 цифрдан тұрады.",
            ru: "Номер состоит из 12 цифр.",
            en: "The number has 12 digits.",
        },
        IdError::CheckDigit => localized! {
            kk: "Бақылау цифры сәйкес келмейді: нөмірде қате бар.",
            ru: "Контрольная цифра не сходится: в номере ошибка.",
            en: "The check digit does not match: the number has a typo.",
        },
        IdError::NoCheckDigit => localized! {
            kk: "Мұндай цифрлармен басталатын нөмір болмайды.",
            ru: "Номер, начинающийся с этих цифр, не может существовать.",
            en: "No valid number starts with these digits.",
        },
        IdError::CenturyDigit => localized! {
            kk: "Жетінші цифр 1-ден 6-ға дейін болуы керек (ғасыр мен жыныс).",
            ru: "Седьмая цифра должна быть от 1 до 6 (век и пол).",
            en: "The seventh digit must be 1 to 6 (century and sex).",
        },
        IdError::BirthDate => localized! {
            kk: "Алғашқы алты цифр нақты туған күн емес (ЖЖААКК).",
            ru: "Первые шесть цифр не являются действительной датой рождения (ГГММДД).",
            en: "The first six digits are not a real birth date (YYMMDD).",
        },
        IdError::RegistrationMonth => localized! {
            kk: "Үшінші және төртінші цифрлар тіркелген ай болуы керек (01–12).",
            ru: "Третья и четвёртая цифры должны быть месяцем регистрации (01–12).",
            en: "The third and fourth digits must be the month of registration (01–12).",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use ruqsat_core::case::{Applicant, Case, Channel, ServiceKind, Track};
    use ruqsat_core::checklist::checklist;
    use ruqsat_core::documents::REQUIREMENTS;
    use ruqsat_core::editions::EditionId;
    use ruqsat_core::file_check::SIZE_LIMIT;

    #[test]
    fn a_condition_not_known_reads_required_if() {
        let c = Case::new(
            EditionId::WestKazakhstan2014,
            ServiceKind::Issue,
            Track::General,
            Applicant::Employer,
            Channel::Portal,
            NaiveDate::from_ymd_opt(2017, 6, 1)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap(),
        );
        let item = *checklist(&c).get("a-employer-issue-experience").unwrap();
        assert!(applies(item.applies, Lang::En).starts_with("Required if"));
        assert!(applies(item.applies, Lang::Ru).starts_with("Обязательно, если"));
    }

    #[test]
    fn every_finding_kind_has_words_in_every_language() {
        for k in FindingKind::ALL {
            assert!(finding_kind(k).blank_in().is_empty(), "{k:?}");
        }
    }

    /// Every finding on every document reads as its title and what is wrong; an IIN or BIN finding says why.
    #[test]
    fn every_finding_is_worded() {
        for r in REQUIREMENTS {
            for kind in FindingKind::ALL {
                let f = Finding {
                    requirement: r.id,
                    kind,
                    citation: r.citation,
                    assumption: None,
                    detail: None,
                };
                for lang in Lang::ALL {
                    assert!(finding(&f, lang).len() > 10, "{f:?}");
                }
            }
        }
        let iin = Finding {
            requirement: REQUIREMENTS[0].id,
            kind: FindingKind::IinInvalid,
            citation: REQUIREMENTS[0].citation,
            assumption: Some(Assumption::IdentifierStructure),
            detail: Some(IdError::CheckDigit.code().to_string()),
        };
        for lang in Lang::ALL {
            assert!(finding(&iin, lang).ends_with(id_error(IdError::CheckDigit).get(lang)));
        }
    }

    #[test]
    fn every_assumption_says_it_is_one() {
        for a in Assumption::ALL {
            let t = assumption(a);
            assert!(t.blank_in().is_empty(), "{a:?}");
            assert!(t.en.starts_with("Assumption"), "{a:?}");
        }
    }

    #[test]
    fn every_error_has_words_in_every_language() {
        for e in IdError::ALL {
            assert!(id_error(e).blank_in().is_empty(), "{e:?}");
        }
    }

    /// The assumption and the finding state the size limit in megabytes: the same figure as [`SIZE_LIMIT`].
    #[test]
    fn the_words_say_the_size_limit() {
        let mb = (SIZE_LIMIT / (1024 * 1024)).to_string();
        let words = assumption(Assumption::FileTypesAndSize);
        let finding = finding_kind(FindingKind::FileTooLarge);
        for lang in Lang::ALL {
            assert!(words.get(lang).contains(&mb), "{lang:?}");
            assert!(finding.get(lang).contains(&mb), "{lang:?}");
        }
    }
}
