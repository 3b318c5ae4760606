//! A case: what the person needs, under which edition, by which channel, and the facts that change the documents or
//! the timeline. Everything the core computes (`estimate`, `checklist`, `validate`) is a function of a case.

use chrono::{NaiveDate, NaiveDateTime};

use super::editions::EditionId;

/// What is done to the permit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ServiceKind {
    /// A first permit (Kazakh: беру; Russian: выдача).
    Issue,
    /// A longer term for a permit that runs out (ұзарту; продление).
    Extension,
    /// A permit whose details changed or whose worker is replaced (қайта ресімдеу; переоформление).
    Reissue,
}

impl ServiceKind {
    pub const ALL: [ServiceKind; 3] = [
        ServiceKind::Issue,
        ServiceKind::Extension,
        ServiceKind::Reissue,
    ];
}

crate::codes!(ServiceKind { Issue => "issue", Extension => "extension", Reissue => "reissue" });

/// Which kind of permit: the general one, or one within an intra-corporate transfer (Edition B only).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Track {
    General,
    /// Intra-corporate transfer (внутрикорпоративный перевод): a worker moved from a foreign company of the same group.
    IntraCorporateTransfer,
}

/// The command line's and the CSV files' service codes: a kind on a track. `ict` is short for `ict-issue` (the code
/// the CLI writes back is the first one of a value).
impl crate::codes::Code for (ServiceKind, Track) {
    const CODES: &'static [(Self, &'static str)] = &[
        ((ServiceKind::Issue, Track::General), "issue"),
        ((ServiceKind::Extension, Track::General), "extension"),
        ((ServiceKind::Reissue, Track::General), "reissue"),
        (
            (ServiceKind::Issue, Track::IntraCorporateTransfer),
            "ict-issue",
        ),
        ((ServiceKind::Issue, Track::IntraCorporateTransfer), "ict"),
        (
            (ServiceKind::Extension, Track::IntraCorporateTransfer),
            "ict-extension",
        ),
        (
            (ServiceKind::Reissue, Track::IntraCorporateTransfer),
            "ict-reissue",
        ),
    ];
}

/// Who applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Applicant {
    /// The employer, for a permit to attract foreign labour.
    Employer,
    /// The foreign worker, for a permit for employment (Edition A only).
    Worker,
}

crate::codes!(Applicant { Employer => "employer", Worker => "worker" });

/// Where the package is handed in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Channel {
    /// The provider's office (канцелярия / кеңсе).
    Office,
    /// The e-government (or e-licensing) portal.
    Portal,
}

crate::codes!(Channel { Office => "office", Portal => "portal" });

/// How a case ended, as the user records it (issue 13, part 2). Each regulation's result is the permit (issued,
/// extended or reissued) or a reasoned refusal: Edition A clause 5, Edition B clause 3 (grade S).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Outcome {
    /// The permit is received.
    Received,
    /// The service is refused, with reasons.
    Refused,
}

impl Outcome {
    pub const ALL: [Outcome; 2] = [Outcome::Received, Outcome::Refused];
}

crate::codes!(Outcome { Received => "received", Refused => "refused" });

/// The worker's category (Rules 559, paragraph 3; grade O): 1 heads and their deputies; 2 heads of structural units;
/// 3 specialists; 4 qualified workers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Category {
    One,
    Two,
    Three,
    Four,
}

impl Category {
    pub const ALL: [Category; 4] = [
        Category::One,
        Category::Two,
        Category::Three,
        Category::Four,
    ];

    pub const fn number(self) -> u8 {
        match self {
            Category::One => 1,
            Category::Two => 2,
            Category::Three => 3,
            Category::Four => 4,
        }
    }

    pub fn from_number(n: u8) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.number() == n)
    }
}

crate::codes!(Category { One => "1", Two => "2", Three => "3", Four => "4" });

/// One person's situation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub edition: EditionId,
    pub service: ServiceKind,
    pub track: Track,
    pub applicant: Applicant,
    pub channel: Channel,
    /// The worker's category, when known.
    pub category: Option<Category>,
    /// When the package is (to be) handed in, office local time.
    pub submitted: NaiveDateTime,
    /// The actual date of the applicant's own step (guarantee documents in A, fee proof in B), if the user gives one.
    pub applicant_done: Option<NaiveDate>,
    /// The date the provider's notice was actually received, if the user gives one: the applicant's own deadline
    /// (Edition A clause 7.5, Edition B clause 5.8) counts from it instead of from the latest date the notice is due.
    pub notice_received: Option<NaiveDate>,
    /// Facts that change the documents.
    pub facts: CaseFacts,
}

impl Case {
    /// A case with only what every case has: no category, no real dates yet and no facts known. The other fields
    /// are set with struct update syntax (`Case { category: Some(c), ..Case::new(…) }`), so a field added later has
    /// one default, here.
    pub fn new(
        edition: EditionId,
        service: ServiceKind,
        track: Track,
        applicant: Applicant,
        channel: Channel,
        submitted: NaiveDateTime,
    ) -> Case {
        Case {
            edition,
            service,
            track,
            applicant,
            channel,
            category: None,
            submitted,
            applicant_done: None,
            notice_received: None,
            facts: CaseFacts::default(),
        }
    }
}

/// Facts about the worker and the employer that decide which documents apply. `None` means not asked or not known;
/// a document whose condition depends on an unknown fact is listed as "may be required".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CaseFacts {
    /// The post's qualification requirements demand work experience.
    pub post_requires_experience: Option<bool>,
    /// The worker's documents come from a CIS country (notarised copies instead of apostille or legalisation).
    pub documents_from_cis: Option<bool>,
    /// The worker's documents are in a language other than Kazakh or Russian.
    pub documents_in_foreign_language: Option<bool>,
    /// The employer's earlier permits came with special conditions.
    pub earlier_permits_with_special_conditions: Option<bool>,
    /// How many times this permit has already been extended (extension limits by category).
    pub extensions_so_far: Option<u8>,
}
