//! The questions of the guided journey, each declared once: its id, its key in the URL, the codes of its options,
//! and how its answer is read from and written to the [`Answers`] as a code. The flow (`flow::next`: which question
//! comes when), the web app's URL codec, its question page and its check page all read these declarations; the
//! wording of each question (title, hint, error, option labels) is the web app's `ui::questions::wording`.
//!
//! Adding a question: `docs/tasks/add-a-question.md`.

use chrono::{NaiveDate, NaiveDateTime};

use crate::case::{Applicant, Category, Channel, ServiceKind};
use crate::codes::Code;
use crate::editions::EditionId;
use crate::iso;

/// Who is answering.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Who {
    Employer,
    Worker,
    /// A consultant acting for an employer or a worker (then `ActingFor` is asked).
    Consultant,
}

crate::codes!(Who { Employer => "employer", Worker => "worker", Consultant => "consultant" });

/// What the person needs, in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Need {
    /// A first permit → issue.
    First,
    /// The permit runs out soon → extension.
    RunsOut,
    /// Something on the permit changed, or the worker is replaced → reissue.
    Changed,
    /// Moving a worker from a foreign company of the same group → intra-corporate transfer.
    Transfer,
}

crate::codes!(Need { First => "first", RunsOut => "runs-out", Changed => "changed", Transfer => "transfer" });

/// What the person does after a warning: a rule that practitioners report (grade C, not the regulation's own) would
/// stop the case; the person may go on with the estimate or look at what to do instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Heed {
    /// Go on: the rule is not the regulation's, so the estimate is made with the warning kept in view.
    GoOn,
    /// Do something else instead (apply for a new permit).
    Instead,
}

crate::codes!(Heed { GoOn => "go-on", Instead => "instead" });

/// The questions, in the order they are asked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuestionId {
    Who,
    ActingFor,
    Edition,
    Need,
    TransferNeed,
    Channel,
    Category,
    Extensions,
    /// Asked only where a rule of practitioners (not of the regulation) would stop the case: go on or not.
    Caution,
    Submitted,
}

/// Everything answered so far. `None`: not answered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    pub who: Option<Who>,
    pub acting_for: Option<Applicant>,
    pub edition: Option<EditionId>,
    pub need: Option<Need>,
    /// For a transfer: which service of the ICT permit (issue, extension, reissue).
    pub transfer_need: Option<ServiceKind>,
    pub channel: Option<Channel>,
    pub category: Option<Category>,
    /// How many times the permit has been extended already (asked where the permit's term limits extensions:
    /// `permits::term_for`).
    pub extensions: Option<u8>,
    /// Whether to go on past a rule graded below S that would stop the case (`flow::caution`).
    pub caution: Option<Heed>,
    /// When the package is to be handed in, office local time.
    pub submitted: Option<NaiveDateTime>,
    /// The actual date of the applicant's own step, if given on the timeline.
    pub applicant_done: Option<NaiveDate>,
    /// The date the provider's notice was actually received, if given on the timeline.
    pub notice_received: Option<NaiveDate>,
    /// For an extension: the date the current permit expires, if given on the timeline.
    pub permit_expires: Option<NaiveDate>,
    /// The office hours the timeline assumes, if the user changed them there (`None`: the default, an assumption).
    pub office_hours: Option<crate::counting::OfficeHours>,
    /// How the case ended and on which day, if the user recorded it (on the cases page): the case's last stage.
    pub outcome: Option<(crate::case::Outcome, NaiveDate)>,
}

/// How a question is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// One option of these codes, as radios.
    Choice(&'static [&'static str]),
    /// A count as radios `"0"`, `"1"`, …; the last option stands for it and more. The answer keeps the count itself,
    /// up to `max`.
    Count {
        options: &'static [&'static str],
        max: u8,
    },
    /// A date and a time of day (`YYYY-MM-DDTHH:MM`, office local time).
    DateTime,
}

/// One question, declared once.
#[derive(Clone, Copy, Debug)]
pub struct Question {
    pub id: QuestionId,
    /// The key in the URL's query string (`?who=employer`), also the id of its form fields.
    pub key: &'static str,
    pub input: Input,
    /// The answer given, as its code (what the URL writes); `None` when not answered.
    pub read: fn(&Answers) -> Option<String>,
    /// Sets the answer from its code; `false`, and the answers unchanged, for a code this question does not accept.
    pub write: fn(&mut Answers, &str) -> bool,
}

/// The codes of a `Code` table, in the order they are offered (a `const`, so a declaration can hold them).
macro_rules! codes_of {
    ($ty:ty) => {{
        const CODES: &[&str] = &{
            let table = <$ty as Code>::CODES;
            let mut codes = [""; <$ty as Code>::CODES.len()];
            let mut i = 0;
            while i < codes.len() {
                codes[i] = table[i].1;
                i += 1;
            }
            codes
        };
        CODES
    }};
}

/// An answer's code.
fn code<T: Code>(value: Option<T>) -> Option<String> {
    value.map(|v| v.code().to_string())
}

/// Sets an answer from its code, if it is one.
fn set<T: Code>(slot: &mut Option<T>, code: &str) -> bool {
    T::from_code(code).map(|v| *slot = Some(v)).is_some()
}

/// Every question, in the order they are asked (`QuestionId`'s order).
pub static QUESTIONS: &[Question] = &[
    Question {
        id: QuestionId::Who,
        key: "who",
        input: Input::Choice(codes_of!(Who)),
        read: |a| code(a.who),
        write: |a, v| set(&mut a.who, v),
    },
    Question {
        id: QuestionId::ActingFor,
        key: "for",
        input: Input::Choice(codes_of!(Applicant)),
        read: |a| code(a.acting_for),
        write: |a, v| set(&mut a.acting_for, v),
    },
    Question {
        id: QuestionId::Edition,
        key: "edition",
        input: Input::Choice(codes_of!(EditionId)),
        read: |a| code(a.edition),
        write: |a, v| set(&mut a.edition, v),
    },
    Question {
        id: QuestionId::Need,
        key: "need",
        input: Input::Choice(codes_of!(Need)),
        read: |a| code(a.need),
        write: |a, v| set(&mut a.need, v),
    },
    Question {
        id: QuestionId::TransferNeed,
        key: "transfer",
        input: Input::Choice(codes_of!(ServiceKind)),
        read: |a| code(a.transfer_need),
        write: |a, v| set(&mut a.transfer_need, v),
    },
    Question {
        id: QuestionId::Channel,
        key: "channel",
        input: Input::Choice(codes_of!(Channel)),
        read: |a| code(a.channel),
        write: |a, v| set(&mut a.channel, v),
    },
    Question {
        id: QuestionId::Category,
        key: "category",
        input: Input::Choice(codes_of!(Category)),
        read: |a| code(a.category),
        write: |a, v| set(&mut a.category, v),
    },
    Question {
        id: QuestionId::Extensions,
        key: "extended",
        input: Input::Count {
            options: &["0", "1", "2", "3"],
            max: 20,
        },
        read: |a| a.extensions.map(|n| n.to_string()),
        write: |a, v| {
            v.parse()
                .ok()
                .filter(|&n| n <= 20)
                .map(|n| a.extensions = Some(n))
                .is_some()
        },
    },
    Question {
        id: QuestionId::Caution,
        key: "caution",
        input: Input::Choice(codes_of!(Heed)),
        read: |a| code(a.caution),
        write: |a, v| set(&mut a.caution, v),
    },
    Question {
        id: QuestionId::Submitted,
        key: "submitted",
        input: Input::DateTime,
        read: |a| a.submitted.map(iso::instant),
        write: |a, v| {
            iso::parse_instant(v)
                .map(|t| a.submitted = Some(t))
                .is_some()
        },
    },
];

impl QuestionId {
    /// Every question, in the order they are asked.
    pub const ALL: [QuestionId; QUESTIONS.len()] = {
        let mut ids = [QuestionId::Who; QUESTIONS.len()];
        let mut i = 0;
        while i < ids.len() {
            ids[i] = QUESTIONS[i].id;
            i += 1;
        }
        ids
    };

    /// The question's declaration.
    pub fn question(self) -> &'static Question {
        &QUESTIONS[self as usize]
    }

    /// The id in the URL's query string.
    pub fn key(self) -> &'static str {
        self.question().key
    }

    pub fn from_key(key: &str) -> Option<QuestionId> {
        QUESTIONS.iter().find(|q| q.key == key).map(|q| q.id)
    }
}

impl Question {
    /// The codes of the options offered, in order; none for a date.
    pub const fn options(&self) -> &'static [&'static str] {
        match self.input {
            Input::Choice(options) | Input::Count { options, .. } => options,
            Input::DateTime => &[],
        }
    }

    /// The option that shows the answer given: the one with its code; for a count beyond the options, the last.
    pub fn chosen(&self, a: &Answers) -> Option<&'static str> {
        let code = (self.read)(a)?;
        let options = self.options();
        match self.input {
            Input::Count { .. } => {
                let n: usize = code.parse().ok()?;
                options.get(n.min(options.len() - 1)).copied()
            }
            _ => options.iter().find(|&&o| o == code).copied(),
        }
    }

    /// The answers with this question answered by `code`; unchanged for a code it does not accept.
    pub fn answered(&self, a: &Answers, code: &str) -> Answers {
        let mut a = *a;
        (self.write)(&mut a, code);
        a
    }
}

/// The example date the date question gives in its hint: a working day while the edition was in force.
pub const fn example_submission(edition: EditionId) -> NaiveDate {
    let (y, m, d) = match edition {
        EditionId::WestKazakhstan2014 => (2015, 3, 20),
        EditionId::Zhambyl2017 => (2017, 9, 4),
    };
    match NaiveDate::from_ymd_opt(y, m, d) {
        Some(date) => date,
        None => panic!("invalid example date"),
    }
}
