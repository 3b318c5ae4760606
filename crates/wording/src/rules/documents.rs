//! The words of the documents' table (`ruqsat_core::documents`): each record's title, description, alternative,
//! source and period, keyed by the record's typed keys, and a condition completing "Required if …".

use ruqsat_core::documents::{
    Alternative, Condition, DocumentText, DocumentTitle, ObtainFrom, Period,
};
use ruqsat_core::lang::{Lang, Localized};
use ruqsat_core::localized;

/// A requirement's title.
pub const fn title(key: DocumentTitle) -> Localized {
    match key {
        DocumentTitle::Application => localized! {
            kk: "Белгіленген нысандағы өтініш",
            ru: "Заявление по установленной форме",
            en: "Application in the set form",
        },
        // Edition B's own word (clause 1, "заявление"): it does not say "in the set form".
        DocumentTitle::BApplication => localized! {
            kk: "Өтініш",
            ru: "Заявление",
            en: "Application",
        },
        DocumentTitle::WorkerEducation => localized! {
            kk: "Қызметкердің білімі туралы құжаттардың көшірмелері",
            ru: "Копии документов об образовании работника",
            en: "Copies of the worker's education documents",
        },
        DocumentTitle::WorkerPassport => localized! {
            kk: "Қызметкердің паспортының көшірмесі",
            ru: "Копия паспорта работника",
            en: "Copy of the worker's passport",
        },
        DocumentTitle::LocalStaffShare => localized! {
            kk: "Жергілікті кадрлардың үлесі туралы мәліметтер",
            ru: "Сведения о доле местных кадров",
            en: "Data on the share of local staff",
        },
        DocumentTitle::BWorkHistory => localized! {
            kk: "Қызметкердің еңбек қызметі туралы мәліметтер",
            ru: "Сведения о трудовой деятельности работника",
            en: "Information on the worker's work history",
        },
        DocumentTitle::FeeProof => localized! {
            kk: "Рұқсат бергені үшін алымның төленгенін растайтын құжаттардың көшірмелері",
            ru: "Копии документов, подтверждающих внесение сбора за выдачу разрешения",
            en: "Copies of the documents proving the permit fee was paid",
        },
        DocumentTitle::ChangesNotKnown => localized! {
            kk: "Не өзгергенін көрсететін құжаттар (тізбесі белгісіз)",
            ru: "Документы, подтверждающие изменения (перечень неизвестен)",
            en: "Documents that show what changed (which ones is not known)",
        },
        DocumentTitle::OtherClause9DocumentsNotKnown => localized! {
            kk: "Стандарттың 9-тармағындағы өзге құжаттар (тізбесі белгісіз)",
            ru: "Иные документы пункта 9 стандарта (перечень неизвестен)",
            en: "Other documents of clause 9 of the standard (which ones is not known)",
        },
        DocumentTitle::AEducationAndQualification => localized! {
            kk: "Қызметкердің білімі мен біліктілігі туралы құжаттардың көшірмелері",
            ru: "Копии документов об образовании и квалификации работника",
            en: "Copies of the worker's education and qualification documents",
        },
        DocumentTitle::AExperienceRecord => localized! {
            kk: "Қызметкердің еңбек өтілі туралы мәліметтер",
            ru: "Сведения о трудовом стаже работника",
            en: "Record of the worker's work experience",
        },
        DocumentTitle::ASpecialConditionsMet => localized! {
            kk: "Бұрынғы рұқсаттардың ерекше шарттары орындалғанын растайтын құжаттар",
            ru: "Документы, подтверждающие выполнение особых условий ранее выданных разрешений",
            en: "Proof that the special conditions of earlier permits were met",
        },
        DocumentTitle::AGuaranteeDocuments => localized! {
            kk: "Кепілдік құжаттардың көшірмелері",
            ru: "Копии гарантийных документов",
            en: "Copies of the guarantee documents",
        },
        DocumentTitle::AExtensionReasons => localized! {
            kk: "Рұқсатты ұзарту себептері",
            ru: "Причины продления разрешения",
            en: "Reasons for the extension",
        },
        DocumentTitle::AForeignersEmployed => localized! {
            kk: "Жұмысқа тартылған шетелдіктер туралы ақпарат",
            ru: "Информация о привлечённых иностранцах",
            en: "Information on the foreigners employed",
        },
        DocumentTitle::BForeignWorker => localized! {
            kk: "Шетелдік қызметкер туралы мәліметтер",
            ru: "Сведения об иностранном работнике",
            en: "Information on the foreign worker",
        },
        DocumentTitle::BPassportElectronicCopy => localized! {
            kk: "Қызметкердің паспортының электрондық көшірмесі",
            ru: "Электронная копия паспорта работника",
            en: "Electronic copy of the worker's passport",
        },
        DocumentTitle::BNewWorkerEducation => localized! {
            kk: "Жаңа қызметкердің білімі туралы құжаттардың көшірмелері",
            ru: "Копии документов об образовании нового работника",
            en: "Copies of the new worker's education documents",
        },
        DocumentTitle::BNewWorkerWorkHistory => localized! {
            kk: "Жаңа қызметкердің еңбек қызметі туралы мәліметтер",
            ru: "Сведения о трудовой деятельности нового работника",
            en: "Information on the new worker's work history",
        },
        DocumentTitle::BIctLetterForeignEmployer => localized! {
            kk: "Шетелдік жұмыс берушінің хаты",
            ru: "Письмо иностранного работодателя",
            en: "Letter from the foreign employer",
        },
        DocumentTitle::BIctLetterHost => localized! {
            kk: "Қабылдаушы тараптың хаты",
            ru: "Письмо принимающей стороны",
            en: "Letter from the host",
        },
    }
}

/// What a requirement is and what makes it acceptable, as the source says it.
pub const fn description(key: DocumentText) -> Localized {
    match key {
        DocumentText::AApplicationWithTheDocuments => localized! {
            kk: "Өтініш стандарттың 9-тармағындағы құжаттармен бірге тапсырылады. Құжаттар толық болмаса немесе өтініш белгіленген нысан бойынша толтырылмаса, дәлелді бас тарту беріліп, құжаттар қайтарылады.",
            ru: "Заявление подаётся вместе с документами пункта 9 стандарта. Если документы неполные или заявление заполнено не по установленной форме, даётся мотивированный отказ и документы возвращаются.",
            en: "Handed in with the documents of clause 9 of the standard. If the package is incomplete or the application is not filled in on the set form, it is refused with reasons and the documents are returned.",
        },
        // Clause 1: received through the office or the portal; clause 2: the form is electronic and (or) paper; clause 9,
        // sub-clause 5: on the portal, the request form signed with the digital signature. Edition B does not say
        // "on paper" for the office.
        DocumentText::BApplicationAtTheOfficeOrPortal => localized! {
            kk: "Көрсетілетін қызметті алушыдан (жұмыс берушіден) көрсетілетін қызметті берушінің кеңсесі немесе портал арқылы қабылданады және өзге құжаттармен бірге тіркеледі. Қызмет нысаны — электрондық және (немесе) қағаз түрінде; порталда — электрондық цифрлық қолтаңбамен куәландырылған сұрау салу нысаны.",
            ru: "Принимается от услугополучателя (работодателя) через канцелярию услугодателя или через портал и регистрируется вместе с иными документами. Форма оказания услуги — электронная и (или) бумажная; на портале — форма запроса, удостоверенная электронной цифровой подписью.",
            en: "Received from the service recipient (the employer) through the provider's office or the portal, and registered with the other documents. The service is given in electronic and/or paper form; on the portal, the request form signed with the digital signature.",
        },
        DocumentText::LocalStaffShare => localized! {
            kk: "Жұмыс берушінің қызметкерлері арасындағы Қазақстан азаматтарының (жергілікті кадрлардың) үлесі.",
            ru: "Доля граждан Казахстана (местных кадров) среди работников работодателя.",
            en: "The share of Kazakh citizens (local staff) among the employer's staff.",
        },
        DocumentText::BEducationLegalisedAndNotarised => localized! {
            kk: "Халықаралық шартта өзгеше көзделмесе, Қазақстан Республикасының заңнамасында белгіленген тәртіппен заңдастырылған, нотариат куәландырған көшірмелер; қазақ немесе орыс тілінде жасалмаса — нотариат куәландырған аудармасымен.",
            ru: "Нотариально засвидетельствованные копии, легализованные в порядке, установленном законодательством Республики Казахстан, если иное не предусмотрено международным договором; если документы составлены не на казахском и не на русском языке — с нотариально засвидетельствованным переводом.",
            en: "Copies legalised as Kazakh law requires unless an international treaty says otherwise, notarised; with a notarised translation where they are not in Kazakh or Russian.",
        },
        DocumentText::BWorkHistoryOnLetterhead => localized! {
            kk: "Бұрынғы жұмыс берушінің бланкісінде расталған; біліктілік талаптарында ең аз еңбек өтілі белгіленсе ұсынылады.",
            ru: "Подтверждённые на бланке прежнего работодателя; представляются, если квалификационными требованиями установлен минимальный стаж работы.",
            en: "Confirmed on the former employer's letterhead; needed where the qualification requirements set a minimum experience.",
        },
        // Clause 5, sub-clause 8 says "после сдачи в течение 10 (десяти) рабочих дней" and gives no start: the notice
        // as the start is read from the order of the steps (EVIDENCE.md §4).
        DocumentText::FeeProofAfterTheNoticeOfIssue => localized! {
            kk: "10 жұмыс күні ішінде тапсырылады; регламент («после сдачи в течение 10 (десяти) рабочих дней») мерзімнің басын айтпайды, Ruqsat оны қадамдардың ретіне қарап хабарламадан бастап санайды. Содан кейін рұқсат ресімделеді. Алым мөлшері регламентте жоқ.",
            ru: "Сдаются в течение 10 рабочих дней; регламент («после сдачи в течение 10 (десяти) рабочих дней») не указывает начало срока, Ruqsat считает его от уведомления, по порядку процедур. После этого оформляется разрешение. Размер сбора в регламенте не указан.",
            en: "Handed in within 10 working days; the regulation (\"после сдачи в течение 10 (десяти) рабочих дней\") gives no start, and Ruqsat counts from the notice, read from the order of the steps. The permit is then prepared. The regulation does not state the amount.",
        },
        DocumentText::Clause9NotFound => localized! {
            kk: "Регламент тек стандарттың 9-тармағына сілтейді, ал ол тармақтың мәтіні табылмады. Қандай құжаттар керек екенін көрсетілетін қызметті берушіден нақтылаңыз.",
            ru: "Регламент лишь ссылается на пункт 9 стандарта, текст которого найти не удалось. Уточните перечень у услугодателя.",
            en: "The regulation only refers to clause 9 of the standard, whose text could not be found. Ask the provider which documents it wants.",
        },
        DocumentText::AEducationApostilled => localized! {
            kk: "Апостиль қойылған немесе заңдастырылған (ТМД елдерінің құжаттары үшін — нотариат куәландырған көшірмелер), орыс тіліне нотариат куәландырған аудармасымен.",
            ru: "С апостилем или легализованные (для документов стран СНГ — нотариально засвидетельствованные копии), с нотариально засвидетельствованным переводом на русский язык.",
            en: "Apostilled or legalised (for documents from CIS countries, notarised copies), with a notarised translation into Russian.",
        },
        DocumentText::AExperienceOnLetterheadSignedByHead => localized! {
            kk: "Бұрынғы жұмыс берушінің бланкісінде, оның басшысы қол қойған; лауазымның біліктілік талаптары еңбек өтілін талап етсе ұсынылады.",
            ru: "На бланке прежнего работодателя за подписью его руководителя; представляются, если квалификационные требования к должности предусматривают стаж работы.",
            en: "On the former employer's letterhead, signed by its head; needed where the post's qualification requirements demand experience.",
        },
        DocumentText::APassportTranslatedIntoRussian => localized! {
            kk: "Орыс тіліне нотариат куәландырған аудармасымен.",
            ru: "С нотариально засвидетельствованным переводом на русский язык.",
            en: "With a notarised translation into Russian.",
        },
        DocumentText::ASpecialConditionsOfEarlierPermits => localized! {
            kk: "Жұмыс берушіге бұрын берілген рұқсаттарға ерекше шарттар қойылған болса ұсынылады.",
            ru: "Представляются, если к ранее выданным работодателю разрешениям были установлены особые условия.",
            en: "Needed where the employer's earlier permits came with special conditions.",
        },
        DocumentText::AGuaranteeContractAndDeposit => localized! {
            kk: "Банк пен жұмыс беруші арасындағы шарттың және жұмыс берушінің банк шотына кепілдік жарнаның енгізілгенін растайтын құжаттың көшірмелері: рұқсат тоқтатылғанда шетелдік жұмыс күшінің Қазақстан Республикасынан шығуына кепілдік береді. Рұқсат беру туралы хабарламаны алғаннан кейін 20 жұмыс күні ішінде тапсырылады.",
            ru: "Копии договора между банком и работодателем и документа, подтверждающего внесение гарантийного взноса на банковский счёт работодателя: гарантируют выезд иностранной рабочей силы из Республики Казахстан по прекращении разрешения. Сдаются в течение 20 рабочих дней после получения уведомления о выдаче разрешения.",
            en: "Copies of the contract between the bank and the employer and of the document proving the guarantee deposit was paid into the employer's bank account: they secure the foreign workers' departure from Kazakhstan when the permit ends. Handed in within 20 working days of the notice of issue.",
        },
        DocumentText::AWhyTheExtensionIsNeeded => localized! {
            kk: "Рұқсатты не себепті ұзарту қажет екені.",
            ru: "Почему требуется продлить разрешение.",
            en: "Why the permit needs to be extended.",
        },
        DocumentText::AForeignersEngaged => localized! {
            kk: "Жұмыс беруші тартқан шетел азаматтары туралы мәліметтер.",
            ru: "Сведения об иностранцах, привлечённых работодателем.",
            en: "Details of the foreigners the employer has engaged.",
        },
        DocumentText::PassportCopy => localized! {
            kk: "Қызметкердің паспортының көшірмесі.",
            ru: "Копия паспорта работника.",
            en: "A copy of the worker's passport.",
        },
        DocumentText::BForeignerWhosePermitIsExtended => localized! {
            kk: "Рұқсаты ұзартылатын шетелдік туралы мәліметтер.",
            ru: "Сведения об иностранце, для которого продлевается разрешение.",
            en: "Details of the foreigner whose permit is extended.",
        },
        DocumentText::BPassportScan => localized! {
            kk: "Паспорттың сканерленген көшірмесі.",
            ru: "Скан-копия паспорта.",
            en: "A scanned copy of the passport.",
        },
        DocumentText::BFeeAlsoForAnExtension => localized! {
            kk: "Практиктердің айтуынша, 2017 жылдан бастап алым рұқсатты ұзартқанда да төленеді. Регламент бойынша 10 жұмыс күні ішінде тапсырылады («после сдачи в течение 10 (десяти) рабочих дней»); мерзімнің басы айтылмаған, Ruqsat хабарламадан бастап санайды.",
            ru: "По данным практиков, с 2017 года сбор уплачивается и при продлении. По регламенту сдаются в течение 10 рабочих дней («после сдачи в течение 10 (десяти) рабочих дней»); начало срока не указано, Ruqsat считает от уведомления.",
            en: "Practitioners say the fee is also paid for an extension from 2017. By the regulation, handed in within 10 working days (\"после сдачи в течение 10 (десяти) рабочих дней\"), with no start given; Ruqsat counts from the notice.",
        },
        DocumentText::BNewWorkerQualifiedAsForAnIssue => localized! {
            kk: "Қызметкер ауыстырылғанда жаңа қызметкердің біліктілігі рұқсат беру кезіндегідей дәлелденеді; екінші рет алым төленбейді.",
            ru: "При замене работника квалификация нового работника подтверждается так же, как при выдаче; повторно сбор не уплачивается.",
            en: "When the worker is replaced, the new worker's qualification is proven as for an issue; no second fee is paid.",
        },
        DocumentText::BIctEducationUntilTheLetters => localized! {
            kk: "2017 жылғы 15 қыркүйекке дейін талап етілді; содан кейін олардың орнына шетелдік жұмыс берушінің және қабылдаушы тараптың хаттары ұсынылады.",
            ru: "Требовались до 15 сентября 2017 года; после этого их заменяют письма иностранного работодателя и принимающей стороны.",
            en: "Required until 15 Sep 2017; after that, letters from the foreign employer and the host replace them.",
        },
        DocumentText::BIctLetterInsteadOfEducation => localized! {
            kk: "Қызметкердің лауазымға сай екенін растайды; 2017 жылғы 15 қыркүйектен бастап білім туралы құжаттардың орнына.",
            ru: "Подтверждает соответствие работника должности; с 15 сентября 2017 года вместо документов об образовании.",
            en: "Confirms the worker fits the post; from 15 Sep 2017, instead of the education documents.",
        },
    }
}

/// Where a document comes from (practical guidance, not law).
pub const fn obtain_from(key: ObtainFrom) -> Localized {
    match key {
        ObtainFrom::ProviderOrPortal => localized! {
            kk: "Көрсетілетін қызметті берушіден немесе порталдан (egov.kz).",
            ru: "У услугодателя или на портале (egov.kz).",
            en: "From the provider, or on the portal (egov.kz).",
        },
        ObtainFrom::Worker => localized! {
            kk: "Қызметкердің өзінен.",
            ru: "У самого работника.",
            en: "From the worker.",
        },
        ObtainFrom::FormerEmployer => localized! {
            kk: "Қызметкердің бұрынғы жұмыс берушісінен.",
            ru: "У прежнего работодателя работника.",
            en: "From the worker's former employer.",
        },
        ObtainFrom::EmployerRecords => localized! {
            kk: "Жұмыс берушінің өз құжаттарынан.",
            ru: "Из документов самого работодателя.",
            en: "From the employer's own records.",
        },
        ObtainFrom::SchoolThenApostilleAndNotary => localized! {
            kk: "Құжатты берген оқу орнынан; апостиль немесе заңдастыру — құжат берілген елде; аударманы нотариус куәландырады.",
            ru: "Документ выдаёт учебное заведение; апостиль или легализация — в стране выдачи; перевод заверяет нотариус.",
            en: "From the school or university that issued it; the apostille or legalisation in the country of issue; a notary certifies the translation.",
        },
        ObtainFrom::PayingBank => localized! {
            kk: "Төлем жасалған банктен (төлем тапсырмасы немесе түбіртек).",
            ru: "В банке, через который внесён платёж (платёжное поручение или квитанция).",
            en: "From the bank the payment went through (payment order or receipt).",
        },
        ObtainFrom::AskTheProvider => localized! {
            kk: "Көрсетілетін қызметті берушіден сұраңыз.",
            ru: "Уточните у услугодателя.",
            en: "Ask the provider.",
        },
        ObtainFrom::EmployerBank => localized! {
            kk: "Жұмыс берушінің банкінен.",
            ru: "В банке работодателя.",
            en: "From the employer's bank.",
        },
        ObtainFrom::ForeignSendingEntity => localized! {
            kk: "Қызметкерді жіберетін шетелдік заңды тұлғадан.",
            ru: "От иностранного юридического лица, направляющего работника.",
            en: "From the foreign legal entity that sends the worker.",
        },
        ObtainFrom::HostOrganisation => localized! {
            kk: "Қазақстандағы қабылдаушы ұйымнан.",
            ru: "От принимающей организации в Казахстане.",
            en: "From the host organisation in Kazakhstan.",
        },
    }
}

/// What may be handed in instead of a document.
pub const fn alternative(key: Alternative) -> Localized {
    match key {
        Alternative::OtherDocumentsRecognisedInKazakhstan => localized! {
            kk: "Қазақстан Республикасында танылатын өзге құжаттар.",
            ru: "Иные документы, признаваемые в Республике Казахстан.",
            en: "Other documents recognised in Kazakhstan.",
        },
    }
}

/// The period a C source describes.
pub const fn period(key: Period) -> Localized {
    match key {
        Period::Rules2012 => localized! {
            kk: "2012 жылғы қағидаларды сипаттайды",
            ru: "описывает правила 2012 года",
            en: "describes the 2012 rules",
        },
        Period::NotStated => localized! {
            kk: "кезеңі көрсетілмеген",
            ru: "период не указан",
            en: "period not stated",
        },
        Period::CurrentPractice => localized! {
            kk: "қазіргі тәжірибе",
            ru: "текущая практика",
            en: "current practice",
        },
        Period::From2017 => localized! {
            kk: "2017 жылғы 1 қаңтардан бастап",
            ru: "с 1 января 2017 года",
            en: "from 1 Jan 2017",
        },
        Period::AmendmentsOfEarly2017 => localized! {
            kk: "2017 жылдың басындағы өзгерістер",
            ru: "изменения начала 2017 года",
            en: "amendments of early 2017",
        },
    }
}

/// A condition in words, completing "Required if …" (dates in ISO form).
pub fn condition(c: Condition, lang: Lang) -> String {
    let lang = ruqsat_core::lang::ONLY_LANG.unwrap_or(lang);
    let fixed = |t: Localized| t.get(lang).to_string();
    match c {
        Condition::Always => fixed(localized! {
            kk: "әрқашан",
            ru: "всегда",
            en: "always",
        }),
        Condition::PostRequiresExperience => fixed(localized! {
            kk: "лауазымның біліктілік талаптары еңбек өтілін талап етсе",
            ru: "если квалификационные требования к должности предусматривают стаж работы",
            en: "if the post's qualification requirements demand work experience",
        }),
        Condition::EarlierPermitsHadSpecialConditions => fixed(localized! {
            kk: "жұмыс берушінің бұрынғы рұқсаттарына ерекше шарттар қойылған болса",
            ru: "если к ранее выданным работодателю разрешениям были установлены особые условия",
            en: "if the employer's earlier permits came with special conditions",
        }),
        Condition::SubmittedBefore(d) => match lang {
            Lang::Kk => format!("құжаттарды тапсыру күні {d} күнінен бұрын болса"),
            Lang::Ru => format!("если документы сданы до {d}"),
            Lang::En => format!("if the package is handed in before {d}"),
        },
        Condition::SubmittedOnOrAfter(d) => match lang {
            Lang::Kk => format!("құжаттарды тапсыру күні {d} немесе одан кейін болса"),
            Lang::Ru => format!("если документы сданы {d} или позже"),
            Lang::En => format!("if the package is handed in on or after {d}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use ruqsat_core::case::{Applicant, Case, Channel, ServiceKind, Track};
    use ruqsat_core::checklist::checklist;
    use ruqsat_core::documents::{Due, ICT_LETTERS_FROM, REQUIREMENTS};
    use ruqsat_core::editions::EditionId;

    fn edition_a_case(service: ServiceKind, applicant: Applicant) -> Case {
        Case::new(
            EditionId::WestKazakhstan2014,
            service,
            Track::General,
            applicant,
            Channel::Office,
            NaiveDate::from_ymd_opt(2015, 3, 2)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap(),
        )
    }

    #[test]
    fn every_requirement_is_worded_in_three_languages() {
        for r in REQUIREMENTS {
            for (field, t) in [
                ("title", Some(title(r.title))),
                ("description", Some(description(r.description))),
                ("alternatives", r.alternatives.map(alternative)),
                ("obtain_from", r.obtain_from.map(obtain_from)),
                ("period", r.period.map(period)),
            ] {
                if let Some(t) = t {
                    assert!(
                        t.blank_in().is_empty(),
                        "{} {field}: blank in {:?}",
                        r.id,
                        t.blank_in()
                    );
                }
            }
        }
    }

    #[test]
    fn no_key_is_blank_and_every_key_of_the_table_is_listed() {
        let all = [
            DocumentTitle::ALL
                .iter()
                .map(|&k| title(k))
                .collect::<Vec<_>>(),
            DocumentText::ALL.iter().map(|&k| description(k)).collect(),
            ObtainFrom::ALL.iter().map(|&k| obtain_from(k)).collect(),
            Alternative::ALL.iter().map(|&k| alternative(k)).collect(),
            Period::ALL.iter().map(|&k| period(k)).collect(),
        ];
        for t in all.iter().flatten() {
            assert!(t.blank_in().is_empty(), "{t:?}");
        }
        for r in REQUIREMENTS {
            assert!(DocumentTitle::ALL.contains(&r.title), "{}", r.id);
            assert!(DocumentText::ALL.contains(&r.description), "{}", r.id);
            assert!(r.obtain_from.is_none_or(|k| ObtainFrom::ALL.contains(&k)));
            assert!(r.alternatives.is_none_or(|k| Alternative::ALL.contains(&k)));
            assert!(r.period.is_none_or(|k| Period::ALL.contains(&k)));
        }
    }

    /// A document due after the notice says its deadline in its description: the same figure as its `due`.
    #[test]
    fn the_description_of_a_document_due_later_says_the_working_days_of_its_due() {
        let mut seen = 0;
        for r in REQUIREMENTS {
            if let Due::AfterPositiveNotice { working_days, .. } = r.due {
                let words = [
                    format!("{working_days} жұмыс күні"),
                    format!("{working_days} рабочих дней"),
                    format!("{working_days} working days"),
                ];
                for (lang, w) in Lang::ALL.into_iter().zip(words) {
                    assert!(
                        description(r.description).get(lang).contains(&w),
                        "{}: {lang:?} lacks {w:?}",
                        r.id
                    );
                }
                seen += 1;
            }
        }
        assert!(seen >= 3, "{seen}");
    }

    /// A record that applies before or from a day says that day in its description: the same day as its condition.
    #[test]
    fn the_description_of_a_dated_record_says_the_day_of_its_condition() {
        use chrono::Datelike;
        let mut seen = 0;
        for r in REQUIREMENTS {
            let (Condition::SubmittedBefore(d) | Condition::SubmittedOnOrAfter(d)) = r.condition
            else {
                continue;
            };
            let (kk, ru, en) = match d.month() {
                9 => ("қыркүйек", "сентября", "Sep"),
                m => panic!("{}: month {m}: name it here", r.id),
            };
            let words = [
                format!("{} жылғы {} {kk}", d.year(), d.day()),
                format!("{} {ru} {}", d.day(), d.year()),
                format!("{} {en} {}", d.day(), d.year()),
            ];
            for (lang, w) in Lang::ALL.into_iter().zip(words) {
                assert!(
                    description(r.description).get(lang).contains(&w),
                    "{}: {lang:?} lacks {w:?}",
                    r.id
                );
            }
            seen += 1;
        }
        assert!(seen >= 3, "{seen}");
    }

    #[test]
    fn conditions_are_worded() {
        assert!(
            condition(Condition::SubmittedBefore(ICT_LETTERS_FROM), Lang::Ru)
                .contains("2017-09-15")
        );
        for lang in Lang::ALL {
            assert!(
                !condition(Condition::EarlierPermitsHadSpecialConditions, lang)
                    .trim()
                    .is_empty()
            );
        }
    }

    #[test]
    fn edition_a_issue_documents_describe_the_2012_rules() {
        let list = checklist(&edition_a_case(ServiceKind::Issue, Applicant::Employer));
        for id in [
            "a-employer-issue-education",
            "a-employer-issue-experience",
            "a-employer-issue-passport",
        ] {
            assert_eq!(
                period(list.get(id).unwrap().requirement.period.unwrap()).en,
                "describes the 2012 rules"
            );
        }
    }

    #[test]
    fn edition_a_reissue_and_worker_permits_say_the_rest_is_not_known() {
        for (service, applicant) in [
            (ServiceKind::Reissue, Applicant::Employer),
            (ServiceKind::Issue, Applicant::Worker),
            (ServiceKind::Extension, Applicant::Worker),
            (ServiceKind::Reissue, Applicant::Worker),
        ] {
            let list = checklist(&edition_a_case(service, applicant));
            assert!(title(list.items[1].requirement.title)
                .en
                .contains("not known"));
        }
    }
}
