//! The grounds on which the provider refuses (EVIDENCE.md §2).

use super::*;

// ---- Grounds for refusal ---------------------------------------------------------------------------------------

/// A ground on which the provider refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefusalGround {
    pub id: &'static str,
    pub edition: EditionId,
    pub tracks: &'static [Track],
    pub text: RefusalText,
    pub citation: Citation,
    pub period: Option<Period>,
}

/// The words of a ground for refusal (`ruqsat_wording::rules::permits::refusal_ground`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RefusalText {
    /// Edition A: the package is incomplete or the application not on the set form.
    AIncompleteOrNotOnTheForm,
    /// Edition A: other grounds are not known.
    AOtherNotKnown,
    /// Edition B: false documents or data.
    BFalseDocuments,
    /// Edition B: the quota is exceeded.
    BQuotaExceeded,
    /// Edition B: the employer does not meet paragraph 16 of the Rules.
    BParagraph16NotMet,
    /// Edition B: the employer hired foreigners unlawfully; no permits for 12 months.
    BUnlawfulHiring,
    /// Edition B: the worker's education and experience do not meet the qualification requirements.
    BQualificationNotMet,
    /// Edition B: paragraph 57 of the Rules is not met.
    BParagraph57NotMet,
}

impl RefusalText {
    pub const ALL: &[RefusalText] = &[
        RefusalText::AIncompleteOrNotOnTheForm,
        RefusalText::AOtherNotKnown,
        RefusalText::BFalseDocuments,
        RefusalText::BQuotaExceeded,
        RefusalText::BParagraph16NotMet,
        RefusalText::BUnlawfulHiring,
        RefusalText::BQualificationNotMet,
        RefusalText::BParagraph57NotMet,
    ];
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
        text: RefusalText::AIncompleteOrNotOnTheForm,
        citation: A_REFUSAL,
        period: None,
    },
    RefusalGround {
        id: "a-refusal-other",
        edition: A,
        tracks: GENERAL,
        text: RefusalText::AOtherNotKnown,
        citation: NOT_FOUND,
        period: None,
    },
    RefusalGround {
        id: "b-refusal-false-documents",
        edition: B,
        tracks: BOTH,
        text: RefusalText::BFalseDocuments,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
    RefusalGround {
        id: "b-refusal-quota",
        edition: B,
        tracks: GENERAL,
        text: RefusalText::BQuotaExceeded,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
    RefusalGround {
        id: "b-refusal-paragraph-16",
        edition: B,
        tracks: BOTH,
        text: RefusalText::BParagraph16NotMet,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
    RefusalGround {
        id: "b-refusal-unlawful-hiring",
        edition: B,
        tracks: GENERAL,
        text: RefusalText::BUnlawfulHiring,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
    RefusalGround {
        id: "b-refusal-qualification",
        edition: B,
        tracks: GENERAL,
        text: RefusalText::BQualificationNotMet,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
    RefusalGround {
        id: "b-refusal-paragraph-57",
        edition: B,
        tracks: ICT,
        text: RefusalText::BParagraph57NotMet,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
];

/// The grounds for refusal of one edition and track.
pub fn refusal_grounds(edition: EditionId, track: Track) -> Vec<&'static RefusalGround> {
    REFUSAL_GROUNDS
        .iter()
        .filter(|g| g.edition == edition && g.tracks.contains(&track))
        .collect()
}
