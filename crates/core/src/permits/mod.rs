//! Permit terms, extension limits, local-staff shares, the ICT conditions, the fee, the grounds for refusal, and
//! what they mean for one case ([`eligibility`], [`fee_notes`], [`expected_permit_end`]).
//!
//! Almost all of this is secondary evidence (`regulations/EVIDENCE.md` §2–§4): consultants and news items (grade C),
//! an official page in a later wording (O), and the little the seeds say (S). Every record carries its grade and
//! source, and the period the source describes where it says, so the interface can tell "not eligible per the
//! regulation" from "practitioners say".

use chrono::{Months, NaiveDate};

use super::case::{Applicant, Case, Category, ServiceKind, Track};
use super::documents::{self, is_offered, A_GUARANTEE, A_GUARANTEE_WORKING_DAYS};
use super::editions::EditionId;
use super::evidence::{Aside, Citation, Grade, Locator, Part, Place};
use super::procedures;
use crate::sources::SourceId;
use Category::{Four, One, Three, Two};
use EditionId::{WestKazakhstan2014 as A, Zhambyl2017 as B};

// ---- Sources ---------------------------------------------------------------------------------------------------

/// Nothing found in the sources searched (regulations/EVIDENCE.md §2–§4).
const NOT_FOUND: Citation = Citation::whole(SourceId::NotFound);
/// The categories themselves (Rules 559, paragraph 3).
pub const CATEGORIES: Citation = Citation::of(SourceId::Rules559, Locator::at(Place::Paragraph(3)));
const B_TERMS: Citation = Citation::whole(SourceId::BalCom).and(SourceId::Tukib);
const B_TERM_CATEGORY_4: Citation = Citation::whole(SourceId::BalCom).and(SourceId::Tukib);
const ICT_TERM: Citation = Citation::whole(SourceId::ConsultantsAndNews);
const A_TERMS: Citation = Citation::whole(SourceId::BalCom);
const SHARES: Citation = Citation::whole(SourceId::Freevector).and(SourceId::Kazinform);
const ICT_2017: Citation = Citation::whole(SourceId::BalCom);
const ICT_LETTERS: Citation = Citation::whole(SourceId::BalCom).and(SourceId::Peregrine);
const ICT_PRIOR_WORK: Citation = Citation::whole(SourceId::Consultants);
const B_FEE: Citation = Citation::whole(SourceId::BalCom).and(SourceId::Celsium);
const B_FEE_RATE: Citation = Citation::whole(SourceId::Kazinform).and(SourceId::BalCom);
const A_NO_FEE: Citation = Citation::whole(SourceId::MondaqGrata);
const B_ICT_PROCEDURE: Citation = Citation::of(
    SourceId::Zhambyl36Regulation,
    Locator::clause(5).aside(Aside::IctProcedureWithoutFee),
);
const B_REISSUE: Citation = Citation::whole(SourceId::SmartMigration);
const B_EXTENSION_TIMING: Citation = Citation::whole(SourceId::Lwp);
const A_REFUSAL: Citation = Citation::of(SourceId::Wko176Regulation, Locator::sub_clause(7, 3));
const B_REFUSAL: Citation = Citation::of(
    SourceId::EgovRules559Summary,
    Locator::at(Place::Part(Part::GroundsForRefusal)).aside(Aside::Clause10OfTheStandard),
);

/// The period a record's source describes, where it says (its words: `ruqsat_wording::rules::permits::period`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// January 2017.
    January2017,
    /// Read from a text of 2021.
    ReadFromA2021Text,
    /// The era of Edition A.
    EditionAEra,
    /// The era of Edition B.
    EditionBEra,
    /// The source gives no date.
    Undated,
    /// A later wording, not verified for 2017.
    LaterWordingNotVerifiedFor2017,
    /// Changed from 2020.
    ChangedFrom2020,
    /// One of the periods of the documents' records ([`documents::Period`]).
    OfTheDocuments(documents::Period),
}

impl Period {
    /// The periods of the permits' own records, for the tests that iterate them.
    pub const ALL: &[Period] = &[
        Period::January2017,
        Period::ReadFromA2021Text,
        Period::EditionAEra,
        Period::EditionBEra,
        Period::Undated,
        Period::LaterWordingNotVerifiedFor2017,
        Period::ChangedFrom2020,
    ];
}

/// A note that states no figure of the data (its words: `ruqsat_wording::rules::permits::note`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoteText {
    /// The term and extension limits of a foreign worker's own permit are not known.
    WorkerPermitTermsNotKnown,
    /// The term and extension limits depend on the worker's category, which is needed.
    CategoryNeeded,
    /// When an Edition B extension is filed (at least 30 days before expiry; from 2020, 60 to 30 days before).
    BExtensionFilingTime,
    /// Nothing is known of a fee or guarantee for a foreign worker's own permit (Edition A).
    AWorkerFeeNotKnown,
    /// No permit fee in Edition A's era; a guarantee deposit in a bank instead.
    ANoFeeButAGuaranteeDeposit,
    /// No second fee for a reissue (Edition B).
    BReissueNoSecondFee,
    /// From 1 Jan 2017 the employer pays a fee for issue and extension (Edition B).
    BFeeFrom2017,
    /// The 2017 table by category and sector is known from one consultant, and no source names the act that set it:
    /// no amount due is computed ([`B_FEE_TABLE_2017`]).
    BFeeTableNoActNamed,
}

impl NoteText {
    pub const ALL: &[NoteText] = &[
        NoteText::WorkerPermitTermsNotKnown,
        NoteText::CategoryNeeded,
        NoteText::BExtensionFilingTime,
        NoteText::AWorkerFeeNotKnown,
        NoteText::ANoFeeButAGuaranteeDeposit,
        NoteText::BReissueNoSecondFee,
        NoteText::BFeeFrom2017,
        NoteText::BFeeTableNoActNamed,
    ];
}

mod fees;
pub mod filing;
mod refusal_grounds;
mod staff_shares;
mod terms;
mod transfer_conditions;

pub use fees::*;
pub use refusal_grounds::*;
pub use staff_shares::*;
pub use terms::*;
pub use transfer_conditions::*;

// ---- Notes for a case ------------------------------------------------------------------------------------------

/// How a note bears on the case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Effect {
    /// The case cannot go ahead as described (by the grade of its citation: the seed, or practitioners).
    Blocking,
    /// Something to check or to tell us.
    Caution,
    Info,
    /// The evidence is silent (grade U).
    NotKnown,
}

/// What a note says: a typed fact, with its figures where it repeats figures of the data. The wording layer
/// (`ruqsat_wording::says`) builds its sentence, so the two cannot disagree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Says {
    /// What the edition does not offer, as the procedures table says ([`procedures::NotOffered`]).
    NotOffered(procedures::NotOffered),
    /// A note that states no figure of the data.
    Note(NoteText),
    /// A condition of an intra-corporate transfer ([`ICT_CONDITIONS`]).
    IctCondition(IctText),
    /// A rule on the share of local staff ([`SHARE_RULES`]).
    Share(ShareText),
    /// The Edition B fee's range in MCI and the MCI in tenge of its year ([`B_FEE_RANGE`], [`FeeRange::says`]).
    FeeRange {
        min_mci: u32,
        max_mci: u32,
        mci_tenge: u32,
        mci_year: i32,
    },
    /// Edition A's guarantee documents, due within this many working days of the notice of issue
    /// ([`crate::documents::A_GUARANTEE_WORKING_DAYS`]).
    GuaranteeDue { working_days: u8 },
    /// An issued permit runs for its term (the note's [`EligibilityNote::rule`]).
    IssuedForTheTerm,
    /// What the term's extension rule means for this case; the count so far and the limit are the note's
    /// [`EligibilityNote::extensions`].
    Extension(ExtensionFact),
}

/// What a term's extension rule ([`ExtensionRule`]) means for one case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExtensionFact {
    /// The rule is not known.
    RuleNotKnown,
    /// A permit of this category cannot be extended.
    NotAllowed,
    /// No limit on the number of extensions.
    WithoutLimit,
    /// The limit is reached: no further extension.
    LimitReached,
    /// The limit is not reached yet.
    WithinLimit,
    /// The limit applies, and the number of extensions so far is needed.
    CountNeeded,
}

/// One thing the rules say about this case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EligibilityNote {
    pub id: &'static str,
    pub effect: Effect,
    /// What the note says: a fact, with its figures where it has any (`ruqsat_wording::says` words it).
    pub says: Says,
    /// The term the note applies, when it comes from [`TERMS`].
    pub rule: Option<TermText>,
    pub citation: Citation,
    pub period: Option<Period>,
    /// Extensions so far and the limit, when the note is about them.
    pub extensions: Option<(u8, u8)>,
}

impl EligibilityNote {
    pub const fn grade(&self) -> Grade {
        self.citation.grade
    }
}

fn note(id: &'static str, effect: Effect, text: NoteText, citation: Citation) -> EligibilityNote {
    fact(id, effect, Says::Note(text), citation)
}

fn fact(id: &'static str, effect: Effect, says: Says, citation: Citation) -> EligibilityNote {
    EligibilityNote {
        id,
        effect,
        says,
        rule: None,
        citation,
        period: None,
        extensions: None,
    }
}

fn from_rule(id: &'static str, effect: Effect, says: Says, term: &PermitTerm) -> EligibilityNote {
    EligibilityNote {
        rule: Some(term.text),
        period: term.period,
        ..fact(id, effect, says, term.citation)
    }
}

const fn effect_of(grade: Grade, otherwise: Effect) -> Effect {
    match grade {
        Grade::U => Effect::NotKnown,
        _ => otherwise,
    }
}

/// What the rules say about this case: whether the service exists, extension limits, the term, the ICT conditions
/// and the local-staff share. Blocking notes come first.
pub fn eligibility(case: &Case) -> Vec<EligibilityNote> {
    let mut notes = Vec::new();
    // What the edition does not offer at all: the reason and its citation come from the procedures table.
    if let Err(why) = procedures::procedure(
        case.edition,
        case.service,
        case.track,
        case.applicant,
        case.channel,
    ) {
        notes.push(fact(
            why.id(),
            Effect::Blocking,
            Says::NotOffered(why),
            why.citation(),
        ));
    }
    if !is_offered(case.edition, case.track, case.applicant) {
        return notes;
    }
    if case.applicant == Applicant::Worker {
        notes.push(note(
            "worker-permit-terms-not-known",
            Effect::NotKnown,
            NoteText::WorkerPermitTermsNotKnown,
            NOT_FOUND,
        ));
        return notes;
    }
    let term = term_for(case.edition, case.track, case.category);
    if case.track == Track::General && case.category.is_none() {
        notes.push(note(
            "category-needed",
            Effect::Caution,
            NoteText::CategoryNeeded,
            CATEGORIES,
        ));
    }
    match (case.service, term) {
        (ServiceKind::Extension, Some(t)) => {
            notes.push(extension_note(t, case.facts.extensions_so_far))
        }
        (ServiceKind::Issue, Some(t)) => notes.push(from_rule(
            "term",
            effect_of(t.citation.grade, Effect::Info),
            Says::IssuedForTheTerm,
            t,
        )),
        _ => {}
    }
    if case.edition == B && case.track == Track::General && case.service == ServiceKind::Extension {
        notes.push(EligibilityNote {
            period: Some(Period::ChangedFrom2020),
            ..note(
                "b-extension-filing-time",
                Effect::Caution,
                NoteText::BExtensionFilingTime,
                B_EXTENSION_TIMING,
            )
        });
    }
    if case.edition == B
        && case.track == Track::IntraCorporateTransfer
        && case.service == ServiceKind::Issue
    {
        notes.extend(ICT_CONDITIONS.iter().map(|c| EligibilityNote {
            period: c.period,
            ..fact(
                c.id,
                Effect::Caution,
                Says::IctCondition(c.text),
                c.citation,
            )
        }));
    }
    let share = SHARE_RULES.iter().find(|r| {
        r.edition == case.edition
            && match (r.scope, case.track) {
                (Scope::Ict, Track::IntraCorporateTransfer) => true,
                (Scope::Categories(cs), Track::General) => {
                    case.category.is_some_and(|c| cs.contains(&c))
                }
                _ => false,
            }
    });
    if let Some(r) = share {
        notes.push(EligibilityNote {
            period: r.period,
            ..fact(
                r.id,
                effect_of(r.citation.grade, Effect::Caution),
                Says::Share(r.text),
                r.citation,
            )
        });
    }
    // Blocking notes first, each group in its order (a stable partition; a sort would add ~3 KB to the bundle).
    let (mut blocking, rest): (Vec<_>, Vec<_>) = notes
        .into_iter()
        .partition(|n| n.effect == Effect::Blocking);
    blocking.extend(rest);
    blocking
}

/// The note on an extension under this term, given how many extensions there have been.
fn extension_note(t: &PermitTerm, so_far: Option<u8>) -> EligibilityNote {
    let on = |id, effect, fact| from_rule(id, effect, Says::Extension(fact), t);
    match (t.extension, t.extension.limit(), so_far) {
        (ExtensionRule::NotKnown, ..) => on(
            "extension-rule-not-known",
            Effect::NotKnown,
            ExtensionFact::RuleNotKnown,
        ),
        (ExtensionRule::NotAllowed, ..) => on(
            "extension-not-allowed",
            Effect::Blocking,
            ExtensionFact::NotAllowed,
        ),
        (ExtensionRule::WithoutLimit { .. }, ..) => on(
            "extension-without-limit",
            Effect::Info,
            ExtensionFact::WithoutLimit,
        ),
        (_, Some(limit), Some(done)) => {
            let base = if done >= limit {
                on(
                    "extension-limit-reached",
                    Effect::Blocking,
                    ExtensionFact::LimitReached,
                )
            } else {
                on(
                    "extension-within-limit",
                    Effect::Info,
                    ExtensionFact::WithinLimit,
                )
            };
            EligibilityNote {
                extensions: Some((done, limit)),
                ..base
            }
        }
        _ => on(
            "extension-count-needed",
            Effect::Caution,
            ExtensionFact::CountNeeded,
        ),
    }
}

/// The day a permit issued (or extended) on `issued_on` is expected to end, with the source of its term (C).
///
/// Only where the term is a fixed number of months: 12 months for Edition B categories 1–4 and Edition A categories
/// 2–3 on issue; 12 months for an Edition B category-1 extension ("extended yearly") and an ICT extension ("once by
/// 1 year"). `None` otherwise: an ICT issue (the contract's term), Edition A category 1 ("up to 3 years"), an
/// extension whose length is not stated, a reissue, a foreign worker's permit, or an unknown category.
///
/// Our reading of "12 months": the permit ends on the same day of the month a year later (issued 10 May 2017, ends
/// 10 May 2018), as terms in months end under the general rule of the Civil Code; a day that does not exist (29 Feb)
/// becomes the last day of the month.
pub fn expected_permit_end(case: &Case, issued_on: NaiveDate) -> Option<(NaiveDate, Citation)> {
    if case.applicant != Applicant::Employer
        || !is_offered(case.edition, case.track, case.applicant)
    {
        return None;
    }
    let t = term_for(case.edition, case.track, case.category)?;
    let months = match (case.service, t.duration, t.extension) {
        (ServiceKind::Issue, Duration::Months(m), _) => m,
        (
            ServiceKind::Extension,
            _,
            ExtensionRule::WithoutLimit { months } | ExtensionRule::Once { months },
        ) => months,
        _ => return None,
    };
    Some((
        issued_on.checked_add_months(Months::new(months))?,
        t.citation,
    ))
}

#[cfg(test)]
mod tests;
