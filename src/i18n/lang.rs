//! The languages the app speaks, and which one a system asks for.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A language with complete translations.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    En,
    De,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::De, Lang::Es];

    pub fn index(self) -> usize {
        self as usize
    }

    /// The BCP 47 tag: "en", "de", "es".
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Es => "es",
        }
    }

    /// The language's name in its own words, for a language picker.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Es => "Español",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl FromStr for Lang {
    type Err = String;

    /// A tag ("de", "es-MX") or a POSIX locale ("de_DE.UTF-8").
    fn from_str(s: &str) -> Result<Lang, String> {
        from_locale(s).ok_or_else(|| {
            format!(
                "unknown language {s:?} (expected one of: {})",
                Lang::ALL.map(Lang::tag).join(", ")
            )
        })
    }
}

/// The language of a locale name: "de_DE.UTF-8", "es-MX", "en". `C` and
/// `POSIX` are English; a language we do not speak is `None`.
pub fn from_locale(locale: &str) -> Option<Lang> {
    let language = locale
        .split(['_', '-', '.', '@'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    match language.as_str() {
        "en" | "c" | "posix" => Some(Lang::En),
        "de" => Some(Lang::De),
        "es" => Some(Lang::Es),
        _ => None,
    }
}

/// The language POSIX says messages are in: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty. `None` when that
/// names a language we do not speak (the caller falls back to English).
pub fn from_env(var: impl Fn(&str) -> Option<String>) -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| var(name).filter(|v| !v.is_empty()))
        .next()
        .and_then(|locale| from_locale(&locale))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        |name| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    }

    #[test]
    fn posix_order_decides_which_variable_speaks() {
        assert_eq!(from_env(env(&[("LANG", "de_DE.UTF-8")])), Some(Lang::De));
        assert_eq!(
            from_env(env(&[
                ("LANG", "de_DE.UTF-8"),
                ("LC_MESSAGES", "es_ES.UTF-8")
            ])),
            Some(Lang::Es)
        );
        assert_eq!(
            from_env(env(&[("LC_ALL", "C"), ("LC_MESSAGES", "es_ES.UTF-8")])),
            Some(Lang::En)
        );
        // An empty variable is as good as unset.
        assert_eq!(
            from_env(env(&[("LC_ALL", ""), ("LANG", "es_MX")])),
            Some(Lang::Es)
        );
        assert_eq!(from_env(env(&[("LANG", "fr_FR.UTF-8")])), None);
        assert_eq!(from_env(env(&[])), None);
    }

    #[test]
    fn tags_and_locales_name_a_language() {
        assert_eq!("de".parse(), Ok(Lang::De));
        assert_eq!("es-419".parse(), Ok(Lang::Es));
        assert_eq!("EN_gb@euro".parse(), Ok(Lang::En));
        assert!(
            "klingon"
                .parse::<Lang>()
                .unwrap_err()
                .contains("en, de, es")
        );
    }
}
