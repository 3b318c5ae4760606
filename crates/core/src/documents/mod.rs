//! The documents of clause 9 of the state-service standard, as cited data.
//!
//! The seeds say only *that* the documents of "clause 9 of the standard" are required; the standards' own clause 9
//! could not be obtained. [`REQUIREMENTS`] encodes `regulations/EVIDENCE.md` §1 record by record, in its order, each
//! with the grade the evidence gives it (S seed, O official page, C consultant, U unknown) and, for C facts, the
//! period the source describes where it says. Where the evidence is U (Edition A's employer reissue and every
//! foreign-worker permit, Edition B's ICT extension and reissue), the table holds the application (which the seed
//! itself names) and one record that says the rest is not known.
//!
//! Three readings of the evidence are ours, and are marked where they are made:
//! - the ICT education documents apply to packages handed in *before* 15 Sep 2017 and the two letters to those handed
//!   in on or after that day ("until 15 Sep 2017, after which letters … replace them");
//! - the fee for an Edition B *extension* is listed (EVIDENCE §4: a fee "for issue and extension", C), with the
//!   seed's deadline for the fee proof (its general procedure covers issue, extension and reissue), while a reissue
//!   gets no fee record (§1: "no second fee", C);
//! - Edition A's guarantee documents are listed for an issue only: §1 lists them under issue, and the seed's clause
//!   7, sub-clause 5 speaks of the notice "of issuing the permit".

use chrono::NaiveDate;

use super::case::{Applicant, CaseFacts, ServiceKind, Track};
use super::editions::EditionId;
use super::evidence::{Citation, Grade};
use super::lang::{Lang, Localized};

/// A requirement's stable id, e.g. `"a-employer-issue-education"`: edition letter, applicant or track, service, what.
pub type RequirementId = &'static str;

/// When a requirement applies, as data. A condition on a fact the user has not given is listed as "required if …".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Condition {
    Always,
    /// The post's qualification requirements demand work experience ([`CaseFacts::post_requires_experience`]).
    PostRequiresExperience,
    /// The employer's earlier permits came with special conditions
    /// ([`CaseFacts::earlier_permits_with_special_conditions`]).
    EarlierPermitsHadSpecialConditions,
    /// The package is handed in before this day.
    SubmittedBefore(NaiveDate),
    /// The package is handed in on this day or later.
    SubmittedOnOrAfter(NaiveDate),
}

impl Condition {
    /// Whether the condition holds for these facts and this submission date; `None` when a fact it needs is unknown.
    pub fn holds(self, facts: &CaseFacts, submitted: NaiveDate) -> Option<bool> {
        match self {
            Condition::Always => Some(true),
            Condition::PostRequiresExperience => facts.post_requires_experience,
            Condition::EarlierPermitsHadSpecialConditions => {
                facts.earlier_permits_with_special_conditions
            }
            Condition::SubmittedBefore(d) => Some(submitted < d),
            Condition::SubmittedOnOrAfter(d) => Some(submitted >= d),
        }
    }

    /// The condition in words, completing "Required if …" (dates in ISO form).
    pub fn describe(self, lang: Lang) -> String {
        let fixed = |t: Localized| t.get(lang).to_string();
        match self {
            Condition::Always => fixed(localized! {
                kk: "әрқашан",
                ru: "всегда",
                en: "always",
            }),
            Condition::PostRequiresExperience => fixed(localized! {
                kk: "лауазымның біліктілік талаптары еңбек өтілін талап етсе",
                ru: "если квалификационные требования к должности предусматривают стаж работы",
                en: "if the post's qualification requirements demand work experience",
            }),
            Condition::EarlierPermitsHadSpecialConditions => fixed(localized! {
                kk: "жұмыс берушінің бұрынғы рұқсаттарына ерекше шарттар қойылған болса",
                ru:
                    "если к ранее выданным работодателю разрешениям были установлены особые условия",
                en: "if the employer's earlier permits came with special conditions",
            }),
            Condition::SubmittedBefore(d) => match lang {
                Lang::Kk => format!("құжаттарды тапсыру күні {d} күнінен бұрын болса"),
                Lang::Ru => format!("если документы сданы до {d}"),
                Lang::En => format!("if the package is handed in before {d}"),
            },
            Condition::SubmittedOnOrAfter(d) => match lang {
                Lang::Kk => format!("құжаттарды тапсыру күні {d} немесе одан кейін болса"),
                Lang::Ru => format!("если документы сданы {d} или позже"),
                Lang::En => format!("if the package is handed in on or after {d}"),
            },
        }
    }
}

/// What a copy needs by way of apostille, legalisation or notarisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Legalisation {
    /// The source says nothing about it (which is not the same as "not needed").
    NotStated,
    /// Apostilled or legalised; for documents from CIS countries, notarised copies instead (Edition A, C).
    ApostilleOrLegalisationCisNotarised,
    /// Legalised as Kazakh law requires unless a treaty says otherwise, and notarised (Edition B, O).
    LegalisedUnlessTreatyAndNotarised,
}

/// What a copy needs by way of translation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Translation {
    /// The source says nothing about it.
    NotStated,
    /// A notarised translation into Russian (Edition A, C). Checked only for documents in a language other than
    /// Kazakh or Russian: a Russian document needs no translation into Russian (our reading).
    NotarisedIntoRussian,
    /// A notarised translation where the document is not in Kazakh or Russian (Edition B, O).
    NotarisedIfNotKazakhOrRussian,
}

/// What makes a copy acceptable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CopyRules {
    pub legalisation: Legalisation,
    pub translation: Translation,
    /// The document has its own validity dates that matter (a passport).
    pub validity_matters: bool,
}

impl CopyRules {
    /// Nothing stated.
    pub const NONE: CopyRules = CopyRules {
        legalisation: Legalisation::NotStated,
        translation: Translation::NotStated,
        validity_matters: false,
    };

    pub const fn needs_translation(&self) -> bool {
        !matches!(self.translation, Translation::NotStated)
    }

    pub const fn needs_legalisation(&self) -> bool {
        !matches!(self.legalisation, Legalisation::NotStated)
    }
}

/// When a document is handed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Due {
    /// With the package.
    WithPackage,
    /// After a positive notice, within this many working days, by this source.
    AfterPositiveNotice {
        working_days: u8,
        citation: Citation,
    },
}

/// One document that clause 9 of the standard requires, as the evidence gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Requirement {
    pub id: RequirementId,
    pub edition: EditionId,
    pub applicant: Applicant,
    pub track: Track,
    pub service: ServiceKind,
    pub condition: Condition,
    pub title: Localized,
    /// What it is and what makes it acceptable, as the source says it.
    pub description: Localized,
    pub copy: CopyRules,
    /// What may be handed in instead, if the source names anything.
    pub alternatives: Option<Localized>,
    /// Where the document comes from (practical guidance, not law).
    pub obtain_from: Option<Localized>,
    pub due: Due,
    pub citation: Citation,
    /// For a C fact: the period the source describes, where it says.
    pub period: Option<Localized>,
}

impl Requirement {
    /// Whether the requirement belongs to this service.
    pub fn belongs_to(
        &self,
        edition: EditionId,
        service: ServiceKind,
        track: Track,
        applicant: Applicant,
    ) -> bool {
        self.edition == edition
            && self.service == service
            && self.track == track
            && self.applicant == applicant
    }
}

/// Whether a (edition, track, applicant) exists at all: Edition A has no ICT (its service names none), Edition B
/// serves employers only (its service is "to employers"). Every service kind exists for those that do.
pub fn is_offered(edition: EditionId, track: Track, applicant: Applicant) -> bool {
    // One home for what each edition offers: the procedures table. The office is offered wherever anything is.
    super::procedures::procedure(
        edition,
        ServiceKind::Issue,
        track,
        applicant,
        super::case::Channel::Office,
    )
    .is_ok()
}

/// Every (edition, service, track, applicant) that exists.
pub fn offered_combinations() -> Vec<(EditionId, ServiceKind, Track, Applicant)> {
    let mut out = Vec::new();
    for edition in EditionId::ALL {
        for track in [Track::General, Track::IntraCorporateTransfer] {
            for applicant in [Applicant::Employer, Applicant::Worker] {
                if is_offered(edition, track, applicant) {
                    out.extend(ServiceKind::ALL.map(|s| (edition, s, track, applicant)));
                }
            }
        }
    }
    out
}

/// The requirement with this id.
pub fn requirement(id: &str) -> Option<&'static Requirement> {
    REQUIREMENTS.iter().find(|r| r.id == id)
}

/// The requirements of one service, in the table's order.
pub fn requirements_for(
    edition: EditionId,
    service: ServiceKind,
    track: Track,
    applicant: Applicant,
) -> impl Iterator<Item = &'static Requirement> {
    REQUIREMENTS
        .iter()
        .filter(move |r| r.belongs_to(edition, service, track, applicant))
}

const fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid date in the documents data"),
    }
}

/// From this day letters replace the education documents of an ICT application (C: bal.com, peregrine).
pub const ICT_LETTERS_FROM: NaiveDate = ymd(2017, 9, 15);

// ---- Periods of C sources ---------------------------------------------------------------------------------------

/// The period a C source describes.
pub mod period {
    use crate::lang::Localized;

    pub const RULES_2012: Localized = localized! {
        kk: "2012 жылғы қағидаларды сипаттайды",
        ru: "описывает правила 2012 года",
        en: "describes the 2012 rules",
    };
    pub const NOT_STATED: Localized = localized! {
        kk: "кезеңі көрсетілмеген",
        ru: "период не указан",
        en: "period not stated",
    };
    pub const CURRENT: Localized = localized! {
        kk: "қазіргі тәжірибе",
        ru: "текущая практика",
        en: "current practice",
    };
    pub const FROM_2017: Localized = localized! {
        kk: "2017 жылғы 1 қаңтардан бастап",
        ru: "с 1 января 2017 года",
        en: "from 1 Jan 2017",
    };
    pub const EARLY_2017: Localized = localized! {
        kk: "2017 жылдың басындағы өзгерістер",
        ru: "изменения начала 2017 года",
        en: "amendments of early 2017",
    };
}

// ---- Shared texts ----------------------------------------------------------------------------------------------

const APPLICATION: Localized = localized! {
    kk: "Белгіленген нысандағы өтініш",
    ru: "Заявление по установленной форме",
    en: "Application in the set form",
};
const A_APPLICATION_TEXT: Localized = localized! {
    kk: "Өтініш стандарттың 9-тармағындағы құжаттармен бірге тапсырылады. Құжаттар толық болмаса немесе өтініш белгіленген нысан бойынша толтырылмаса, дәлелді бас тарту беріліп, құжаттар қайтарылады.",
    ru: "Заявление подаётся вместе с документами пункта 9 стандарта. Если документы неполные или заявление заполнено не по установленной форме, даётся мотивированный отказ и документы возвращаются.",
    en: "Handed in with the documents of clause 9 of the standard. If the package is incomplete or the application is not filled in on the set form, it is refused with reasons and the documents are returned.",
};
const B_APPLICATION_TEXT: Localized = localized! {
    kk: "Кеңсеге — қағаз түрінде; порталда — сұрау салу нысаны толтырылып, электрондық цифрлық қолтаңбамен куәландырылады.",
    ru: "В канцелярию — на бумаге; на портале — заполненная форма запроса, удостоверенная электронной цифровой подписью.",
    en: "At the office, on paper; on the portal, the request form filled in and signed with the digital signature.",
};
const FROM_PROVIDER_OR_PORTAL: Localized = localized! {
    kk: "Көрсетілетін қызметті берушіден немесе порталдан (egov.kz).",
    ru: "У услугодателя или на портале (egov.kz).",
    en: "From the provider, or on the portal (egov.kz).",
};
const FROM_WORKER: Localized = localized! {
    kk: "Қызметкердің өзінен.",
    ru: "У самого работника.",
    en: "From the worker.",
};
const FROM_FORMER_EMPLOYER: Localized = localized! {
    kk: "Қызметкердің бұрынғы жұмыс берушісінен.",
    ru: "У прежнего работодателя работника.",
    en: "From the worker's former employer.",
};
const FROM_EMPLOYER: Localized = localized! {
    kk: "Жұмыс берушінің өз құжаттарынан.",
    ru: "Из документов самого работодателя.",
    en: "From the employer's own records.",
};
const FROM_SCHOOL: Localized = localized! {
    kk: "Құжатты берген оқу орнынан; апостиль немесе заңдастыру — құжат берілген елде; аударманы нотариус куәландырады.",
    ru: "Документ выдаёт учебное заведение; апостиль или легализация — в стране выдачи; перевод заверяет нотариус.",
    en: "From the school or university that issued it; the apostille or legalisation in the country of issue; a notary certifies the translation.",
};
const EDUCATION_TITLE: Localized = localized! {
    kk: "Қызметкердің білімі туралы құжаттардың көшірмелері",
    ru: "Копии документов об образовании работника",
    en: "Copies of the worker's education documents",
};
const PASSPORT_TITLE: Localized = localized! {
    kk: "Қызметкердің паспортының көшірмесі",
    ru: "Копия паспорта работника",
    en: "Copy of the worker's passport",
};
const LOCAL_SHARE_TITLE: Localized = localized! {
    kk: "Жергілікті кадрлардың үлесі туралы мәліметтер",
    ru: "Сведения о доле местных кадров",
    en: "Data on the share of local staff",
};
const LOCAL_SHARE_TEXT: Localized = localized! {
    kk: "Жұмыс берушінің қызметкерлері арасындағы Қазақстан азаматтарының (жергілікті кадрлардың) үлесі.",
    ru: "Доля граждан Казахстана (местных кадров) среди работников работодателя.",
    en: "The share of Kazakh citizens (local staff) among the employer's staff.",
};
const B_EDUCATION_TEXT: Localized = localized! {
    kk: "Халықаралық шартта өзгеше көзделмесе, Қазақстан Республикасының заңнамасында белгіленген тәртіппен заңдастырылған, нотариат куәландырған көшірмелер; қазақ немесе орыс тілінде жасалмаса — нотариат куәландырған аудармасымен.",
    ru: "Нотариально засвидетельствованные копии, легализованные в порядке, установленном законодательством Республики Казахстан, если иное не предусмотрено международным договором; если документы составлены не на казахском и не на русском языке — с нотариально засвидетельствованным переводом.",
    en: "Copies legalised as Kazakh law requires unless an international treaty says otherwise, notarised; with a notarised translation where they are not in Kazakh or Russian.",
};
const B_EXPERIENCE_TITLE: Localized = localized! {
    kk: "Қызметкердің еңбек қызметі туралы мәліметтер",
    ru: "Сведения о трудовой деятельности работника",
    en: "Information on the worker's work history",
};
const B_EXPERIENCE_TEXT: Localized = localized! {
    kk: "Бұрынғы жұмыс берушінің бланкісінде расталған; біліктілік талаптарында ең аз еңбек өтілі белгіленсе ұсынылады.",
    ru: "Подтверждённые на бланке прежнего работодателя; представляются, если квалификационными требованиями установлен минимальный стаж работы.",
    en: "Confirmed on the former employer's letterhead; needed where the qualification requirements set a minimum experience.",
};
const B_EXPERIENCE_ALTERNATIVE: Localized = localized! {
    kk: "Қазақстан Республикасында танылатын өзге құжаттар.",
    ru: "Иные документы, признаваемые в Республике Казахстан.",
    en: "Other documents recognised in Kazakhstan.",
};
const FEE_PROOF_TITLE: Localized = localized! {
    kk: "Рұқсат бергені үшін алымның төленгенін растайтын құжаттардың көшірмелері",
    ru: "Копии документов, подтверждающих внесение сбора за выдачу разрешения",
    en: "Copies of the documents proving the permit fee was paid",
};
const FEE_PROOF_TEXT: Localized = localized! {
    kk: "Рұқсат беру туралы хабарламадан кейін 10 жұмыс күні ішінде тапсырылады; содан кейін рұқсат ресімделеді. Алым мөлшері регламентте жоқ.",
    ru: "Сдаются в течение 10 рабочих дней после уведомления о выдаче; после этого оформляется разрешение. Размер сбора в регламенте не указан.",
    en: "Handed in within 10 working days of the notice of issue; the permit is then prepared. The regulation does not state the amount.",
};
const FROM_BANK: Localized = localized! {
    kk: "Төлем жасалған банктен (төлем тапсырмасы немесе түбіртек).",
    ru: "В банке, через который внесён платёж (платёжное поручение или квитанция).",
    en: "From the bank the payment went through (payment order or receipt).",
};
const CHANGES_UNKNOWN_TITLE: Localized = localized! {
    kk: "Не өзгергенін көрсететін құжаттар (тізбесі белгісіз)",
    ru: "Документы, подтверждающие изменения (перечень неизвестен)",
    en: "Documents that show what changed (which ones is not known)",
};
const OTHER_UNKNOWN_TITLE: Localized = localized! {
    kk: "Стандарттың 9-тармағындағы өзге құжаттар (тізбесі белгісіз)",
    ru: "Иные документы пункта 9 стандарта (перечень неизвестен)",
    en: "Other documents of clause 9 of the standard (which ones is not known)",
};
const UNKNOWN_TEXT: Localized = localized! {
    kk: "Регламент тек стандарттың 9-тармағына сілтейді, ал ол тармақтың мәтіні табылмады. Қандай құжаттар керек екенін көрсетілетін қызметті берушіден нақтылаңыз.",
    ru: "Регламент лишь ссылается на пункт 9 стандарта, текст которого найти не удалось. Уточните перечень у услугодателя.",
    en: "The regulation only refers to clause 9 of the standard, whose text could not be found. Ask the provider which documents it wants.",
};
const ASK_PROVIDER: Localized = localized! {
    kk: "Көрсетілетін қызметті берушіден сұраңыз.",
    ru: "Уточните у услугодателя.",
    en: "Ask the provider.",
};

// ---- Copy rules ------------------------------------------------------------------------------------------------

const A_EDUCATION_COPY: CopyRules = CopyRules {
    legalisation: Legalisation::ApostilleOrLegalisationCisNotarised,
    translation: Translation::NotarisedIntoRussian,
    validity_matters: false,
};
const A_PASSPORT_COPY: CopyRules = CopyRules {
    legalisation: Legalisation::NotStated,
    translation: Translation::NotarisedIntoRussian,
    validity_matters: true,
};
const B_EDUCATION_COPY: CopyRules = CopyRules {
    legalisation: Legalisation::LegalisedUnlessTreatyAndNotarised,
    translation: Translation::NotarisedIfNotKazakhOrRussian,
    validity_matters: false,
};
const PASSPORT_COPY: CopyRules = CopyRules {
    validity_matters: true,
    ..CopyRules::NONE
};

// ---- Record builders -------------------------------------------------------------------------------------------

const fn application(
    id: RequirementId,
    edition: EditionId,
    applicant: Applicant,
    track: Track,
    service: ServiceKind,
) -> Requirement {
    let (description, citation) = match edition {
        EditionId::WestKazakhstan2014 => (A_APPLICATION_TEXT, A_APPLICATION),
        EditionId::Zhambyl2017 => (B_APPLICATION_TEXT, B_APPLICATION),
    };
    Requirement {
        id,
        edition,
        applicant,
        track,
        service,
        condition: Condition::Always,
        title: APPLICATION,
        description,
        copy: CopyRules::NONE,
        alternatives: None,
        obtain_from: Some(FROM_PROVIDER_OR_PORTAL),
        due: Due::WithPackage,
        citation,
        period: None,
    }
}

/// The U record: "the rest of clause 9 is not known".
const fn not_known(
    id: RequirementId,
    edition: EditionId,
    applicant: Applicant,
    track: Track,
    service: ServiceKind,
    title: Localized,
) -> Requirement {
    Requirement {
        id,
        edition,
        applicant,
        track,
        service,
        condition: Condition::Always,
        title,
        description: UNKNOWN_TEXT,
        copy: CopyRules::NONE,
        alternatives: None,
        obtain_from: Some(ASK_PROVIDER),
        due: Due::WithPackage,
        citation: match edition {
            EditionId::WestKazakhstan2014 => A_CLAUSE_9_UNKNOWN,
            EditionId::Zhambyl2017 => B_CLAUSE_9_UNKNOWN,
        },
        period: None,
    }
}

/// A plain record: an employer's, general track, handed in with the package, no alternatives.
#[allow(clippy::too_many_arguments)]
const fn doc(
    id: RequirementId,
    edition: EditionId,
    service: ServiceKind,
    condition: Condition,
    title: Localized,
    description: Localized,
    copy: CopyRules,
    obtain_from: Localized,
    citation: Citation,
    period: Option<Localized>,
) -> Requirement {
    Requirement {
        id,
        edition,
        applicant: Applicant::Employer,
        track: Track::General,
        service,
        condition,
        title,
        description,
        copy,
        alternatives: None,
        obtain_from: Some(obtain_from),
        due: Due::WithPackage,
        citation,
        period,
    }
}

mod edition_a;
mod edition_b;

use edition_a::{A_APPLICATION, A_CLAUSE_9_UNKNOWN};
pub use edition_a::{A_GUARANTEE, A_GUARANTEE_WORKING_DAYS};
pub use edition_b::B_FEE_DEADLINE;
use edition_b::{B_APPLICATION, B_CLAUSE_9_UNKNOWN};

/// Edition A's and Edition B's records one after the other, at compile time.
const fn joined<const N: usize>(a: &[Requirement], b: &[Requirement]) -> [Requirement; N] {
    let mut out = [a[0]; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    out
}

const COUNT: usize = edition_a::REQUIREMENTS.len() + edition_b::REQUIREMENTS.len();
static TABLE: [Requirement; COUNT] = joined(edition_a::REQUIREMENTS, edition_b::REQUIREMENTS);

/// The requirement table: EVIDENCE.md §1, in its order (Edition A's records, `src/documents/edition_a.rs`, then Edition
/// B's, `src/documents/edition_b.rs`). Within one service the order is the checklist's order: the application first,
/// documents due after a positive notice last.
pub static REQUIREMENTS: &[Requirement] = &TABLE;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Code;
    use std::collections::HashSet;
    use EditionId::{WestKazakhstan2014 as A, Zhambyl2017 as B};

    #[test]
    fn every_requirement_is_cited_and_worded_in_three_languages() {
        for r in REQUIREMENTS {
            let c = r.citation;
            assert!(c.blank_in().is_empty(), "{}", r.id);
            if c.grade == Grade::S {
                assert!(
                    c.locator.blank_in().is_empty(),
                    "{}: a seed is cited by its clause",
                    r.id
                );
            }
            for (field, t) in [
                ("title", Some(r.title)),
                ("description", Some(r.description)),
            ]
            .into_iter()
            .chain([
                ("alternatives", r.alternatives),
                ("obtain_from", r.obtain_from),
                ("period", r.period),
            ]) {
                if let Some(t) = t {
                    assert!(
                        t.blank_in().is_empty(),
                        "{} {field}: blank in {:?}",
                        r.id,
                        t.blank_in()
                    );
                }
            }
            if let Due::AfterPositiveNotice {
                working_days,
                citation,
            } = r.due
            {
                assert!(working_days > 0);
                assert_eq!(
                    citation.grade,
                    Grade::S,
                    "{}: the seeds set these deadlines",
                    r.id
                );
            }
        }
    }

    #[test]
    fn ids_are_unique_and_name_their_edition_and_service() {
        let mut seen = HashSet::new();
        for r in REQUIREMENTS {
            assert!(seen.insert(r.id), "duplicate id {}", r.id);
            let letter = match r.edition {
                A => "a-",
                B => "b-",
            };
            assert!(r.id.starts_with(letter), "{}", r.id);
            assert!(
                r.id.contains(&format!("-{}-", r.service.code())),
                "{}",
                r.id
            );
            assert!(
                r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{}",
                r.id
            );
        }
    }

    #[test]
    fn only_offered_services_have_requirements() {
        for r in REQUIREMENTS {
            assert!(is_offered(r.edition, r.track, r.applicant), "{}", r.id);
        }
        assert_eq!(offered_combinations().len(), 12);
    }

    #[test]
    fn c_facts_state_their_period_where_the_evidence_does() {
        for r in REQUIREMENTS.iter().filter(|r| r.citation.grade == Grade::C) {
            assert!(r.period.is_some(), "{}", r.id);
        }
    }

    #[test]
    fn conditions_decide_or_stay_open() {
        let known = CaseFacts {
            post_requires_experience: Some(false),
            ..CaseFacts::default()
        };
        let day = ymd(2017, 6, 1);
        assert_eq!(
            Condition::PostRequiresExperience.holds(&known, day),
            Some(false)
        );
        assert_eq!(
            Condition::PostRequiresExperience.holds(&CaseFacts::default(), day),
            None
        );
        assert_eq!(
            Condition::SubmittedBefore(ICT_LETTERS_FROM).holds(&known, ymd(2017, 9, 14)),
            Some(true)
        );
        assert_eq!(
            Condition::SubmittedBefore(ICT_LETTERS_FROM).holds(&known, ymd(2017, 9, 15)),
            Some(false)
        );
        assert_eq!(
            Condition::SubmittedOnOrAfter(ICT_LETTERS_FROM).holds(&known, ymd(2017, 9, 15)),
            Some(true)
        );
        assert!(Condition::SubmittedBefore(ICT_LETTERS_FROM)
            .describe(Lang::Ru)
            .contains("2017-09-15"));
        for lang in Lang::ALL {
            assert!(!Condition::EarlierPermitsHadSpecialConditions
                .describe(lang)
                .trim()
                .is_empty());
        }
    }

    /// A document due after the notice says its deadline in its description: the same figure as its `due`.
    #[test]
    fn the_description_of_a_document_due_later_says_the_working_days_of_its_due() {
        let mut seen = 0;
        for r in REQUIREMENTS {
            if let Due::AfterPositiveNotice { working_days, .. } = r.due {
                let words = [
                    format!("{working_days} жұмыс күні"),
                    format!("{working_days} рабочих дней"),
                    format!("{working_days} working days"),
                ];
                for (lang, w) in Lang::ALL.into_iter().zip(words) {
                    assert!(
                        r.description.get(lang).contains(&w),
                        "{}: {lang:?} lacks {w:?}",
                        r.id
                    );
                }
                seen += 1;
            }
        }
        assert!(seen >= 3, "{seen}");
    }
}
