//! The Edition B fee and the Edition A guarantee deposit (EVIDENCE.md §4).

use super::*;

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
    pub period: Option<Period>,
    /// Where the rate by category and sector would come from: not found.
    pub rate_table: Citation,
}

impl FeeRange {
    /// Its figures, for the note that states them.
    pub const fn says(&self) -> Says {
        Says::FeeRange {
            min_mci: self.min_mci,
            max_mci: self.max_mci,
            mci_tenge: self.mci_tenge,
            mci_year: self.mci_year,
        }
    }

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
    period: Some(Period::OfTheDocuments(period::FROM_2017)),
    rate_table: NOT_FOUND,
};

/// What is known about the fee (Edition B) or the guarantee deposit (Edition A) for this case.
pub fn fee_notes(case: &Case) -> Vec<EligibilityNote> {
    let info = |id, says, citation, period| EligibilityNote {
        period,
        ..fact(id, Effect::Info, says, citation)
    };
    let mut notes = Vec::new();
    match (case.edition, case.applicant, case.track, case.service) {
        (A, Applicant::Worker, ..) => notes.push(note(
            "a-worker-fee-not-known",
            Effect::NotKnown,
            NoteText::AWorkerFeeNotKnown,
            NOT_FOUND,
        )),
        (A, Applicant::Employer, ..) => {
            notes.push(info(
                "a-no-fee",
                Says::Note(NoteText::ANoFeeButAGuaranteeDeposit),
                A_NO_FEE,
                Some(Period::OfTheDocuments(period::RULES_2012)),
            ));
            if case.service == ServiceKind::Issue {
                notes.push(fact(
                    "a-guarantee-deposit",
                    Effect::Info,
                    Says::GuaranteeDue {
                        working_days: A_GUARANTEE_WORKING_DAYS,
                    },
                    A_GUARANTEE,
                ));
            }
        }
        (B, _, Track::IntraCorporateTransfer, _) => {
            for c in ICT_CONDITIONS
                .iter()
                .filter(|c| c.id.starts_with("ict-no-fee"))
            {
                notes.push(info(c.id, Says::IctCondition(c.text), c.citation, c.period));
            }
        }
        (B, _, Track::General, ServiceKind::Reissue) => notes.push(info(
            "b-reissue-no-second-fee",
            Says::Note(NoteText::BReissueNoSecondFee),
            B_REISSUE,
            Some(Period::OfTheDocuments(period::CURRENT)),
        )),
        (B, _, Track::General, _) => {
            notes.push(info(
                "b-fee",
                Says::Note(NoteText::BFeeFrom2017),
                B_FEE,
                Some(Period::OfTheDocuments(period::FROM_2017)),
            ));
            notes.push(EligibilityNote {
                period: B_FEE_RANGE.period,
                ..fact(
                    "b-fee-range",
                    Effect::Info,
                    B_FEE_RANGE.says(),
                    B_FEE_RANGE.citation,
                )
            });
            notes.push(note(
                "b-fee-rate-table-not-known",
                Effect::NotKnown,
                NoteText::BRateTableNotFound,
                B_FEE_RANGE.rate_table,
            ));
        }
    }
    notes
}
