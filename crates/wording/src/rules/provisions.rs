//! The words of the regulations' provisions for a case (`ruqsat_core::provisions`), each edition in its own terms:
//! Edition A's Kazakh "көрсетілетін қызметті алушы", "кеңсе маманы"; Edition B's Russian "услугополучатель",
//! "работник канцелярии". The contacts are worded from the core's data, so a figure is written once.

use ruqsat_core::lang::{Lang, Localized};
use ruqsat_core::localized;
use ruqsat_core::provisions::{ProvisionText, A_PHONE, A_PORTAL, B_PORTALS, B_SITE};
use ruqsat_core::sources::Period;

/// A provision's words; the contacts carry the data's figures.
pub fn provision(key: ProvisionText, lang: Lang) -> String {
    // A one-language bundle only ever speaks its language: the other arms are left out of it.
    let lang = ruqsat_core::lang::ONLY_LANG.unwrap_or(lang);
    match key {
        ProvisionText::AProviderContacts => match lang {
            Lang::Kk => format!("Көрсетілетін қызметті беруші: Орал қаласы, Сарайшық көшесі, 44/2; телефоны {A_PHONE}; портал {A_PORTAL}."),
            Lang::Ru => format!("Услугодатель: г. Уральск, ул. Сарайшык, 44/2; телефон {A_PHONE}; портал {A_PORTAL}."),
            Lang::En => format!("The provider: Oral, 44/2 Saraishyk st.; phone {A_PHONE}; portal {A_PORTAL}."),
        },
        ProvisionText::BProviderContacts => {
            let [egov, elicense] = B_PORTALS;
            match lang {
                Lang::Kk => format!("Көрсетілетін қызметті беруші — Жамбыл облысы әкімдігінің жұмыспен қамтуды үйлестіру және әлеуметтік бағдарламалар басқармасы: кеңсесі арқылы немесе {egov}, {elicense} порталдары арқылы; сайты {B_SITE}. Регламентте мекенжай мен телефон жоқ."),
                Lang::Ru => format!("Услугодатель — Управление координации занятости и социальных программ акимата Жамбылской области: через канцелярию или через порталы {egov}, {elicense}; сайт {B_SITE}. Адреса и телефона в регламенте нет."),
                Lang::En => format!("The provider, the Zhambyl oblast akimat Department for coordination of employment and social programmes: through its office or the portals {egov} and {elicense}; site {B_SITE}. The regulation gives no address or phone."),
            }
        }
        other => text(other).get(lang).to_string(),
    }
}

/// The words of the provisions that state no figure of the data.
pub const fn text(key: ProvisionText) -> Localized {
    match key {
        ProvisionText::RepresentativeMayApply => localized! {
            kk: "Өтінішті көрсетілетін қызметті алушының өзі немесе сенімхат бойынша оның өкілі бере алады.",
            ru: "Документы может подать сам услугополучатель либо его представитель по доверенности.",
            en: "The applicant may apply in person or through a representative with a power of attorney.",
        },
        ProvisionText::PowerOfAttorneyNeeded => localized! {
            kk: "Сіз өкіл ретінде өтініш бересіз: сенімхат керек.",
            ru: "Вы подаёте документы как представитель: нужна доверенность.",
            en: "You apply as a representative: you need a power of attorney.",
        },
        ProvisionText::ANotThroughServiceCentres => localized! {
            kk: "Қызмет халыққа қызмет көрсету орталықтары арқылы көрсетілмейді.",
            ru: "Услуга не оказывается через центры обслуживания населения.",
            en: "The service is not given through public service centres.",
        },
        ProvisionText::ATwentyMinuteLimits => localized! {
            kk: "Құжаттарды тапсыру үшін күтудің ең ұзақ уақыты — 20 минут; қызмет көрсетудің ең ұзақ уақыты — 20 минут.",
            ru: "Ожидание для сдачи документов — не более 20 минут; обслуживание — не более 20 минут.",
            en: "At most 20 minutes of waiting to hand in the documents, and at most 20 minutes being served.",
        },
        ProvisionText::PortalRegistration => localized! {
            kk: "Порталда ЖСН және (немесе) БСН және пароль арқылы тіркелу (тіркелмегендер үшін).",
            ru: "Регистрация на портале с ИИН и (или) БИН и паролем (для незарегистрированных).",
            en: "Registration on the portal with your IIN and/or BIN and a password (if not registered yet).",
        },
        ProvisionText::PortalLogInChecked => localized! {
            kk: "Кіру деректері тексеріледі: деректерде кемшілік болса, портал авторизациядан бас тартады.",
            ru: "Данные входа проверяются: при нарушениях в данных портал отказывает в авторизации.",
            en: "Your log-in data is checked: if it is faulty, the portal refuses the log-in.",
        },
        ProvisionText::PortalFormAttachAndSign => localized! {
            kk: "Сұрау салу нысанын толтыру, құжаттардың сканерленген (электрондық) көшірмелерін жалғау және ЭЦҚ қою.",
            ru: "Заполнить форму запроса, приложить электронные копии документов и подписать ЭЦП.",
            en: "Fill in the request form, attach the documents' scans (electronic copies) and sign with your digital signature.",
        },
        ProvisionText::PortalCertificateValid => localized! {
            kk: "ЭЦҚ тіркеу куәлігі жарамды, қайтарып алынбаған (күші жойылмаған) және ЖСН/БСН-ге сәйкес болуы керек; әйтпесе сұраныстан бас тартылады.",
            ru: "Регистрационное свидетельство ЭЦП должно быть действующим, не отозванным (не аннулированным) и соответствовать ИИН/БИН; иначе в услуге отказывают.",
            en: "Your digital-signature certificate must be valid, not revoked, and match your IIN/BIN; otherwise the request is refused.",
        },
        ProvisionText::AExecutorRefuses => localized! {
            kk: "Құжаттар толық емес көлемде тапсырылса және (немесе) өтініш белгіленген нысан бойынша толтырылмаса, жауапты орындаушы құжаттар түскен күннен бастап 5 жұмыс күні ішінде дәлелді бас тарту туралы жауап дайындайды (басшы қол қояды), құжаттар көрсетілетін қызметті алушыға қайтарылады.",
            ru: "Если документы неполные и (или) заявление заполнено не по установленной форме, ответственный исполнитель в течение 5 рабочих дней со дня поступления документов готовит мотивированный отказ (подписывает руководитель), и документы возвращаются заявителю.",
            en: "If the package is incomplete or the application is not on the set form, the responsible executor prepares a reasoned refusal within 5 working days of receiving it (signed by the head), and the documents go back to you.",
        },
        ProvisionText::ACommissionRefuses => localized! {
            kk: "Комиссия рұқсат беру немесе дәлелді бас тарту туралы шешім қабылдайды; шешім туралы хабарлама шешім қабылданған күннен бастап 3 жұмыс күні ішінде беріледі.",
            ru: "Комиссия принимает решение о выдаче разрешения или о мотивированном отказе; уведомление о решении выдаётся в течение 3 рабочих дней со дня решения.",
            en: "The commission decides to give the permit or refuses with reasons; the notice of its decision is handed over within 3 working days of it.",
        },
        ProvisionText::BNoticeOfRefusal => localized! {
            kk: "Бөлім қызметкері беру немесе бас тарту туралы хабарлама дайындайды; хабарлама көрсетілетін қызметті алушыға қағаз немесе электрондық түрде 1 жұмыс күні ішінде беріледі.",
            ru: "Работник отдела готовит уведомление о выдаче или об отказе; уведомление выдаётся услугополучателю в бумажном или электронном виде в течение 1 рабочего дня.",
            en: "The department worker prepares a notice of issue or of refusal; it is handed to you, on paper or electronically, within 1 working day.",
        },
        ProvisionText::BIctPermitOrRefusal => localized! {
            kk: "Корпоративішілік ауыстыру рәсімінде хабарлама жоқ: рұқсаттың өзі дайындалады. Регламент бойынша нәтиже — рұқсат немесе дәлелді бас тарту.",
            ru: "В процедуре внутрикорпоративного перевода уведомления нет: готовится само разрешение. Результат по регламенту — разрешение либо мотивированный ответ об отказе.",
            en: "The transfer procedure has no notice: the permit itself is prepared. By the regulation, the result is the permit or a reasoned refusal.",
        },
        ProvisionText::AAppeal => localized! {
            kk: "Көрсетілетін қызметті берушінің және оның лауазымды адамдарының шешімдеріне, әрекеттеріне (әрекетсіздігіне) стандарттың 3-бөліміне сәйкес шағымдануға болады. Мерзімінен кешіккен көрсетілетін қызметті беруші — әрекетсіздік: оған да шағымдануға болады.",
            ru: "Решения, действия (бездействие) услугодателя и его должностных лиц обжалуются в порядке раздела 3 стандарта. Услугодатель, опоздавший против срока, — это бездействие: его тоже можно обжаловать.",
            en: "Decisions, actions or inaction of the provider and its officials can be appealed under section 3 of the standard. A provider late past its term is inaction, which can be appealed too.",
        },
        ProvisionText::BAppealNotInTheRegulation => localized! {
            kk: "Регламентте шағымдану тәртібі жоқ: белгісіз — көрсетілетін қызметті берушіден сұраңыз.",
            ru: "Порядка обжалования в регламенте нет: неизвестно — спросите услугодателя.",
            en: "The regulation says nothing of appeal: not known — ask the provider.",
        },
        ProvisionText::AResultEmployerPermit => localized! {
            kk: "Нәтиже: жұмыс берушіге шетелдік жұмыс күшін тартуға рұқсат (беру, қайта ресімдеу, ұзарту) немесе бас тарту туралы дәлелді жауап.",
            ru: "Результат: разрешение работодателю на привлечение иностранной рабочей силы (выдача, переоформление, продление) либо мотивированный ответ об отказе.",
            en: "The result: the employer's permit to attract foreign labour (issued, reissued or extended), or a reasoned refusal.",
        },
        ProvisionText::AResultWorkerPermit => localized! {
            kk: "Нәтиже: шетелдік қызметкерге жұмысқа орналасуға рұқсат (беру, қайта ресімдеу, ұзарту) немесе бас тарту туралы дәлелді жауап.",
            ru: "Результат: разрешение иностранному работнику на трудоустройство (выдача, переоформление, продление) либо мотивированный ответ об отказе.",
            en: "The result: the foreign worker's permit for employment (issued, reissued or extended), or a reasoned refusal.",
        },
        ProvisionText::AResultForm => localized! {
            kk: "Қызмет нысаны: электрондық (ішінара автоматтандырылған) және (немесе) қағаз түрінде.",
            ru: "Форма оказания услуги: электронная (частично автоматизированная) и (или) бумажная.",
            en: "The form of the service: electronic (partly automated) and/or paper.",
        },
        ProvisionText::APersonalCabinet => localized! {
            kk: "Порталда нәтиже уәкілетті тұлғаның ЭЦҚ-мен куәландырылған электрондық құжат ретінде «жеке кабинетке» келеді.",
            ru: "На портале результат приходит в «личный кабинет» электронным документом, удостоверенным ЭЦП уполномоченного лица.",
            en: "On the portal, the result reaches your personal cabinet as an electronic document signed digitally by an authorised officer.",
        },
        ProvisionText::BResultPermitOnTheForm => localized! {
            kk: "Нәтиже: стандарттың 1-қосымшасындағы нысан бойынша рұқсат (берілген, қайта ресімделген, ұзартылған) немесе стандарттың 10-тармағындағы негіздер бойынша бас тарту туралы дәлелді жауап; электрондық және (немесе) қағаз түрінде.",
            ru: "Результат: разрешение (выданное, переоформленное, продлённое) по форме приложения 1 к стандарту либо мотивированный ответ об отказе по основаниям пункта 10 стандарта; в электронной и (или) бумажной форме.",
            en: "The result: the permit (issued, reissued or extended) on the form of annex 1 to the standard, or a reasoned refusal on the grounds of clause 10 of the standard; electronic and/or paper.",
        },
        ProvisionText::BPersonalCabinet => localized! {
            kk: "Порталда нәтиже (хабарлама) басшының ЭЦҚ-мен куәландырылған электрондық құжат ретінде порталға жүгінген сәттен бастап 7 күнтізбелік күн ішінде «жеке кабинетке» келеді.",
            ru: "На портале результат (уведомление) приходит в «личный кабинет» электронным документом, удостоверенным ЭЦП руководителя, в течение 7 календарных дней с момента обращения на портал.",
            en: "On the portal, the result (a notice) reaches your personal cabinet as an electronic document signed digitally by the head, within 7 calendar days of the request.",
        },
        ProvisionText::AProviderContacts | ProvisionText::BProviderContacts => localized! {
            kk: "Көрсетілетін қызметті беруші",
            ru: "Услугодатель",
            en: "The provider",
        },
    }
}

/// The period a source of the register describes (`ruqsat_core::sources::Period`); `None` where there is none to
/// state (nothing found).
pub const fn source_period(key: Period) -> Option<Localized> {
    Some(match key {
        Period::ItsTimeInForce => localized! {
            kk: "күшінде болған кезеңі",
            ru: "период действия",
            en: "its time in force",
        },
        Period::AsAmended => localized! {
            kk: "өзгерістерімен",
            ru: "с изменениями",
            en: "as amended",
        },
        Period::Rules2012 => localized! {
            kk: "2012 жылғы қағидалар",
            ru: "правила 2012 года",
            en: "the 2012 rules",
        },
        Period::From2017 => localized! {
            kk: "2017 жылдан бастап",
            ru: "с 2017 года",
            en: "from 2017",
        },
        Period::LaterWording => localized! {
            kk: "кейінгі редакция; 2017 жылға тексерілмеген",
            ru: "более поздняя редакция; для 2017 года не проверено",
            en: "a later wording, not verified for 2017",
        },
        Period::CurrentPractice => localized! {
            kk: "қазіргі тәжірибе",
            ru: "текущая практика",
            en: "current practice",
        },
        Period::EachFact => localized! {
            kk: "әр дерекке өз кезеңі",
            ru: "у каждого факта свой период",
            en: "each fact its own period",
        },
        Period::NotStated => localized! {
            kk: "кезеңі көрсетілмеген",
            ru: "период не указан",
            en: "period not stated",
        },
        Period::ItsYear => localized! {
            kk: "өз жылы",
            ru: "свой год",
            en: "its year",
        },
        Period::Estimate => localized! {
            kk: "болжам",
            ru: "оценка",
            en: "an estimate",
        },
        Period::None => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_provision_is_worded_in_three_languages_with_the_datas_figures() {
        for &k in ProvisionText::ALL {
            for lang in Lang::ALL {
                assert!(!provision(k, lang).trim().is_empty(), "{k:?} {lang:?}");
            }
            assert!(text(k).blank_in().is_empty(), "{k:?}");
        }
        for lang in Lang::ALL {
            assert!(provision(ProvisionText::AProviderContacts, lang).contains(A_PHONE));
            let b = provision(ProvisionText::BProviderContacts, lang);
            assert!(
                b.contains("www.egov.kz") && b.contains("www.elicense.kz") && b.contains(B_SITE)
            );
        }
        // Each edition in its own terms (A in Kazakh, B in Russian).
        assert!(text(ProvisionText::RepresentativeMayApply)
            .kk
            .contains("көрсетілетін қызметті алушы"));
        assert!(text(ProvisionText::BNoticeOfRefusal)
            .ru
            .contains("услугополучател"));
    }
}
