//! Every message of the interface, in Kazakh, Russian and English.

use ruqsat_core::lang::Localized;

/// Declares the `Msg` enum, its list and its texts together, so a message cannot exist without all three languages.
/// The language of [`TEXTS`]: a one-language bundle's (elsewhere the table is not used).
const TABLE_LANG: ruqsat_core::lang::Lang = match ruqsat_core::lang::ONLY_LANG {
    Some(lang) => lang,
    None => ruqsat_core::lang::Lang::Kk,
};

macro_rules! messages {
    ($( $(#[$doc:meta])* $key:ident { kk: $kk:expr, ru: $ru:expr, en: $en:expr $(,)? } )*) => {
        /// A message of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $( $(#[$doc])* $key, )* }

        impl Msg {
            /// Every message, for the tests that check them all.
            pub const ALL: &'static [Msg] = &[ $( Msg::$key, )* ];

            pub const fn localized(self) -> Localized {
                match self { $( Msg::$key => ruqsat_core::localized! { kk: $kk, ru: $ru, en: $en }, )* }
            }
        }

        /// A one-language bundle's texts, indexed by the message: a table is smaller than the match of
        /// [`Msg::localized`] compiled to code.
        /// The messages of [`PRERENDERED_ONLY`] are blank in it.
        pub(crate) static TEXTS: &[&str] = &[ $(
            if prerendered_only(Msg::$key) { "" } else { ruqsat_core::localized! { kk: $kk, ru: $ru, en: $en }.get(TABLE_LANG) },
        )* ];

    };
}

/// Messages said only by the pages rendered ahead of time (the start page and its edition cards,
/// `src/ui/prerender.rs`). A one-language bundle adopts those pages as they were rendered, so its table of texts
/// leaves them blank (about 3 KB of Russian text). `tests/bundle_guards.rs` fails if the app's other code names one.
pub const PRERENDERED_ONLY: &[Msg] = &[
    Msg::EditionAct,
    Msg::EditionLabel,
    Msg::EditionProvider,
    Msg::EditionRegistered,
    Msg::EditionStandard,
    Msg::EditionTextLanguage,
    Msg::ForConsultants,
    Msg::ForEmployers,
    Msg::ForWhomHeading,
    Msg::ForWorkers,
    Msg::GetCheck,
    Msg::GetDocuments,
    Msg::GetService,
    Msg::GetTimeline,
    Msg::GradesHeading,
    Msg::GradesIntro,
    Msg::NumberSign,
    Msg::PrivacyHeading,
    Msg::PrivacyText,
    Msg::RegulationsHeading,
    Msg::RegulationsLostForce,
    Msg::StartButton,
    Msg::StartHeading,
    Msg::StartLead,
    Msg::StartSources,
    Msg::StartWhatYouNeed,
    Msg::WhatYouGetHeading,
];

const fn prerendered_only(m: Msg) -> bool {
    let mut i = 0;
    while i < PRERENDERED_ONLY.len() {
        if PRERENDERED_ONLY[i] as usize == m as usize {
            return true;
        }
        i += 1;
    }
    false
}

messages! {
    /// The document title and the page's main heading.
    DocumentTitle {
        kk: "Ruqsat — шетелдік жұмыс күшін тартуға рұқсат",
        ru: "Ruqsat — разрешение на привлечение иностранной рабочей силы",
        en: "Ruqsat — permits to attract foreign labour",
    }
    SkipToContent {
        kk: "Негізгі мазмұнға өту",
        ru: "Перейти к основному содержанию",
        en: "Skip to main content",
    }
    LanguageSwitchLabel {
        kk: "Тіл",
        ru: "Язык",
        en: "Language",
    }
    StartHeading {
        kk: "Шетелдік жұмыс күшін тартуға рұқсат: қай қызмет, қандай құжаттар, қашан",
        ru: "Разрешение на привлечение иностранной рабочей силы: какая услуга, какие документы, когда",
        en: "A permit to attract foreign labour: which service, which documents, when",
    }
    StartLead {
        kk: "Ruqsat сізге қай қызмет керек екенін — беру, ұзарту, қайта ресімдеу немесе корпоративішілік ауыстыру — айтады, қандай құжаттарды дайындау керек екенін тізімдейді және рәсімнің әр қадамының мерзімі қашан аяқталатынын Қазақстанның жұмыс күндерімен есептеп көрсетеді.",
        ru: "Ruqsat подскажет, какая услуга вам нужна — выдача, продление, переоформление или внутрикорпоративный перевод, — перечислит документы, которые нужно подготовить, и покажет, когда истекает срок каждого шага процедуры, с учётом рабочих дней Казахстана.",
        en: "Ruqsat tells you which service you need — issue, extension, reissue or intra-corporate transfer — lists the documents to prepare, and shows when each step of the procedure is due, counted in Kazakh working days.",
    }
    StartSources {
        kk: "Әр талаптың, мерзімнің және күнтізбе күнінің дереккөзі көрсетіледі: құжат, тармақ және дәлелдің сенімділігі.",
        ru: "У каждого требования, срока и календарного дня указан источник: документ, пункт и надёжность сведений.",
        en: "Every requirement, term and calendar day shows its source: the document, the clause and how firm the evidence is.",
    }
    ForWhomHeading {
        kk: "Кімге арналған",
        ru: "Для кого",
        en: "Who it is for",
    }
    ForEmployers {
        kk: "Шетелдік қызметкерлерді тартатын жұмыс берушілерге",
        ru: "Работодателям, которые привлекают иностранных работников",
        en: "Employers who bring in foreign workers",
    }
    ForWorkers {
        kk: "Рұқсатқа өзі өтініш беретін шетелдік қызметкерлерге",
        ru: "Иностранным работникам, которые сами обращаются за разрешением",
        en: "Foreign workers who apply for their own permit",
    }
    ForConsultants {
        kk: "Олардың кез келгенінің атынан әрекет ететін кеңесшілерге",
        ru: "Консультантам, которые действуют от имени любого из них",
        en: "Consultants acting for either of them",
    }
    WhatYouGetHeading {
        kk: "Не аласыз",
        ru: "Что вы получите",
        en: "What you get",
    }
    GetService {
        kk: "Жағдайыңызға сай келетін қызмет және неліктен дәл сол екені",
        ru: "Услугу, которая подходит вашему случаю, и объяснение, почему именно она",
        en: "The service that fits your case, and why",
    }
    GetDocuments {
        kk: "Мемлекеттік көрсетілетін қызмет стандартының 9-тармағы талап ететін құжаттар тізімі, әрқайсысының құқықтық негізімен",
        ru: "Список документов, которые требует пункт 9 стандарта государственной услуги, с правовым основанием каждого",
        en: "The documents clause 9 of the state-service standard requires, each with its legal basis",
    }
    GetCheck {
        kk: "Қолыңыздағы құжаттарды тексеру — осы құрылғының өзінде",
        ru: "Проверку документов, которые у вас есть, — прямо на этом устройстве",
        en: "A check of the documents you have, done on this device",
    }
    GetTimeline {
        kk: "Күтілетін мерзімдер: әр қадам, оны кім орындайды, оның құқықтық негізі және күні",
        ru: "Ожидаемые сроки: каждый шаг, кто его выполняет, его правовое основание и дата",
        en: "The expected timeline: every step, who takes it, its legal basis and its date",
    }
    RegulationsHeading {
        kk: "Ruqsat қамтитын регламенттер",
        ru: "Регламенты, на которых основан Ruqsat",
        en: "The regulations Ruqsat encodes",
    }
    RegulationsLostForce {
        kk: "Екі регламент те күшін жойған. Ruqsat рәсімді олар белгілеген күйінде көрсетеді; өтініш берер алдында қазір қолданыстағы қағидаларды тексеріңіз.",
        ru: "Оба регламента утратили силу. Ruqsat показывает процедуру такой, какой они её установили; перед подачей заявления сверьтесь с действующими правилами.",
        en: "Both regulations have since lost force. Ruqsat shows the procedure as they set it; check the rules in force today before you apply.",
    }
    EditionLabel {
        kk: "Редакция",
        ru: "Редакция",
        en: "Edition",
    }
    EditionAct {
        kk: "Акт",
        ru: "Акт",
        en: "Act",
    }
    EditionRegistered {
        kk: "Әділет органдарында тіркелген",
        ru: "Зарегистрирован в органах юстиции",
        en: "Registered with the justice department",
    }
    EditionInForce {
        kk: "Қолданысқа енген",
        ru: "Введён в действие",
        en: "In force from",
    }
    EditionLostForce {
        kk: "Күшін жойған",
        ru: "Утратил силу",
        en: "Lost force",
    }
    EditionStandard {
        kk: "Іске асырылатын стандарт",
        ru: "Реализуемый стандарт",
        en: "Standard it implements",
    }
    EditionProvider {
        kk: "Көрсетілетін қызметті беруші",
        ru: "Услугодатель",
        en: "Provider",
    }
    EditionTextLanguage {
        kk: "Ресми мәтіннің тілі",
        ru: "Язык официального текста",
        en: "Language of the official text",
    }
    NumberSign {
        kk: "№",
        ru: "№",
        en: "No.",
    }
    NotBefore {
        kk: "ерте дегенде",
        ru: "не ранее",
        en: "not before",
    }
    ApproximateMark {
        kk: "нақты күні белгісіз",
        ru: "точная дата неизвестна",
        en: "exact date not known",
    }
    SourceLabel {
        kk: "Дереккөз",
        ru: "Источник",
        en: "Source",
    }
    PrivacyHeading {
        kk: "Деректеріңіз осында қалады",
        ru: "Ваши данные остаются у вас",
        en: "Your data stays here",
    }
    PrivacyText {
        kk: "Ruqsat толығымен браузеріңізде жұмыс істейді. Сіз енгізген немесе тіркеген ештеңе ешқайда жіберілмейді. Таңдаған тіліңіз осы браузерде сақталады. Әр іс — жауаптарыңыз бен құжаттар туралы айтқаныңыз (БСН, ЖСН, күндер мен белгілер) — тек осы құрылғыда, осы браузердің қоймасында, өз нөмірімен сақталады; барлығын «Сіздің істеріңіз» бетіндегі «Барлық деректерімді жою» батырмасы өшіреді. Таңдалған файлдар осында тексеріледі және сақталмайды.",
        ru: "Ruqsat работает целиком в вашем браузере. Ничего из того, что вы вводите или прикладываете, никуда не отправляется. Выбранный язык сохраняется в этом браузере. Каждое дело — ваши ответы и сказанное о документах (БИН, ИИН, даты и отметки) — хранится только на этом устройстве, в хранилище этого браузера, под своим номером; удалить всё можно кнопкой «Удалить все мои данные» на странице «Ваши дела». Выбранные файлы проверяются здесь и не сохраняются.",
        en: "Ruqsat runs entirely in your browser. Nothing you enter or attach is sent anywhere. Your choice of language is kept in this browser. Each case — your answers and what you say about your documents (the BIN, IIN, dates and ticks) — is kept on this device only, in this browser's storage, under its own number; “Delete all my data” on the “Your cases” page deletes them all. Files you choose are examined here and never kept.",
    }
    GradesHeading {
        kk: "Дереккөздің сенімділігі",
        ru: "Надёжность сведений",
        en: "How firm the evidence is",
    }
    GradesIntro {
        kk: "Ruqsat әр деректің жанында оның қайдан алынғанын көрсетеді:",
        ru: "Рядом с каждым фактом Ruqsat указывает, откуда он взят:",
        en: "Beside every fact, Ruqsat shows where it comes from:",
    }
    StartButton { kk: "Бастау", ru: "Начать", en: "Start now" }
    StartWhatYouNeed {
        kk: "Бірнеше қарапайым сұраққа жауап бересіз; бұл 2–3 минутқа созылады.",
        ru: "Вы ответите на несколько простых вопросов; это займёт 2–3 минуты.",
        en: "You answer a few plain questions; it takes 2–3 minutes.",
    }
    Back { kk: "Артқа", ru: "Назад", en: "Back" }
    Continue { kk: "Жалғастыру", ru: "Продолжить", en: "Continue" }
    Change { kk: "Өзгерту", ru: "Изменить", en: "Change" }
    ErrorSummaryTitle { kk: "Қате бар", ru: "Есть проблема", en: "There is a problem" }
    /// Before an error message read out, and before the page's title while its error summary shows (GOV.UK).
    ErrorPrefix { kk: "Қате", ru: "Ошибка", en: "Error" }
    ErrorWho {
        kk: "Кім екеніңізді таңдаңыз: жұмыс беруші, шетелдік қызметкер немесе кеңесші",
        ru: "Выберите, кто вы: работодатель, иностранный работник или консультант",
        en: "Select whether you are an employer, a foreign worker or a consultant",
    }
    ErrorActingFor {
        kk: "Кімнің атынан әрекет ететініңізді таңдаңыз: жұмыс берушінің немесе шетелдік қызметкердің",
        ru: "Выберите, от чьего имени вы действуете: работодателя или иностранного работника",
        en: "Select whether you act for an employer or for a foreign worker",
    }
    ErrorEdition { kk: "Өңір мен регламентті таңдаңыз", ru: "Выберите регион и регламент", en: "Select the region and regulation" }
    ErrorNeed { kk: "Сізге не керек екенін таңдаңыз", ru: "Выберите, что вам нужно", en: "Select what you need" }
    ErrorTransferNeed {
        kk: "Ауыстыру шеңберінде сізге не керек екенін таңдаңыз",
        ru: "Выберите, что вам нужно в рамках перевода",
        en: "Select what you need for the transfer",
    }
    ErrorChannel {
        kk: "Құжаттарды қайда тапсыратыныңызды таңдаңыз: кеңседе немесе портал арқылы",
        ru: "Выберите, где вы подадите документы: в канцелярии или через портал",
        en: "Select where you will hand in the documents: at the office or through the portal",
    }
    ErrorCategory { kk: "Қызметкердің санатын таңдаңыз", ru: "Выберите категорию работника", en: "Select the worker's category" }
    ErrorExtensions {
        kk: "Рұқсат неше рет ұзартылғанын таңдаңыз",
        ru: "Выберите, сколько раз разрешение уже продлевалось",
        en: "Select how many times the permit has been extended",
    }
    QWho { kk: "Сіз кімсіз?", ru: "Кто вы?", en: "Who are you?" }
    AWhoEmployer { kk: "Жұмыс беруші", ru: "Работодатель", en: "An employer" }
    AWhoWorker { kk: "Шетелдік қызметкер", ru: "Иностранный работник", en: "A foreign worker" }
    AWhoConsultant {
        kk: "Олардың біреуінің атынан әрекет ететін кеңесші",
        ru: "Консультант, действующий от имени одного из них",
        en: "A consultant acting for one of them",
    }
    QActingFor { kk: "Сіз кімнің атынан әрекет етесіз?", ru: "От чьего имени вы действуете?", en: "Who are you acting for?" }
    AForEmployer { kk: "Жұмыс берушінің атынан", ru: "От имени работодателя", en: "An employer" }
    AForWorker { kk: "Шетелдік қызметкердің атынан", ru: "От имени иностранного работника", en: "A foreign worker" }
    QEdition {
        kk: "Қай өңір және қай регламент?",
        ru: "Какой регион и какой регламент?",
        en: "Which region and regulation?",
    }
    QEditionHint {
        kk: "Ruqsat екі регламентті қамтиды; екеуі де күшін жойған.",
        ru: "Ruqsat охватывает два регламента; оба уже утратили силу.",
        en: "Ruqsat encodes two regulations; both have since lost force.",
    }
    QNeed { kk: "Сізге не керек?", ru: "Что вам нужно?", en: "What do you need?" }
    ANeedFirst { kk: "Алғашқы рұқсат", ru: "Первое разрешение", en: "A first permit" }
    ANeedRunsOut { kk: "Рұқсаттың мерзімі жақында аяқталады", ru: "Срок разрешения скоро истекает", en: "The permit runs out soon" }
    ANeedChanged {
        kk: "Рұқсаттағы мәліметтер өзгерді немесе қызметкер басқасымен алмастырылады",
        ru: "Сведения в разрешении изменились или работника заменяют другим",
        en: "Something on the permit changed, or the worker is replaced",
    }
    ANeedTransfer {
        kk: "Қызметкерді бір топқа кіретін шетелдік компаниядан ауыстыру",
        ru: "Перевод работника из иностранной компании той же группы",
        en: "Moving a worker from a foreign company of the same group",
    }
    QTransferNeed {
        kk: "Корпоративішілік ауыстыру шеңберінде сізге не керек?",
        ru: "Что вам нужно в рамках внутрикорпоративного перевода?",
        en: "What do you need for the intra-corporate transfer?",
    }
    QChannel { kk: "Құжаттарды қайда тапсырасыз?", ru: "Где вы подадите документы?", en: "Where will you hand in the documents?" }
    AChannelOffice { kk: "Көрсетілетін қызметті берушінің кеңсесінде", ru: "В канцелярии услугодателя", en: "At the provider's office" }
    AChannelPortal { kk: "«Электрондық үкімет» порталы арқылы", ru: "Через портал «электронного правительства»", en: "Through the e-government portal" }
    QCategory { kk: "Қызметкердің санаты қандай?", ru: "Какая категория у работника?", en: "Which category is the worker?" }
    QCategoryHint {
        kk: "Рұқсаттың мерзімі және оны неше рет ұзартуға болатыны санатқа байланысты.",
        ru: "От категории зависят срок разрешения и то, сколько раз его можно продлить.",
        en: "The permit's term and how often it can be extended depend on the category.",
    }
    ACategory1 { kk: "1 — басшылар мен олардың орынбасарлары", ru: "1 — руководители и их заместители", en: "1 — heads and their deputies" }
    ACategory2 { kk: "2 — құрылымдық бөлімшелердің басшылары", ru: "2 — руководители структурных подразделений", en: "2 — heads of structural units" }
    ACategory3 { kk: "3 — мамандар", ru: "3 — специалисты", en: "3 — specialists" }
    ACategory4 { kk: "4 — білікті жұмысшылар", ru: "4 — квалифицированные рабочие", en: "4 — qualified workers" }
    QExtensions {
        kk: "Рұқсат осыған дейін неше рет ұзартылды?",
        ru: "Сколько раз разрешение уже продлевалось?",
        en: "How many times has the permit been extended already?",
    }
    AExtensions0 { kk: "Ешқашан", ru: "Ни разу", en: "Never" }
    AExtensions1 { kk: "Бір рет", ru: "Один раз", en: "Once" }
    AExtensions2 { kk: "Екі рет", ru: "Два раза", en: "Twice" }
    AExtensions3 { kk: "Үш рет немесе одан көп", ru: "Три раза или больше", en: "Three times or more" }
    QSubmitted {
        kk: "Құжаттарды қашан тапсыруды жоспарлайсыз?",
        ru: "Когда вы планируете подать документы?",
        en: "When do you plan to hand in the documents?",
    }
    /// Before the date question's example day (`ui::questions::submitted_hint`: "For example, 4 9 2017.").
    QSubmittedHintExample { kk: "Мысалы,", ru: "Например,", en: "For example," }
    /// After the date question's example day.
    QSubmittedHintTime {
        kk: "Уақыт — кеңсенің жергілікті уақыты.",
        ru: "Время — местное время канцелярии.",
        en: "The time is the office's local time.",
    }
    DateDay { kk: "Күн", ru: "День", en: "Day" }
    DateMonth { kk: "Ай", ru: "Месяц", en: "Month" }
    DateYear { kk: "Жыл", ru: "Год", en: "Year" }
    DateTime { kk: "Уақыты (СС:ММ)", ru: "Время (ЧЧ:ММ)", en: "Time (HH:MM)" }
    ErrorDateMissing { kk: "Күнді енгізіңіз", ru: "Введите дату", en: "Enter the date" }
    ErrorDateDay { kk: "Күн 1-ден 31-ге дейінгі сан болуы керек", ru: "День должен быть числом от 1 до 31", en: "The day must be a number from 1 to 31" }
    ErrorDateMonth { kk: "Ай 1-ден 12-ге дейінгі сан болуы керек", ru: "Месяц должен быть числом от 1 до 12", en: "The month must be a number from 1 to 12" }
    ErrorDateYear { kk: "Жыл төрт цифрдан тұруы керек", ru: "Год должен состоять из четырёх цифр", en: "The year must have four digits" }
    ErrorDateReal { kk: "Дұрыс күнді енгізіңіз", ru: "Введите существующую дату", en: "Enter a real date" }
    ErrorDateBeforeNotice {
        kk: "Бұл қадам оң хабарламадан басталады: оның күнінен ерте болмайтын күнді енгізіңіз",
        ru: "Этот шаг начинается с положительного уведомления: введите дату не раньше дня уведомления",
        en: "This step starts with the positive notice: enter a date on or after the notice's day",
    }
    TimelineCannotCount {
        kk: "Ruqsat бұл мерзімдерді есептей алмайды: берілген күн есептеуге келмейді.",
        ru: "Ruqsat не может рассчитать эти сроки: указанная дата не подходит для расчёта.",
        en: "Ruqsat cannot count this timeline: the date given does not fit it.",
    }
    ErrorTime { kk: "Уақытты СС:ММ түрінде енгізіңіз, мысалы, 10:00", ru: "Введите время в формате ЧЧ:ММ, например, 10:00", en: "Enter the time as HH:MM, for example 10:00" }
    CheckTitle { kk: "Жауаптарыңызды тексеріңіз", ru: "Проверьте ответы", en: "Check your answers" }
    CheckService { kk: "Сізге керек қызмет", ru: "Нужная вам услуга", en: "The service you need" }
    UnitBytes { kk: "Б", ru: "Б", en: "B" }
    UnitKilobytes { kk: "КБ", ru: "КБ", en: "KB" }
    CheckWhy { kk: "Неліктен?", ru: "Почему?", en: "Why?" }
    SeeDocuments { kk: "Құжаттарды қарау", ru: "Посмотреть документы", en: "See the documents" }
    SeeTimeline { kk: "Мерзімдерді қарау", ru: "Посмотреть сроки", en: "See the timeline" }
    SeeSummary { kk: "Қорытынды", ru: "Итог", en: "Summary" }
    ServiceIssue { kk: "Рұқсат беру", ru: "Выдача разрешения", en: "Issue of a permit" }
    ServiceExtension { kk: "Рұқсатты ұзарту", ru: "Продление разрешения", en: "Extension of a permit" }
    ServiceReissue { kk: "Рұқсатты қайта ресімдеу", ru: "Переоформление разрешения", en: "Reissue of a permit" }
    ServiceIct { kk: "корпоративішілік ауыстыру шеңберінде", ru: "в рамках внутрикорпоративного перевода", en: "within an intra-corporate transfer" }
    WhyIssue { kk: "Сіз алғашқы рұқсатты сұрайсыз.", ru: "Вы запрашиваете первое разрешение.", en: "You are asking for a first permit." }
    WhyExtension { kk: "Қолданыстағы рұқсаттың мерзімі аяқталады.", ru: "Срок действующего разрешения истекает.", en: "An existing permit runs out." }
    WhyReissue { kk: "Рұқсаттағы мәліметтер өзгерді немесе қызметкер басқасымен алмастырылады.", ru: "Сведения в разрешении изменились или работника заменяют другим.", en: "Details on the permit changed or the worker is replaced." }
    WhyIct { kk: "Қызметкер бір топқа кіретін шетелдік компаниядан ауыстырылады.", ru: "Работник переводится из иностранной компании той же группы.", en: "The worker moves from a foreign company of the same group." }
    NotEligibleTitle { kk: "Бұл жағдайда Ruqsat мерзімдерді есептей алмайды", ru: "В этом случае Ruqsat не может рассчитать сроки", en: "Ruqsat cannot give a timeline for this case" }
    NotEligibleNotAvailable {
        kk: "Бұл қызмет сіздің жағдайыңызда қолжетімсіз",
        ru: "Эта услуга недоступна в вашем случае",
        en: "This service is not available in your case",
    }
    NotEligibleWhatToDo { kk: "Не істеуге болады", ru: "Что можно сделать", en: "What you can do" }
    NotEligibleChangeAnswers {
        kk: "Жауаптарыңызды өзгертіңіз немесе көрсетілетін қызметті берушіге хабарласыңыз.",
        ru: "Измените ответы или обратитесь к услугодателю.",
        en: "Change your answers, or ask the provider.",
    }
    NotEligibleDate {
        kk: "Ruqsat күнтізбесі тек 2013–2027 жылдарды қамтиды, ал осы күні тапсырсаңыз, рәсімнің барлық қадамдары сол жылдарға сыймайды. Ертерек күнді таңдаңыз.",
        ru: "Календарь Ruqsat охватывает только 2013–2027 годы, а при подаче в этот день не все шаги процедуры укладываются в эти годы. Выберите более раннюю дату.",
        en: "Ruqsat's calendar covers 2013–2027 only, and from this date not every step of the procedure falls within those years. Choose an earlier date.",
    }
    InsteadIct {
        kk: "Егер қызметкер Жамбыл облысында жұмыс істейтін болса, B редакциясын таңдаңыз; әйтпесе жалпы рұқсатты таңдаңыз («Алғашқы рұқсат»).",
        ru: "Если работник будет работать в Жамбылской области, выберите редакцию B; иначе выберите обычное разрешение («Первое разрешение»).",
        en: "If the worker will work in Zhambyl oblast, choose Edition B; otherwise choose a general permit (\"A first permit\").",
    }
    InsteadIctEmployer {
        kk: "Корпоративішілік ауыстыру шеңберіндегі рұқсатты жұмыс беруші (қабылдаушы компания) B редакциясы бойынша алады: жұмыс берушінің атынан жауап беріңіз, не жалпы рұқсатты таңдаңыз.",
        ru: "Разрешение в рамках внутрикорпоративного перевода получает работодатель (принимающая компания) по редакции B: ответьте от имени работодателя или выберите обычное разрешение.",
        en: "A permit within an intra-corporate transfer is obtained by the employer (the receiving company) under Edition B: answer as the employer, or for them, or choose a general permit.",
    }
    InsteadWorker {
        kk: "B редакциясы бойынша рұқсатты жұмыс беруші алады: жұмыс берушінің атынан жауап беріңіз.",
        ru: "По редакции B разрешение получает работодатель: ответьте от имени работодателя.",
        en: "Under Edition B the employer applies: answer as the employer, or for them.",
    }
    NotEligibleBeforeInForce {
        kk: "Сіз таңдаған регламент көрсетілген күні әлі қолданылмаған.",
        ru: "Выбранный регламент в указанный день ещё не действовал.",
        en: "The regulation you chose was not yet in force on the date you gave.",
    }
    InsteadLaterDate {
        kk: "Осы күннен бастап тапсыру күнін немесе басқа өңір мен регламентті таңдаңыз.",
        ru: "Выберите дату подачи не ранее этого дня или другой регион и регламент.",
        en: "Choose a date of handing in from that day on, or the other region and regulation.",
    }
    InsteadPortal {
        kk: "Құжаттарды көрсетілетін қызметті берушінің кеңсесіне тапсырыңыз.",
        ru: "Подайте документы в канцелярию услугодателя.",
        en: "Hand the documents in at the provider's office.",
    }
    InsteadNewPermit {
        kk: "Рұқсатты ұзарту мүмкін болмаса, жаңа рұқсат алуға өтініш беруге болады.",
        ru: "Если продлить разрешение нельзя, можно подать заявление на новое разрешение.",
        en: "Where a permit cannot be extended, you can apply for a new permit instead.",
    }
    InsteadApplyFirst { kk: "Жаңа рұқсатқа өту", ru: "Перейти к новому разрешению", en: "Apply for a new permit instead" }
    StartAgain { kk: "Басынан бастау", ru: "Начать сначала", en: "Start again" }
    // ---- Issue 13: cases kept on this device.
    CaseContinueTitle {
        kk: "Осы құрылғыда сақталған іс бар",
        ru: "На этом устройстве есть сохранённое дело",
        en: "You have a case kept on this device",
    }
    CaseContinue { kk: "Осы істі жалғастыру", ru: "Продолжить это дело", en: "Continue this case" }
    CaseLastChanged { kk: "Соңғы өзгеріс", ru: "Последнее изменение", en: "Last changed" }
    CasesLink { kk: "Сіздің істеріңіз", ru: "Ваши дела", en: "Your cases" }
    CaseNotFinished { kk: "Сұрақтар әлі аяқталмаған", ru: "Вопросы ещё не завершены", en: "Questions not finished yet" }
    StorageOff {
        kk: "Бұл браузер Ruqsat-қа ісіңізді осы құрылғыда сақтауға рұқсат бермейді (сақтау өшірілген немесе толы). Жұмысыңыз тек осы бетте қалады: бетті қайта жүктесеңіз, жапсаңыз немесе тілді ауыстырсаңыз, құжаттар туралы айтқаныңыз жоғалады.",
        ru: "Этот браузер не даёт Ruqsat сохранить ваше дело на этом устройстве (хранилище отключено или заполнено). Работа остаётся только на этой странице: если перезагрузить или закрыть её или сменить язык, сказанное о документах пропадёт.",
        en: "This browser does not let Ruqsat keep your case on this device (storage is disabled or full). Your work stays in this page only: reloading or closing it, or switching the language, loses what you said about your documents.",
    }
    NoticeDropped {
        kk: "Сілтемедегі кейбір мәндер танылмады және ескерілмеді:",
        ru: "Некоторые значения в ссылке не распознаны и пропущены:",
        en: "Some values in the link were not recognised and were ignored:",
    }
    Dismiss { kk: "Жабу", ru: "Закрыть", en: "Dismiss" }
    TimelineTitle { kk: "Күтілетін мерзімдер", ru: "Ожидаемые сроки", en: "Expected timeline" }
    TimelineIntro {
        kk: "«Ең кеш» кесте: әр қадам өз мерзімін толық пайдаланады. Күндер — Қазақстанның жұмыс күндері.",
        ru: "«Самый поздний» график: каждый шаг занимает весь свой срок. Дни — рабочие дни Казахстана.",
        en: "The latest schedule: every step takes its whole limit. Days are Kazakh working days.",
    }
    TimelineRegistered { kk: "Құжаттар тіркеледі", ru: "Документы регистрируются", en: "The package is registered" }
    TimelineEnds { kk: "Аяқталуы", ru: "Окончание", en: "Ends" }
    TimelineBasis { kk: "Негізі", ru: "Основание", en: "Basis" }
    TimelineYourStep { kk: "Сіздің қадамыңыз", ru: "Ваш шаг", en: "Your step" }
    TimelineOnRequest { kk: "сіз өтініш білдірген кезде", ru: "когда вы обратитесь", en: "when you ask" }
    TimelineIWillDoIt { kk: "Мен мұны орындайтын күн", ru: "Дата, когда я это сделаю", en: "I will do it on" }
    TimelineApply { kk: "Қолдану", ru: "Применить", en: "Apply" }
    TimelineClearDate { kk: "Күнді алып тастау", ru: "Убрать дату", en: "Remove the date" }
    TimelineDateApplied {
        kk: "Келесі қадамдардың күндері сіздің күніңізден қайта есептелді.",
        ru: "Даты следующих шагов пересчитаны от вашей даты.",
        en: "The later steps' dates are now counted from your date.",
    }
    TimelineDaysOff { kk: "Демалыс және мереке күндері", ru: "Нерабочие дни", en: "Days off on the way" }
    /// A weekday that a Government decree made a day off (it has no holiday's name of its own).
    TimelineDecreeDayOff { kk: "Үкімет қаулысымен ауыстырылған демалыс күні", ru: "выходной, перенесённый постановлением Правительства", en: "a day off moved by Government decree" }
    TimelineEstimate { kk: "болжам", ru: "оценка", en: "estimate" }
    TimelineEstimateNote {
        kk: "2026 жылғы және одан кейінгі күндер демалыс күндерін ауыстыру туралы қаулыларды ескермей есептелген, сондықтан олар — болжам.",
        ru: "Даты начиная с 2026 года рассчитаны без учёта постановлений о переносе выходных дней, поэтому они оценочные.",
        en: "Dates from 2026 on are computed without any decree moving days off: they are estimates.",
    }
    TimelineRules { kk: "Мерзімдер қалай есептеледі", ru: "Как считаются сроки", en: "How the dates are counted" }
    TimelineNotes { kk: "Регламентте не айқындалмаған", ru: "Что регламент не уточняет", en: "What the regulation leaves open" }
    TimelineLate {
        kk: "Сіз көрсеткен күн регламентте белгіленген мерзімнен кеш. Көрсетілетін қызметті беруші бас тартуы мүмкін.",
        ru: "Указанная вами дата позже срока, установленного регламентом. Услугодатель может отказать.",
        en: "The date you gave is after the limit the regulation sets. The provider may refuse.",
    }
    TimelineNotInForce {
        kk: "Құжаттарды тапсыру күні таңдалған регламент қолданыста болмауы мүмкін.",
        ru: "Выбранный регламент мог не действовать на дату подачи.",
        en: "The chosen regulation may not have been in force on the submission date.",
    }
    ActorYou { kk: "Сіз", ru: "Вы", en: "You" }
    SummaryTitle { kk: "Қорытынды", ru: "Итог", en: "Summary" }
    SummaryService { kk: "Қызмет", ru: "Услуга", en: "Service" }
    SummaryExpectedBy { kk: "Күтілетін аяқталу күні", ru: "Ожидаемое завершение", en: "Expected to be finished by" }
    SummaryDocuments { kk: "Дайындалатын құжаттар", ru: "Документы, которые нужно подготовить", en: "Documents to prepare" }
    SummaryDueAfterNotice { kk: "оң хабарламадан кейін", ru: "после положительного уведомления", en: "after a positive notice" }
    SummaryWithPackage { kk: "құжаттар топтамасының құрамында", ru: "в составе пакета документов", en: "in the package of documents" }
    SummaryNotes { kk: "Назар аударыңыз", ru: "Обратите внимание", en: "Please note" }
    FooterNotAdvice {
        kk: "Ruqsat — анықтамалық құрал, заң кеңесі емес. Шешімді көрсетілетін қызметті беруші қабылдайды.",
        ru: "Ruqsat — справочный инструмент, а не юридическая консультация. Решение принимает услугодатель.",
        en: "Ruqsat is a reference tool, not legal advice. The provider makes the decision.",
    }

    // ---- The documents page
    DocTitle {
        kk: "Құжаттар",
        ru: "Документы",
        en: "Documents",
    }
    DocIntro {
        kk: "Әр құжат үшін оның құқықтық негізі мен дереккөздің сенімділігі көрсетілген. Файлдар осы құрылғыда тексеріледі және ешқайда жіберілмейді.",
        ru: "Для каждого документа указаны правовое основание и надёжность сведений. Файлы проверяются на этом устройстве и никуда не отправляются.",
        en: "Each document shows its legal basis and how firm the evidence is. Files are examined on this device and never sent anywhere.",
    }
    DocHaveIt {
        kk: "Менде бар",
        ru: "У меня есть",
        en: "I have it",
    }
    DocPermitUntil { kk: "Рұқсат мерзімінің соңы", ru: "Разрешение действует до", en: "The permit runs until" }
    DocValidUntil {
        kk: "Жарамдылық мерзімі",
        ru: "Действителен до",
        en: "Valid until",
    }
    DocLegalised {
        kk: "Апостиль қойылған немесе заңдастырылған",
        ru: "Апостилирован или легализован",
        en: "Apostilled or legalised",
    }
    DocTranslated {
        kk: "Нотариат куәландырған аудармасы бар",
        ru: "С нотариально заверенным переводом",
        en: "With a notarised translation",
    }
    DocFile {
        kk: "Сканерленген көшірме (PDF, JPEG немесе PNG)",
        ru: "Скан-копия (PDF, JPEG или PNG)",
        en: "Scan (PDF, JPEG or PNG)",
    }
    DocCheck {
        kk: "Құжаттарды тексеру",
        ru: "Проверить документы",
        en: "Check my documents",
    }
    DocStatusNotStarted {
        kk: "Басталмаған",
        ru: "Не начато",
        en: "Not started",
    }
    DocStatusInProgress { kk: "Аяқталмаған", ru: "Не завершено", en: "In progress" }
    DocStatusNotNeeded { kk: "Қажет емес", ru: "Не нужен", en: "Not needed" }
    DocNotNeeded {
        kk: "Менің жағдайымда бұл шарт орындалмайды: құжат қажет емес",
        ru: "В моём случае это условие не выполняется: документ не нужен",
        en: "The condition does not hold in my case: not needed",
    }
    DocStatusReady {
        kk: "Дайын",
        ru: "Готово",
        en: "Ready",
    }
    DocStatusProblem {
        kk: "Мәселе бар",
        ru: "Есть проблема",
        en: "Problem",
    }
    DocAllGood {
        kk: "Тексерілген құжаттарда мәселе табылмады.",
        ru: "В проверенных документах проблем не найдено.",
        en: "No problem found in the documents checked.",
    }
    DocDetails {
        kk: "Толығырақ",
        ru: "Подробнее",
        en: "More about it",
    }
    DocReadyTitle {
        kk: "Тапсыруға дайын",
        ru: "Готово к подаче",
        en: "Ready to submit",
    }
    DocMissingTitle {
        kk: "Әлі жетіспейді",
        ru: "Ещё не хватает",
        en: "Still missing",
    }
    DocIdsHeading {
        kk: "Сәйкестендіру нөмірлері",
        ru: "Идентификационные номера",
        en: "Identification numbers",
    }
    DocBinLabel {
        kk: "Жұмыс берушінің БСН-і",
        ru: "БИН работодателя",
        en: "The employer's BIN",
    }
    DocIinLabel {
        kk: "Қызметкердің ЖСН-і (егер берілген болса)",
        ru: "ИИН работника (если присвоен)",
        en: "The worker's IIN (if one was assigned)",
    }
    DocBornLabel {
        kk: "Қызметкердің паспорттағы туған күні",
        ru: "Дата рождения работника по паспорту",
        en: "The worker's date of birth, as in the passport",
    }
    DocBornHint {
        kk: "ЖСН туған күнді қамтиды: екеуі салыстырылады.",
        ru: "ИИН содержит дату рождения: они будут сверены.",
        en: "The IIN contains the birth date: the two are compared.",
    }
    DocIdHint {
        kk: "12 цифр. Теру барысында осы құрылғыда тексеріледі.",
        ru: "12 цифр. Проверяется на этом устройстве по мере ввода.",
        en: "12 digits. Checked on this device as you type.",
    }
    DocIdValid {
        kk: "Бақылау цифры сәйкес келеді.",
        ru: "Контрольная цифра сходится.",
        en: "The check digit matches.",
    }
    DocProblemsTitle {
        kk: "Түзету керек",
        ru: "Нужно исправить",
        en: "To put right",
    }
    SummaryNotReady {
        kk: "Әзірге тапсыруға дайын емес",
        ru: "Пока не готово к подаче",
        en: "Not ready to submit yet",
    }
    // ---- Issue 12, part `provisions`: the caution question, the provisions on the summary, periods of C facts ----
    QCaution {
        kk: "Бұл ережені практиктер айтады, регламент емес",
        ru: "Об этом правиле сообщают практики, а не регламент",
        en: "Practitioners report a rule that would stop this",
    }
    QCautionHint {
        kk: "Тек регламенттің өзі бас тарта алады. Бұл ереже практиктердің түсіндірмесінен алынған: мерзімдерді бәрібір есептеуге болады, бірақ ереже қолданыла ма, көрсетілетін қызметті берушіден сұраңыз.",
        ru: "Отказать может только сам регламент. Это правило взято из разъяснений практиков: сроки можно рассчитать, но уточните у услугодателя, применяется ли оно.",
        en: "Only the regulation itself can refuse. This rule comes from practitioners: Ruqsat can still estimate the timeline, but ask the provider whether the rule applies.",
    }
    ErrorCaution {
        kk: "Жалғастыру-жалғастырмауды таңдаңыз",
        ru: "Выберите, продолжать ли",
        en: "Select whether to go on",
    }
    AHeedGoOn {
        kk: "Осыны біле отырып, жалғастыру",
        ru: "Продолжить, зная об этом",
        en: "Go on, knowing this",
    }
    AHeedInstead {
        kk: "Оның орнына не істеуге болатынын көрсету",
        ru: "Показать, что можно сделать вместо этого",
        en: "Show what I can do instead",
    }
    CautionTitle {
        kk: "Ескерту: практиктердің ережесі",
        ru: "Предупреждение: правило практиков",
        en: "Warning: a rule from practitioners",
    }
    InsteadTitle {
        kk: "Оның орнына не істеуге болады",
        ru: "Что можно сделать вместо этого",
        en: "What you can do instead",
    }
    PeriodLabel {
        kk: "кезеңі",
        ru: "период",
        en: "period",
    }
    ProvisionsApply {
        kk: "Кім және қалай тапсырады",
        ru: "Кто и как подаёт",
        en: "Who applies and how",
    }
    ProvisionsPortalCheck {
        kk: "Порталда өтініш бермес бұрын тексеріңіз",
        ru: "Проверьте до подачи на портале",
        en: "Check before applying on the portal",
    }
    ProvisionsIfRefused {
        kk: "Бас тартылса",
        ru: "Если откажут",
        en: "If you are refused",
    }
    ProvisionsAppeal {
        kk: "Шағымдану",
        ru: "Обжалование",
        en: "Appeal",
    }
    ProvisionsResult {
        kk: "Нәтиже",
        ru: "Результат",
        en: "The result",
    }
    ProvisionsRefusalGrounds {
        kk: "Бас тарту негіздері",
        ru: "Основания для отказа",
        en: "Grounds for refusal",
    }
    ProvisionsFees {
        kk: "Алым және кепілдік",
        ru: "Сбор и гарантия",
        en: "Fee and guarantee",
    }
    KnownByLatest {
        kk: "Ең кеші осы күні білесіз",
        ru: "Узнаете не позднее",
        en: "You would know by",
    }
    FeeTableCaption {
        kk: "2017 жылғы мөлшерлемелер, АЕК (бір кеңесшінің дерегі; төленетін сома емес)",
        ru: "Ставки 2017 года, МРП (по данным консультанта; это не сумма к уплате)",
        en: "The 2017 rates in MCI (from a consultant; not an amount due)",
    }
    FeeTableGroup {
        kk: "Салалар тобы",
        ru: "Группа отраслей",
        en: "Sector group",
    }
    FeeTableCategory {
        kk: "Санат",
        ru: "Категория",
        en: "Category",
    }
    FeeTableSeasonal {
        kk: "Маусымдық жұмыс, кез келген санат",
        ru: "Сезонные работы, любая категория",
        en: "Seasonal work, any category",
    }
    AskProvider {
        kk: "Белгісіз — көрсетілетін қызметті берушіден сұраңыз",
        ru: "Неизвестно — спросите услугодателя",
        en: "Not known — ask the provider",
    }
    PermitAEmployer {
        kk: "жұмыс берушіге шетелдік жұмыс күшін тартуға рұқсат",
        ru: "разрешение работодателю на привлечение иностранной рабочей силы",
        en: "the employer's permit to attract foreign labour",
    }
    PermitAWorker {
        kk: "шетелдік қызметкерге жұмысқа орналасуға рұқсат",
        ru: "разрешение иностранному работнику на трудоустройство",
        en: "the foreign worker's permit for employment",
    }

    // Issue 12, section 3, the applicant's real dates (helper `notice`): the notice received, the applicant's
    // deadline, the provider late, the summary's actions and deadlines, an extension's filing window.
    NoticeQuestion {
        kk: "Хабарламаны қашан алдыңыз?",
        ru: "Когда вы получили уведомление?",
        en: "When did you receive the notice?",
    }
    NoticeHint {
        kk: "Міндетті емес. Сіздің мерзіміңіз хабарламаны алған күннен бастап есептеледі; онсыз — көрсетілетін қызметті беруші оны беруге тиіс соңғы күннен.",
        ru: "Необязательно. Ваш срок считается со дня получения уведомления; без этой даты — с последнего дня, когда услугодатель должен его выдать.",
        en: "Optional. Your own deadline counts from the day you received it; without it, from the latest day the provider must give it to you.",
    }
    NoticeApplied {
        kk: "Хабарлама күні қолданылды: сіздің мерзіміңіз және одан кейінгі қадамдар соған сүйенеді.",
        ru: "Дата уведомления применена: ваш срок и следующие шаги считаются от неё.",
        en: "The notice date is applied: your deadline and the steps after it follow from it.",
    }
    ErrorNoticeBeforeRegistration {
        kk: "Хабарламаны құжаттар тіркелгенге дейін алу мүмкін емес: тіркелген күннен ерте болмайтын күнді енгізіңіз",
        ru: "Уведомление нельзя получить до регистрации документов: введите дату не раньше дня регистрации",
        en: "The notice cannot come before the package is registered: enter a date on or after the day of registration",
    }
    DeadlineLabel {
        kk: "Соңғы мерзім",
        ru: "Крайний срок",
        en: "Deadline",
    }
    DeadlineFromNoticeReceived {
        kk: "Сіз хабарламаны алған күннен бастап есептеледі",
        ru: "Считается со дня, когда вы получили уведомление",
        en: "Counted from the day you received the notice",
    }
    DeadlineFromLatestNotice {
        kk: "Хабарлама берілуге тиіс соңғы күннен бастап есептеледі (сіз оны алған күнді енгізбедіңіз)",
        ru: "Считается с последнего дня, когда должно быть выдано уведомление (вы не указали, когда его получили)",
        en: "Counted from the latest day the notice is due (you have not said when you received it)",
    }
    ErrorPlanAfterDeadline {
        kk: "Бұл күн сіздің соңғы мерзіміңізден кейін: регламенттегі мерзім өтіп кетеді. Соңғы мерзімнен кешіктірмей күнді енгізіңіз",
        ru: "Эта дата позже вашего крайнего срока: срок по регламенту истечёт. Введите дату не позднее крайнего срока",
        en: "This date is after your deadline: the regulation's term will have run out. Enter a date on or before the deadline",
    }
    ProviderLate {
        kk: "Сіз хабарламаны көрсетілетін қызметті берушінің қадамдары мүмкін ететін соңғы күннен кейін алдыңыз: қызмет беруші кешікті. Сіздің мерзіміңіз бәрібір хабарламаны алған күннен бастап есептеледі.",
        ru: "Вы получили уведомление позже последнего дня, который допускают шаги услугодателя: услугодатель опоздал. Ваш срок всё равно считается со дня получения уведомления.",
        en: "You received the notice after the latest day the provider's steps allow: the provider was late. Your own deadline still counts from the day you received it.",
    }
    ProviderLateAppeal {
        kk: "Көрсетілетін қызметті берушінің шешімдеріне, әрекеттеріне (әрекетсіздігіне) шағымдануға болады",
        ru: "Решения, действия (бездействие) услугодателя можно обжаловать",
        en: "You may appeal against the provider's decisions, actions or inaction",
    }
    ProviderLateNoAppealClause {
        kk: "Бұл регламент шағымданудың өз тәртібін белгілемейді.",
        ru: "Этот регламент не устанавливает своего порядка обжалования.",
        en: "This regulation sets no appeal procedure of its own.",
    }
    SummaryYourActions {
        kk: "Сіздің әрекеттеріңіз және олардың мерзімдері",
        ru: "Ваши действия и их сроки",
        en: "Your actions and their deadlines",
    }
    SummaryHandIn {
        kk: "Құжаттар топтамасын тапсыру",
        ru: "Подать пакет документов",
        en: "Hand in the package",
    }
    SummaryYourPlan {
        kk: "Сіз жоспарлаған күн",
        ru: "Вы планируете",
        en: "You plan it on",
    }
    PermitExpiresQuestion {
        kk: "Қазіргі рұқсаттың мерзімі қашан бітеді?",
        ru: "Когда истекает срок действующего разрешения?",
        en: "When does the current permit expire?",
    }
    PermitExpiresHint {
        kk: "Міндетті емес. Ruqsat ұзартуға өтінішті қашан беру керек екенін және күтілетін аяқталу рұқсаттың мерзімі біткенге дейін бола ма, соны айтады.",
        ru: "Необязательно. Ruqsat подскажет, когда подавать на продление и успеет ли процедура закончиться до истечения разрешения.",
        en: "Optional. Ruqsat says when to file for the extension and whether the expected end falls before the permit expires.",
    }
    PermitExpiresApplied {
        kk: "Рұқсаттың бітетін күні қолданылды.",
        ru: "Дата истечения разрешения применена.",
        en: "The expiry date is applied.",
    }
    FileNoLaterThan {
        kk: "Өтінішті кешіктірмей беру күні",
        ru: "Подать не позднее",
        en: "File no later than",
    }
    FileNoEarlierThan {
        kk: "Өтінішті ертерек бермеу күні",
        ru: "Подать не ранее",
        en: "File no earlier than",
    }
    FileLastWorkingDayAtOffice {
        kk: "Бұл күн — демалыс күні. Кеңседе құжаттарды тапсырудың соңғы жұмыс күні (Ruqsat-тың түсіндірмесі: дереккөз күнтізбелік күндерді санайды)",
        ru: "Этот день — выходной. Последний рабочий день для сдачи в канцелярию (прочтение Ruqsat: источник считает календарные дни)",
        en: "That day is a day off. The last working day to hand in at the office (Ruqsat's reading: the source counts calendar days)",
    }
    FilingWindowUnknown {
        kk: "Бұл редакция үшін ұзартуға өтінішті қашан беру керектігін ешбір дереккөз айтпайды.",
        ru: "Для этой редакции ни один источник не говорит, когда подавать на продление.",
        en: "For this edition no source says when to file for an extension.",
    }
    EndBeforeExpiry {
        kk: "Күтілетін аяқталу рұқсаттың мерзімі біткенге дейін.",
        ru: "Ожидаемое окончание — до истечения срока разрешения.",
        en: "The expected end falls before the permit expires.",
    }
    EndAfterExpiry {
        kk: "Күтілетін аяқталу рұқсаттың мерзімі біткеннен кейін: ертерек тапсырыңыз.",
        ru: "Ожидаемое окончание — после истечения срока разрешения: подайте раньше.",
        en: "The expected end falls after the permit expires: file earlier.",
    }
    SubmittedOutsideFilingWindow {
        kk: "Сіз жоспарлаған тапсыру күні өтініш беру кезеңінен тыс.",
        ru: "Планируемая дата подачи — вне срока подачи заявления.",
        en: "The planned submission date is outside the filing window.",
    }
    // ---- Issue 12, part `dates`: dates refused at their fields, file facts before the check, copy conditions.
    ErrorDateBeforeInForce {
        kk: "Таңдалған регламент қолданысқа енгеннен кейінгі күнді енгізіңіз, ең ерте күні",
        ru: "Введите дату не раньше вступления выбранного регламента в действие; самая ранняя дата —",
        en: "Enter a date on or after the day the chosen regulation came into force; the earliest is",
    }
    ErrorDateNotCovered {
        kk: "Ертерек күнді енгізіңіз: одан кейінгі барлық қадам Ruqsat күнтізбесіне сыюы керек, ол мына күнмен аяқталады:",
        ru: "Введите более раннюю дату: все последующие шаги должны уложиться в календарь Ruqsat, который заканчивается",
        en: "Enter an earlier date: every later step must fall within Ruqsat's calendar, which ends on",
    }
    DocPermitIssuedBy {
        kk: "Рұқсат берілетін күтілетін күн",
        ru: "Разрешение ожидается к",
        en: "The permit is expected by",
    }
    DocFileChosen {
        kk: "Таңдалған файл",
        ru: "Выбранный файл",
        en: "Chosen file",
    }
    DocFileNotChecked {
        kk: "құжаттарды тексергенде тексеріледі",
        ru: "будет проверен при проверке документов",
        en: "checked when you check your documents",
    }
    DocFileNoProblem {
        kk: "файлда ақау табылмады",
        ru: "в файле проблем не найдено",
        en: "no problem found in the file",
    }
    InsteadNewTransferPermit {
        kk: "Корпоративішілік ауыстыруға рұқсатты қайта ұзарту мүмкін болмаса, ауыстыруға жаңа рұқсат алуға өтініш беруге болады.",
        ru: "Если разрешение на внутрикорпоративный перевод больше продлить нельзя, можно подать заявление на новое разрешение на перевод.",
        en: "Where a transfer permit cannot be extended again, you can apply for a new transfer permit instead.",
    }
    InsteadApplyTransfer {
        kk: "Ауыстыруға жаңа рұқсатқа өту",
        ru: "Перейти к новому разрешению на перевод",
        en: "Apply for a new transfer permit instead",
    }
    ANeedDetailsChanged {
        kk: "Рұқсаттағы мәліметтер өзгерді",
        ru: "Сведения в разрешении изменились",
        en: "Something on the permit changed",
    }
    WhyReissueDetails {
        kk: "Рұқсаттағы мәліметтер өзгерді.",
        ru: "Сведения в разрешении изменились.",
        en: "Details on the permit changed.",
    }
    DocLegalisationNotNeededTreaty {
        kk: "Менің жағдайымда заңдастыру қажет емес: халықаралық шартта өзгеше көзделген",
        ru: "В моём случае легализация не нужна: международный договор предусматривает иное",
        en: "No legalisation needed in my case: a treaty says otherwise",
    }
    DocLegalisationNotNeededCis {
        kk: "Менің жағдайымда апостиль қажет емес: құжат ТМД елінен, оның орнына нотариат куәландырған көшірме",
        ru: "В моём случае апостиль не нужен: документ из страны СНГ, вместо него — нотариально засвидетельствованная копия",
        en: "No apostille needed in my case: the document is from a CIS country, and a notarised copy stands instead",
    }
    DocTranslationNotNeeded {
        kk: "Аударма қажет емес: құжат қазақ немесе орыс тілінде",
        ru: "Перевод не нужен: документ на казахском или русском языке",
        en: "No translation needed: the document is in Kazakh or Russian",
    }
    // Issue 12, part "terms": when terms start and end, both figures, editable office hours.
    TimelineCounted { kk: "Есептелуі", ru: "Как считается", en: "Counted" }
    TimelineCountingBasis {
        kk: "Күндермен берілген мерзімдердің есептелу негізі",
        ru: "Основание счёта сроков в днях",
        en: "What the counting of terms in days rests on",
    }
    HoursTitle { kk: "Кеңсенің жұмыс уақыты (болжам)", ru: "Часы работы канцелярии (допущение)", en: "The office's hours (an assumption)" }
    HoursWhy {
        kk: "Екі регламентте де көрсетілетін қызметті берушінің жұмыс уақыты жоқ. Мұнда сол кездегі стандарттардың әдеттегі уақыты алынды: дүйсенбі–жұма 09:00–18:30, үзіліс 13:00–14:30, құжаттар 17:30-ға дейін қабылданады. Кеңсе басқа уақытта жұмыс істесе, өзгертіңіз: барлық күн соған сай есептеледі.",
        ru: "Ни один из двух регламентов не указывает часы работы услугодателя. Здесь взяты обычные часы стандартов того времени: понедельник–пятница 09:00–18:30, перерыв 13:00–14:30, приём документов до 17:30. Если канцелярия работает иначе, измените их: все даты пересчитаются.",
        en: "Neither regulation states the provider's office hours. These are the usual hours of standards of that time: Monday–Friday 09:00–18:30, break 13:00–14:30, documents received until 17:30. If the office keeps other hours, change them: every date follows.",
    }
    HoursOpens { kk: "Ашылады", ru: "Открывается", en: "Opens" }
    HoursCloses { kk: "Жабылады", ru: "Закрывается", en: "Closes" }
    HoursBreakFrom { kk: "Үзіліс басталады", ru: "Перерыв с", en: "Break from" }
    HoursBreakTo { kk: "Үзіліс аяқталады", ru: "Перерыв до", en: "Break until" }
    HoursReception { kk: "Құжаттар қабылданатын соңғы уақыт", ru: "Приём документов до", en: "Documents received until" }
    HoursHint {
        kk: "Уақыт СС:ММ түрінде, мысалы 09:00. Үзіліс жоқ болса, оның екі өрісін бос қалдырыңыз.",
        ru: "Время в виде ЧЧ:ММ, например 09:00. Если перерыва нет, оставьте оба его поля пустыми.",
        en: "Times as HH:MM, e.g. 09:00. If there is no break, leave both its fields empty.",
    }
    HoursErrorTime { kk: "Уақытты СС:ММ түрінде енгізіңіз, мысалы 09:00", ru: "Введите время в виде ЧЧ:ММ, например 09:00", en: "Enter a time as HH:MM, e.g. 09:00" }
    HoursErrorCloses { kk: "Кеңсе жабылмай тұрып ашылуы керек", ru: "Канцелярия должна открываться раньше, чем закрывается", en: "The office must open before it closes" }
    HoursErrorBreak {
        kk: "Үзіліс ашылғаннан кейін басталып, жабылғанға дейін аяқталуы және аяқталуынан бұрын басталуы керек",
        ru: "Перерыв должен начинаться после открытия, заканчиваться до закрытия и начинаться раньше, чем заканчивается",
        en: "The break must start after opening, end before closing, and start before it ends",
    }
    HoursErrorReception {
        kk: "Қабылдау ашылғаннан кейін, жабылғаннан кешіктірмей және үзіліс ішінде емес аяқталуы керек",
        ru: "Приём должен заканчиваться после открытия, не позже закрытия и не во время перерыва",
        en: "Reception must end after opening, no later than closing, and not during the break",
    }
    HoursReset { kk: "Әдеттегі уақытты қолдану", ru: "Вернуть обычные часы", en: "Use the usual hours" }
    HoursApplied { kk: "Жұмыс уақыты қолданылды: осы беттегі күндер соған сай.", ru: "Часы применены: даты на этой странице считаются по ним.", en: "The hours are applied: the dates on this page follow them." }
    // ---- Issue 12, section 6: a submission moved by a day off or after hours says so and why ----
    TimelineHandedIn { kk: "Тапсырылды", ru: "Сдано", en: "Handed in" }
    MovedDayOff {
        kk: "демалыс күні: келесі жұмыс күні кеңсе ашылған сәттен бастап есептеледі",
        ru: "в выходной день: считается с открытия в следующий рабочий день",
        en: "on a day off: it counts from the next working day's opening",
    }
    MovedBeforeOpening {
        kk: "кеңсе ашылғанға дейін: ашылған сәттен бастап есептеледі",
        ru: "до открытия: считается с момента открытия",
        en: "before the office opens: it counts from the opening",
    }
    MovedInTheBreak {
        kk: "түскі үзіліс кезінде: үзіліс аяқталған сәттен бастап есептеледі",
        ru: "во время перерыва: считается с окончания перерыва",
        en: "during the break: it counts from the end of the break",
    }
    MovedAfterClosing {
        kk: "кеңсе жабылғаннан кейін: келесі жұмыс күні кеңсе ашылған сәттен бастап есептеледі",
        ru: "после закрытия: считается с открытия в следующий рабочий день",
        en: "after the office closes: it counts from the next working day's opening",
    }
    MovedAfterReception {
        kk: "құжаттарды қабылдау уақыты аяқталғаннан кейін: келесі жұмыс күні кеңсе ашылған сәттен бастап есептеледі",
        ru: "после окончания приёма документов: считается с открытия в следующий рабочий день",
        en: "after the reception of documents ends: it counts from the next working day's opening",
    }
    MovedAssumption {
        kk: "Жұмыс уақыты — болжам, оны осы бетте өзгертуге болады.",
        ru: "Часы работы — допущение, их можно изменить на этой странице.",
        en: "The office hours are an assumption; you can change them on this page.",
    }
    // ---- Issue 12, section 1 (edges-cli): hours that would put a step of the case past the calendar ----
    HoursErrorNotCovered {
        kk: "Осы жұмыс уақытымен кейінгі бір қадам Ruqsat күнтізбесінің соңынан асып кетеді: басқа уақытты таңдаңыз немесе тапсыру күнін өзгертіңіз",
        ru: "С этими часами один из следующих шагов выйдет за конец календаря Ruqsat: выберите другие часы или измените дату подачи",
        en: "With these hours a later step would fall past the end of Ruqsat's calendar: choose other hours or change the submission date",
    }
}
