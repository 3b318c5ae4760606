//! The conditions of an intra-corporate transfer, Edition B (EVIDENCE.md §1 "ICT — issue, early 2017" and §4).

use super::*;

// ---- ICT conditions --------------------------------------------------------------------------------------------

/// A condition of an intra-corporate transfer (Edition B; all C, except the seed's missing fee step).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IctCondition {
    pub id: &'static str,
    pub text: IctText,
    pub citation: Citation,
    pub period: Option<Period>,
}

/// The words of an ICT condition (`ruqsat_wording::rules::permits::ict_condition`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IctText {
    /// No permit fee.
    NoFee,
    /// The regulation's ICT procedure has no fee step.
    NoFeeStep,
    /// Only in the list of 21 economic sectors.
    OnlyListedSectors,
    /// The local labour market is searched for at least 15 days before applying.
    LabourMarketSearched,
    /// Filed no later than 60 days after the workforce-demand notice.
    FiledWithin60Days,
    /// Education documents until 15 Sep 2017; after that, the foreign employer's and the host's letters.
    EducationOrLetters,
    /// The worker has worked for the foreign legal entity for at least one year.
    PriorWorkOneYear,
}

impl IctText {
    pub const ALL: &[IctText] = &[
        IctText::NoFee,
        IctText::NoFeeStep,
        IctText::OnlyListedSectors,
        IctText::LabourMarketSearched,
        IctText::FiledWithin60Days,
        IctText::EducationOrLetters,
        IctText::PriorWorkOneYear,
    ];
}

/// EVIDENCE.md §1 "ICT — issue, early 2017" and §4.
pub static ICT_CONDITIONS: &[IctCondition] = &[
    IctCondition {
        id: "ict-no-fee",
        text: IctText::NoFee,
        citation: B_FEE,
        period: Some(Period::OfTheDocuments(period::FROM_2017)),
    },
    IctCondition {
        id: "ict-no-fee-step",
        text: IctText::NoFeeStep,
        citation: B_ICT_PROCEDURE,
        period: None,
    },
    IctCondition {
        id: "ict-sectors",
        text: IctText::OnlyListedSectors,
        citation: ICT_2017,
        period: Some(Period::OfTheDocuments(period::EARLY_2017)),
    },
    IctCondition {
        id: "ict-labour-market-search",
        text: IctText::LabourMarketSearched,
        citation: ICT_2017,
        period: Some(Period::OfTheDocuments(period::EARLY_2017)),
    },
    IctCondition {
        id: "ict-within-60-days",
        text: IctText::FiledWithin60Days,
        citation: ICT_2017,
        period: Some(Period::OfTheDocuments(period::EARLY_2017)),
    },
    IctCondition {
        id: "ict-education-or-letters",
        text: IctText::EducationOrLetters,
        citation: ICT_LETTERS,
        period: Some(Period::OfTheDocuments(period::EARLY_2017)),
    },
    IctCondition {
        id: "ict-prior-work",
        text: IctText::PriorWorkOneYear,
        citation: ICT_PRIOR_WORK,
        period: Some(Period::Undated),
    },
];
