//! The words every front end shows, in the couple's own language.
//!
//! Text lives in Fluent files (`assets/locales/<lang>/*.ftl`), built into the
//! binary so a phone or a browser needs no files beside it. [`t!`] looks a
//! message up in the current language and falls back to English, so a
//! missing translation shows English words, never a key; a test keeps every
//! language complete (tests/it/i18n.rs).
//!
//! The language is process-wide: the CLI sets it once from `--lang` or the
//! environment ([`from_env`]); the app from the device's choice or the
//! system's. A thread may override it for a while ([`scoped`]), which is how
//! tests speak German without disturbing tests running beside them.

mod bundles;
mod dates;
mod lang;

pub use bundles::{FILES, message, source};
pub use dates::{date_long, date_short, month_year, weekday};
pub use lang::{Lang, from_env, from_locale};

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// The language words are shown in now.
pub fn current() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| Lang::ALL[CURRENT.load(Ordering::Relaxed) as usize])
}

/// Sets the language for the whole process.
pub fn set(lang: Lang) {
    CURRENT.store(lang.index() as u8, Ordering::Relaxed);
}

/// Runs `f` with this thread speaking `lang`.
pub fn scoped<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(OVERRIDE.with(|o| o.replace(Some(lang))));
    f()
}

/// A message in the current language: `t!("key")`, or with arguments
/// `t!("key", name = value, count = n)`. Numbers pick the plural form.
#[macro_export]
macro_rules! t {
    ($key:expr) => {
        $crate::i18n::message($key, None)
    };
    ($key:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $crate::i18n::arg($value));)+
        $crate::i18n::message($key, Some(&args))
    }};
}

/// A number with `places` decimals and the language's decimal mark
/// ("3.5", "3,5").
pub fn decimal(value: f32, places: usize) -> String {
    format!("{value:.places$}").replace('.', &message("decimal-mark", None))
}

/// The arguments of a message (see [`t!`]).
pub type Args<'a> = fluent_bundle::FluentArgs<'a>;

/// A value for a message's placeholder: text as it is, numbers for plural
/// forms and the language's own digits.
pub fn arg<'a>(value: impl Into<Arg<'a>>) -> fluent_bundle::FluentValue<'a> {
    value.into().0
}

/// Anything a placeholder can show (see [`arg`]).
pub struct Arg<'a>(fluent_bundle::FluentValue<'a>);

macro_rules! arg_from_number {
    ($($ty:ty),*) => {$(
        impl From<$ty> for Arg<'_> {
            fn from(n: $ty) -> Self {
                Arg(fluent_bundle::FluentValue::from(n))
            }
        }
    )*};
}
arg_from_number!(u8, u16, u32, u64, usize, i32, i64, f32, f64);

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg(fluent_bundle::FluentValue::from(s))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg(fluent_bundle::FluentValue::from(s.as_str()))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg(fluent_bundle::FluentValue::from(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_thread_can_speak_another_language_for_a_while() {
        let outside = current();
        scoped(Lang::De, || {
            assert_eq!(current(), Lang::De);
            scoped(Lang::Es, || assert_eq!(current(), Lang::Es));
            assert_eq!(current(), Lang::De);
        });
        assert_eq!(current(), outside);
    }

    #[test]
    fn messages_pick_the_plural_form_of_their_language() {
        scoped(Lang::En, || {
            assert_eq!(t!("days-ago", days = 1), "yesterday");
            assert_eq!(t!("days-ago", days = 3), "3 days ago");
        });
        scoped(Lang::De, || {
            assert_eq!(t!("days-ago", days = 1), "gestern");
            assert_eq!(t!("days-ago", days = 3), "vor 3 Tagen");
        });
        scoped(Lang::Es, || {
            assert_eq!(t!("days-ago", days = 3), "hace 3 días")
        });
    }

    #[test]
    fn numbers_take_the_languages_decimal_mark() {
        assert_eq!(scoped(Lang::En, || decimal(3.46, 1)), "3.5");
        assert_eq!(scoped(Lang::De, || decimal(3.46, 1)), "3,5");
        assert_eq!(scoped(Lang::Es, || decimal(0.25, 2)), "0,25");
    }

    #[test]
    fn an_unknown_key_shows_itself_rather_than_nothing() {
        assert_eq!(t!("no-such-message"), "no-such-message");
    }
}
