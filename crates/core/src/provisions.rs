//! Provisions of the two regulations a user needs beside the timeline: who may apply, how, what to check before
//! applying on the portal, what happens if refused and when the applicant would know, the appeal, the result, and the
//! provider's contacts. Each is a typed fact with its citation (`ruqsat_wording::rules::provisions` words it), read
//! clause by clause from the seeds; where a seed is silent, the fact says so and is graded U.

use super::case::{Applicant, Case, Channel, Track};
use super::editions::EditionId;
use super::evidence::{Citation, Locator, Place};
use super::procedures::StepKind;
use super::sources::SourceId;
use super::timeline::Timeline;
use chrono::NaiveDateTime;

/// Where a provision is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    /// Who may apply and how: representatives, channels, the limits of the reception, the provider.
    Apply,
    /// What to check before applying on the portal (the portal refuses otherwise).
    PortalCheck,
    /// What happens if refused, and when the applicant would know at the latest.
    IfRefused,
    /// Appealing against decisions, actions or inaction (also: a provider late past its term).
    Appeal,
    /// The result: the permit or a reasoned refusal, its form, where it arrives.
    Result,
}

/// What a provision says (its words: `ruqsat_wording::rules::provisions::text`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProvisionText {
    /// The applicant or a representative with a power of attorney may apply.
    RepresentativeMayApply,
    /// The person applies as a representative: a power of attorney is needed.
    PowerOfAttorneyNeeded,
    /// Edition A: the service is not given through public service centres.
    ANotThroughServiceCentres,
    /// Edition A: at most 20 minutes of waiting to hand in the documents, at most 20 minutes being served.
    ATwentyMinuteLimits,
    /// Edition A: the provider's address and phone, and the portal ([`A_PHONE`], the edition's provider).
    AProviderContacts,
    /// Edition B: the provider, its site, and the two portals ([`B_SITE`], [`B_PORTALS`]).
    BProviderContacts,
    /// Portal: registration with IIN/BIN and a password (for those not yet registered).
    PortalRegistration,
    /// Portal: the log-in data is checked; the portal refuses the log-in if it is faulty.
    PortalLogInChecked,
    /// Portal: the request form is filled in, the scans (A) / electronic copies (B) attached and signed.
    PortalFormAttachAndSign,
    /// Portal: the digital-signature certificate must be valid, not revoked, and match the IIN/BIN.
    PortalCertificateValid,
    /// Edition A 7.3: an incomplete package or an application not in the set form: a reasoned refusal within the
    /// executor's 5 working days, signed by the head, and the documents returned.
    AExecutorRefuses,
    /// Edition A 7.4: the commission decides to give the permit or refuses with reasons; the notice within 3 working
    /// days of the decision.
    ACommissionRefuses,
    /// Edition B 5.5, 5.7: a notice of issue or of refusal, handed over within 1 working day.
    BNoticeOfRefusal,
    /// Edition B, ICT procedure: the permit itself is prepared (no notice); the regulation's result is the permit or a
    /// reasoned refusal (clause 3).
    BIctPermitOrRefusal,
    /// Edition A 13: appeal against decisions, actions or inaction, under section 3 of the standard; a provider late
    /// past its term is inaction.
    AAppeal,
    /// Edition B: the regulation says nothing of appeal (U): ask the provider.
    BAppealNotInTheRegulation,
    /// Edition A 5: an employer's permit to attract foreign labour, or a reasoned refusal.
    AResultEmployerPermit,
    /// Edition A 5: a foreign worker's permit for employment, or a reasoned refusal.
    AResultWorkerPermit,
    /// Edition A 3: electronic (partly automated) and/or paper.
    AResultForm,
    /// Edition A 11.14: on the portal, the result reaches the personal cabinet, signed digitally.
    APersonalCabinet,
    /// Edition B 3: the permit on the form of annex 1 to the standard, or a reasoned refusal; electronic and/or paper.
    BResultPermitOnTheForm,
    /// Edition B 9.11: on the portal, the result (a notice) reaches the personal cabinet within 7 calendar days.
    BPersonalCabinet,
}

impl ProvisionText {
    pub const ALL: &[ProvisionText] = &[
        ProvisionText::RepresentativeMayApply,
        ProvisionText::PowerOfAttorneyNeeded,
        ProvisionText::ANotThroughServiceCentres,
        ProvisionText::ATwentyMinuteLimits,
        ProvisionText::AProviderContacts,
        ProvisionText::BProviderContacts,
        ProvisionText::PortalRegistration,
        ProvisionText::PortalLogInChecked,
        ProvisionText::PortalFormAttachAndSign,
        ProvisionText::PortalCertificateValid,
        ProvisionText::AExecutorRefuses,
        ProvisionText::ACommissionRefuses,
        ProvisionText::BNoticeOfRefusal,
        ProvisionText::BIctPermitOrRefusal,
        ProvisionText::AAppeal,
        ProvisionText::BAppealNotInTheRegulation,
        ProvisionText::AResultEmployerPermit,
        ProvisionText::AResultWorkerPermit,
        ProvisionText::AResultForm,
        ProvisionText::APersonalCabinet,
        ProvisionText::BResultPermitOnTheForm,
        ProvisionText::BPersonalCabinet,
    ];
}

/// One provision for a case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Provision {
    pub id: &'static str,
    pub section: Section,
    pub text: ProvisionText,
    pub citation: Citation,
    /// The step whose end is the latest the applicant would know of this outcome ([`known_by`]).
    pub known_by: Option<StepKind>,
}

/// Edition A's provider phone, as clause 1 gives it ("телефоны 87112505099"), grouped as it is dialled.
pub const A_PHONE: &str = "8 7112 50 50 99";
/// Edition A's portal (clause 1).
pub const A_PORTAL: &str = "www.egov.kz";
/// Edition B's provider site, where the business-process handbook is published (clause 9, last paragraph).
pub const B_SITE: &str = "sobeszhambyl.kz";
/// Edition B's portals (clause 1): both the e-government and the e-licensing portal.
pub const B_PORTALS: [&str; 2] = ["www.egov.kz", "www.elicense.kz"];

const fn a(locator: Locator) -> Citation {
    Citation::of(SourceId::Wko176Regulation, locator)
}

const fn b(locator: Locator) -> Citation {
    Citation::of(SourceId::Zhambyl36Regulation, locator)
}

const fn p(
    id: &'static str,
    section: Section,
    text: ProvisionText,
    citation: Citation,
) -> Provision {
    Provision {
        id,
        section,
        text,
        citation,
        known_by: None,
    }
}

/// The provisions for a case, in the order of their sections. `representative`: the person applies for someone else
/// (a consultant), so the power of attorney is listed.
pub fn provisions(case: &Case, representative: bool) -> Vec<Provision> {
    use ProvisionText as T;
    use Section as S;
    let portal = case.channel == Channel::Portal;
    let mut out = Vec::new();
    let (who, attorney) = match case.edition {
        // "көрсетілетін қызметті алушы (немесе сенімхат бойынша оның өкілі)": clause 6.
        EditionId::WestKazakhstan2014 => (a(Locator::clause(6)), a(Locator::clause(6))),
        // "услугополучателя (либо его представителя по доверенности)": clause 4, and each step of clause 5.
        EditionId::Zhambyl2017 => (
            b(Locator::clause(4).and(Place::Clause(5))),
            b(Locator::clause(4)),
        ),
    };
    out.push(if representative {
        p(
            "power-of-attorney",
            S::Apply,
            T::PowerOfAttorneyNeeded,
            attorney,
        )
    } else {
        p("representative", S::Apply, T::RepresentativeMayApply, who)
    });
    match case.edition {
        EditionId::WestKazakhstan2014 => {
            out.push(p(
                "a-not-through-service-centres",
                S::Apply,
                T::ANotThroughServiceCentres,
                a(Locator::clause(10)),
            ));
            if !portal {
                out.push(p(
                    "a-twenty-minutes",
                    S::Apply,
                    T::ATwentyMinuteLimits,
                    a(Locator::clause(4)),
                ));
            }
            out.push(p(
                "a-provider",
                S::Apply,
                T::AProviderContacts,
                a(Locator::clause(1)),
            ));
        }
        EditionId::Zhambyl2017 => out.push(p(
            "b-provider",
            S::Apply,
            T::BProviderContacts,
            b(Locator::clause(1).and(Place::Clause(9))),
        )),
    }
    if portal {
        // Edition A clause 11, sub-clauses 1, 3, 5, 6; Edition B clause 9, sub-clauses 1, 3, 5, 7.
        let (clause, subs) = match case.edition {
            EditionId::WestKazakhstan2014 => (11, [1, 3, 5, 6]),
            EditionId::Zhambyl2017 => (9, [1, 3, 5, 7]),
        };
        let cite = |sub| Citation::of(source(case.edition), Locator::sub_clause(clause, sub));
        out.extend([
            p(
                "portal-registration",
                S::PortalCheck,
                T::PortalRegistration,
                cite(subs[0]),
            ),
            p(
                "portal-log-in",
                S::PortalCheck,
                T::PortalLogInChecked,
                cite(subs[1]),
            ),
            p(
                "portal-form",
                S::PortalCheck,
                T::PortalFormAttachAndSign,
                cite(subs[2]),
            ),
            p(
                "portal-certificate",
                S::PortalCheck,
                T::PortalCertificateValid,
                cite(subs[3]),
            ),
        ]);
    }
    match (case.edition, case.track) {
        (EditionId::WestKazakhstan2014, _) => {
            out.push(Provision {
                known_by: Some(StepKind::AReviewsThePackage),
                ..p(
                    "a-executor-refuses",
                    S::IfRefused,
                    T::AExecutorRefuses,
                    a(Locator::sub_clause(7, 3)),
                )
            });
            out.push(Provision {
                known_by: Some(StepKind::AHandsTheCommissionsNotice),
                ..p(
                    "a-commission-refuses",
                    S::IfRefused,
                    T::ACommissionRefuses,
                    a(Locator::sub_clause(7, 4)),
                )
            });
        }
        (EditionId::Zhambyl2017, Track::General) => out.push(Provision {
            known_by: Some(if portal {
                StepKind::BPortalResultToThePersonalCabinet
            } else {
                StepKind::BHandsTheNotice
            }),
            ..p(
                "b-notice-of-refusal",
                S::IfRefused,
                T::BNoticeOfRefusal,
                b(Locator::sub_clause(5, 5).and(Place::SubClause(5, 7))),
            )
        }),
        (EditionId::Zhambyl2017, Track::IntraCorporateTransfer) => out.push(Provision {
            known_by: Some(if portal {
                StepKind::BPortalResultToThePersonalCabinet
            } else {
                StepKind::BHandsThePermit
            }),
            ..p(
                "b-ict-permit-or-refusal",
                S::IfRefused,
                T::BIctPermitOrRefusal,
                b(Locator::ict_sub_clause(5, 5).and(Place::Clause(3))),
            )
        }),
    }
    out.push(match case.edition {
        EditionId::WestKazakhstan2014 => {
            p("a-appeal", S::Appeal, T::AAppeal, a(Locator::clause(13)))
        }
        EditionId::Zhambyl2017 => p(
            "b-appeal-not-in-the-regulation",
            S::Appeal,
            T::BAppealNotInTheRegulation,
            Citation::whole(SourceId::NotFound),
        ),
    });
    match case.edition {
        EditionId::WestKazakhstan2014 => {
            out.push(match case.applicant {
                Applicant::Employer => p(
                    "a-result",
                    S::Result,
                    T::AResultEmployerPermit,
                    a(Locator::clause(5)),
                ),
                Applicant::Worker => p(
                    "a-result",
                    S::Result,
                    T::AResultWorkerPermit,
                    a(Locator::clause(5)),
                ),
            });
            out.push(p(
                "a-result-form",
                S::Result,
                T::AResultForm,
                a(Locator::clause(3)),
            ));
            if portal {
                out.push(p(
                    "a-personal-cabinet",
                    S::Result,
                    T::APersonalCabinet,
                    a(Locator::sub_clause(11, 14)),
                ));
            }
        }
        EditionId::Zhambyl2017 => {
            out.push(p(
                "b-result",
                S::Result,
                T::BResultPermitOnTheForm,
                b(Locator::clause(3)),
            ));
            if portal {
                out.push(p(
                    "b-personal-cabinet",
                    S::Result,
                    T::BPersonalCabinet,
                    b(Locator::sub_clause(9, 11)),
                ));
            }
        }
    }
    out
}

const fn source(edition: EditionId) -> SourceId {
    match edition {
        EditionId::WestKazakhstan2014 => SourceId::Wko176Regulation,
        EditionId::Zhambyl2017 => SourceId::Zhambyl36Regulation,
    }
}

/// The latest moment the applicant would know of a provision's outcome: the end of its step on the timeline.
pub fn known_by(p: &Provision, timeline: &Timeline) -> Option<NaiveDateTime> {
    let kind = p.known_by?;
    timeline
        .milestones
        .iter()
        .find(|m| m.step.kind == kind)
        .and_then(|m| m.ends)
}

#[cfg(test)]
mod tests;
