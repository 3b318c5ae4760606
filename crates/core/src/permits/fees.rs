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
    pub period: Option<Localized>,
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
    period: Some(period::FROM_2017),
    rate_table: NOT_FOUND,
};

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
