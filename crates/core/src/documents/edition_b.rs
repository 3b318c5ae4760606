//! Edition B's documents (Zhambyl, 2017): EVIDENCE.md §1, "Edition B", record by record.

use super::*;
use crate::sources::SourceId;

// ---- Citations -------------------------------------------------------------------------------------------------

pub(super) const B_APPLICATION: Citation = Citation::of(
    SourceId::Zhambyl36Regulation,
    localized! { kk: "4-тармақ; 9-тармақ, 5) тармақша (порталдағы сұраныс нысаны)", ru: "пункт 4; пункт 9, подпункт 5) (форма запроса на портале)", en: "clause 4; clause 9, sub-clause 5 (the portal's request form)" },
);
/// Edition B's fee proof: 10 working days after the notice.
pub const B_FEE_DEADLINE: Citation = Citation::of(
    SourceId::Zhambyl36Regulation,
    localized! { kk: "5-тармақ, 8) тармақша", ru: "пункт 5, подпункт 8)", en: "clause 5, sub-clause 8" },
);
pub(super) const B_SOBES: Citation = Citation::whole(SourceId::SobesZhambyl);
pub(super) const B_PASSPORT: Citation = Citation::whole(SourceId::Consultants);
pub(super) const B_EXTENSION: Citation =
    Citation::whole(SourceId::DosImmigration).and(SourceId::SmartMigration);
pub(super) const B_EXTENSION_FEE: Citation =
    Citation::whole(SourceId::BalCom).and(SourceId::Celsium);
pub(super) const B_REISSUE: Citation = Citation::whole(SourceId::SmartMigration);
pub(super) const B_ICT_DOCUMENTS: Citation =
    Citation::whole(SourceId::BalCom).and(SourceId::Peregrine);
pub(super) const B_CLAUSE_9_UNKNOWN: Citation = Citation::of(SourceId::Zhambyl36Regulation, localized! { kk: "4-тармақ (№ 279 бұйрықпен бекітілген стандарттың 9-тармағына сілтейді; оның мәтіні алынбады)", ru: "пункт 4 (отсылает к пункту 9 стандарта, утверждённого приказом № 279; его текст не получен)", en: "clause 4 (refers to clause 9 of the standard of order No. 279, whose text was not obtained)" }).graded(Grade::U);

use Applicant::Employer;
use EditionId::Zhambyl2017 as B;
use ServiceKind::{Extension, Issue, Reissue};
use Track::{General, IntraCorporateTransfer as Ict};

/// Edition B's records, in the order of EVIDENCE.md §1.
pub(super) const REQUIREMENTS: &[Requirement] = &[
    // ===== Edition B (2017), general permit, issue ================================================================
    application("b-general-issue-application", B, Employer, General, Issue),
    doc(
        "b-general-issue-education",
        B,
        Issue,
        Condition::Always,
        EDUCATION_TITLE,
        B_EDUCATION_TEXT,
        B_EDUCATION_COPY,
        FROM_SCHOOL,
        B_SOBES,
        None,
    ),
    Requirement {
        alternatives: Some(B_EXPERIENCE_ALTERNATIVE),
        ..doc(
            "b-general-issue-experience",
            B,
            Issue,
            Condition::PostRequiresExperience,
            B_EXPERIENCE_TITLE,
            B_EXPERIENCE_TEXT,
            CopyRules::NONE,
            FROM_FORMER_EMPLOYER,
            B_SOBES,
            None,
        )
    },
    doc(
        "b-general-issue-passport",
        B,
        Issue,
        Condition::Always,
        PASSPORT_TITLE,
        localized! {
            kk: "Қызметкердің паспортының көшірмесі.",
            ru: "Копия паспорта работника.",
            en: "A copy of the worker's passport.",
        },
        PASSPORT_COPY,
        FROM_WORKER,
        B_PASSPORT,
        Some(period::CURRENT),
    ),
    Requirement {
        due: Due::AfterPositiveNotice {
            working_days: 10,
            citation: B_FEE_DEADLINE,
        },
        ..doc(
            "b-general-issue-fee-proof",
            B,
            Issue,
            Condition::Always,
            FEE_PROOF_TITLE,
            FEE_PROOF_TEXT,
            CopyRules::NONE,
            FROM_BANK,
            B_FEE_DEADLINE,
            None,
        )
    },
    // ===== Edition B, general permit, extension (C: dos-immigration.kz, smart-migration.kz, current practice) ====
    application(
        "b-general-extension-application",
        B,
        Employer,
        General,
        Extension,
    ),
    doc(
        "b-general-extension-foreigner",
        B,
        Extension,
        Condition::Always,
        localized! {
            kk: "Шетелдік қызметкер туралы мәліметтер",
            ru: "Сведения об иностранном работнике",
            en: "Information on the foreign worker",
        },
        localized! {
            kk: "Рұқсаты ұзартылатын шетелдік туралы мәліметтер.",
            ru: "Сведения об иностранце, для которого продлевается разрешение.",
            en: "Details of the foreigner whose permit is extended.",
        },
        CopyRules::NONE,
        FROM_EMPLOYER,
        B_EXTENSION,
        Some(period::CURRENT),
    ),
    doc(
        "b-general-extension-local-share",
        B,
        Extension,
        Condition::Always,
        LOCAL_SHARE_TITLE,
        LOCAL_SHARE_TEXT,
        CopyRules::NONE,
        FROM_EMPLOYER,
        B_EXTENSION,
        Some(period::CURRENT),
    ),
    doc(
        "b-general-extension-passport",
        B,
        Extension,
        Condition::Always,
        localized! {
            kk: "Қызметкердің паспортының электрондық көшірмесі",
            ru: "Электронная копия паспорта работника",
            en: "Electronic copy of the worker's passport",
        },
        localized! {
            kk: "Паспорттың сканерленген көшірмесі.",
            ru: "Скан-копия паспорта.",
            en: "A scanned copy of the passport.",
        },
        PASSPORT_COPY,
        FROM_WORKER,
        B_EXTENSION,
        Some(period::CURRENT),
    ),
    Requirement {
        due: Due::AfterPositiveNotice {
            working_days: 10,
            citation: B_FEE_DEADLINE,
        },
        ..doc(
            "b-general-extension-fee-proof",
            B,
            Extension,
            Condition::Always,
            FEE_PROOF_TITLE,
            localized! {
                kk: "Практиктердің айтуынша, 2017 жылдан бастап алым рұқсатты ұзартқанда да төленеді. Регламент бойынша хабарламадан кейін 10 жұмыс күні ішінде тапсырылады.",
                ru: "По данным практиков, с 2017 года сбор уплачивается и при продлении. По регламенту сдаются в течение 10 рабочих дней после уведомления.",
                en: "Practitioners say the fee is also paid for an extension from 2017. By the regulation, handed in within 10 working days of the notice.",
            },
            CopyRules::NONE,
            FROM_BANK,
            B_EXTENSION_FEE,
            Some(period::FROM_2017),
        )
    },
    // ===== Edition B, general permit, reissue: replacing the worker (C: smart-migration.kz, current practice) =====
    application(
        "b-general-reissue-application",
        B,
        Employer,
        General,
        Reissue,
    ),
    doc(
        "b-general-reissue-education",
        B,
        Reissue,
        Condition::Always,
        localized! {
            kk: "Жаңа қызметкердің білімі туралы құжаттардың көшірмелері",
            ru: "Копии документов об образовании нового работника",
            en: "Copies of the new worker's education documents",
        },
        localized! {
            kk: "Қызметкер ауыстырылғанда жаңа қызметкердің біліктілігі рұқсат беру кезіндегідей дәлелденеді; екінші рет алым төленбейді.",
            ru: "При замене работника квалификация нового работника подтверждается так же, как при выдаче; повторно сбор не уплачивается.",
            en: "When the worker is replaced, the new worker's qualification is proven as for an issue; no second fee is paid.",
        },
        B_EDUCATION_COPY,
        FROM_SCHOOL,
        B_REISSUE,
        Some(period::CURRENT),
    ),
    Requirement {
        alternatives: Some(B_EXPERIENCE_ALTERNATIVE),
        ..doc(
            "b-general-reissue-experience",
            B,
            Reissue,
            Condition::PostRequiresExperience,
            localized! {
                kk: "Жаңа қызметкердің еңбек қызметі туралы мәліметтер",
                ru: "Сведения о трудовой деятельности нового работника",
                en: "Information on the new worker's work history",
            },
            B_EXPERIENCE_TEXT,
            CopyRules::NONE,
            FROM_FORMER_EMPLOYER,
            B_REISSUE,
            Some(period::CURRENT),
        )
    },
    // ===== Edition B, intra-corporate transfer, issue (no fee) ===================================================
    application("b-ict-issue-application", B, Employer, Ict, Issue),
    Requirement {
        track: Ict,
        ..doc(
            "b-ict-issue-education",
            B,
            Issue,
            Condition::SubmittedBefore(ICT_LETTERS_FROM),
            EDUCATION_TITLE,
            localized! {
                kk: "2017 жылғы 15 қыркүйекке дейін талап етілді; содан кейін олардың орнына шетелдік жұмыс берушінің және қабылдаушы тараптың хаттары ұсынылады.",
                ru: "Требовались до 15 сентября 2017 года; после этого их заменяют письма иностранного работодателя и принимающей стороны.",
                en: "Required until 15 Sep 2017; after that, letters from the foreign employer and the host replace them.",
            },
            CopyRules::NONE,
            FROM_SCHOOL,
            B_ICT_DOCUMENTS,
            Some(period::EARLY_2017),
        )
    },
    Requirement {
        track: Ict,
        ..doc(
            "b-ict-issue-letter-foreign-employer",
            B,
            Issue,
            Condition::SubmittedOnOrAfter(ICT_LETTERS_FROM),
            localized! {
                kk: "Шетелдік жұмыс берушінің хаты",
                ru: "Письмо иностранного работодателя",
                en: "Letter from the foreign employer",
            },
            localized! {
                kk: "Қызметкердің лауазымға сай екенін растайды; 2017 жылғы 15 қыркүйектен бастап білім туралы құжаттардың орнына.",
                ru: "Подтверждает соответствие работника должности; с 15 сентября 2017 года вместо документов об образовании.",
                en: "Confirms the worker fits the post; from 15 Sep 2017, instead of the education documents.",
            },
            CopyRules::NONE,
            localized! {
                kk: "Қызметкерді жіберетін шетелдік заңды тұлғадан.",
                ru: "От иностранного юридического лица, направляющего работника.",
                en: "From the foreign legal entity that sends the worker.",
            },
            B_ICT_DOCUMENTS,
            Some(period::EARLY_2017),
        )
    },
    Requirement {
        track: Ict,
        ..doc(
            "b-ict-issue-letter-host",
            B,
            Issue,
            Condition::SubmittedOnOrAfter(ICT_LETTERS_FROM),
            localized! {
                kk: "Қабылдаушы тараптың хаты",
                ru: "Письмо принимающей стороны",
                en: "Letter from the host",
            },
            localized! {
                kk: "Қызметкердің лауазымға сай екенін растайды; 2017 жылғы 15 қыркүйектен бастап білім туралы құжаттардың орнына.",
                ru: "Подтверждает соответствие работника должности; с 15 сентября 2017 года вместо документов об образовании.",
                en: "Confirms the worker fits the post; from 15 Sep 2017, instead of the education documents.",
            },
            CopyRules::NONE,
            localized! {
                kk: "Қазақстандағы қабылдаушы ұйымнан.",
                ru: "От принимающей организации в Казахстане.",
                en: "From the host organisation in Kazakhstan.",
            },
            B_ICT_DOCUMENTS,
            Some(period::EARLY_2017),
        )
    },
    // ===== Edition B, intra-corporate transfer, extension and reissue: U ==========================================
    application("b-ict-extension-application", B, Employer, Ict, Extension),
    not_known(
        "b-ict-extension-other",
        B,
        Employer,
        Ict,
        Extension,
        OTHER_UNKNOWN_TITLE,
    ),
    application("b-ict-reissue-application", B, Employer, Ict, Reissue),
    not_known(
        "b-ict-reissue-changes",
        B,
        Employer,
        Ict,
        Reissue,
        CHANGES_UNKNOWN_TITLE,
    ),
];
