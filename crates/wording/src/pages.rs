//! The words of the pages around the app, which the release build writes ahead of time (the web app's
//! `ui::prerender`): each language page's description for search engines and link previews, the line shown when
//! the browser runs no script, and the not-found page. The app itself never shows them, so they are not in its
//! bundle.

use ruqsat_core::lang::Localized;
use ruqsat_core::localized;

/// A language page's `<meta name="description">`: what Ruqsat does, in a sentence or two.
pub const DESCRIPTION: Localized = localized! {
    kk: "Ruqsat: шетелдік жұмыс күшін тартуға рұқсаттың қай қызметі қажет, оның құжаттары мен жұмыс күндеріндегі мерзімдері. Браузеріңізде жұмыс істейді; ешнәрсе жіберілмейді.",
    ru: "Ruqsat: какая услуга по разрешению на привлечение иностранной рабочей силы вам нужна, её документы и сроки в рабочих днях. Работает в вашем браузере; ничего никуда не отправляется.",
    en: "Ruqsat: which permit service you need to attract foreign labour in Kazakhstan, its documents and its timeline in working days. Runs in your browser; nothing is sent anywhere.",
};

/// Shown instead of the app when the browser runs no script.
pub const NEEDS_SCRIPT: Localized = localized! {
    kk: "Ruqsat үшін JavaScript пен WebAssembly қажет.",
    ru: "Для Ruqsat нужны JavaScript и WebAssembly.",
    en: "Ruqsat needs JavaScript and WebAssembly.",
};

/// Shown by the page's early script when the app did not start (its program blocked, not loaded or failed):
/// without it, a link to a later page would stay blank.
pub const COULD_NOT_START: Localized = localized! {
    kk: "Ruqsat осы браузерде іске қосылмады: оның бағдарламасы жүктелмеді. Байланысты тексеріп, бетті қайта жүктеңіз; қайталанса, басқа браузерді қолданып көріңіз. Сіз енгізген ештеңе осы құрылғыдан шыққан жоқ.",
    ru: "Ruqsat не запустился в этом браузере: его программа не загрузилась. Проверьте подключение и перезагрузите страницу; если повторится, попробуйте другой браузер. Ничто из введённого вами не покинуло это устройство.",
    en: "Ruqsat could not start in this browser: its program did not load. Check your connection and reload the page; if it happens again, try another browser. Nothing you entered has left this device.",
};

/// Shown when the app stops on an error of its own (a panic, `ui::browser::show_panic_page`).
pub const STOPPED: Localized = localized! {
    kk: "Ruqsat-та қате болды және ол тоқтады. Ісіңізді файлға сақтап алыңыз, содан кейін бетті қайта жүктеңіз: жауаптарыңыз мекенжайда тұр.",
    ru: "В Ruqsat произошла ошибка, и он остановился. Сохраните ваше дело в файл, затем перезагрузите страницу: ваши ответы остаются в адресе.",
    en: "Ruqsat met an error of its own and stopped. Save your case to a file, then reload the page: your answers are kept in its address.",
};

/// The link that saves the case as it was when the app stopped.
pub const SAVE_CASE: Localized = localized! {
    kk: "Істі файлға сақтау",
    ru: "Сохранить дело в файл",
    en: "Save the case to a file",
};

/// The link that loads the page again.
pub const RELOAD: Localized = localized! {
    kk: "Бетті қайта жүктеу",
    ru: "Перезагрузить страницу",
    en: "Reload the page",
};

/// The not-found page's heading (and its title).
pub const NOT_FOUND_HEADING: Localized = localized! {
    kk: "Бет табылмады",
    ru: "Страница не найдена",
    en: "Page not found",
};

/// The not-found page's one sentence.
pub const NOT_FOUND_TEXT: Localized = localized! {
    kk: "Ruqsat-та мұндай мекенжай жоқ. Мекенжайды тексеріңіз немесе басынан бастаңыз.",
    ru: "В Ruqsat нет такого адреса. Проверьте адрес или начните сначала.",
    en: "Ruqsat has no page at this address. Check the address, or begin at the start.",
};

/// The not-found page's link to its language's start page.
pub const NOT_FOUND_LINK: Localized = localized! {
    kk: "Бастапқы бетке өту",
    ru: "Перейти на начальную страницу",
    en: "Go to the start page",
};

/// Every text of this module, for the tests that check them all.
pub const ALL: [Localized; 5] = [
    DESCRIPTION,
    NEEDS_SCRIPT,
    NOT_FOUND_HEADING,
    NOT_FOUND_TEXT,
    NOT_FOUND_LINK,
];

#[cfg(test)]
mod tests {
    use super::*;
    use ruqsat_core::lang::Lang;

    #[test]
    fn every_page_text_is_written_in_all_three_languages() {
        for text in ALL {
            assert!(text.blank_in().is_empty(), "{text:?}");
            assert_ne!(text.get(Lang::Ru), text.get(Lang::En), "{text:?}");
            assert_ne!(text.get(Lang::Kk), text.get(Lang::En), "{text:?}");
            assert_ne!(text.get(Lang::Kk), text.get(Lang::Ru), "{text:?}");
            // Only the product's and the technologies' names are in Latin letters in Kazakh and Russian.
            for lang in [Lang::Kk, Lang::Ru] {
                let latin: Vec<&str> = text
                    .get(lang)
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
                    .filter(|w| {
                        !["Ruqsat", "JavaScript", "WebAssembly"]
                            .iter()
                            .any(|n| w.starts_with(n))
                    })
                    .collect();
                assert!(latin.is_empty(), "{lang:?}: {latin:?} in {text:?}");
            }
        }
    }

    #[test]
    fn the_descriptions_fit_a_search_result() {
        // Search engines show about 160 characters; the first sentence must say what Ruqsat is within that.
        for lang in Lang::ALL {
            let first = DESCRIPTION.get(lang).split(". ").next().unwrap();
            assert!(first.chars().count() <= 160, "{lang:?}: {first}");
            assert!(first.starts_with("Ruqsat: "), "{lang:?}: {first}");
        }
    }
}
