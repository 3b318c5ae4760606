//! Permit terms, extension limits, local-staff shares, the ICT conditions, the fee, the grounds for refusal, and
//! what they mean for one case ([`eligibility`], [`fee_notes`], [`expected_permit_end`]).
//!
//! Almost all of this is secondary evidence (`regulations/EVIDENCE.md` §2–§4): consultants and news items (grade C),
//! an official page in a later wording (O), and the little the seeds say (S). Every record carries its grade and
//! source, and the period the source describes where it says, so the interface can tell "not eligible per the
//! regulation" from "practitioners say".

use chrono::{Months, NaiveDate};

use super::case::{Applicant, Case, Category, ServiceKind, Track};
use super::documents::{is_offered, period, A_GUARANTEE};
use super::editions::EditionId;
use super::evidence::{Citation, Grade};
use super::lang::{Lang, Localized};
use super::procedures;
use crate::sources::SourceId;

// ---- Sources ---------------------------------------------------------------------------------------------------

/// Nothing found in the sources searched (regulations/EVIDENCE.md §2–§4).
const NOT_FOUND: Citation = Citation::whole(SourceId::NotFound);
/// The categories themselves (Rules 559, paragraph 3).
pub const CATEGORIES: Citation = Citation::of(
    SourceId::Rules559,
    localized! { kk: "3-тармақ", ru: "пункт 3", en: "paragraph 3" },
);
const B_TERMS: Citation = Citation::whole(SourceId::BalCom).and(SourceId::Tukib);
const B_TERM_CATEGORY_4: Citation = Citation::whole(SourceId::BalCom).and(SourceId::Tukib);
const ICT_TERM: Citation = Citation::whole(SourceId::ConsultantsAndNews);
const A_TERMS: Citation = Citation::whole(SourceId::BalCom);
const SHARES: Citation = Citation::whole(SourceId::Freevector).and(SourceId::Kazinform);
const ICT_2017: Citation = Citation::whole(SourceId::BalCom);
const ICT_LETTERS: Citation = Citation::whole(SourceId::BalCom).and(SourceId::Peregrine);
const ICT_PRIOR_WORK: Citation = Citation::whole(SourceId::Consultants);
const B_FEE: Citation = Citation::whole(SourceId::BalCom).and(SourceId::Celsium);
const B_FEE_RATE: Citation = Citation::whole(SourceId::Kazinform).and(SourceId::BalCom);
const A_NO_FEE: Citation = Citation::whole(SourceId::MondaqGrata);
const B_ICT_PROCEDURE: Citation = Citation::of(
    SourceId::Zhambyl36Regulation,
    localized! { kk: "5-тармақ («корпоративішілік ауыстыру шеңберінде» рәсімі, 1–7 тармақшалар: төлем қадамы жоқ)", ru: "пункт 5 (процедура «в рамках внутрикорпоративного перевода», подпункты 1–7: шага оплаты нет)", en: "clause 5 (procedure \"within an intra-corporate transfer\", sub-clauses 1–7: no fee step)" },
);
const B_REISSUE: Citation = Citation::whole(SourceId::SmartMigration);
const B_EXTENSION_TIMING: Citation = Citation::whole(SourceId::Lwp);
const A_REFUSAL: Citation = Citation::of(
    SourceId::Wko176Regulation,
    localized! { kk: "7-тармақ, 3) тармақша", ru: "пункт 7, подпункт 3)", en: "clause 7, sub-clause 3" },
);
const B_REFUSAL: Citation = Citation::of(
    SourceId::EgovRules559Summary,
    localized! { kk: "бас тарту негіздері (стандарттың 10-тармағы)", ru: "основания для отказа (пункт 10 стандарта)", en: "grounds for refusal (clause 10 of the standard)" },
);

const JAN_2017: Localized = localized! {
    kk: "2017 жылғы қаңтар",
    ru: "январь 2017 года",
    en: "January 2017",
};
const TEXT_2021: Localized = localized! {
    kk: "2021 жылғы мәтіннен оқылған",
    ru: "прочитано в тексте 2021 года",
    en: "read from a 2021 text",
};
const A_ERA: Localized = localized! {
    kk: "A редакциясының кезеңі",
    ru: "период редакции A",
    en: "Edition A era",
};
const B_ERA: Localized = localized! {
    kk: "B редакциясының кезеңі",
    ru: "период редакции B",
    en: "Edition B era",
};
const UNDATED: Localized = localized! {
    kk: "күні көрсетілмеген",
    ru: "без даты",
    en: "undated",
};
const LATER_WORDING: Localized = localized! {
    kk: "кейінгі редакция; 2017 жылға тексерілмеген",
    ru: "более поздняя редакция; для 2017 года не проверено",
    en: "later wording, not verified for 2017",
};
const FROM_2020: Localized = localized! {
    kk: "2020 жылдан бастап өзгерген",
    ru: "с 2020 года изменено",
    en: "changed from 2020",
};

// ---- Terms -----------------------------------------------------------------------------------------------------

/// Whom a term applies to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    Categories(&'static [Category]),
    /// Intra-corporate transfer (Edition B only).
    Ict,
    Seasonal,
}

/// How long a permit runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Duration {
    Months(u32),
    UpToMonths(u32),
    /// The employment contract's term, at most this many months.
    ContractUpToMonths(u32),
    NotKnown,
}

/// How often a permit may be extended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExtensionRule {
    /// Each time by this many months, without a limit on the number.
    WithoutLimit {
        months: u32,
    },
    /// At most this many times (the length of one extension is not stated).
    AtMost(u8),
    /// Once, by this many months.
    Once {
        months: u32,
    },
    NotAllowed,
    NotKnown,
}

impl ExtensionRule {
    /// The largest number of extensions, when there is one.
    pub const fn limit(self) -> Option<u8> {
        match self {
            ExtensionRule::AtMost(n) => Some(n),
            ExtensionRule::Once { .. } => Some(1),
            ExtensionRule::NotAllowed => Some(0),
            ExtensionRule::WithoutLimit { .. } | ExtensionRule::NotKnown => None,
        }
    }
}

/// A permit's validity and extension rule in one edition's era (EVIDENCE.md §3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PermitTerm {
    pub id: &'static str,
    pub edition: EditionId,
    pub scope: Scope,
    pub duration: Duration,
    pub extension: ExtensionRule,
    pub text: Localized,
    pub citation: Citation,
    pub period: Option<Localized>,
}

use Category::{Four, One, Three, Two};
use EditionId::{WestKazakhstan2014 as A, Zhambyl2017 as B};

/// EVIDENCE.md §3, "Validity".
pub static TERMS: &[PermitTerm] = &[
    PermitTerm {
        id: "b-term-category-1",
        edition: B,
        scope: Scope::Categories(&[One]),
        duration: Duration::Months(12),
        extension: ExtensionRule::WithoutLimit { months: 12 },
        text: localized! {
            kk: "1-санат: 12 ай; жыл сайын шектеусіз ұзартылады (1–3 жылға беру тек 2018 жылғы 27 наурыздан бастап).",
            ru: "Категория 1: 12 месяцев; продлевается ежегодно без ограничения (сроки от 1 до 3 лет — только с 27 марта 2018 года).",
            en: "Category 1: 12 months, extended yearly without limit (terms of 1–3 years only from 27 Mar 2018).",
        },
        citation: B_TERMS,
        period: Some(JAN_2017),
    },
    PermitTerm {
        id: "b-term-categories-2-3",
        edition: B,
        scope: Scope::Categories(&[Two, Three]),
        duration: Duration::Months(12),
        extension: ExtensionRule::AtMost(3),
        text: localized! {
            kk: "2–3-санаттар: 12 ай; ең көбі үш рет ұзартылады.",
            ru: "Категории 2–3: 12 месяцев; продлевается не более трёх раз.",
            en: "Categories 2–3: 12 months, extended at most three times.",
        },
        citation: B_TERMS,
        period: Some(JAN_2017),
    },
    PermitTerm {
        id: "b-term-category-4",
        edition: B,
        scope: Scope::Categories(&[Four]),
        duration: Duration::Months(12),
        extension: ExtensionRule::NotAllowed,
        text: localized! {
            kk: "4-санат: 12 ай; ұзартылмайды.",
            ru: "Категория 4: 12 месяцев; не продлевается.",
            en: "Category 4: 12 months, no extension.",
        },
        citation: B_TERM_CATEGORY_4,
        period: Some(TEXT_2021),
    },
    PermitTerm {
        id: "b-term-seasonal",
        edition: B,
        scope: Scope::Seasonal,
        duration: Duration::NotKnown,
        extension: ExtensionRule::NotKnown,
        text: localized! {
            kk: "Маусымдық жұмыскерлер: мерзімі белгісіз.",
            ru: "Сезонные работники: срок неизвестен.",
            en: "Seasonal workers: term not known.",
        },
        citation: NOT_FOUND,
        period: None,
    },
    PermitTerm {
        id: "b-term-ict",
        edition: B,
        scope: Scope::Ict,
        duration: Duration::ContractUpToMonths(36),
        extension: ExtensionRule::Once { months: 12 },
        text: localized! {
            kk: "Корпоративішілік ауыстыру: еңбек шартының мерзіміне, ең көбі 3 жыл; бір рет 1 жылға ұзартылады.",
            ru: "Внутрикорпоративный перевод: на срок трудового договора, не более 3 лет; продлевается один раз на 1 год.",
            en: "Intra-corporate transfer: the contract's term, at most 3 years; extended once by 1 year.",
        },
        citation: ICT_TERM,
        period: Some(period::NOT_STATED),
    },
    PermitTerm {
        id: "a-term-category-1",
        edition: A,
        scope: Scope::Categories(&[One]),
        duration: Duration::UpToMonths(36),
        extension: ExtensionRule::NotKnown,
        text: localized! {
            kk: "1-санат: 3 жылға дейін; ұзарту ережесі белгісіз.",
            ru: "Категория 1: до 3 лет; правила продления неизвестны.",
            en: "Category 1: up to 3 years; the extension rule is not known.",
        },
        citation: A_TERMS,
        period: Some(A_ERA),
    },
    PermitTerm {
        id: "a-term-categories-2-3",
        edition: A,
        scope: Scope::Categories(&[Two, Three]),
        duration: Duration::Months(12),
        extension: ExtensionRule::AtMost(2),
        text: localized! {
            kk: "2–3-санаттар: бір жыл; ең көбі екі рет ұзартылады.",
            ru: "Категории 2–3: один год; продлевается не более двух раз.",
            en: "Categories 2–3: one year, extended at most twice.",
        },
        citation: A_TERMS,
        period: Some(A_ERA),
    },
    PermitTerm {
        id: "a-term-category-4",
        edition: A,
        scope: Scope::Categories(&[Four]),
        duration: Duration::NotKnown,
        extension: ExtensionRule::NotKnown,
        text: localized! {
            kk: "4-санат: мерзімі мен ұзартуы белгісіз.",
            ru: "Категория 4: срок и продление неизвестны.",
            en: "Category 4: term and extension not known.",
        },
        citation: NOT_FOUND,
        period: None,
    },
];

/// The term for an employer's permit of this track and category in this edition's era. `None` when the category is
/// needed and not given, or the track does not exist in the edition.
pub fn term_for(
    edition: EditionId,
    track: Track,
    category: Option<Category>,
) -> Option<&'static PermitTerm> {
    TERMS.iter().find(|t| {
        t.edition == edition
            && match (t.scope, track) {
                (Scope::Ict, Track::IntraCorporateTransfer) => true,
                (Scope::Categories(cs), Track::General) => {
                    category.is_some_and(|c| cs.contains(&c))
                }
                _ => false,
            }
    })
}

// ---- Local staff share -----------------------------------------------------------------------------------------

/// A rule on the share of local (Kazakh) staff.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Share {
    /// Kazakh citizens make up at least this percentage of the staff of these categories.
    LocalAtLeast(u8),
    /// Foreigners at most this percentage of the Kazakh staff of the same category.
    ForeignAtMostOfLocal(u8),
    NotKnown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShareRule {
    pub id: &'static str,
    pub edition: EditionId,
    pub scope: Scope,
    pub share: Share,
    pub text: Localized,
    pub citation: Citation,
    pub period: Option<Localized>,
}

/// EVIDENCE.md §3, "Local staff share".
pub static SHARE_RULES: &[ShareRule] = &[
    ShareRule {
        id: "b-share-categories-1-2",
        edition: B,
        scope: Scope::Categories(&[One, Two]),
        share: Share::LocalAtLeast(70),
        text: localized! {
            kk: "1–2-санаттар: Қазақстан азаматтарының үлесі кемінде 70 %.",
            ru: "Категории 1–2: доля граждан Казахстана — не менее 70 %.",
            en: "Categories 1–2: Kazakh citizens at least 70 %.",
        },
        citation: SHARES,
        period: Some(B_ERA),
    },
    ShareRule {
        id: "b-share-categories-3-4",
        edition: B,
        scope: Scope::Categories(&[Three, Four]),
        share: Share::LocalAtLeast(90),
        text: localized! {
            kk: "3–4-санаттар: Қазақстан азаматтарының үлесі кемінде 90 %.",
            ru: "Категории 3–4: доля граждан Казахстана — не менее 90 %.",
            en: "Categories 3–4: Kazakh citizens at least 90 %.",
        },
        citation: SHARES,
        period: Some(B_ERA),
    },
    ShareRule {
        id: "b-share-ict",
        edition: B,
        scope: Scope::Ict,
        share: Share::ForeignAtMostOfLocal(50),
        text: localized! {
            kk: "Корпоративішілік ауыстыру: шетелдіктер саны сол санаттағы қазақстандық қызметкерлер санының 50 %-ынан аспайды.",
            ru: "Внутрикорпоративный перевод: иностранцев не более 50 % от казахстанских работников той же категории.",
            en: "Intra-corporate transfer: foreigners at most 50 % of the Kazakh staff of the same category.",
        },
        citation: SHARES,
        period: Some(B_ERA),
    },
    ShareRule {
        id: "a-share",
        edition: A,
        scope: Scope::Categories(&[One, Two, Three, Four]),
        share: Share::NotKnown,
        text: localized! {
            kk: "A редакциясы кезеңіндегі жергілікті кадрлар үлесі: белгісіз.",
            ru: "Доля местных кадров в период редакции A: неизвестно.",
            en: "Share of local staff in the Edition A era: not known.",
        },
        citation: NOT_FOUND,
        period: None,
    },
];

// ---- ICT conditions --------------------------------------------------------------------------------------------

/// A condition of an intra-corporate transfer (Edition B; all C, except the seed's missing fee step).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IctCondition {
    pub id: &'static str,
    pub text: Localized,
    pub citation: Citation,
    pub period: Option<Localized>,
}

/// EVIDENCE.md §1 "ICT — issue, early 2017" and §4.
pub static ICT_CONDITIONS: &[IctCondition] = &[
    IctCondition {
        id: "ict-no-fee",
        text: localized! {
            kk: "Рұқсат бергені үшін алым алынбайды.",
            ru: "Сбор за выдачу разрешения не взимается.",
            en: "No permit fee.",
        },
        citation: B_FEE,
        period: Some(period::FROM_2017),
    },
    IctCondition {
        id: "ict-no-fee-step",
        text: localized! {
            kk: "Регламенттің корпоративішілік ауыстыру рәсімінде алым төлеу қадамы жоқ: қараудан кейін рұқсаттың өзі дайындалады.",
            ru: "В процедуре регламента для внутрикорпоративного перевода нет шага уплаты сбора: после рассмотрения готовится само разрешение.",
            en: "The regulation's ICT procedure has no fee step: after review the permit itself is prepared.",
        },
        citation: B_ICT_PROCEDURE,
        period: None,
    },
    IctCondition {
        id: "ict-sectors",
        text: localized! {
            kk: "Тек 21 экономикалық қызмет түрінің тізбесінде.",
            ru: "Только в перечне из 21 вида экономической деятельности.",
            en: "Only in a list of 21 economic sectors.",
        },
        citation: ICT_2017,
        period: Some(period::EARLY_2017),
    },
    IctCondition {
        id: "ict-labour-market-search",
        text: localized! {
            kk: "Өтініш берер алдында ішкі еңбек нарығында кемінде 15 күн іздеу жүргізіледі.",
            ru: "До подачи заявления поиск на внутреннем рынке труда ведётся не менее 15 дней.",
            en: "The local labour market is searched for at least 15 days before applying.",
        },
        citation: ICT_2017,
        period: Some(period::EARLY_2017),
    },
    IctCondition {
        id: "ict-within-60-days",
        text: localized! {
            kk: "Өтініш жұмыс күшіне қажеттілік туралы хабарламадан кейін 60 күннен кешіктірілмей беріледі.",
            ru: "Заявление подаётся не позднее 60 дней после уведомления о потребности в рабочей силе.",
            en: "The application is filed no later than 60 days after the workforce-demand notice.",
        },
        citation: ICT_2017,
        period: Some(period::EARLY_2017),
    },
    IctCondition {
        id: "ict-education-or-letters",
        text: localized! {
            kk: "Білім туралы құжаттар 2017 жылғы 15 қыркүйекке дейін талап етілді; содан кейін шетелдік жұмыс беруші мен қабылдаушы тараптың хаттары.",
            ru: "Документы об образовании требовались до 15 сентября 2017 года; после — письма иностранного работодателя и принимающей стороны.",
            en: "Education documents until 15 Sep 2017; after that, letters from the foreign employer and the host.",
        },
        citation: ICT_LETTERS,
        period: Some(period::EARLY_2017),
    },
    IctCondition {
        id: "ict-prior-work",
        text: localized! {
            kk: "Қызметкер шетелдік заңды тұлғада кемінде бір жыл жұмыс істеген.",
            ru: "Работник проработал в иностранном юридическом лице не менее одного года.",
            en: "The worker has worked for the foreign legal entity for at least one year.",
        },
        citation: ICT_PRIOR_WORK,
        period: Some(UNDATED),
    },
];

// ---- Grounds for refusal ---------------------------------------------------------------------------------------

/// A ground on which the provider refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefusalGround {
    pub id: &'static str,
    pub edition: EditionId,
    pub tracks: &'static [Track],
    pub text: Localized,
    pub citation: Citation,
    pub period: Option<Localized>,
}

const BOTH: &[Track] = &[Track::General, Track::IntraCorporateTransfer];
const GENERAL: &[Track] = &[Track::General];
const ICT: &[Track] = &[Track::IntraCorporateTransfer];

/// EVIDENCE.md §2.
pub static REFUSAL_GROUNDS: &[RefusalGround] = &[
    RefusalGround {
        id: "a-refusal-incomplete",
        edition: A,
        tracks: GENERAL,
        text: localized! {
            kk: "Құжаттар толық емес көлемде тапсырылған және (немесе) өтініш белгіленген нысан бойынша толтырылмаған.",
            ru: "Документы представлены не в полном объёме и (или) заявление заполнено не по установленной форме.",
            en: "The package is incomplete and/or the application is not filled in on the set form.",
        },
        citation: A_REFUSAL,
        period: None,
    },
    RefusalGround {
        id: "a-refusal-other",
        edition: A,
        tracks: GENERAL,
        text: localized! {
            kk: "Басқа негіздер белгісіз.",
            ru: "Иные основания неизвестны.",
            en: "Other grounds: not known.",
        },
        citation: NOT_FOUND,
        period: None,
    },
    RefusalGround {
        id: "b-refusal-false-documents",
        edition: B,
        tracks: BOTH,
        text: localized! {
            kk: "Анық емес құжаттар немесе мәліметтер.",
            ru: "Недостоверные документы или сведения.",
            en: "False documents or data.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
    RefusalGround {
        id: "b-refusal-quota",
        edition: B,
        tracks: GENERAL,
        text: localized! {
            kk: "Квота асып кеткен.",
            ru: "Квота превышена.",
            en: "The quota is exceeded.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
    RefusalGround {
        id: "b-refusal-paragraph-16",
        edition: B,
        tracks: BOTH,
        text: localized! {
            kk: "Жұмыс беруші Қағидалардың 16-тармағына сай емес.",
            ru: "Работодатель не соответствует пункту 16 Правил.",
            en: "The employer does not meet paragraph 16 of the Rules.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
    RefusalGround {
        id: "b-refusal-unlawful-hiring",
        edition: B,
        tracks: GENERAL,
        text: localized! {
            kk: "Жұмыс берушінің шетелдіктерді рұқсатсыз немесе басқа кәсіп бойынша жұмысқа тартқаны анықталған: содан бастап 12 ай рұқсат берілмейді.",
            ru: "Выявлено привлечение работодателем иностранцев без разрешения или по другой профессии: 12 месяцев с этого момента разрешения не выдаются.",
            en: "The employer was found to have hired foreigners without a permit or in another profession: no permits for 12 months from then.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
    RefusalGround {
        id: "b-refusal-qualification",
        edition: B,
        tracks: GENERAL,
        text: localized! {
            kk: "Қызметкердің білімі мен еңбек өтілі біліктілік талаптарына сай емес.",
            ru: "Образование и стаж работника не соответствуют квалификационным требованиям.",
            en: "The worker's education and experience do not meet the qualification requirements.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
    RefusalGround {
        id: "b-refusal-paragraph-57",
        edition: B,
        tracks: ICT,
        text: localized! {
            kk: "Қағидалардың 57-тармағы сақталмаған.",
            ru: "Не соблюдён пункт 57 Правил.",
            en: "Paragraph 57 of the Rules is not met.",
        },
        citation: B_REFUSAL,
        period: Some(LATER_WORDING),
    },
];

/// The grounds for refusal of one edition and track.
pub fn refusal_grounds(edition: EditionId, track: Track) -> Vec<&'static RefusalGround> {
    REFUSAL_GROUNDS
        .iter()
        .filter(|g| g.edition == edition && g.tracks.contains(&track))
        .collect()
}

// ---- Fee -------------------------------------------------------------------------------------------------------

/// The Edition B fee as far as it is known: a range of rates, never an exact amount (the rate table is U).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeeRange {
    pub min_mci: u32,
    pub max_mci: u32,
    /// The monthly calculation index (MCI) in tenge, and its year.
    pub mci_tenge: u32,
    pub mci_year: i32,
    pub citation: Citation,
    pub period: Option<Localized>,
    /// Where the rate by category and sector would come from: not found.
    pub rate_table: Citation,
}

impl FeeRange {
    /// The range in tenge at the MCI of [`FeeRange::mci_year`]: a range, not the amount due.
    pub const fn tenge_range(&self) -> (u32, u32) {
        (self.min_mci * self.mci_tenge, self.max_mci * self.mci_tenge)
    }
}

/// EVIDENCE.md §4: 137–250 MCI; the MCI was 2,269 tenge in 2017.
pub const B_FEE_RANGE: FeeRange = FeeRange {
    min_mci: 137,
    max_mci: 250,
    mci_tenge: 2269,
    mci_year: 2017,
    citation: B_FEE_RATE,
    period: Some(period::FROM_2017),
    rate_table: NOT_FOUND,
};

// ---- Notes for a case ------------------------------------------------------------------------------------------

/// How a note bears on the case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Effect {
    /// The case cannot go ahead as described (by the grade of its citation: the seed, or practitioners).
    Blocking,
    /// Something to check or to tell us.
    Caution,
    Info,
    /// The evidence is silent (grade U).
    NotKnown,
}

/// One thing the rules say about this case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EligibilityNote {
    pub id: &'static str,
    pub effect: Effect,
    pub text: Localized,
    /// The rule the note applies, when it comes from a table ([`TERMS`], [`SHARE_RULES`]).
    pub rule: Option<Localized>,
    pub citation: Citation,
    pub period: Option<Localized>,
    /// Extensions so far and the limit, when the note is about them.
    pub extensions: Option<(u8, u8)>,
}

impl EligibilityNote {
    pub const fn grade(&self) -> Grade {
        self.citation.grade
    }

    /// The rule, then the note, then the count of extensions.
    pub fn message(&self, lang: Lang) -> String {
        let mut s = String::new();
        if let Some(rule) = self.rule {
            s.push_str(rule.get(lang));
            s.push(' ');
        }
        s.push_str(self.text.get(lang));
        if let Some((done, limit)) = self.extensions {
            s.push(' ');
            s.push_str(&match lang {
                Lang::Kk => format!("Ұзартылғаны: {done} / {limit}."),
                Lang::Ru => format!("Уже продлено: {done} из {limit}."),
                Lang::En => format!("Extended so far: {done} of {limit}."),
            });
        }
        s
    }
}

fn note(id: &'static str, effect: Effect, text: Localized, citation: Citation) -> EligibilityNote {
    EligibilityNote {
        id,
        effect,
        text,
        rule: None,
        citation,
        period: None,
        extensions: None,
    }
}

fn from_rule(
    id: &'static str,
    effect: Effect,
    text: Localized,
    term: &PermitTerm,
) -> EligibilityNote {
    EligibilityNote {
        rule: Some(term.text),
        period: term.period,
        ..note(id, effect, text, term.citation)
    }
}

const fn effect_of(grade: Grade, otherwise: Effect) -> Effect {
    match grade {
        Grade::U => Effect::NotKnown,
        _ => otherwise,
    }
}

/// What the rules say about this case: whether the service exists, extension limits, the term, the ICT conditions
/// and the local-staff share. Blocking notes come first.
pub fn eligibility(case: &Case) -> Vec<EligibilityNote> {
    let mut notes = Vec::new();
    // What the edition does not offer at all: the reason and its citation come from the procedures table.
    if let Err(why) = procedures::procedure(
        case.edition,
        case.service,
        case.track,
        case.applicant,
        case.channel,
    ) {
        notes.push(note(
            why.id(),
            Effect::Blocking,
            why.explanation(),
            why.citation(),
        ));
    }
    if !is_offered(case.edition, case.track, case.applicant) {
        return notes;
    }
    if case.applicant == Applicant::Worker {
        notes.push(note(
            "worker-permit-terms-not-known",
            Effect::NotKnown,
            localized! {
                kk: "Шетелдік қызметкердің өз рұқсатының мерзімі мен ұзарту шектері белгісіз.",
                ru: "Сроки и пределы продления разрешения самому иностранному работнику неизвестны.",
                en: "The term and extension limits of a foreign worker's own permit are not known.",
            },
            NOT_FOUND,
        ));
        return notes;
    }
    let term = term_for(case.edition, case.track, case.category);
    if case.track == Track::General && case.category.is_none() {
        notes.push(note(
            "category-needed",
            Effect::Caution,
            localized! {
                kk: "Рұқсат мерзімі мен ұзарту шектері қызметкердің санатына байланысты: санатты көрсетіңіз.",
                ru: "Срок разрешения и пределы продления зависят от категории работника: укажите категорию.",
                en: "The permit's term and extension limits depend on the worker's category: please give it.",
            },
            CATEGORIES,
        ));
    }
    match (case.service, term) {
        (ServiceKind::Extension, Some(t)) => {
            notes.push(extension_note(t, case.facts.extensions_so_far))
        }
        (ServiceKind::Issue, Some(t)) => notes.push(from_rule(
            "term",
            effect_of(t.citation.grade, Effect::Info),
            localized! {
                kk: "Рұқсат осы мерзімге беріледі.",
                ru: "Разрешение выдаётся на этот срок.",
                en: "The permit is issued for this term.",
            },
            t,
        )),
        _ => {}
    }
    if case.edition == B && case.track == Track::General && case.service == ServiceKind::Extension {
        notes.push(EligibilityNote {
            period: Some(FROM_2020),
            ..note(
                "b-extension-filing-time",
                Effect::Caution,
                localized! {
                    kk: "Ұзарту туралы өтініш рұқсат мерзімі аяқталғанға дейін кемінде 30 күнтізбелік күн бұрын беріледі; 2020 жылдан бастап — мерзім аяқталғанға дейін 60 күннен ерте емес және 30 күннен кешіктірмей.",
                    ru: "Заявление о продлении подаётся не менее чем за 30 календарных дней до истечения срока разрешения; с 2020 года — не ранее чем за 60 и не позднее чем за 30 дней.",
                    en: "The extension is filed at least 30 calendar days before the permit expires; from 2020, no earlier than 60 and no later than 30 days before.",
                },
                B_EXTENSION_TIMING,
            )
        });
    }
    if case.edition == B
        && case.track == Track::IntraCorporateTransfer
        && case.service == ServiceKind::Issue
    {
        notes.extend(ICT_CONDITIONS.iter().map(|c| EligibilityNote {
            period: c.period,
            ..note(c.id, Effect::Caution, c.text, c.citation)
        }));
    }
    let share = SHARE_RULES.iter().find(|r| {
        r.edition == case.edition
            && match (r.scope, case.track) {
                (Scope::Ict, Track::IntraCorporateTransfer) => true,
                (Scope::Categories(cs), Track::General) => {
                    case.category.is_some_and(|c| cs.contains(&c))
                }
                _ => false,
            }
    });
    if let Some(r) = share {
        notes.push(EligibilityNote {
            period: r.period,
            ..note(
                r.id,
                effect_of(r.citation.grade, Effect::Caution),
                r.text,
                r.citation,
            )
        });
    }
    // Blocking notes first, each group in its order (a stable partition; a sort would add ~3 KB to the bundle).
    let (mut blocking, rest): (Vec<_>, Vec<_>) = notes
        .into_iter()
        .partition(|n| n.effect == Effect::Blocking);
    blocking.extend(rest);
    blocking
}

/// The note on an extension under this term, given how many extensions there have been.
fn extension_note(t: &PermitTerm, so_far: Option<u8>) -> EligibilityNote {
    let limit_reached = localized! {
        kk: "Ұзарту шегі таусылды: рұқсатты енді ұзартуға болмайды.",
        ru: "Предел продлений исчерпан: разрешение больше нельзя продлить.",
        en: "The extension limit is reached: the permit cannot be extended again.",
    };
    match (t.extension, t.extension.limit(), so_far) {
        (ExtensionRule::NotKnown, ..) => from_rule(
            "extension-rule-not-known",
            Effect::NotKnown,
            localized! {
                kk: "Бұл жағдайдағы ұзарту ережесі белгісіз.",
                ru: "Правило продления для этого случая неизвестно.",
                en: "The extension rule for this case is not known.",
            },
            t,
        ),
        (ExtensionRule::NotAllowed, ..) => from_rule(
            "extension-not-allowed",
            Effect::Blocking,
            localized! {
                kk: "Бұл санаттағы рұқсат ұзартылмайды.",
                ru: "Разрешение этой категории не продлевается.",
                en: "A permit of this category cannot be extended.",
            },
            t,
        ),
        (ExtensionRule::WithoutLimit { .. }, ..) => from_rule(
            "extension-without-limit",
            Effect::Info,
            localized! {
                kk: "Ұзарту саны шектелмейді.",
                ru: "Число продлений не ограничено.",
                en: "There is no limit on the number of extensions.",
            },
            t,
        ),
        (_, Some(limit), Some(done)) => {
            let within = localized! {
                kk: "Шекке әлі жеткен жоқ: рұқсатты ұзартуға болады.",
                ru: "Предел ещё не достигнут: разрешение можно продлить.",
                en: "The limit is not reached yet: the permit can be extended.",
            };
            let base = if done >= limit {
                from_rule(
                    "extension-limit-reached",
                    Effect::Blocking,
                    limit_reached,
                    t,
                )
            } else {
                from_rule("extension-within-limit", Effect::Info, within, t)
            };
            EligibilityNote {
                extensions: Some((done, limit)),
                ..base
            }
        }
        _ => from_rule(
            "extension-count-needed",
            Effect::Caution,
            localized! {
                kk: "Рұқсат бұрын неше рет ұзартылды? Шек соған байланысты.",
                ru: "Сколько раз разрешение уже продлевалось? От этого зависит предел.",
                en: "How many times has the permit been extended already? The limit depends on it.",
            },
            t,
        ),
    }
}

/// What is known about the fee (Edition B) or the guarantee deposit (Edition A) for this case.
pub fn fee_notes(case: &Case) -> Vec<EligibilityNote> {
    let info = |id, text, citation, period| EligibilityNote {
        period,
        ..note(id, Effect::Info, text, citation)
    };
    let mut notes = Vec::new();
    match (case.edition, case.applicant, case.track, case.service) {
        (A, Applicant::Worker, ..) => notes.push(note(
            "a-worker-fee-not-known",
            Effect::NotKnown,
            localized! {
                kk: "Шетелдік қызметкердің өз рұқсаты үшін алым не кепілдік туралы ештеңе белгісіз.",
                ru: "О сборе или гарантии за разрешение самому иностранному работнику ничего не известно.",
                en: "Nothing is known of a fee or guarantee for the foreign worker's own permit.",
            },
            NOT_FOUND,
        )),
        (A, Applicant::Employer, ..) => {
            notes.push(info(
                "a-no-fee",
                localized! {
                    kk: "Бұл кезеңде рұқсат бергені үшін алым жоқ; оның орнына жұмыс беруші банкке кепілдік жарна енгізеді.",
                    ru: "В этот период сбора за разрешение нет; вместо него работодатель вносит гарантийный взнос в банк.",
                    en: "No permit fee in this era; the employer lodges a guarantee deposit in a bank instead.",
                },
                A_NO_FEE,
                Some(period::RULES_2012),
            ));
            if case.service == ServiceKind::Issue {
                notes.push(info(
                    "a-guarantee-deposit",
                    localized! {
                        kk: "Рұқсат беру туралы хабарламадан кейін 20 жұмыс күні ішінде кепілдік құжаттардың көшірмелері тапсырылады.",
                        ru: "В течение 20 рабочих дней после уведомления о выдаче сдаются копии гарантийных документов.",
                        en: "Within 20 working days of the notice of issue, copies of the guarantee documents are handed in.",
                    },
                    A_GUARANTEE,
                    None,
                ));
            }
        }
        (B, _, Track::IntraCorporateTransfer, _) => {
            for c in ICT_CONDITIONS.iter().filter(|c| c.id.starts_with("ict-no-fee")) {
                notes.push(info(c.id, c.text, c.citation, c.period));
            }
        }
        (B, _, Track::General, ServiceKind::Reissue) => notes.push(info(
            "b-reissue-no-second-fee",
            localized! {
                kk: "Қайта ресімдеу кезінде екінші рет алым төленбейді.",
                ru: "При переоформлении повторно сбор не уплачивается.",
                en: "No second fee is paid for a reissue.",
            },
            B_REISSUE,
            Some(period::CURRENT),
        )),
        (B, _, Track::General, _) => {
            notes.push(info(
                "b-fee",
                localized! {
                    kk: "2017 жылғы 1 қаңтардан бастап жұмыс беруші рұқсат беру және ұзарту үшін алым төлейді.",
                    ru: "С 1 января 2017 года работодатель уплачивает сбор за выдачу и продление разрешения.",
                    en: "From 1 Jan 2017 the employer pays a fee for issue and extension.",
                },
                B_FEE,
                Some(period::FROM_2017),
            ));
            notes.push(info(
                "b-fee-range",
                localized! {
                    kk: "Алым — санат пен экономикалық қызмет түріне қарай 137-ден 250 АЕК-ке дейінгі мөлшерлеме; 2017 жылы 1 АЕК = 2 269 теңге.",
                    ru: "Сбор — ставка от 137 до 250 МРП в зависимости от категории и вида экономической деятельности; в 2017 году 1 МРП = 2 269 тенге.",
                    en: "The fee is a rate of 137 to 250 MCI by category and economic sector; in 2017 one MCI was 2,269 tenge.",
                },
                B_FEE_RANGE.citation,
                B_FEE_RANGE.period,
            ));
            notes.push(note(
                "b-fee-rate-table-not-known",
                Effect::NotKnown,
                localized! {
                    kk: "Мөлшерлемелер кестесі табылмады, сондықтан нақты сома есептелмейді.",
                    ru: "Таблица ставок не найдена, поэтому точная сумма не рассчитывается.",
                    en: "The rate table was not found, so no exact amount is computed.",
                },
                B_FEE_RANGE.rate_table,
            ));
        }
    }
    notes
}

/// The day a permit issued (or extended) on `issued_on` is expected to end, with the source of its term (C).
///
/// Only where the term is a fixed number of months: 12 months for Edition B categories 1–4 and Edition A categories
/// 2–3 on issue; 12 months for an Edition B category-1 extension ("extended yearly") and an ICT extension ("once by
/// 1 year"). `None` otherwise: an ICT issue (the contract's term), Edition A category 1 ("up to 3 years"), an
/// extension whose length is not stated, a reissue, a foreign worker's permit, or an unknown category.
///
/// Our reading of "12 months": the permit ends on the same day of the month a year later (issued 10 May 2017, ends
/// 10 May 2018), as terms in months end under the general rule of the Civil Code; a day that does not exist (29 Feb)
/// becomes the last day of the month.
pub fn expected_permit_end(case: &Case, issued_on: NaiveDate) -> Option<(NaiveDate, Citation)> {
    if case.applicant != Applicant::Employer
        || !is_offered(case.edition, case.track, case.applicant)
    {
        return None;
    }
    let t = term_for(case.edition, case.track, case.category)?;
    let months = match (case.service, t.duration, t.extension) {
        (ServiceKind::Issue, Duration::Months(m), _) => m,
        (
            ServiceKind::Extension,
            _,
            ExtensionRule::WithoutLimit { months } | ExtensionRule::Once { months },
        ) => months,
        _ => return None,
    };
    Some((
        issued_on.checked_add_months(Months::new(months))?,
        t.citation,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{CaseFacts, Channel};

    fn case(
        edition: EditionId,
        service: ServiceKind,
        track: Track,
        category: Option<Category>,
    ) -> Case {
        Case {
            edition,
            service,
            track,
            applicant: Applicant::Employer,
            channel: Channel::Office,
            category,
            submitted: NaiveDate::from_ymd_opt(2017, 6, 1)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap(),
            applicant_done: None,
            facts: CaseFacts::default(),
        }
    }

    #[test]
    fn every_record_is_cited_and_worded() {
        let texts = TERMS
            .iter()
            .map(|t| (t.id, t.text, t.citation, t.period))
            .chain(
                SHARE_RULES
                    .iter()
                    .map(|r| (r.id, r.text, r.citation, r.period)),
            )
            .chain(
                ICT_CONDITIONS
                    .iter()
                    .map(|c| (c.id, c.text, c.citation, c.period)),
            )
            .chain(
                REFUSAL_GROUNDS
                    .iter()
                    .map(|g| (g.id, g.text, g.citation, g.period)),
            );
        for (id, text, citation, period) in texts {
            assert!(text.blank_in().is_empty(), "{id}");
            assert!(citation.blank_in().is_empty(), "{id}");
            if citation.grade == Grade::C {
                assert!(
                    period.is_some_and(|p| p.blank_in().is_empty()),
                    "{id}: a C fact states its period"
                );
            }
            if citation.grade == Grade::S {
                assert!(citation.locator.blank_in().is_empty(), "{id}");
            }
        }
    }

    #[test]
    fn terms_are_graded_as_the_evidence_grades_them() {
        for t in TERMS {
            let unknown =
                t.duration == Duration::NotKnown && t.extension == ExtensionRule::NotKnown;
            assert_eq!(t.citation.grade == Grade::U, unknown, "{}", t.id);
            assert!(matches!(t.citation.grade, Grade::C | Grade::U), "{}", t.id);
        }
        assert_eq!(
            term_for(B, Track::General, Some(Four)).unwrap().extension,
            ExtensionRule::NotAllowed
        );
        assert_eq!(
            term_for(A, Track::General, Some(Two)).unwrap().extension,
            ExtensionRule::AtMost(2)
        );
        assert_eq!(
            term_for(B, Track::General, Some(Three)).unwrap().extension,
            ExtensionRule::AtMost(3)
        );
        assert_eq!(term_for(B, Track::General, None), None);
        assert_eq!(term_for(A, Track::IntraCorporateTransfer, None), None);
    }

    #[test]
    fn refusal_grounds_by_edition_and_track() {
        let a = refusal_grounds(A, Track::General);
        assert_eq!(a[0].citation.grade, Grade::S);
        assert_eq!(a[0].citation.locator.en, "clause 7, sub-clause 3");
        assert_eq!(a[1].citation.grade, Grade::U);
        let ict: Vec<_> = refusal_grounds(B, Track::IntraCorporateTransfer)
            .iter()
            .map(|g| g.id)
            .collect();
        assert_eq!(
            ict,
            [
                "b-refusal-false-documents",
                "b-refusal-paragraph-16",
                "b-refusal-paragraph-57"
            ]
        );
        assert_eq!(refusal_grounds(B, Track::General).len(), 5);
        assert!(refusal_grounds(B, Track::General)
            .iter()
            .all(|g| g.citation.grade == Grade::O));
    }

    #[test]
    fn the_fee_is_a_range_only() {
        assert_eq!(B_FEE_RANGE.tenge_range(), (137 * 2269, 250 * 2269));
        assert_eq!(B_FEE_RANGE.rate_table.grade, Grade::U);
        let notes = fee_notes(&case(B, ServiceKind::Issue, Track::General, Some(Two)));
        assert!(notes
            .iter()
            .any(|n| n.id == "b-fee-rate-table-not-known" && n.effect == Effect::NotKnown));
        let ict = fee_notes(&case(
            B,
            ServiceKind::Issue,
            Track::IntraCorporateTransfer,
            None,
        ));
        assert!(ict.iter().all(|n| n.id.starts_with("ict-no-fee")) && !ict.is_empty());
        let a = fee_notes(&case(A, ServiceKind::Issue, Track::General, None));
        assert!(a
            .iter()
            .any(|n| n.id == "a-guarantee-deposit" && n.grade() == Grade::S));
    }

    #[test]
    fn expected_end_is_twelve_months_where_the_term_is_fixed() {
        let day = NaiveDate::from_ymd_opt(2017, 5, 10).unwrap();
        let (end, citation) = expected_permit_end(
            &case(B, ServiceKind::Issue, Track::General, Some(Four)),
            day,
        )
        .unwrap();
        assert_eq!(end, NaiveDate::from_ymd_opt(2018, 5, 10).unwrap());
        assert_eq!(citation.grade, Grade::C);
        let leap = NaiveDate::from_ymd_opt(2016, 2, 29).unwrap();
        let (end, _) = expected_permit_end(
            &case(B, ServiceKind::Issue, Track::General, Some(One)),
            leap,
        )
        .unwrap();
        assert_eq!(end, NaiveDate::from_ymd_opt(2017, 2, 28).unwrap());
        assert!(expected_permit_end(
            &case(B, ServiceKind::Issue, Track::IntraCorporateTransfer, None),
            day
        )
        .is_none());
        assert!(
            expected_permit_end(&case(A, ServiceKind::Issue, Track::General, Some(One)), day)
                .is_none()
        );
        assert!(expected_permit_end(
            &case(B, ServiceKind::Extension, Track::General, Some(Two)),
            day
        )
        .is_none());
        assert!(expected_permit_end(
            &case(
                B,
                ServiceKind::Extension,
                Track::IntraCorporateTransfer,
                None
            ),
            day
        )
        .is_some());
        assert!(
            expected_permit_end(&case(B, ServiceKind::Issue, Track::General, None), day).is_none()
        );
    }

    #[test]
    fn notes_have_words_in_every_language() {
        for edition in EditionId::ALL {
            for service in ServiceKind::ALL {
                for track in [Track::General, Track::IntraCorporateTransfer] {
                    for category in [None, Some(One), Some(Two), Some(Four)] {
                        for so_far in [None, Some(0), Some(5)] {
                            let mut c = case(edition, service, track, category);
                            c.facts.extensions_so_far = so_far;
                            for n in eligibility(&c).into_iter().chain(fee_notes(&c)) {
                                assert!(n.text.blank_in().is_empty(), "{}", n.id);
                                for lang in Lang::ALL {
                                    assert!(!n.message(lang).trim().is_empty());
                                }
                                if n.grade() == Grade::U {
                                    assert_eq!(n.effect, Effect::NotKnown, "{}", n.id);
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
