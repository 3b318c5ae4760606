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
    /// The 2017 table by category and sector group ([`B_FEE_TABLE_2017`]): C, with no act named behind it.
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
    period: Some(Period::OfTheDocuments(documents::Period::From2017)),
    rate_table: B_FEE_TABLE_2017.citation,
};

/// A group of economic sectors of the 2017 fee table (its words: `ruqsat_wording::rules::permits::fee_group`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FeeGroup {
    /// Professional, scientific, ICT, finance, transport, agriculture, utilities and similar.
    ProfessionalAndServices,
    /// Mining, quarrying, wholesale and retail, car repair.
    MiningAndTrade,
    /// A third group whose sectors the stored copy does not name.
    NotNamed,
}

/// One row of the 2017 fee table: the rate in MCI for categories 1, 2, 3 and 4.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeeRow {
    pub group: FeeGroup,
    pub mci: [u32; 4],
}

/// The 2017 fee table as bal.com gives it (C): a table to show beside the range, never an amount due.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FeeTable {
    pub rows: [FeeRow; 3],
    /// Seasonal work, any category.
    pub seasonal_mci: u32,
    pub citation: Citation,
    pub period: Option<Period>,
}

/// EVIDENCE.md §4: "a 2017 table in tenge (C: bal.com; MCI figures are the tenge divided by 2,269)". No source names
/// the act that set these rates, so the product shows the range and this table as C, never a computed amount.
pub const B_FEE_TABLE_2017: FeeTable = FeeTable {
    rows: [
        FeeRow {
            group: FeeGroup::ProfessionalAndServices,
            mci: [137, 158, 179, 200],
        },
        FeeRow {
            group: FeeGroup::MiningAndTrade,
            mci: [154, 178, 202, 225],
        },
        FeeRow {
            group: FeeGroup::NotNamed,
            mci: [171, 198, 224, 250],
        },
    ],
    seasonal_mci: 24,
    citation: Citation::whole(SourceId::BalCom),
    period: Some(Period::OfTheDocuments(documents::Period::From2017)),
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
                Some(Period::OfTheDocuments(documents::Period::Rules2012)),
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
            Some(Period::OfTheDocuments(documents::Period::CurrentPractice)),
        )),
        (B, _, Track::General, _) => {
            notes.push(info(
                "b-fee",
                Says::Note(NoteText::BFeeFrom2017),
                B_FEE,
                Some(Period::OfTheDocuments(documents::Period::From2017)),
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
            notes.push(info(
                "b-fee-table-2017",
                Says::Note(NoteText::BFeeTableNoActNamed),
                B_FEE_TABLE_2017.citation,
                B_FEE_TABLE_2017.period,
            ));
        }
    }
    notes
}
