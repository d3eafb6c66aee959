//! The translation files, built in, and one Fluent bundle per language.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::{Lang, current};

/// The files of each language, one per part of the product.
pub const FILES: [&str; 8] = [
    "common", "garden", "levels", "refusal", "report", "summary", "cli", "app",
];

macro_rules! language {
    ($lang:literal) => {
        [
            include_str!(concat!("../../assets/locales/", $lang, "/common.ftl")),
            include_str!(concat!("../../assets/locales/", $lang, "/garden.ftl")),
            include_str!(concat!("../../assets/locales/", $lang, "/levels.ftl")),
            include_str!(concat!("../../assets/locales/", $lang, "/refusal.ftl")),
            include_str!(concat!("../../assets/locales/", $lang, "/report.ftl")),
            include_str!(concat!("../../assets/locales/", $lang, "/summary.ftl")),
            include_str!(concat!("../../assets/locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../../assets/locales/", $lang, "/app.ftl")),
        ]
    };
}

const SOURCES: [[&str; FILES.len()]; 3] = [language!("en"), language!("de"), language!("es")];

/// The text of one translation file (for the completeness test).
pub fn source(lang: Lang, file: usize) -> &'static str {
    SOURCES[lang.index()][file]
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    BUNDLES[lang.index()].get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.tag().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Unicode isolation marks keep right-to-left names apart in a browser,
    // but egui and terminals draw them as boxes; none of our languages need them.
    bundle.set_use_isolating(false);
    for text in SOURCES[lang.index()] {
        // A file that does not parse keeps the messages that do; the
        // completeness test names the broken ones.
        let resource =
            FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial);
        bundle.add_resource_overriding(resource);
    }
    bundle
}

/// A message in the current language, falling back to English, then to the
/// key itself (see [`t!`](crate::t)).
pub fn message(key: &str, args: Option<&FluentArgs>) -> String {
    let lang = current();
    format(bundle(lang), key, args)
        .or_else(|| format(bundle(Lang::En), key, args))
        .unwrap_or_else(|| key.to_owned())
}

fn format(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let (id, attribute) = match key.split_once('.') {
        Some((id, attribute)) => (id, Some(attribute)),
        None => (key, None),
    };
    let message = bundle.get_message(id)?;
    let pattern = match attribute {
        Some(name) => message.get_attribute(name)?.value(),
        None => message.value()?,
    };
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}
