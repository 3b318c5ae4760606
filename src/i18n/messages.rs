//! Every message of the interface, in Kazakh, Russian and English.

use crate::core::lang::Localized;

/// Declares the `Msg` enum, its list and its texts together, so a message cannot exist without all three languages.
macro_rules! messages {
    ($( $(#[$doc:meta])* $key:ident { kk: $kk:expr, ru: $ru:expr, en: $en:expr $(,)? } )*) => {
        /// A message of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $( $(#[$doc])* $key, )* }

        impl Msg {
            /// Every message, for the tests that check them all.
            pub const ALL: &'static [Msg] = &[ $( Msg::$key, )* ];

            pub const fn localized(self) -> Localized {
                match self { $( Msg::$key => Localized { kk: $kk, ru: $ru, en: $en }, )* }
            }
        }
    };
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
        kk: "Ruqsat сізге қай қызмет керек екенін — беру, ұзарту, қайта ресімдеу немесе корпоративішілік ауыстыру — айтады, қандай құжаттар дайындау керегін тізеді және рәсімнің әр қадамы қашан аяқталатынын Қазақстанның жұмыс күндерімен есептеп көрсетеді.",
        ru: "Ruqsat подскажет, какая услуга вам нужна — выдача, продление, переоформление или внутрикорпоративный перевод, — перечислит документы, которые нужно подготовить, и покажет, когда завершится каждый шаг процедуры, считая в рабочих днях Казахстана.",
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
        kk: "Шетелдік жұмыскерлерді тартатын жұмыс берушілерге",
        ru: "Работодателям, которые привлекают иностранных работников",
        en: "Employers who bring in foreign workers",
    }
    ForWorkers {
        kk: "Рұқсатты өзі алатын шетелдік жұмыскерлерге",
        ru: "Иностранным работникам, которые получают разрешение сами",
        en: "Foreign workers who apply for their own permit",
    }
    ForConsultants {
        kk: "Олардың атынан әрекет ететін кеңесшілерге",
        ru: "Консультантам, которые действуют от их имени",
        en: "Consultants acting for either of them",
    }
    WhatYouGetHeading {
        kk: "Не аласыз",
        ru: "Что вы получите",
        en: "What you get",
    }
    GetService {
        kk: "Сіздің жағдайыңызға сай қызмет және неліктен дәл сол",
        ru: "Услугу, которая подходит вашему случаю, и объяснение почему",
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
        kk: "Күтілетін мерзімдер: әр қадам, оны кім орындайды, оның негізі және күні",
        ru: "Ожидаемые сроки: каждый шаг, кто его выполняет, его основание и дата",
        en: "The expected timeline: every step, who takes it, its legal basis and its date",
    }
    RegulationsHeading {
        kk: "Ruqsat қамтитын регламенттер",
        ru: "Какие регламенты заложены в Ruqsat",
        en: "The regulations Ruqsat encodes",
    }
    RegulationsLostForce {
        kk: "Екі регламент те күшін жойған. Ruqsat рәсімді олар белгілеген күйінде көрсетеді; өтініш берер алдында қазір қолданыстағы қағидаларды тексеріңіз.",
        ru: "Оба регламента утратили силу. Ruqsat показывает процедуру такой, какой они её устанавливали; перед подачей сверьтесь с действующими правилами.",
        en: "Both regulations have since lost force. Ruqsat shows the procedure as they set it; check the rules in force today before you apply.",
    }
    EditionLabel {
        kk: "Редакция",
        ru: "Редакция",
        en: "Edition",
    }
    EditionRegion {
        kk: "Өңір",
        ru: "Регион",
        en: "Region",
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
        kk: "Іске асыратын стандарты",
        ru: "Реализует стандарт",
        en: "Standard it implements",
    }
    EditionProvider {
        kk: "Қызметті беруші",
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
    DatedOf {
        kk: "күні",
        ru: "от",
        en: "of",
    }
    NotBefore {
        kk: "ерте дегенде",
        ru: "не ранее",
        en: "not before",
    }
    RepealedBy {
        kk: "күшін жойған қаулы",
        ru: "постановлением",
        en: "by resolution",
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
        kk: "Ruqsat толығымен браузеріңізде жұмыс істейді. Сіз енгізген немесе тіркеген ештеңе ешқайда жіберілмейді; тек тіл таңдауыңыз осы браузерде сақталады.",
        ru: "Ruqsat работает целиком в вашем браузере. Ничто из введённого или приложенного никуда не отправляется; в этом браузере сохраняется только выбранный язык.",
        en: "Ruqsat runs entirely in your browser. Nothing you enter or attach is sent anywhere; only your choice of language is kept, in this browser.",
    }
    GradesHeading {
        kk: "Дереккөздің сенімділігі",
        ru: "Надёжность сведений",
        en: "How firm the evidence is",
    }
    GradesIntro {
        kk: "Әр дерек жанында оның қайдан алынғаны көрсетіледі:",
        ru: "Рядом с каждым сведением указано, откуда оно:",
        en: "Beside every fact, Ruqsat shows where it comes from:",
    }
    FooterNotAdvice {
        kk: "Ruqsat — анықтамалық құрал, заң кеңесі емес. Шешімді қызметті беруші қабылдайды.",
        ru: "Ruqsat — справочный инструмент, а не юридическая консультация. Решение принимает услугодатель.",
        en: "Ruqsat is a reference tool, not legal advice. The provider makes the decision.",
    }
}
