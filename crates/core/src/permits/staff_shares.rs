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
