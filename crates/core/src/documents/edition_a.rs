//! Edition A's documents (West Kazakhstan, 2014): EVIDENCE.md §1, "Edition A", record by record.

use super::*;
use crate::sources::SourceId;

// ---- Citations -------------------------------------------------------------------------------------------------

pub(super) const A_APPLICATION: Citation = Citation::of(
    SourceId::Wko176Regulation,
    localized! { kk: "6-тармақ; 7-тармақ, 3) тармақша", ru: "пункт 6; пункт 7, подпункт 3)", en: "clause 6; clause 7, sub-clause 3" },
);
/// Edition A's guarantee documents: due within this many working days of the notice of issue (clause 7.5, 11.13).
pub const A_GUARANTEE_WORKING_DAYS: u8 = 20;
/// Edition A's guarantee documents: the deadline of [`A_GUARANTEE_WORKING_DAYS`] after the notice.
pub const A_GUARANTEE: Citation = Citation::of(
    SourceId::Wko176Regulation,
    localized! { kk: "7-тармақ, 5) тармақша; 11-тармақ, 13) тармақша", ru: "пункт 7, подпункт 5); пункт 11, подпункт 13)", en: "clause 7, sub-clause 5; clause 11, sub-clause 13" },
);
pub(super) const A_LAWADEPT: Citation = Citation::whole(SourceId::Lawadept);
pub(super) const A_LWP_EXTENSION: Citation = Citation::whole(SourceId::Lwp);
pub(super) const A_CLAUSE_9_UNKNOWN: Citation = Citation::of(SourceId::Wko176Regulation, localized! { kk: "6-тармақ (№ 217 қаулымен бекітілген стандарттың 9-тармағына сілтейді; оның мәтіні алынбады)", ru: "пункт 6 (отсылает к пункту 9 стандарта, утверждённого постановлением № 217; его текст не получен)", en: "clause 6 (refers to clause 9 of the standard of decree No. 217, whose text was not obtained)" }).graded(Grade::U);

use Applicant::{Employer, Worker};
use EditionId::WestKazakhstan2014 as A;
use ServiceKind::{Extension, Issue, Reissue};
use Track::General;

/// Edition A's records, in the order of EVIDENCE.md §1.
pub(super) const REQUIREMENTS: &[Requirement] = &[
    // ===== Edition A (2014), employer, issue ====================================================================
    application("a-employer-issue-application", A, Employer, General, Issue),
    doc(
        "a-employer-issue-education",
        A,
        Issue,
        Condition::Always,
        localized! {
            kk: "Қызметкердің білімі мен біліктілігі туралы құжаттардың көшірмелері",
            ru: "Копии документов об образовании и квалификации работника",
            en: "Copies of the worker's education and qualification documents",
        },
        localized! {
            kk: "Апостиль қойылған немесе заңдастырылған (ТМД елдерінің құжаттары үшін — нотариат куәландырған көшірмелер), орыс тіліне нотариат куәландырған аудармасымен.",
            ru: "С апостилем или легализованные (для документов стран СНГ — нотариально засвидетельствованные копии), с нотариально засвидетельствованным переводом на русский язык.",
            en: "Apostilled or legalised (for documents from CIS countries, notarised copies), with a notarised translation into Russian.",
        },
        A_EDUCATION_COPY,
        FROM_SCHOOL,
        A_LAWADEPT,
        Some(period::RULES_2012),
    ),
    doc(
        "a-employer-issue-experience",
        A,
        Issue,
        Condition::PostRequiresExperience,
        localized! {
            kk: "Қызметкердің еңбек өтілі туралы мәліметтер",
            ru: "Сведения о трудовом стаже работника",
            en: "Record of the worker's work experience",
        },
        localized! {
            kk: "Бұрынғы жұмыс берушінің бланкісінде, оның басшысы қол қойған; лауазымның біліктілік талаптары еңбек өтілін талап етсе ұсынылады.",
            ru: "На бланке прежнего работодателя за подписью его руководителя; представляются, если квалификационные требования к должности предусматривают стаж работы.",
            en: "On the former employer's letterhead, signed by its head; needed where the post's qualification requirements demand experience.",
        },
        CopyRules::NONE,
        FROM_FORMER_EMPLOYER,
        A_LAWADEPT,
        Some(period::RULES_2012),
    ),
    doc(
        "a-employer-issue-passport",
        A,
        Issue,
        Condition::Always,
        PASSPORT_TITLE,
        localized! {
            kk: "Орыс тіліне нотариат куәландырған аудармасымен.",
            ru: "С нотариально засвидетельствованным переводом на русский язык.",
            en: "With a notarised translation into Russian.",
        },
        A_PASSPORT_COPY,
        FROM_WORKER,
        A_LAWADEPT,
        Some(period::RULES_2012),
    ),
    doc(
        "a-employer-issue-special-conditions",
        A,
        Issue,
        Condition::EarlierPermitsHadSpecialConditions,
        localized! {
            kk: "Бұрынғы рұқсаттардың ерекше шарттары орындалғанын растайтын құжаттар",
            ru: "Документы, подтверждающие выполнение особых условий ранее выданных разрешений",
            en: "Proof that the special conditions of earlier permits were met",
        },
        localized! {
            kk: "Жұмыс берушіге бұрын берілген рұқсаттарға ерекше шарттар қойылған болса ұсынылады.",
            ru: "Представляются, если к ранее выданным работодателю разрешениям были установлены особые условия.",
            en: "Needed where the employer's earlier permits came with special conditions.",
        },
        CopyRules::NONE,
        FROM_EMPLOYER,
        A_LAWADEPT,
        Some(period::RULES_2012),
    ),
    Requirement {
        id: "a-employer-issue-guarantee",
        edition: A,
        applicant: Employer,
        track: General,
        service: Issue,
        condition: Condition::Always,
        title: localized! {
            kk: "Кепілдік құжаттардың көшірмелері",
            ru: "Копии гарантийных документов",
            en: "Copies of the guarantee documents",
        },
        description: localized! {
            kk: "Банк пен жұмыс беруші арасындағы шарттың және жұмыс берушінің банк шотына кепілдік жарнаның енгізілгенін растайтын құжаттың көшірмелері: рұқсат тоқтатылғанда шетелдік жұмыс күшінің Қазақстан Республикасынан шығуына кепілдік береді. Рұқсат беру туралы хабарламаны алғаннан кейін 20 жұмыс күні ішінде тапсырылады.",
            ru: "Копии договора между банком и работодателем и документа, подтверждающего внесение гарантийного взноса на банковский счёт работодателя: гарантируют выезд иностранной рабочей силы из Республики Казахстан по прекращении разрешения. Сдаются в течение 20 рабочих дней после получения уведомления о выдаче разрешения.",
            en: "Copies of the contract between the bank and the employer and of the document proving the guarantee deposit was paid into the employer's bank account: they secure the foreign workers' departure from Kazakhstan when the permit ends. Handed in within 20 working days of the notice of issue.",
        },
        copy: CopyRules::NONE,
        alternatives: None,
        obtain_from: Some(localized! {
            kk: "Жұмыс берушінің банкінен.",
            ru: "В банке работодателя.",
            en: "From the employer's bank.",
        }),
        due: Due::AfterPositiveNotice {
            working_days: A_GUARANTEE_WORKING_DAYS,
            citation: A_GUARANTEE,
        },
        citation: A_GUARANTEE,
        period: None,
    },
    // ===== Edition A, employer, extension (C: lwp.kz, period not stated) =========================================
    application(
        "a-employer-extension-application",
        A,
        Employer,
        General,
        Extension,
    ),
    doc(
        "a-employer-extension-reasons",
        A,
        Extension,
        Condition::Always,
        localized! {
            kk: "Рұқсатты ұзарту себептері",
            ru: "Причины продления разрешения",
            en: "Reasons for the extension",
        },
        localized! {
            kk: "Рұқсатты не себепті ұзарту қажет екені.",
            ru: "Почему требуется продлить разрешение.",
            en: "Why the permit needs to be extended.",
        },
        CopyRules::NONE,
        FROM_EMPLOYER,
        A_LWP_EXTENSION,
        Some(period::NOT_STATED),
    ),
    doc(
        "a-employer-extension-local-share",
        A,
        Extension,
        Condition::Always,
        LOCAL_SHARE_TITLE,
        LOCAL_SHARE_TEXT,
        CopyRules::NONE,
        FROM_EMPLOYER,
        A_LWP_EXTENSION,
        Some(period::NOT_STATED),
    ),
    doc(
        "a-employer-extension-foreigners",
        A,
        Extension,
        Condition::Always,
        localized! {
            kk: "Жұмысқа тартылған шетелдіктер туралы ақпарат",
            ru: "Информация о привлечённых иностранцах",
            en: "Information on the foreigners employed",
        },
        localized! {
            kk: "Жұмыс беруші тартқан шетел азаматтары туралы мәліметтер.",
            ru: "Сведения об иностранцах, привлечённых работодателем.",
            en: "Details of the foreigners the employer has engaged.",
        },
        CopyRules::NONE,
        FROM_EMPLOYER,
        A_LWP_EXTENSION,
        Some(period::NOT_STATED),
    ),
    doc(
        "a-employer-extension-passport",
        A,
        Extension,
        Condition::Always,
        PASSPORT_TITLE,
        localized! {
            kk: "Қызметкердің паспортының көшірмесі.",
            ru: "Копия паспорта работника.",
            en: "A copy of the worker's passport.",
        },
        PASSPORT_COPY,
        FROM_WORKER,
        A_LWP_EXTENSION,
        Some(period::NOT_STATED),
    ),
    // ===== Edition A, employer, reissue: U ========================================================================
    application(
        "a-employer-reissue-application",
        A,
        Employer,
        General,
        Reissue,
    ),
    not_known(
        "a-employer-reissue-changes",
        A,
        Employer,
        General,
        Reissue,
        CHANGES_UNKNOWN_TITLE,
    ),
    // ===== Edition A, foreign worker: U ===========================================================================
    application("a-worker-issue-application", A, Worker, General, Issue),
    not_known(
        "a-worker-issue-other",
        A,
        Worker,
        General,
        Issue,
        OTHER_UNKNOWN_TITLE,
    ),
    application(
        "a-worker-extension-application",
        A,
        Worker,
        General,
        Extension,
    ),
    not_known(
        "a-worker-extension-other",
        A,
        Worker,
        General,
        Extension,
        OTHER_UNKNOWN_TITLE,
    ),
    application("a-worker-reissue-application", A, Worker, General, Reissue),
    not_known(
        "a-worker-reissue-changes",
        A,
        Worker,
        General,
        Reissue,
        CHANGES_UNKNOWN_TITLE,
    ),
];
