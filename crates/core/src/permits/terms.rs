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
    pub text: TermText,
    pub citation: Citation,
    pub period: Option<Period>,
}

/// The words of a term (`ruqsat_wording::rules::permits::term`): its duration and extension rule as the sources say them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TermText {
    /// Edition B, category 1: 12 months, extended yearly without limit.
    BCategory1,
    /// Edition B, categories 2–3: 12 months, extended at most three times.
    BCategories2To3,
    /// Edition B, category 4: 12 months, no extension.
    BCategory4,
    /// Edition B, seasonal workers: the term is not known.
    BSeasonal,
    /// Edition B, intra-corporate transfer: the contract's term, at most 3 years; extended once by 1 year.
    BIct,
    /// Edition A, category 1: up to 3 years; the extension rule is not known.
    ACategory1,
    /// Edition A, categories 2–3: one year, extended at most twice.
    ACategories2To3,
    /// Edition A, category 4: the term and extension are not known.
    ACategory4,
}

impl TermText {
    pub const ALL: &[TermText] = &[
        TermText::BCategory1,
        TermText::BCategories2To3,
        TermText::BCategory4,
        TermText::BSeasonal,
        TermText::BIct,
        TermText::ACategory1,
        TermText::ACategories2To3,
        TermText::ACategory4,
    ];
}

/// EVIDENCE.md §3, "Validity".
pub static TERMS: &[PermitTerm] = &[
    PermitTerm {
        id: "b-term-category-1",
        edition: B,
        scope: Scope::Categories(&[One]),
        duration: Duration::Months(12),
        extension: ExtensionRule::WithoutLimit { months: 12 },
        text: TermText::BCategory1,
        citation: B_TERMS,
        period: Some(Period::January2017),
    },
    PermitTerm {
        id: "b-term-categories-2-3",
        edition: B,
        scope: Scope::Categories(&[Two, Three]),
        duration: Duration::Months(12),
        extension: ExtensionRule::AtMost(3),
        text: TermText::BCategories2To3,
        citation: B_TERMS,
        period: Some(Period::January2017),
    },
    PermitTerm {
        id: "b-term-category-4",
        edition: B,
        scope: Scope::Categories(&[Four]),
        duration: Duration::Months(12),
        extension: ExtensionRule::NotAllowed,
        text: TermText::BCategory4,
        citation: B_TERM_CATEGORY_4,
        period: Some(Period::ReadFromA2021Text),
    },
    PermitTerm {
        id: "b-term-seasonal",
        edition: B,
        scope: Scope::Seasonal,
        duration: Duration::NotKnown,
        extension: ExtensionRule::NotKnown,
        text: TermText::BSeasonal,
        citation: NOT_FOUND,
        period: None,
    },
    PermitTerm {
        id: "b-term-ict",
        edition: B,
        scope: Scope::Ict,
        duration: Duration::ContractUpToMonths(36),
        extension: ExtensionRule::Once { months: 12 },
        text: TermText::BIct,
        citation: ICT_TERM,
        period: Some(Period::OfTheDocuments(period::NOT_STATED)),
    },
    PermitTerm {
        id: "a-term-category-1",
        edition: A,
        scope: Scope::Categories(&[One]),
        duration: Duration::UpToMonths(36),
        extension: ExtensionRule::NotKnown,
        text: TermText::ACategory1,
        citation: A_TERMS,
        period: Some(Period::EditionAEra),
    },
    PermitTerm {
        id: "a-term-categories-2-3",
        edition: A,
        scope: Scope::Categories(&[Two, Three]),
        duration: Duration::Months(12),
        extension: ExtensionRule::AtMost(2),
        text: TermText::ACategories2To3,
        citation: A_TERMS,
        period: Some(Period::EditionAEra),
    },
    PermitTerm {
        id: "a-term-category-4",
        edition: A,
        scope: Scope::Categories(&[Four]),
        duration: Duration::NotKnown,
        extension: ExtensionRule::NotKnown,
        text: TermText::ACategory4,
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
