//! The words of the procedures (`ruqsat_core::procedures`): who acts, what each step does, the notes shown
//! with a timeline and why a combination is not offered. The core holds the keys, the figures and the citations.

use ruqsat_core::lang::Localized;
use ruqsat_core::localized;
use ruqsat_core::procedures::{Actor, NotOffered, ProcedureNote, StepKind};

/// Who takes a step, as a label.
pub const fn actor(a: Actor) -> Localized {
    match a {
        Actor::OfficeSpecialist => localized! {
            kk: "Кеңсе маманы",
            ru: "Работник канцелярии",
            en: "Office specialist",
        },
        Actor::Head => localized! {
            kk: "Көрсетілетін қызметті берушінің басшысы",
            ru: "Руководитель услугодателя",
            en: "Head of the provider",
        },
        Actor::DeputyHead => localized! {
            kk: "Басшының орынбасары",
            ru: "Заместитель руководителя",
            en: "Deputy head",
        },
        Actor::HeadOfDepartment => localized! {
            kk: "Бөлім басшысы",
            ru: "Руководитель отдела",
            en: "Head of department",
        },
        Actor::DepartmentWorker => localized! {
            kk: "Бөлім қызметкері",
            ru: "Работник отдела",
            en: "Department worker",
        },
        Actor::ResponsibleExecutor => localized! {
            kk: "Жауапты орындаушы",
            ru: "Ответственный исполнитель",
            en: "Responsible executor",
        },
        Actor::Commission => localized! {
            kk: "Рұқсат беру жөніндегі комиссия",
            ru: "Комиссия по выдаче разрешений",
            en: "Permits commission",
        },
        // Each edition's own term in its own language: Edition A's "көрсетілетін қызметті алушы" (Kazakh), Edition
        // B's "услугополучатель" (Russian).
        Actor::Applicant => localized! {
            kk: "Көрсетілетін қызметті алушы",
            ru: "Услугополучатель",
            en: "Applicant (service recipient)",
        },
        Actor::Provider => localized! {
            kk: "Көрсетілетін қызметті беруші",
            ru: "Услугодатель",
            en: "Provider",
        },
    }
}

/// What the actor of a step does, as a short label.
pub const fn step(kind: StepKind) -> Localized {
    match kind {
        StepKind::AAcceptsAndRegisters => localized! {
            kk: "Құжаттарды қабылдайды, тіркейді және басшыға бұрыштама қоюға жолдайды",
            ru: "Принимает и регистрирует документы, передаёт руководителю для резолюции",
            en: "Accepts and registers the package, passes it to the head",
        },
        StepKind::ANamesTheResponsibleExecutor => localized! {
            kk: "Құжаттармен танысады және жауапты орындаушыны белгілейді",
            ru: "Знакомится с документами и определяет ответственного исполнителя",
            en: "Reads the package and names the responsible executor",
        },
        StepKind::AReviewsThePackage => localized! {
            kk: "Құжаттарды қарайды: толық болса — комиссияға жолдайды, толық болмаса — дәлелді бас тарту дайындайды",
            ru: "Рассматривает документы: если пакет полный — направляет на комиссию, если неполный — готовит мотивированный отказ",
            en: "Reviews the package: complete, to the commission; incomplete, a reasoned refusal",
        },
        StepKind::ACommissionDecides => localized! {
            kk: "Рұқсат беру немесе дәлелді бас тарту туралы шешім қабылдайды",
            ru: "Принимает решение о выдаче разрешения или о мотивированном отказе",
            en: "Decides to grant the permit or gives a reasoned refusal",
        },
        StepKind::AHandsTheCommissionsNotice => localized! {
            kk: "Комиссияның шешімі туралы хабарламаны өтініш берушіге береді",
            ru: "Выдаёт заявителю уведомление о решении комиссии",
            en: "Hands the applicant a notice of the commission's decision",
        },
        StepKind::AHandsInGuaranteeDocuments => localized! {
            kk: "Кепілдік құжаттардың көшірмелерін тапсырады (банкпен шарт, кепілдік жарнаның енгізілгенін растайтын құжат)",
            ru: "Сдаёт копии гарантийных документов (договор с банком, подтверждение внесения гарантийного взноса)",
            en: "Hands in copies of the guarantee documents (bank contract, proof of the guarantee deposit)",
        },
        StepKind::AIssuesThePermitAfterGuarantee => localized! {
            kk: "Кепілдік құжаттарды алғаннан кейін рұқсатты береді",
            ru: "Выдаёт разрешение после получения гарантийных документов",
            en: "Issues the permit after receiving the guarantee documents",
        },
        StepKind::ACollectsTheExtendedPermit => localized! {
            kk: "Ұзартылған рұқсатты өтініш білдірген кезде алады",
            ru: "Получает продлённое разрешение, когда обратится",
            en: "Collects the extended permit when asking for it",
        },
        StepKind::BRegistersAsIncomingMail => localized! {
            kk: "Құжаттарды кіріс хат-хабарлар журналында тіркейді және басшыға береді",
            ru: "Регистрирует документы как входящую корреспонденцию и передаёт руководителю",
            en: "Registers the documents as incoming mail and passes them to the head",
        },
        StepKind::BSendsToTheDeputyHead => localized! {
            kk: "Құжаттарды қарайды және орынбасарға жолдайды",
            ru: "Рассматривает документы и направляет заместителю",
            en: "Reviews the documents and sends them to the deputy head",
        },
        StepKind::BChecksAgainstTheRequirements => localized! {
            kk: "Құжаттардың талаптарға сәйкестігін қарайды және бөлім басшысына жолдайды",
            ru: "Рассматривает документы на соответствие требованиям и направляет руководителю отдела",
            en: "Checks the documents against the requirements and sends them to the head of department",
        },
        StepKind::BAssignsToADepartmentWorker => localized! {
            kk: "Құжаттарды қарайды және бөлім қызметкеріне орындауға береді",
            ru: "Рассматривает документы и передаёт на исполнение работнику отдела",
            en: "Reviews the documents and assigns them to a department worker",
        },
        StepKind::BPreparesANoticeOfIssueOrRefusal => localized! {
            kk: "Құжаттарды қарайды, беру немесе бас тарту туралы хабарлама дайындайды",
            ru: "Рассматривает документы, готовит уведомление о выдаче или об отказе",
            en: "Reviews the documents and prepares a notice of issue or of refusal",
        },
        StepKind::BSignsTheNotice => localized! {
            kk: "Басшы (орынбасар) хабарламаға қол қояды",
            ru: "Руководитель (заместитель) подписывает уведомление",
            en: "The head (or deputy) signs the notice",
        },
        StepKind::BHandsTheNotice => localized! {
            kk: "Хабарламаны өтініш берушіге береді",
            ru: "Выдаёт уведомление заявителю",
            en: "Hands the notice to the applicant",
        },
        StepKind::BHandsInFeeProof => localized! {
            kk: "Рұқсат бергені үшін алымның төленгенін растайтын құжаттардың көшірмелерін тапсырады",
            ru: "Сдаёт копии документов, подтверждающих внесение сбора за выдачу разрешения",
            en: "Hands in copies of the documents proving the permit fee was paid",
        },
        StepKind::BPreparesThePermitForSignature => localized! {
            kk: "Рұқсатты дайындайды және қол қоюға береді",
            ru: "Готовит разрешение и передаёт на подпись",
            en: "Prepares the permit and passes it for signature",
        },
        StepKind::BSignsThePermit => localized! {
            kk: "Басшы (орынбасар) рұқсатқа қол қояды",
            ru: "Руководитель (заместитель) подписывает разрешение",
            en: "The head (or deputy) signs the permit",
        },
        StepKind::BHandsThePermit => localized! {
            kk: "Рұқсатты өтініш берушіге береді",
            ru: "Выдаёт разрешение заявителю",
            en: "Hands the permit to the applicant",
        },
        StepKind::BIctReviewsAndPreparesThePermit => localized! {
            kk: "Құжаттарды қарайды және рұқсатты дайындайды",
            ru: "Рассматривает документы и готовит разрешение",
            en: "Reviews the documents and prepares the permit",
        },
        StepKind::BPortalResultToThePersonalCabinet => localized! {
            kk: "Құжаттарды тексереді; нәтиже «жеке кабинетке» электрондық құжат ретінде жолданады",
            ru: "Проверяет документы; результат направляется в «личный кабинет» в форме электронного документа",
            en: "Checks the documents; the result reaches the personal cabinet as an electronic document",
        },
    }
}

/// A note shown with a timeline: what the seed leaves open and how the product reads it, or how Edition A's total
/// stands to the steps' own terms.
pub const fn note(n: ProcedureNote) -> Localized {
    match n {
        ProcedureNote::ATotalsBesideTheSteps => localized! {
            kk: "4-тармақ қызметтің жалпы мерзімін, 7-тармақ әр қадамның мерзімін белгілейді. Жалпы мерзім қадамдар мерзімдерінің қосындысына тең емес, регламент оларды сәйкес келтірмейді, сондықтан екеуі де көрсетіледі.",
            ru: "Пункт 4 устанавливает общий срок услуги, пункт 7 — сроки каждого шага. Общий срок не равен сумме сроков шагов, и регламент их не согласует, поэтому показаны оба.",
            en: "Clause 4 sets the whole service's term, clause 7 the term of each step. The whole term does not equal the sum of the steps' terms, and the regulation does not reconcile them, so both are shown.",
        },
        ProcedureNote::APortalTakesTheOfficeLimits => localized! {
            kk: "11-тармақ портал арқылы қадамдардың мерзімін көрсетпейді; 7-тармақтың мерзімдері қолданылады (4-тармақтың мерзімдері өтініш берудің екі тәсіліне де ортақ).",
            ru: "В пункте 11 не указаны сроки шагов при подаче через портал; применены сроки из пункта 7 (сроки пункта 4 общие для обоих способов подачи).",
            en: "Clause 11 gives no times for the portal steps; the limits of clause 7 are used (clause 4's terms apply to both channels).",
        },
        ProcedureNote::AReissueEndsWithTheNotice => localized! {
            kk: "Регламент қайта ресімдеудің хабарламадан кейінгі қадамын көрсетпейді; уақыт кестесі хабарламамен аяқталады.",
            ru: "Регламент не предусматривает шагов переоформления после уведомления; график заканчивается уведомлением.",
            en: "The regulation names no step of a reissue after the notice; the timeline ends with the notice.",
        },
        ProcedureNote::AWorkerPermitEndsWithTheNotice => localized! {
            kk: "Шетелдік қызметкерге арналған рұқсат бойынша регламент хабарламадан кейінгі қадамды көрсетпейді; уақыт кестесі хабарламамен аяқталады.",
            ru: "Для разрешения иностранному работнику регламент не предусматривает шагов после уведомления; график заканчивается уведомлением.",
            en: "For a foreign worker's permit the regulation names no step after the notice; the timeline ends with the notice.",
        },
        ProcedureNote::AExtensionCollectedOnRequest => localized! {
            kk: "Ұзартылған рұқсат өтініш беруші өтініш білдірген кезде беріледі; бұл қадамның мерзімі жоқ.",
            ru: "Продлённое разрешение выдаётся, когда заявитель обратится; у этого шага нет срока.",
            en: "The extended permit is handed over when the applicant asks; that step has no limit.",
        },
        ProcedureNote::BPortalResultWithinCalendarDays => localized! {
            kk: "Портал арқылы: нәтиже (хабарлама) порталға жүгінген сәттен бастап 7 күнтізбелік күн ішінде жеке кабинетке келеді (9-тармақ, 11-тармақша); кеңседегі ішкі қадамдар бұл мерзімге кіреді.",
            ru: "Через портал: результат (уведомление) поступает в личный кабинет в течение 7 календарных дней с момента обращения (пункт 9, подпункт 11); внутренние шаги канцелярии входят в этот срок.",
            en: "By the portal: the result (a notice) reaches the personal cabinet within 7 calendar days of the application (clause 9, sub-clause 11); the office's internal steps fall within that term.",
        },
        ProcedureNote::BReissueFeeStep => localized! {
            kk: "Регламент алым қадамын қайта ресімдеуге де қолданады; практиктердің айтуынша, қайта ресімдеу үшін екінші алым төленбейді (C).",
            ru: "Регламент предусматривает шаг уплаты сбора и при переоформлении; по словам практиков, второй сбор за переоформление не взимается (C).",
            en: "The regulation applies the fee step to a reissue too; practitioners say no second fee is charged for a reissue (C).",
        },
        ProcedureNote::BIctHasNoNoticeAndNoFee => localized! {
            kk: "Корпоративішілік ауыстыру: хабарлама мен алым қадамы жоқ, рұқсат бірден дайындалады.",
            ru: "Внутрикорпоративный перевод: уведомления и уплаты сбора нет, разрешение готовится сразу.",
            en: "Intra-corporate transfer: no notice and no fee step; the permit itself is prepared.",
        },
    }
}

/// Why the edition does not offer a combination.
pub const fn not_offered(why: NotOffered) -> Localized {
    match why {
        NotOffered::IctOnlyInEditionB => localized! {
            kk: "Корпоративішілік ауыстыру шеңберіндегі рұқсат тек Жамбыл облысының 2017 жылғы регламентінде (B редакциясы) бар.",
            ru: "Разрешение в рамках внутрикорпоративного перевода есть только в регламенте Жамбылской области 2017 года (редакция B).",
            en: "A permit within an intra-corporate transfer exists only in the Zhambyl 2017 regulation (Edition B).",
        },
        NotOffered::WorkerPermitOnlyInEditionA => localized! {
            kk: "B редакциясы рұқсатты тек жұмыс берушілерге беруді көздейді; шетелдік қызметкердің өз рұқсаты тек A редакциясында бар.",
            ru: "Редакция B предусматривает выдачу разрешений только работодателям; разрешение самому иностранному работнику есть только в редакции A.",
            en: "Edition B issues permits to employers only; a foreign worker's own permit exists only in Edition A.",
        },
        NotOffered::WorkerOnlyAtTheOffice => localized! {
            kk: "A редакциясы бойынша шетелдік қызметкер құжаттарды тек көрсетілетін қызметті берушіге тапсырады, портал арқылы емес.",
            ru: "По редакции A иностранный работник подаёт документы только услугодателю, а не через портал.",
            en: "Under Edition A a foreign worker applies at the provider only, not through the portal.",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruqsat_core::procedures::{Limit, PROCEDURES};

    #[test]
    fn every_actor_step_and_note_is_worded_in_three_languages() {
        for &a in Actor::ALL {
            assert!(actor(a).blank_in().is_empty(), "{a:?}");
        }
        for &k in StepKind::ALL {
            assert!(step(k).blank_in().is_empty(), "{k:?}");
        }
        for &n in ProcedureNote::ALL {
            assert!(note(n).blank_in().is_empty(), "{n:?}");
        }
        for &why in NotOffered::ALL {
            assert!(not_offered(why).blank_in().is_empty(), "{why:?}");
        }
    }

    #[test]
    fn the_key_lists_hold_every_key_the_procedures_use() {
        for p in &PROCEDURES {
            for s in p.steps {
                assert!(Actor::ALL.contains(&s.actor), "{:?}", s.actor);
                assert!(StepKind::ALL.contains(&s.kind), "{:?}", s.kind);
                assert!(step(s.kind).blank_in().is_empty());
            }
            for n in p.notes {
                assert!(ProcedureNote::ALL.contains(n), "{n:?}");
                assert!(note(*n).blank_in().is_empty());
            }
            if let Some(total) = p.statutory_term {
                assert!(note(total.note).blank_in().is_empty());
                assert!(note(total.note)
                    .en
                    .starts_with("Clause 4 sets the whole service's term"));
            }
        }
        for &k in StepKind::ALL {
            assert!(
                PROCEDURES
                    .iter()
                    .any(|p| p.steps.iter().any(|s| s.kind == k)),
                "{k:?} is in no procedure"
            );
        }
    }

    /// The portal note of Edition B says the portal step's own calendar days: the two cannot disagree.
    #[test]
    fn the_portal_note_says_the_portal_steps_days() {
        let days: Vec<u32> = PROCEDURES
            .iter()
            .flat_map(|p| p.steps)
            .filter(|s| s.kind == StepKind::BPortalResultToThePersonalCabinet)
            .map(|s| match s.limit {
                Limit::CalendarDays(n) => n,
                other => panic!("the portal step is limited in {other:?}"),
            })
            .collect();
        assert!(!days.is_empty() && days.iter().all(|&d| d == days[0]));
        let words = note(ProcedureNote::BPortalResultWithinCalendarDays);
        let figure = days[0].to_string();
        for (text, unit) in [
            (words.kk, "күнтізбелік күн"),
            (words.ru, "календарных дней"),
            (words.en, "calendar days"),
        ] {
            assert!(text.contains(&format!("{figure} {unit}")), "{text}");
        }
        assert!(PROCEDURES
            .iter()
            .filter(|p| p
                .steps
                .iter()
                .any(|s| s.kind == StepKind::BPortalResultToThePersonalCabinet))
            .all(|p| p
                .notes
                .contains(&ProcedureNote::BPortalResultWithinCalendarDays)));
    }
}
