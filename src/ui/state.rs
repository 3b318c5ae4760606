//! The app's state and the one reducer that changes it (the `function_todomvc` pattern: plain state + actions).
//! Which page follows an answer is the core flow's decision (`ruqsat_core::flow::next`), never the component's.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::Reducible;

use super::case_file::CaseFile;
use super::date_input::DateText;
use super::documents_state::{DocChange, DocumentsState, IdField};
use super::url::{Location, Page};
use ruqsat_core::flow::{self, Answers, Next, QuestionId};
use ruqsat_core::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AppState {
    pub lang: Lang,
    pub page: Page,
    pub answers: Answers,
    /// The person came from "Check your answers" to change one: go back there when the answers are complete.
    pub from_check: bool,
    /// Parameters of the URL that were dropped, shown once as a notice.
    pub dropped: Vec<String>,
    /// Bumped on every page change, so the view moves focus to the new page's heading.
    pub visit: u32,
    /// What the user said about their documents (kept with the case on this device, not in the URL).
    pub documents: DocumentsState,
    /// The case this page works on.
    pub case: CaseMeta,
    /// The browser would not keep the case (storage disabled or full): said once, and a language switch warns.
    pub storage_failed: bool,
}

/// Which case, by id (in the URL as `case=`), its name and when it was made (milliseconds since 1970, UTC).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CaseMeta {
    pub id: String,
    pub name: String,
    pub created: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetLang(Lang),
    /// The URL changed (first load, back or forward button), with what this device keeps of the URL's case, and
    /// the new case to open if the URL names none that this device keeps.
    Load(Location, Option<CaseFile>, CaseMeta),
    /// A new case, blank ("Start again").
    NewCase(CaseMeta),
    /// A case kept on this device is opened: its answers, documents and name.
    OpenCase(String, CaseFile),
    /// The browser did not keep the case.
    StorageFailed,
    /// Go to a page.
    Go(Page),
    /// Start the questions (from the start page).
    Start,
    /// Change an answer from "Check your answers".
    ChangeFromCheck(QuestionId),
    /// A question page was answered: the new answers.
    Answer(Answers),
    /// The applicant's own step was given an actual date (or cleared).
    SetApplicantDone(Option<NaiveDate>),
    /// The date the notice was received was given (or cleared).
    SetNoticeReceived(Option<NaiveDate>),
    /// An extension: the date the current permit expires was given (or cleared).
    SetPermitExpires(Option<NaiveDate>),
    /// The office hours were changed on the timeline (or set back to the default).
    SetOfficeHours(Option<ruqsat_core::counting::OfficeHours>),
    DismissNotice,
    /// Something said about one document (by requirement id).
    Document(String, DocChange),
    /// An identification number as typed.
    SetId(IdField, String),
    /// The worker's birth date as the passport gives it.
    SetBorn(DateText),
    /// "Check my documents": findings are shown from now on.
    CheckDocuments,
}

impl AppState {
    pub fn new(lang: Lang) -> Self {
        AppState {
            lang,
            page: Page::Start,
            answers: Answers::default(),
            from_check: false,
            dropped: Vec::new(),
            visit: 0,
            documents: DocumentsState::default(),
            case: CaseMeta::default(),
            storage_failed: false,
        }
    }

    /// Puts a case in the page: its answers and documents, nothing of the one before.
    fn open(&mut self, case: CaseMeta, file: CaseFile) {
        self.case = case;
        self.answers = file.answers;
        self.documents = file.documents;
        self.from_check = false;
        self.dropped.clear();
    }

    /// The case as it is kept (its `changed` left for the shell to set).
    pub fn case_file(&self) -> CaseFile {
        CaseFile {
            name: self.case.name.clone(),
            created: self.case.created,
            changed: 0,
            answers: self.answers,
            documents: self.documents.clone(),
        }
    }

    /// The page that follows the answers: the next question, the check page when all are answered, or the result.
    pub fn page_after(answers: &Answers) -> Page {
        match flow::next(answers) {
            Next::Ask(q) => Page::Question(q),
            Next::NotEligible(_) => Page::Summary,
            Next::Done(_) => Page::Check,
        }
    }

    /// Where "Back" goes from a question: the check page when the question was opened from there, else the question
    /// before it on the path, else the start page. Never out of the app, though a link may have opened the question.
    pub fn back_from(&self, q: QuestionId) -> Page {
        if self.from_check {
            return Page::Check;
        }
        let path = self.answers.path();
        match path.iter().position(|&p| p == q) {
            Some(i) if i > 0 => Page::Question(path[i - 1]),
            _ => Page::Start,
        }
    }

    /// Where "Back" goes from the check page: the last question answered on the path.
    pub fn back_from_check(&self) -> Page {
        self.answers
            .path()
            .last()
            .map_or(Page::Start, |&q| Page::Question(q))
    }

    /// The page to show for a requested one: a question off the current path, or a later page before the answers
    /// allow it, shows where the journey really is instead.
    pub fn effective_page(&self) -> Page {
        let next = flow::next(&self.answers);
        match (self.page, &next) {
            (Page::Start, _) => Page::Start,
            (Page::Question(q), _) if self.answers.path().contains(&q) => Page::Question(q),
            (Page::Summary, Next::NotEligible(_)) => Page::Summary,
            (Page::Check | Page::Documents | Page::Timeline | Page::Summary, Next::Done(_)) => {
                self.page
            }
            _ => Self::page_after(&self.answers),
        }
    }

    /// The state after an action; pure, so it is tested natively.
    pub fn apply(&self, action: Action) -> AppState {
        let mut s = self.clone();
        let go = |s: &mut AppState, page: Page| {
            s.page = page;
            s.visit = s.visit.wrapping_add(1);
        };
        match action {
            Action::SetLang(lang) => s.lang = lang,
            Action::Load(loc, stored, fresh) => {
                // Another case's page (back or forward, a link): that case's documents, never this one's. A URL
                // whose case this device does not keep, or with no case at all, opens a new case: a shared link
                // never writes over a case kept here.
                if loc.case.as_deref() != Some(s.case.id.as_str()) {
                    match (loc.case, stored) {
                        (Some(id), Some(f)) => {
                            s.case = CaseMeta {
                                id,
                                name: f.name,
                                created: f.created,
                            };
                            s.documents = f.documents;
                        }
                        _ => {
                            s.case = fresh;
                            s.documents = DocumentsState::default();
                        }
                    }
                }
                s.answers = loc.answers;
                s.from_check = loc.from_check;
                s.dropped = loc.dropped;
                go(&mut s, loc.page.unwrap_or(Page::Start));
            }
            Action::Go(page) => {
                s.from_check = false;
                go(&mut s, page);
            }
            Action::Start => {
                // A journey started with no answer is a new one: what was said about documents before is not its.
                if s.answers == Answers::default() {
                    s.documents = DocumentsState::default();
                }
                s.from_check = false;
                let page = Self::page_after(&s.answers);
                go(&mut s, page);
            }
            Action::ChangeFromCheck(q) => {
                s.from_check = true;
                go(&mut s, Page::Question(q));
            }
            Action::Answer(answers) => {
                s.answers = answers;
                let page = Self::page_after(&s.answers);
                if !matches!(page, Page::Question(_)) {
                    s.from_check = false;
                }
                go(&mut s, page);
            }
            Action::SetApplicantDone(date) => s.answers.applicant_done = date,
            Action::SetNoticeReceived(date) => s.answers.notice_received = date,
            Action::SetPermitExpires(date) => s.answers.permit_expires = date,
            Action::SetOfficeHours(hours) => {
                s.answers.office_hours = hours.filter(|h| *h != Default::default())
            }
            Action::NewCase(meta) => {
                s.open(meta, CaseFile::default());
                go(&mut s, Page::Start);
            }
            Action::OpenCase(id, f) => {
                let meta = CaseMeta {
                    id,
                    name: f.name.clone(),
                    created: f.created,
                };
                s.open(meta, f);
                let page = Self::page_after(&s.answers);
                go(&mut s, page);
            }
            Action::StorageFailed => s.storage_failed = true,
            Action::DismissNotice => s.dropped.clear(),
            Action::Document(id, change) => s.documents.change(&id, change),
            Action::SetId(field, text) => s.documents.set_id(field, text),
            Action::SetBorn(text) => s.documents.set_born(text),
            Action::CheckDocuments => s.documents.checks = s.documents.checks.saturating_add(1),
        }
        s
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::documents_state::{DocChange, DocumentsState, IdField};
    use ruqsat_core::case::{Category, Channel};
    use ruqsat_core::editions::EditionId;
    use ruqsat_core::flow::{Need, Who};

    fn answered() -> Answers {
        Answers {
            who: Some(Who::Employer),
            edition: Some(EditionId::Zhambyl2017),
            need: Some(Need::First),
            channel: Some(Channel::Office),
            category: Some(Category::Three),
            submitted: crate::ui::url::parse_instant("2017-09-04T10:00"),
            ..Answers::default()
        }
    }

    #[test]
    fn set_lang_changes_the_language() {
        let s = AppState::new(Lang::Kk);
        assert_eq!(s.apply(Action::SetLang(Lang::Ru)).lang, Lang::Ru);
    }

    #[test]
    fn an_action_that_changes_nothing_keeps_the_same_state() {
        let s = Rc::new(AppState::new(Lang::En));
        let next = s.clone().reduce(Action::SetLang(Lang::En));
        assert!(Rc::ptr_eq(&s, &next));
    }

    #[test]
    fn start_asks_the_first_question_and_answers_lead_to_the_check_page() {
        let s = AppState::new(Lang::En).apply(Action::Start);
        assert_eq!(s.page, Page::Question(QuestionId::Who));
        let s = s.apply(Action::Answer(answered()));
        assert_eq!(s.page, Page::Check);
        assert_eq!(s.effective_page(), Page::Check);
    }

    #[test]
    fn changing_an_answer_from_the_check_page_keeps_the_later_answers() {
        let s = AppState::new(Lang::En).apply(Action::Answer(answered()));
        let s = s.apply(Action::ChangeFromCheck(QuestionId::Channel));
        assert!(s.from_check);
        let mut a = s.answers;
        a.channel = Some(Channel::Portal);
        let s = s.apply(Action::Answer(a));
        assert_eq!(s.page, Page::Check);
        assert_eq!(s.answers.category, Some(Category::Three));
        assert!(!s.from_check);
    }

    #[test]
    fn back_goes_to_the_question_before_on_the_path_or_to_the_check_page() {
        let s = AppState::new(Lang::En).apply(Action::Answer(answered()));
        assert_eq!(s.back_from(QuestionId::Who), Page::Start);
        assert_eq!(
            s.back_from(QuestionId::Edition),
            Page::Question(QuestionId::Who)
        );
        assert_eq!(
            s.back_from(QuestionId::Category),
            Page::Question(QuestionId::Channel)
        );
        assert_eq!(s.back_from_check(), Page::Question(QuestionId::Submitted));
        let s = s.apply(Action::ChangeFromCheck(QuestionId::Channel));
        assert_eq!(s.back_from(QuestionId::Channel), Page::Check);
        // A question off the path (a link to it): back to the start, not out of the app.
        let fresh = AppState::new(Lang::En);
        assert_eq!(fresh.back_from(QuestionId::Category), Page::Start);
    }

    fn meta(id: &str) -> CaseMeta {
        CaseMeta {
            id: id.into(),
            ..CaseMeta::default()
        }
    }

    /// A consultant's second client in the same tab: "Start again" makes a new case that holds none of the first's
    /// numbers, ticks or answers; going back in the history to the first case's page brings back its own.
    #[test]
    fn two_cases_in_one_tab_share_nothing() {
        let mut s = AppState::new(Lang::En).apply(Action::NewCase(meta("client-1")));
        s = s.apply(Action::Answer(answered()));
        s = s.apply(Action::SetId(IdField::EmployerBin, "170440012345".into()));
        s = s.apply(Action::Document(
            "b-general-issue-passport".into(),
            DocChange::Have(true),
        ));
        let first = s.case_file();
        let s2 = s.apply(Action::NewCase(meta("client-2")));
        assert_eq!((s2.case.id.as_str(), s2.page), ("client-2", Page::Start));
        assert_eq!(s2.documents, DocumentsState::default());
        assert_eq!(s2.answers, Answers::default());
        let s2 = s2.apply(Action::SetId(IdField::EmployerBin, "990440000001".into()));
        // Back to client 1's page: its own documents, as kept.
        let loc = Location {
            case: Some("client-1".into()),
            answers: first.answers,
            page: Some(Page::Documents),
            ..Location::default()
        };
        let back = s2.apply(Action::Load(
            loc.clone(),
            Some(first.clone()),
            meta("unused"),
        ));
        assert_eq!(back.documents.bin, "170440012345");
        assert_eq!(back.case.id, "client-1");
        // Within one case, a load keeps the documents (only the answers and the page come from the URL).
        let again = back.apply(Action::Load(loc.clone(), None, meta("unused")));
        assert_eq!(again.documents, first.documents);
        // A URL with no case, or one this device does not keep (a shared link), opens a new case: nothing of the
        // page's case, and the kept one is not written over.
        for case in [None, Some("elsewhere".to_string())] {
            let shared = Location {
                case,
                ..loc.clone()
            };
            let opened = again.apply(Action::Load(shared, None, meta("client-3")));
            assert_eq!(opened.case.id, "client-3");
            assert_eq!(opened.documents, DocumentsState::default());
            assert_eq!(opened.answers, first.answers);
        }
        // Opening a kept case from the start page goes on where its answers are.
        let opened =
            AppState::new(Lang::En).apply(Action::OpenCase("client-1".into(), first.clone()));
        assert_eq!(
            (opened.page, opened.documents.bin.as_str()),
            (Page::Check, "170440012345")
        );
        // The tab's stored documents read back on a start page with no answer: Start drops them.
        let mut fresh = AppState::new(Lang::En);
        fresh.documents = first.documents.clone();
        assert_eq!(
            fresh.apply(Action::Start).documents,
            DocumentsState::default()
        );
        // Start with answers (back on the start page of a journey) keeps them.
        assert_eq!(s.apply(Action::Start).documents, s.documents);
    }

    #[test]
    fn a_page_the_answers_do_not_allow_shows_where_the_journey_is() {
        let mut s = AppState::new(Lang::En);
        s.page = Page::Timeline;
        assert_eq!(s.effective_page(), Page::Question(QuestionId::Who));
        s.answers = answered();
        assert_eq!(s.effective_page(), Page::Timeline);
        s.page = Page::Question(QuestionId::ActingFor);
        assert_eq!(s.effective_page(), Page::Check);
    }
}
