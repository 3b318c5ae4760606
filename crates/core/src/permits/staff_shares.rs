//! The share of local (Kazakh) staff an employer must keep (EVIDENCE.md §3, "Local staff share").

use super::*;

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
    pub text: ShareText,
    pub citation: Citation,
    pub period: Option<Period>,
}

/// The words of a share rule (`ruqsat_wording::rules::permits::share`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ShareText {
    /// Edition B, categories 1–2: Kazakh citizens at least 70 %.
    BCategories1To2,
    /// Edition B, categories 3–4: Kazakh citizens at least 90 %.
    BCategories3To4,
    /// Edition B, intra-corporate transfer: foreigners at most 50 % of the Kazakh staff of the same category.
    BIct,
    /// Edition A: the share is not known.
    ANotKnown,
}

impl ShareText {
    pub const ALL: &[ShareText] = &[
        ShareText::BCategories1To2,
        ShareText::BCategories3To4,
        ShareText::BIct,
        ShareText::ANotKnown,
    ];
}

/// EVIDENCE.md §3, "Local staff share".
pub static SHARE_RULES: &[ShareRule] = &[
    ShareRule {
        id: "b-share-categories-1-2",
        edition: B,
        scope: Scope::Categories(&[One, Two]),
        share: Share::LocalAtLeast(70),
        text: ShareText::BCategories1To2,
        citation: SHARES,
        period: Some(Period::EditionBEra),
    },
    ShareRule {
        id: "b-share-categories-3-4",
        edition: B,
        scope: Scope::Categories(&[Three, Four]),
        share: Share::LocalAtLeast(90),
        text: ShareText::BCategories3To4,
        citation: SHARES,
        period: Some(Period::EditionBEra),
    },
    ShareRule {
        id: "b-share-ict",
        edition: B,
        scope: Scope::Ict,
        share: Share::ForeignAtMostOfLocal(50),
        text: ShareText::BIct,
        citation: SHARES,
        period: Some(Period::EditionBEra),
    },
    ShareRule {
        id: "a-share",
        edition: A,
        scope: Scope::Categories(&[One, Two, Three, Four]),
        share: Share::NotKnown,
        text: ShareText::ANotKnown,
        citation: NOT_FOUND,
        period: None,
    },
];
