//! The grounds on which the provider refuses (EVIDENCE.md §2).

use super::*;
use crate::case::Channel;

// ---- Grounds for refusal ---------------------------------------------------------------------------------------

/// A ground on which the provider refuses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RefusalGround {
    pub id: &'static str,
    pub edition: EditionId,
    pub tracks: &'static [Track],
    /// The channel the ground belongs to; `None`: any channel.
    pub channel: Option<Channel>,
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
    /// The portal refuses the log-in: the applicant's data is faulty (A 11.4, B 9.4).
    PortalLogInRefused,
    /// The portal refuses the request: the digital signature is not confirmed (A 11.7, B 9.6).
    PortalSignatureNotConfirmed,
    /// The provider refuses the request: the attached documents are faulty (A 11.10, B 9.10).
    PortalAttachmentsFaulty,
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
        RefusalText::PortalLogInRefused,
        RefusalText::PortalSignatureNotConfirmed,
        RefusalText::PortalAttachmentsFaulty,
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
        channel: None,
        text: RefusalText::AIncompleteOrNotOnTheForm,
        citation: A_REFUSAL,
        period: None,
    },
    RefusalGround {
        id: "a-refusal-other",
        edition: A,
        tracks: GENERAL,
        channel: None,
        text: RefusalText::AOtherNotKnown,
        citation: NOT_FOUND,
        period: None,
    },
    RefusalGround {
        id: "b-refusal-false-documents",
        edition: B,
        tracks: BOTH,
        channel: None,
        text: RefusalText::BFalseDocuments,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
    RefusalGround {
        id: "b-refusal-quota",
        edition: B,
        tracks: GENERAL,
        channel: None,
        text: RefusalText::BQuotaExceeded,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
    RefusalGround {
        id: "b-refusal-paragraph-16",
        edition: B,
        tracks: BOTH,
        channel: None,
        text: RefusalText::BParagraph16NotMet,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
    RefusalGround {
        id: "b-refusal-unlawful-hiring",
        edition: B,
        tracks: GENERAL,
        channel: None,
        text: RefusalText::BUnlawfulHiring,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
    RefusalGround {
        id: "b-refusal-qualification",
        edition: B,
        tracks: GENERAL,
        channel: None,
        text: RefusalText::BQualificationNotMet,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
    RefusalGround {
        id: "b-refusal-paragraph-57",
        edition: B,
        tracks: ICT,
        channel: None,
        text: RefusalText::BParagraph57NotMet,
        citation: B_REFUSAL,
        period: Some(Period::LaterWordingNotVerifiedFor2017),
    },
    // The portal's refusals, in the seeds themselves (S; EVIDENCE.md §2): Edition A clause 11, sub-clauses 4, 7 and
    // 10; Edition B clause 9, sub-clauses 4, 6 and 10.
    portal(
        "a-portal-log-in-refused",
        A,
        GENERAL,
        RefusalText::PortalLogInRefused,
        a_portal(4),
    ),
    portal(
        "a-portal-signature-not-confirmed",
        A,
        GENERAL,
        RefusalText::PortalSignatureNotConfirmed,
        a_portal(7),
    ),
    portal(
        "a-portal-attachments-faulty",
        A,
        GENERAL,
        RefusalText::PortalAttachmentsFaulty,
        a_portal(10),
    ),
    portal(
        "b-portal-log-in-refused",
        B,
        BOTH,
        RefusalText::PortalLogInRefused,
        b_portal(4),
    ),
    portal(
        "b-portal-signature-not-confirmed",
        B,
        BOTH,
        RefusalText::PortalSignatureNotConfirmed,
        b_portal(6),
    ),
    portal(
        "b-portal-attachments-faulty",
        B,
        BOTH,
        RefusalText::PortalAttachmentsFaulty,
        b_portal(10),
    ),
];

/// A sub-clause of Edition A's portal clause (11).
const fn a_portal(sub_clause: u8) -> Citation {
    Citation::of(
        SourceId::Wko176Regulation,
        Locator::sub_clause(11, sub_clause),
    )
}

/// A sub-clause of Edition B's portal clause (9).
const fn b_portal(sub_clause: u8) -> Citation {
    Citation::of(
        SourceId::Zhambyl36Regulation,
        Locator::sub_clause(9, sub_clause),
    )
}

/// A refusal of the portal channel, from a seed (no period: the seed's own).
const fn portal(
    id: &'static str,
    edition: EditionId,
    tracks: &'static [Track],
    text: RefusalText,
    citation: Citation,
) -> RefusalGround {
    RefusalGround {
        id,
        edition,
        tracks,
        channel: Some(Channel::Portal),
        text,
        citation,
        period: None,
    }
}

/// The grounds for refusal of one edition, track and channel: the portal's own refusals only on the portal.
pub fn refusal_grounds(
    edition: EditionId,
    track: Track,
    channel: Channel,
) -> Vec<&'static RefusalGround> {
    REFUSAL_GROUNDS
        .iter()
        .filter(|g| {
            g.edition == edition
                && g.tracks.contains(&track)
                && g.channel.is_none_or(|c| c == channel)
        })
        .collect()
}
