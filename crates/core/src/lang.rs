//! The three languages of the product and text given in all three.

use serde::{Deserialize, Serialize};

/// A language the product speaks. The order is the order of the language switch.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Kazakh, the state language.
    Kk,
    /// Russian.
    Ru,
    /// English.
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The BCP 47 code, as used in `<html lang>`, in storage and in URLs.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language's name in the language itself, as the switch shows it.
    pub const fn endonym(self) -> &'static str {
        match self {
            Lang::Kk => "Қазақша",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    /// Reads a language code; accepts a region suffix (`ru-KZ`) and any case. Unknown codes give `None`.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "kk" => Some(Lang::Kk),
            "ru" => Some(Lang::Ru),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The first supported language in a list of preferences (e.g. `navigator.languages`), else Kazakh.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or(Lang::Kk)
    }
}

#[cfg(any(
    all(feature = "lang-kk", feature = "lang-ru"),
    all(feature = "lang-kk", feature = "lang-en"),
    all(feature = "lang-ru", feature = "lang-en"),
))]
compile_error!("the features lang-kk, lang-ru and lang-en each build a one-language bundle: enable at most one");

/// The language a one-language bundle was built with (features `lang-kk`, `lang-ru`, `lang-en`), or `None` when the
/// build carries all three (native code, tests, `trunk serve`).
pub const ONLY_LANG: Option<Lang> = if cfg!(feature = "lang-kk") {
    Some(Lang::Kk)
} else if cfg!(feature = "lang-ru") {
    Some(Lang::Ru)
} else if cfg!(feature = "lang-en") {
    Some(Lang::En)
} else {
    None
};

/// The same text in Kazakh, Russian and English, built with [`localized!`](crate::localized). Every language is
/// required, so none can be left out.
///
/// The release bundle is built once per language (`scripts/build-release.sh`): there `Localized` keeps only the
/// text of [`ONLY_LANG`], and [`Localized::new`] runs at compile time on constant data, so the other two languages
/// are not in the wasm at all. That halves the text a first load carries.
#[cfg(not(any(feature = "lang-kk", feature = "lang-ru", feature = "lang-en")))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized {
    pub kk: &'static str,
    pub ru: &'static str,
    pub en: &'static str,
}

#[cfg(not(any(feature = "lang-kk", feature = "lang-ru", feature = "lang-en")))]
impl Localized {
    pub const fn new(kk: &'static str, ru: &'static str, en: &'static str) -> Localized {
        Localized { kk, ru, en }
    }

    pub const fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
            Lang::En => self.en,
        }
    }
}

/// A one-language bundle's text: only [`ONLY_LANG`]'s.
#[cfg(any(feature = "lang-kk", feature = "lang-ru", feature = "lang-en"))]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Localized {
    text: &'static str,
}

#[cfg(any(feature = "lang-kk", feature = "lang-ru", feature = "lang-en"))]
impl Localized {
    #[allow(unused_variables)]
    pub const fn new(kk: &'static str, ru: &'static str, en: &'static str) -> Localized {
        #[cfg(feature = "lang-kk")]
        let text = kk;
        #[cfg(feature = "lang-ru")]
        let text = ru;
        #[cfg(feature = "lang-en")]
        let text = en;
        Localized { text }
    }

    /// The text of the bundle's language. The interface of a one-language bundle only ever asks for that one
    /// (the web app's `ui::browser::initial_lang`); any other language gets it too rather than nothing.
    pub const fn get(&self, _lang: Lang) -> &'static str {
        self.text
    }
}

impl Localized {
    /// The languages whose text is blank: a test fails when this is not empty.
    pub fn blank_in(&self) -> Vec<Lang> {
        Lang::ALL
            .into_iter()
            .filter(|&l| self.get(l).trim().is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
    }

    #[test]
    fn region_suffix_and_case_are_accepted() {
        assert_eq!(Lang::from_code("ru-KZ"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("KK_kz"), Some(Lang::Kk));
        assert_eq!(Lang::from_code("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_code("de-DE"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn negotiation_takes_the_first_supported_preference() {
        assert_eq!(Lang::negotiate(["de", "ru-RU", "en"]), Lang::Ru);
        assert_eq!(Lang::negotiate(["fr"]), Lang::Kk);
        assert_eq!(Lang::negotiate([]), Lang::Kk);
    }

    #[test]
    fn localized_reports_blank_languages() {
        let t = localized! {
            kk: "сәлем",
            ru: " ",
            en: "hello",
        };
        assert_eq!(t.blank_in(), vec![Lang::Ru]);
        assert_eq!(t.get(Lang::En), "hello");
    }
}
