//! The words of the permits' rules (`ruqsat_core::permits`): the terms, the local-staff shares, the conditions of an
//! intra-corporate transfer, the grounds for refusal, the notes that state no figure, and the periods their sources
//! describe. The notes that repeat figures of the data are worded from them in `crate::facts`.

use super::documents;
use ruqsat_core::lang::Localized;
use ruqsat_core::localized;
use ruqsat_core::permits::{FeeGroup, IctText, NoteText, Period, RefusalText, ShareText, TermText};

/// A permit's term and extension rule, as the sources say them ([`ruqsat_core::permits::TERMS`]).
pub const fn term(key: TermText) -> Localized {
    match key {
        TermText::BCategory1 => localized! {
            kk: "1-санат: 12 ай; жыл сайын шектеусіз ұзартылады (1–3 жылға беру тек 2018 жылғы 27 наурыздан бастап).",
            ru: "Категория 1: 12 месяцев; продлевается ежегодно без ограничения (сроки от 1 до 3 лет — только с 27 марта 2018 года).",
            en: "Category 1: 12 months, extended yearly without limit (terms of 1–3 years only from 27 Mar 2018).",
        },
        TermText::BCategories2To3 => localized! {
            kk: "2–3-санаттар: 12 ай; ең көбі үш рет ұзартылады.",
            ru: "Категории 2–3: 12 месяцев; продлевается не более трёх раз.",
            en: "Categories 2–3: 12 months, extended at most three times.",
        },
        TermText::BCategory4 => localized! {
            kk: "4-санат: 12 ай; ұзартылмайды.",
            ru: "Категория 4: 12 месяцев; не продлевается.",
            en: "Category 4: 12 months, no extension.",
        },
        TermText::BSeasonal => localized! {
            kk: "Маусымдық жұмыскерлер: мерзімі белгісіз.",
            ru: "Сезонные работники: срок неизвестен.",
            en: "Seasonal workers: term not known.",
        },
        TermText::BIct => localized! {
            kk: "Корпоративішілік ауыстыру: еңбек шартының мерзіміне, ең көбі 3 жыл; бір рет 1 жылға ұзартылады.",
            ru: "Внутрикорпоративный перевод: на срок трудового договора, не более 3 лет; продлевается один раз на 1 год.",
            en: "Intra-corporate transfer: the contract's term, at most 3 years; extended once by 1 year.",
        },
        TermText::ACategory1 => localized! {
            kk: "1-санат: 3 жылға дейін; ұзарту ережесі белгісіз.",
            ru: "Категория 1: до 3 лет; правила продления неизвестны.",
            en: "Category 1: up to 3 years; the extension rule is not known.",
        },
        TermText::ACategories2To3 => localized! {
            kk: "2–3-санаттар: бір жыл; ең көбі екі рет ұзартылады.",
            ru: "Категории 2–3: один год; продлевается не более двух раз.",
            en: "Categories 2–3: one year, extended at most twice.",
        },
        TermText::ACategory4 => localized! {
            kk: "4-санат: мерзімі мен ұзартуы белгісіз.",
            ru: "Категория 4: срок и продление неизвестны.",
            en: "Category 4: term and extension not known.",
        },
    }
}

/// A rule on the share of local staff ([`ruqsat_core::permits::SHARE_RULES`]).
pub const fn share(key: ShareText) -> Localized {
    match key {
        ShareText::BCategories1To2 => localized! {
            kk: "1–2-санаттар: Қазақстан азаматтарының үлесі кемінде 70 %.",
            ru: "Категории 1–2: доля граждан Казахстана — не менее 70 %.",
            en: "Categories 1–2: Kazakh citizens at least 70 %.",
        },
        ShareText::BCategories3To4 => localized! {
            kk: "3–4-санаттар: Қазақстан азаматтарының үлесі кемінде 90 %.",
            ru: "Категории 3–4: доля граждан Казахстана — не менее 90 %.",
            en: "Categories 3–4: Kazakh citizens at least 90 %.",
        },
        ShareText::BIct => localized! {
            kk: "Корпоративішілік ауыстыру: шетелдіктер саны сол санаттағы қазақстандық қызметкерлер санының 50 %-ынан аспайды.",
            ru: "Внутрикорпоративный перевод: иностранцев не более 50 % от казахстанских работников той же категории.",
            en: "Intra-corporate transfer: foreigners at most 50 % of the Kazakh staff of the same category.",
        },
        ShareText::ANotKnown => localized! {
            kk: "A редакциясы кезеңіндегі жергілікті кадрлар үлесі: белгісіз.",
            ru: "Доля местных кадров в период редакции A: неизвестно.",
            en: "Share of local staff in the Edition A era: not known.",
        },
    }
}

/// A condition of an intra-corporate transfer ([`ruqsat_core::permits::ICT_CONDITIONS`]).
pub const fn ict_condition(key: IctText) -> Localized {
    match key {
        IctText::NoFee => localized! {
            kk: "Рұқсат бергені үшін алым алынбайды.",
            ru: "Сбор за выдачу разрешения не взимается.",
            en: "No permit fee.",
        },
        IctText::NoFeeStep => localized! {
            kk: "Регламенттің корпоративішілік ауыстыру рәсімінде алым төлеу қадамы жоқ: қараудан кейін рұқсаттың өзі дайындалады.",
            ru: "В процедуре регламента для внутрикорпоративного перевода нет шага уплаты сбора: после рассмотрения готовится само разрешение.",
            en: "The regulation's ICT procedure has no fee step: after review the permit itself is prepared.",
        },
        IctText::OnlyListedSectors => localized! {
            kk: "Тек 21 экономикалық қызмет түрінің тізбесінде.",
            ru: "Только в перечне из 21 вида экономической деятельности.",
            en: "Only in a list of 21 economic sectors.",
        },
        IctText::LabourMarketSearched => localized! {
            kk: "Өтініш берер алдында ішкі еңбек нарығында кемінде 15 күн іздеу жүргізіледі.",
            ru: "До подачи заявления поиск на внутреннем рынке труда ведётся не менее 15 дней.",
            en: "The local labour market is searched for at least 15 days before applying.",
        },
        IctText::FiledWithin60Days => localized! {
            kk: "Өтініш жұмыс күшіне қажеттілік туралы хабарламадан кейін 60 күннен кешіктірілмей беріледі.",
            ru: "Заявление подаётся не позднее 60 дней после уведомления о потребности в рабочей силе.",
            en: "The application is filed no later than 60 days after the workforce-demand notice.",
        },
        IctText::EducationOrLetters => localized! {
            kk: "Білім туралы құжаттар 2017 жылғы 15 қыркүйекке дейін талап етілді; содан кейін шетелдік жұмыс беруші мен қабылдаушы тараптың хаттары.",
            ru: "Документы об образовании требовались до 15 сентября 2017 года; после — письма иностранного работодателя и принимающей стороны.",
            en: "Education documents until 15 Sep 2017; after that, letters from the foreign employer and the host.",
        },
        IctText::PriorWorkOneYear => localized! {
            kk: "Қызметкер шетелдік заңды тұлғада кемінде бір жыл жұмыс істеген.",
            ru: "Работник проработал в иностранном юридическом лице не менее одного года.",
            en: "The worker has worked for the foreign legal entity for at least one year.",
        },
    }
}

/// A ground on which the provider refuses ([`ruqsat_core::permits::REFUSAL_GROUNDS`]).
pub const fn refusal_ground(key: RefusalText) -> Localized {
    match key {
        RefusalText::AIncompleteOrNotOnTheForm => localized! {
            kk: "Құжаттар толық емес көлемде тапсырылған және (немесе) өтініш белгіленген нысан бойынша толтырылмаған.",
            ru: "Документы представлены не в полном объёме и (или) заявление заполнено не по установленной форме.",
            en: "The package is incomplete and/or the application is not filled in on the set form.",
        },
        RefusalText::AOtherNotKnown => localized! {
            kk: "Басқа негіздер белгісіз.",
            ru: "Иные основания неизвестны.",
            en: "Other grounds: not known.",
        },
        RefusalText::BFalseDocuments => localized! {
            kk: "Анық емес құжаттар немесе мәліметтер.",
            ru: "Недостоверные документы или сведения.",
            en: "False documents or data.",
        },
        RefusalText::BQuotaExceeded => localized! {
            kk: "Квота асып кеткен.",
            ru: "Квота превышена.",
            en: "The quota is exceeded.",
        },
        RefusalText::BParagraph16NotMet => localized! {
            kk: "Жұмыс беруші Қағидалардың 16-тармағына сай емес.",
            ru: "Работодатель не соответствует пункту 16 Правил.",
            en: "The employer does not meet paragraph 16 of the Rules.",
        },
        RefusalText::BUnlawfulHiring => localized! {
            kk: "Жұмыс берушінің шетелдіктерді рұқсатсыз немесе басқа кәсіп бойынша жұмысқа тартқаны анықталған: содан бастап 12 ай рұқсат берілмейді.",
            ru: "Выявлено привлечение работодателем иностранцев без разрешения или по другой профессии: 12 месяцев с этого момента разрешения не выдаются.",
            en: "The employer was found to have hired foreigners without a permit or in another profession: no permits for 12 months from then.",
        },
        RefusalText::BQualificationNotMet => localized! {
            kk: "Қызметкердің білімі мен еңбек өтілі біліктілік талаптарына сай емес.",
            ru: "Образование и стаж работника не соответствуют квалификационным требованиям.",
            en: "The worker's education and experience do not meet the qualification requirements.",
        },
        RefusalText::BParagraph57NotMet => localized! {
            kk: "Қағидалардың 57-тармағы сақталмаған.",
            ru: "Не соблюдён пункт 57 Правил.",
            en: "Paragraph 57 of the Rules is not met.",
        },
        RefusalText::PortalLogInRefused => localized! {
            kk: "Портал авторизациядан бас тартады: көрсетілетін қызметті алушының мәліметтерінде кемшіліктер бар.",
            ru: "Портал отказывает в авторизации: в данных услугополучателя имеются нарушения.",
            en: "The portal refuses the log-in: the applicant's data is faulty.",
        },
        RefusalText::PortalSignatureNotConfirmed => localized! {
            kk: "Сұратылған қызметтен бас тартылады: электрондық цифрлық қолтаңба расталмаған.",
            ru: "Отказ в запрашиваемой услуге: подлинность электронной цифровой подписи не подтверждена.",
            en: "The request is refused: the digital signature is not confirmed.",
        },
        RefusalText::PortalAttachmentsFaulty => localized! {
            kk: "Сұратылған қызметтен бас тартылады: жалғанған құжаттарда кемшіліктер бар.",
            ru: "Отказ в запрашиваемой услуге: в приложенных документах имеются нарушения.",
            en: "The request is refused: the attached documents are faulty.",
        },
    }
}

/// A sector group of the 2017 fee table ([`ruqsat_core::permits::B_FEE_TABLE_2017`]).
pub const fn fee_group(key: FeeGroup) -> Localized {
    match key {
        FeeGroup::ProfessionalAndServices => localized! {
            kk: "Кәсіби, ғылыми қызмет, ақпарат және байланыс, қаржы, көлік, ауыл шаруашылығы, коммуналдық қызметтер және ұқсас салалар",
            ru: "Профессиональная и научная деятельность, информация и связь, финансы, транспорт, сельское хозяйство, коммунальные услуги и сходные отрасли",
            en: "Professional, scientific, ICT, finance, transport, agriculture, utilities and similar",
        },
        FeeGroup::MiningAndTrade => localized! {
            kk: "Тау-кен өндірісі, карьерлер, көтерме және бөлшек сауда, автокөлік жөндеу",
            ru: "Горнодобывающая промышленность, разработка карьеров, оптовая и розничная торговля, ремонт автомобилей",
            en: "Mining, quarrying, wholesale and retail, car repair",
        },
        FeeGroup::NotNamed => localized! {
            kk: "Салалардың үшінші тобы: қолдағы кесте көшірмесінде олар аталмаған",
            ru: "Третья группа отраслей: в имеющейся копии таблицы они не названы",
            en: "A third group of sectors, not named in the copy of the table Ruqsat has",
        },
    }
}

/// A note of the permits that states no figure of the data.
pub const fn note(key: NoteText) -> Localized {
    match key {
        NoteText::WorkerPermitTermsNotKnown => localized! {
            kk: "Шетелдік қызметкердің өз рұқсатының мерзімі мен ұзарту шектері белгісіз.",
            ru: "Сроки и пределы продления разрешения самому иностранному работнику неизвестны.",
            en: "The term and extension limits of a foreign worker's own permit are not known.",
        },
        NoteText::CategoryNeeded => localized! {
            kk: "Рұқсат мерзімі мен ұзарту шектері қызметкердің санатына байланысты: санатты көрсетіңіз.",
            ru: "Срок разрешения и пределы продления зависят от категории работника: укажите категорию.",
            en: "The permit's term and extension limits depend on the worker's category: please give it.",
        },
        NoteText::BExtensionFilingTime => localized! {
            kk: "Ұзарту туралы өтініш рұқсат мерзімі аяқталғанға дейін кемінде 30 күнтізбелік күн бұрын беріледі; 2020 жылдан бастап — мерзім аяқталғанға дейін 60 күннен ерте емес және 30 күннен кешіктірмей.",
            ru: "Заявление о продлении подаётся не менее чем за 30 календарных дней до истечения срока разрешения; с 2020 года — не ранее чем за 60 и не позднее чем за 30 дней.",
            en: "The extension is filed at least 30 calendar days before the permit expires; from 2020, no earlier than 60 and no later than 30 days before.",
        },
        NoteText::AWorkerFeeNotKnown => localized! {
            kk: "Шетелдік қызметкердің өз рұқсаты үшін алым не кепілдік туралы ештеңе белгісіз.",
            ru: "О сборе или гарантии за разрешение самому иностранному работнику ничего не известно.",
            en: "Nothing is known of a fee or guarantee for the foreign worker's own permit.",
        },
        NoteText::ANoFeeButAGuaranteeDeposit => localized! {
            kk: "Бұл кезеңде рұқсат бергені үшін алым жоқ; оның орнына жұмыс беруші банкке кепілдік жарна енгізеді.",
            ru: "В этот период сбора за разрешение нет; вместо него работодатель вносит гарантийный взнос в банк.",
            en: "No permit fee in this era; the employer lodges a guarantee deposit in a bank instead.",
        },
        NoteText::BReissueNoSecondFee => localized! {
            kk: "Қайта ресімдеу кезінде екінші рет алым төленбейді.",
            ru: "При переоформлении повторно сбор не уплачивается.",
            en: "No second fee is paid for a reissue.",
        },
        NoteText::BFeeFrom2017 => localized! {
            kk: "2017 жылғы 1 қаңтардан бастап жұмыс беруші рұқсат беру және ұзарту үшін алым төлейді.",
            ru: "С 1 января 2017 года работодатель уплачивает сбор за выдачу и продление разрешения.",
            en: "From 1 Jan 2017 the employer pays a fee for issue and extension.",
        },
        NoteText::BFeeTableNoActNamed => localized! {
            kk: "2017 жылғы санат пен сала бойынша мөлшерлемелер кестесі бір кеңесшінің дерегінен ғана белгілі, оны бекіткен актіні ешбір дереккөз атамайды: Ruqsat ауқым мен кестені көрсетеді, төленетін соманы есептемейді.",
            ru: "Таблица ставок 2017 года по категориям и отраслям известна лишь от консультанта, и ни один источник не называет акт, которым они установлены: Ruqsat показывает диапазон и таблицу, но не рассчитывает сумму к уплате.",
            en: "The 2017 table of rates by category and sector is known from one consultant only, and no source names the act that set them: Ruqsat shows the range and the table, never an amount due.",
        },
    }
}

/// The period a record's source describes.
pub const fn period(key: Period) -> Localized {
    match key {
        Period::OfTheDocuments(p) => documents::period(p),
        Period::January2017 => localized! {
            kk: "2017 жылғы қаңтар",
            ru: "январь 2017 года",
            en: "January 2017",
        },
        Period::ReadFromA2021Text => localized! {
            kk: "2021 жылғы мәтіннен оқылған",
            ru: "прочитано в тексте 2021 года",
            en: "read from a 2021 text",
        },
        Period::EditionAEra => localized! {
            kk: "A редакциясының кезеңі",
            ru: "период редакции A",
            en: "Edition A era",
        },
        Period::EditionBEra => localized! {
            kk: "B редакциясының кезеңі",
            ru: "период редакции B",
            en: "Edition B era",
        },
        Period::Undated => localized! {
            kk: "күні көрсетілмеген",
            ru: "без даты",
            en: "undated",
        },
        Period::LaterWordingNotVerifiedFor2017 => localized! {
            kk: "кейінгі редакция; 2017 жылға тексерілмеген",
            ru: "более поздняя редакция; для 2017 года не проверено",
            en: "later wording, not verified for 2017",
        },
        Period::ChangedFrom2020 => localized! {
            kk: "2020 жылдан бастап өзгерген",
            ru: "с 2020 года изменено",
            en: "changed from 2020",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ruqsat_core::codes::Code;
    use ruqsat_core::evidence::Grade;
    use ruqsat_core::lang::Lang;
    use ruqsat_core::permits::{
        Duration, ExtensionRule, Scope, Share, ICT_CONDITIONS, REFUSAL_GROUNDS, SHARE_RULES, TERMS,
    };

    /// Moved from the core with the texts: every key has words in every language.
    #[test]
    fn every_record_is_worded() {
        let texts = TermText::ALL
            .iter()
            .map(|&k| (format!("{k:?}"), term(k)))
            .chain(ShareText::ALL.iter().map(|&k| (format!("{k:?}"), share(k))))
            .chain(
                IctText::ALL
                    .iter()
                    .map(|&k| (format!("{k:?}"), ict_condition(k))),
            )
            .chain(
                RefusalText::ALL
                    .iter()
                    .map(|&k| (format!("{k:?}"), refusal_ground(k))),
            )
            .chain(NoteText::ALL.iter().map(|&k| (format!("{k:?}"), note(k))))
            .chain(
                [
                    FeeGroup::ProfessionalAndServices,
                    FeeGroup::MiningAndTrade,
                    FeeGroup::NotNamed,
                ]
                .map(|k| (format!("{k:?}"), fee_group(k))),
            )
            .chain(Period::ALL.iter().map(|&k| (format!("{k:?}"), period(k))));
        for (key, text) in texts {
            assert!(
                text.blank_in().is_empty(),
                "{key}: blank in {:?}",
                text.blank_in()
            );
        }
    }

    /// Moved from the core: a C fact states its period, in words in every language.
    #[test]
    fn every_c_record_states_its_period_in_words() {
        let records = TERMS
            .iter()
            .map(|t| (t.id, t.citation, t.period))
            .chain(SHARE_RULES.iter().map(|r| (r.id, r.citation, r.period)))
            .chain(ICT_CONDITIONS.iter().map(|c| (c.id, c.citation, c.period)))
            .chain(REFUSAL_GROUNDS.iter().map(|g| (g.id, g.citation, g.period)));
        for (id, citation, p) in records {
            if citation.grade == Grade::C {
                assert!(
                    p.is_some_and(|p| period(p).blank_in().is_empty()),
                    "{id}: a C fact states its period"
                );
            }
        }
    }

    /// The words each language uses for a figure of the data: a term's prose must say its record's figures.
    fn figure_words(months: u32) -> [&'static [&'static str]; 3] {
        match months {
            12 => [
                &["12 ай", "бір жыл", "1 жыл"],
                &["12 месяцев", "один год", "1 год"],
                &["12 months", "one year", "1 year"],
            ],
            36 => [&["3 жыл"], &["3 лет"], &["3 years"]],
            m => panic!("no words for {m} months: add them here"),
        }
    }

    fn says_one_of(text: Localized, words: [&[&str]; 3], what: &str) {
        for (lang, words) in Lang::ALL.into_iter().zip(words) {
            assert!(
                words.iter().any(|w| text.get(lang).contains(w)),
                "{what}: {lang:?} text {:?} says none of {words:?}",
                text.get(lang)
            );
        }
    }

    #[test]
    fn the_prose_of_each_term_says_the_figures_of_its_record() {
        for t in TERMS {
            match t.duration {
                Duration::Months(m) | Duration::UpToMonths(m) | Duration::ContractUpToMonths(m) => {
                    says_one_of(term(t.text), figure_words(m), t.id)
                }
                Duration::NotKnown => {}
            }
            let limit: [&[&str]; 3] = match t.extension {
                ExtensionRule::AtMost(2) => [&["екі рет"], &["двух раз"], &["twice"]],
                ExtensionRule::AtMost(3) => [&["үш рет"], &["трёх раз"], &["three times"]],
                ExtensionRule::AtMost(n) => panic!("no words for {n} extensions: add them here"),
                ExtensionRule::Once { months } => {
                    says_one_of(term(t.text), figure_words(months), t.id);
                    [&["бір рет"], &["один раз"], &["once"]]
                }
                ExtensionRule::WithoutLimit { months } => {
                    assert_eq!(months, 12, "{}", t.id);
                    [
                        &["жыл сайын шектеусіз"],
                        &["ежегодно без ограничения"],
                        &["yearly without limit"],
                    ]
                }
                ExtensionRule::NotAllowed => {
                    [&["ұзартылмайды"], &["не продлевается"], &["no extension"]]
                }
                ExtensionRule::NotKnown => [&["белгісіз"], &["неизвест"], &["not known"]],
            };
            says_one_of(term(t.text), limit, t.id);
            if let Scope::Categories(cats) = t.scope {
                let first = cats[0].code().to_string();
                for lang in Lang::ALL {
                    assert!(
                        term(t.text).get(lang).contains(&first),
                        "{}: {lang:?}",
                        t.id
                    );
                }
            }
        }
    }

    #[test]
    fn the_prose_of_each_share_says_its_percentage() {
        for r in SHARE_RULES {
            if let Share::LocalAtLeast(p) | Share::ForeignAtMostOfLocal(p) = r.share {
                for lang in Lang::ALL {
                    assert!(
                        share(r.text).get(lang).contains(&format!("{p} %")),
                        "{}: {lang:?}",
                        r.id
                    );
                }
            }
        }
    }
}
