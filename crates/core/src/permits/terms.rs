//! How long a permit runs and how often it may be extended, per edition's era and category (EVIDENCE.md §3, "Validity").

use super::*;

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
