//! The words of the "Your cases" page (issue 13): the cases kept on this device, what is due next across them, and
//! deleting them. The page has its own bundle (the web app's `src/bin/cases.rs`), so these are constants that only
//! it names: a one-language build of the journey's bundle carries none of them (unlike [`crate::Msg`], whose table
//! every bundle carries whole).

use ruqsat_core::agenda::{Due, Stage};
use ruqsat_core::lang::{Lang, Localized};
use ruqsat_core::localized;

/// The page's `<title>`.
pub const TITLE: Localized = localized! {
    kk: "Сіздің істеріңіз — Ruqsat",
    ru: "Ваши дела — Ruqsat",
    en: "Your cases — Ruqsat",
};

pub const INTRO: Localized = localized! {
    kk: "Әр іс тек осы құрылғыда, осы браузердің жадында сақталады. Ешнәрсе ешқайда жіберілмейді.",
    ru: "Каждое дело хранится только на этом устройстве, в памяти этого браузера. Ничего никуда не отправляется.",
    en: "Each case is kept on this device only, in this browser's storage. Nothing is sent anywhere.",
};

/// Shown in the page rendered ahead of time until the app has read what storage holds.
pub const READING: Localized = localized! {
    kk: "Осы құрылғыда сақталған істер оқылуда…",
    ru: "Читаем дела, сохранённые на этом устройстве…",
    en: "Reading the cases kept on this device…",
};

pub const AGENDA_HEADING: Localized = localized! {
    kk: "Алдағы мерзімдер",
    ru: "Ближайшие сроки",
    en: "What is due next",
};

/// Before today's date, which the agenda counts from.
pub const TODAY: Localized = localized! {
    kk: "Бүгін (Алматы уақыты бойынша)",
    ru: "Сегодня (по времени Алматы)",
    en: "Today (Almaty time)",
};

pub const AGENDA_EMPTY: Localized = localized! {
    kk: "Ештеңе күтілмейді. Істің мерзімдері мұнда оның барлық сұрақтарына жауап берілгенде пайда болады және нәтижесі белгіленгенше тұрады.",
    ru: "Ничего не ожидается. Сроки дела появляются здесь, когда на все его вопросы даны ответы, и остаются, пока не отмечен результат.",
    en: "Nothing is due. A case's dates appear here once all its questions are answered, and stay until its result is recorded.",
};

pub const OVERDUE: Localized = localized! {
    kk: "Мерзімі өтті",
    ru: "Срок прошёл",
    en: "Overdue",
};

pub const DUE_HAND_IN: Localized = localized! {
    kk: "Құжаттар топтамасын тапсыру",
    ru: "Подать пакет документов",
    en: "Hand in the package",
};

pub const DUE_NOTICE: Localized = localized! {
    kk: "Көрсетілетін қызметті берушінің хабарламасы, кешіктірмей",
    ru: "Уведомление услугодателя, не позднее",
    en: "The provider's notice, at the latest",
};

/// Before the applicant's own step (the step's own words follow).
pub const DUE_STEP: Localized = localized! {
    kk: "Сіздің қадамыңыз",
    ru: "Ваш шаг",
    en: "Your step",
};

pub const DUE_RESULT: Localized = localized! {
    kk: "Рұқсат (немесе бас тарту), кешіктірмей",
    ru: "Разрешение (или отказ), не позднее",
    en: "The permit (or the refusal), at the latest",
};

/// After a provider's date that has passed with nothing recorded.
pub const PROVIDER_LATE: Localized = localized! {
    kk: "Көрсетілетін қызметті берушінің мерзімі өтті, ал ештеңе жазылмаған. Регламенттің шағымдану туралы не белгілейтіні істің мерзімдер бетінде көрсетілген.",
    ru: "Срок услугодателя прошёл, а ничего не отмечено. Что регламент устанавливает об обжаловании — на странице сроков дела.",
    en: "The provider's deadline has passed and nothing is recorded. The case's timeline says what its regulation sets for an appeal.",
};

pub const LIST_HEADING: Localized = localized! {
    kk: "Осы құрылғыдағы істер",
    ru: "Дела на этом устройстве",
    en: "Cases on this device",
};

pub const LIST_EMPTY: Localized = localized! {
    kk: "Осы құрылғыда әлі сақталған іс жоқ.",
    ru: "На этом устройстве пока нет сохранённых дел.",
    en: "No case is kept on this device yet.",
};

pub const UNNAMED: Localized = localized! {
    kk: "Атаусыз іс",
    ru: "Дело без названия",
    en: "Case without a name",
};

pub const SERVICE: Localized = localized! { kk: "Қызмет", ru: "Услуга", en: "Service" };
pub const EDITION: Localized = localized! { kk: "Регламент", ru: "Регламент", en: "Regulation" };
pub const STAGE: Localized = localized! { kk: "Кезең", ru: "Этап", en: "Stage" };
pub const NEXT: Localized =
    localized! { kk: "Келесі мерзім", ru: "Ближайший срок", en: "Next deadline" };

/// When a case's answers are complete but no date of it can be counted (outside the calendar Ruqsat encodes).
pub const NOT_COUNTED: Localized = localized! {
    kk: "Мерзімдерін есептеу мүмкін емес",
    ru: "Сроки не рассчитать",
    en: "Its dates cannot be counted",
};

pub const OPEN: Localized = localized! { kk: "Ашу", ru: "Открыть", en: "Open" };
pub const RENAME: Localized = localized! { kk: "Атын өзгерту", ru: "Переименовать", en: "Rename" };
pub const DUPLICATE: Localized =
    localized! { kk: "Көшірмесін жасау", ru: "Создать копию", en: "Duplicate" };
pub const DELETE: Localized = localized! { kk: "Жою", ru: "Удалить", en: "Delete" };
pub const SAVE: Localized = localized! { kk: "Сақтау", ru: "Сохранить", en: "Save" };
pub const CANCEL: Localized = localized! { kk: "Болдырмау", ru: "Отмена", en: "Cancel" };
pub const UNDO: Localized = localized! { kk: "Қайтару", ru: "Вернуть", en: "Undo" };

pub const NAME_LABEL: Localized = localized! {
    kk: "Істің атауы (мысалы, клиенттің аты)",
    ru: "Название дела (например, имя клиента)",
    en: "Name of the case (for example, the client's)",
};

/// After a duplicated case's name.
pub const COPY_SUFFIX: Localized = localized! { kk: " (көшірме)", ru: " (копия)", en: " (copy)" };

/// Before the name of a case just deleted.
pub const DELETED: Localized = localized! { kk: "Жойылды", ru: "Удалено", en: "Deleted" };

pub const START_NEW: Localized = localized! {
    kk: "Жаңа іс бастау",
    ru: "Начать новое дело",
    en: "Start a new case",
};

pub const UNREADABLE_HEADING: Localized = localized! {
    kk: "Оқылмайтын сақталған жазбалар",
    ru: "Сохранённые записи, которые не удаётся прочитать",
    en: "Kept entries that cannot be read",
};

pub const UNREADABLE_TEXT: Localized = localized! {
    kk: "Ruqsat бұл жазбаларды оқи алмады, сондықтан оларды сол күйінде қалдырады және ешқашан үстінен жазбайды. Жазбаны сақтау немесе көмектесе алатын адамға көрсету үшін оны жүктеп алыңыз.",
    ru: "Ruqsat не смог прочитать эти записи, поэтому оставляет их как есть и никогда их не перезаписывает. Скачайте запись, чтобы сохранить её или показать тому, кто может помочь.",
    en: "Ruqsat could not read these entries, so it leaves them exactly as they are and never writes over them. Download one to keep it, or to show it to someone who can help.",
};

pub const WHY_EMPTY: Localized =
    localized! { kk: "Жазба бос.", ru: "Запись пуста.", en: "It is empty." };

pub const WHY_VERSION: Localized = localized! {
    kk: "Оны Ruqsat-тың жаңарақ нұсқасы жазған немесе бұл Ruqsat ісі емес.",
    ru: "Её записала более новая версия Ruqsat, или это не дело Ruqsat.",
    en: "A later version of Ruqsat wrote it, or it is not a Ruqsat case.",
};

/// Before the number of the first line that cannot be read.
pub const WHY_LINE: Localized = localized! {
    kk: "Оқылмайтын жолдың нөмірі",
    ru: "Номер нечитаемой строки",
    en: "The line that cannot be read",
};

pub const DOWNLOAD: Localized = localized! {
    kk: "Сол күйінде жүктеп алу",
    ru: "Скачать как есть",
    en: "Download it as it is",
};

pub const DELETE_ALL_HEADING: Localized = localized! {
    kk: "Осы құрылғыдағы барлық деректерімді жою",
    ru: "Удалить все мои данные на этом устройстве",
    en: "Delete all my data on this device",
};

pub const DELETE_ALL_TEXT: Localized = localized! {
    kk: "Ruqsat осы браузерде сақтайтын барлық істер, соның ішінде оқылмайтын жазбалар, және таңдаған тіліңіз жойылады. Мұны қайтару мүмкін емес.",
    ru: "Будут удалены все дела, которые Ruqsat хранит в этом браузере, включая нечитаемые записи, и выбранный язык. Это нельзя отменить.",
    en: "This deletes every case Ruqsat keeps in this browser, entries it cannot read included, and the language you chose. It cannot be undone.",
};

pub const DELETE_ALL_BUTTON: Localized = localized! {
    kk: "Барлық деректерімді жою",
    ru: "Удалить все мои данные",
    en: "Delete all my data",
};

pub const DELETE_ALL_SURE: Localized = localized! {
    kk: "Сенімдісіз бе? Осы бетте көрсетілгеннің бәрі осы браузерден жойылады.",
    ru: "Вы уверены? Всё, что перечислено на этой странице, будет удалено из этого браузера.",
    en: "Are you sure? Everything on this page will be deleted from this browser.",
};

pub const DELETE_ALL_YES: Localized = localized! {
    kk: "Иә, бәрін жою",
    ru: "Да, удалить всё",
    en: "Yes, delete everything",
};

pub const DELETED_ALL: Localized = localized! {
    kk: "Ruqsat осы браузерде сақтаған барлық нәрсе жойылды.",
    ru: "Всё, что Ruqsat хранил в этом браузере, удалено.",
    en: "Everything Ruqsat kept in this browser has been deleted.",
};

pub const STORAGE_OFF: Localized = localized! {
    kk: "Бұл браузер Ruqsat-қа істерді оқуға және сақтауға рұқсат бермейді (сақтау өшірілген). Істер сақтау қосулы болғанда ғана сақталады.",
    ru: "Этот браузер не даёт Ruqsat читать и хранить дела (хранилище отключено). Дела сохраняются, только когда хранилище включено.",
    en: "This browser does not let Ruqsat read or keep cases (storage is disabled). Cases are kept only while storage is on.",
};

pub const WRITE_FAILED: Localized = localized! {
    kk: "Браузер өзгерісті сақтамады (сақтау толы немесе өшірілген).",
    ru: "Браузер не сохранил изменение (хранилище заполнено или отключено).",
    en: "This browser did not keep the change (storage is full or disabled).",
};

pub const RECORD_OUTCOME: Localized = localized! {
    kk: "Нәтижені белгілеу",
    ru: "Отметить результат",
    en: "Record the result",
};

pub const OUTCOME_LEGEND: Localized = localized! {
    kk: "Өтініш немен аяқталды?",
    ru: "Чем закончилось обращение?",
    en: "What came of the application?",
};

/// Before the citation of the result the case's regulation sets.
pub const OUTCOME_BASIS: Localized = localized! {
    kk: "Қызмет нәтижесі — рұқсат немесе дәлелді бас тарту",
    ru: "Результат услуги — разрешение или мотивированный отказ",
    en: "The service's result is the permit or a reasoned refusal",
};

pub const OUTCOME_RECEIVED: Localized = localized! {
    kk: "Рұқсат алынды",
    ru: "Разрешение получено",
    en: "The permit was received",
};

pub const OUTCOME_REFUSED: Localized = localized! {
    kk: "Бас тартылды (дәлелді бас тарту)",
    ru: "Отказано (мотивированный отказ)",
    en: "It was refused (a reasoned refusal)",
};

pub const OUTCOME_DAY: Localized = localized! {
    kk: "Нәтиже қай күні алынды?",
    ru: "В какой день получен результат?",
    en: "On which day did the result come?",
};

pub const OUTCOME_CHOOSE: Localized = localized! {
    kk: "Өтініш немен аяқталғанын таңдаңыз",
    ru: "Выберите, чем закончилось обращение",
    en: "Choose what came of the application",
};

/// Before the day the package was handed in.
pub const OUTCOME_BEFORE_HANDED_IN: Localized = localized! {
    kk: "Нәтиже құжаттар топтамасы тапсырылғанға дейін келе алмайды. Тапсырылған күні:",
    ru: "Результат не может прийти раньше подачи пакета документов. День подачи:",
    en: "The result cannot come before the package was handed in, on",
};

/// Before the day the notice was received.
pub const OUTCOME_BEFORE_NOTICE: Localized = localized! {
    kk: "Нәтиже хабарлама алынғанға дейін келе алмайды. Хабарлама алынған күн:",
    ru: "Результат не может прийти раньше полученного уведомления. День получения:",
    en: "The result cannot come before the notice was received, on",
};

/// Before the day the applicant's step was done.
pub const OUTCOME_BEFORE_STEP: Localized = localized! {
    kk: "Нәтиже сіздің қадамыңыз жасалғанға дейін келе алмайды. Қадам жасалған күн:",
    ru: "Результат не может прийти раньше вашего шага. День шага:",
    en: "The result cannot come before your step was done, on",
};

pub const OUTCOME_AFTER_TODAY: Localized = localized! {
    kk: "Нәтиже келгеннен кейін белгіленеді: бүгіннен кешіктірмей күнді көрсетіңіз.",
    ru: "Результат отмечают, когда он пришёл: укажите день не позднее сегодняшнего.",
    en: "A result is recorded once it has come: give a day no later than today.",
};

pub const OUTCOME_REMOVE: Localized = localized! {
    kk: "Нәтижені алып тастау",
    ru: "Убрать результат",
    en: "Remove the result",
};

/// On a refused case whose regulation sets no appeal procedure, after `Msg::ProviderLateNoAppealClause` (and before
/// the U badge: not known).
pub const APPEAL_NOT_KNOWN: Localized = localized! {
    kk: "Ruqsat дереккөздерінде шағымданудың басқа жолы аталмайды. Заңгермен кеңесіңіз.",
    ru: "В источниках Ruqsat другой путь обжалования не назван. Посоветуйтесь с юристом.",
    en: "Ruqsat's sources name no other route of appeal. Ask a lawyer.",
};

pub const SHARE: Localized = localized! {
    kk: "Сілтемемен бөлісу",
    ru: "Поделиться ссылкой",
    en: "Share a link",
};

pub const SHARE_HEADING: Localized = localized! {
    kk: "Осы іске сілтеме",
    ru: "Ссылка на это дело",
    en: "A link to this case",
};

pub const SHARE_ANSWERS_ONLY: Localized = localized! {
    kk: "Сілтемеде тек сұрақтарға жауаптар мен күндер бар: істің атауы, БСН мен ЖСН, туған күн және құжаттар туралы белгілер жоқ. Оны ашқан адам өз құрылғысында жаңа іс алады; бұл іс өзгермейді.",
    ru: "Ссылка содержит только ответы на вопросы и даты: без названия дела, БИН и ИИН, даты рождения и отметок о документах. Тот, кто её откроет, получит новое дело на своём устройстве; это дело не изменится.",
    en: "The link holds the answers to the questions and the dates only: not the case's name, the BIN or the IIN, the birth date, or anything said about the documents. Whoever opens it gets a new case on their own device; this case does not change.",
};

pub const SHARE_PERSONAL_LABEL: Localized = localized! {
    kk: "Сілтемеге дербес деректерді де қосу",
    ru: "Включить в ссылку и персональные данные",
    en: "Put the personal data in the link too",
};

pub const SHARE_PERSONAL_HINT: Localized = localized! {
    kk: "Істің атауы, БСН, ЖСН, туған күн және қай құжаттар белгіленгені. Олар сілтемеде # белгісінен кейін тұрады, оны браузерлер ешбір серверге жібермейді, бірақ сілтемесі бар кез келген адам оларды оқи алады: оны тек сенетін адамға жіберіңіз.",
    ru: "Название дела, БИН, ИИН, дата рождения и какие документы отмечены. В ссылке они стоят после знака #, который браузеры не отправляют ни на какой сервер, но прочитать их может любой, у кого есть ссылка: отправляйте её только тому, кому доверяете.",
    en: "The case's name, the BIN, the IIN, the birth date and which documents are ticked. In the link they come after the # sign, which browsers send to no server, but anyone who has the link can read them: send it only to someone you trust.",
};

pub const SHARE_HAS_PERSONAL: Localized = localized! {
    kk: "Бұл сілтемеде дербес деректер бар.",
    ru: "Эта ссылка содержит персональные данные.",
    en: "This link contains personal data.",
};

pub const SHARE_NO_PERSONAL: Localized = localized! {
    kk: "Бұл сілтемеде дербес деректер жоқ.",
    ru: "Эта ссылка не содержит персональных данных.",
    en: "This link contains no personal data.",
};

pub const SHARE_LINK_LABEL: Localized = localized! { kk: "Сілтеме", ru: "Ссылка", en: "The link" };

pub const SHARE_COPY: Localized = localized! {
    kk: "Сілтемені көшіру",
    ru: "Скопировать ссылку",
    en: "Copy the link",
};

pub const SHARE_COPIED: Localized = localized! {
    kk: "Сілтеме көшірілді.",
    ru: "Ссылка скопирована.",
    en: "The link is copied.",
};

pub const SHARE_NOT_COPIED: Localized = localized! {
    kk: "Браузер бетке көшіруге рұқсат бермеді: сілтемені белгілеп, өзіңіз көшіріңіз.",
    ru: "Браузер не дал странице скопировать: выделите ссылку и скопируйте её сами.",
    en: "This browser did not let the page copy: select the link and copy it yourself.",
};

pub const CLOSE: Localized = localized! { kk: "Жабу", ru: "Закрыть", en: "Close" };

/// On opening a link shared with its personal data, a case this device already keeps: before its name.
pub const SHARED_ALREADY: Localized = localized! {
    kk: "Сілтемедегі іс осы құрылғыда бұрыннан сақтаулы",
    ru: "Дело из ссылки уже хранится на этом устройстве",
    en: "The case in the link is already kept on this device",
};

/// On opening a link shared with its personal data: before the new case's name.
pub const SHARED_KEPT: Localized = localized! {
    kk: "Сізбен сілтеме арқылы бөлісілген іс осы құрылғыда жаңа іс ретінде сақталды",
    ru: "Дело, которым поделились по ссылке, сохранено на этом устройстве как новое дело",
    en: "The case shared with you by link is now kept on this device as a new case",
};

pub const SHARED_DAMAGED: Localized = localized! {
    kk: "Сілтеменің дербес деректерін оқу мүмкін болмады (сілтеме толық көшірілмеген болуы мүмкін): тек жауаптар сақталды.",
    ru: "Персональные данные из ссылки прочитать не удалось (возможно, ссылка скопирована не полностью): сохранены только ответы.",
    en: "The personal data in the link could not be read (it may not have been copied whole): only the answers were kept.",
};

pub const SHARED_NOT_KEPT: Localized = localized! {
    kk: "Бұл браузер істерді сақтамайды, сондықтан сілтемедегі дербес деректер мұнда ашылмайды. Жауаптарын бәрібір ашуға болады:",
    ru: "Этот браузер не хранит дела, поэтому персональные данные из ссылки здесь не открыть. Ответы всё же можно открыть:",
    en: "This browser does not keep cases, so the personal data in the link cannot be opened here. You can still open its answers:",
};

pub const OPEN_ANSWERS: Localized = localized! {
    kk: "Жауаптарды ашу",
    ru: "Открыть ответы",
    en: "Open the answers",
};

/// A case's stage, in words.
pub const fn stage(s: Stage) -> Localized {
    match s {
        Stage::Preparing => localized! {
            kk: "Құжаттар дайындалуда",
            ru: "Подготовка документов",
            en: "Preparing the package",
        },
        Stage::HandedIn => localized! {
            kk: "Тапсырылды; хабарлама күтілуде",
            ru: "Подано; ожидается уведомление",
            en: "Handed in; the notice is awaited",
        },
        Stage::NoticeReceived => localized! {
            kk: "Хабарлама алынды; сіздің қадамыңыз",
            ru: "Уведомление получено; ваш шаг",
            en: "Notice received; your step is due",
        },
        Stage::ApplicantStepDone => localized! {
            kk: "Қадамыңыз жасалды; рұқсат күтілуде",
            ru: "Ваш шаг сделан; ожидается разрешение",
            en: "Your step done; the permit is awaited",
        },
        Stage::PermitReceived => localized! {
            kk: "Рұқсат алынды",
            ru: "Разрешение получено",
            en: "Permit received",
        },
        Stage::Refused => localized! {
            kk: "Бас тартылды",
            ru: "Отказано",
            en: "Refused",
        },
    }
}

/// What is due, in words: the applicant's step is named by its own words.
pub fn due(d: Due, lang: Lang) -> String {
    match d {
        Due::HandIn => DUE_HAND_IN.get(lang).into(),
        Due::Notice => DUE_NOTICE.get(lang).into(),
        Due::ApplicantStep(kind) => format!(
            "{}: {}",
            DUE_STEP.get(lang),
            crate::rules::procedures::step(kind).get(lang)
        ),
        Due::Result => DUE_RESULT.get(lang).into(),
    }
}

/// Every text of this module, for the tests that check them all.
pub const ALL: &[Localized] = &[
    TITLE,
    INTRO,
    READING,
    AGENDA_HEADING,
    TODAY,
    AGENDA_EMPTY,
    OVERDUE,
    DUE_HAND_IN,
    DUE_NOTICE,
    DUE_STEP,
    DUE_RESULT,
    PROVIDER_LATE,
    LIST_HEADING,
    LIST_EMPTY,
    UNNAMED,
    SERVICE,
    EDITION,
    STAGE,
    NEXT,
    NOT_COUNTED,
    OPEN,
    RENAME,
    DUPLICATE,
    DELETE,
    SAVE,
    CANCEL,
    UNDO,
    NAME_LABEL,
    COPY_SUFFIX,
    DELETED,
    START_NEW,
    UNREADABLE_HEADING,
    UNREADABLE_TEXT,
    WHY_EMPTY,
    WHY_VERSION,
    WHY_LINE,
    DOWNLOAD,
    DELETE_ALL_HEADING,
    DELETE_ALL_TEXT,
    DELETE_ALL_BUTTON,
    DELETE_ALL_SURE,
    DELETE_ALL_YES,
    DELETED_ALL,
    STORAGE_OFF,
    WRITE_FAILED,
    RECORD_OUTCOME,
    OUTCOME_LEGEND,
    OUTCOME_BASIS,
    OUTCOME_RECEIVED,
    OUTCOME_REFUSED,
    OUTCOME_DAY,
    OUTCOME_CHOOSE,
    OUTCOME_BEFORE_HANDED_IN,
    OUTCOME_BEFORE_NOTICE,
    OUTCOME_BEFORE_STEP,
    OUTCOME_AFTER_TODAY,
    OUTCOME_REMOVE,
    APPEAL_NOT_KNOWN,
    SHARE,
    SHARE_HEADING,
    SHARE_ANSWERS_ONLY,
    SHARE_PERSONAL_LABEL,
    SHARE_PERSONAL_HINT,
    SHARE_HAS_PERSONAL,
    SHARE_NO_PERSONAL,
    SHARE_LINK_LABEL,
    SHARE_COPY,
    SHARE_COPIED,
    SHARE_NOT_COPIED,
    CLOSE,
    SHARED_KEPT,
    SHARED_ALREADY,
    SHARED_DAMAGED,
    SHARED_NOT_KEPT,
    OPEN_ANSWERS,
];

#[cfg(test)]
mod tests {
    use super::*;
    use ruqsat_core::procedures::StepKind;

    #[test]
    fn every_text_of_the_cases_page_is_written_in_all_three_languages() {
        let stages = [
            Stage::Preparing,
            Stage::HandedIn,
            Stage::NoticeReceived,
            Stage::ApplicantStepDone,
            Stage::PermitReceived,
            Stage::Refused,
        ]
        .map(stage);
        for text in ALL.iter().chain(&stages) {
            assert!(text.blank_in().is_empty(), "{text:?}");
            assert_ne!(text.get(Lang::Ru), text.get(Lang::En), "{text:?}");
            assert_ne!(text.get(Lang::Kk), text.get(Lang::En), "{text:?}");
        }
    }

    #[test]
    fn the_applicants_step_is_named_by_its_own_words() {
        assert_eq!(
            due(Due::ApplicantStep(StepKind::BHandsInFeeProof), Lang::En),
            format!(
                "Your step: {}",
                crate::rules::procedures::step(StepKind::BHandsInFeeProof).get(Lang::En)
            )
        );
        assert_eq!(due(Due::HandIn, Lang::Ru), "Подать пакет документов");
    }
}
