//! All integration tests in one binary, so the build links once.

#[cfg(feature = "app")]
mod app;
mod cli;
mod garden;
mod garden_chapters;
mod i18n;
mod journal;
#[cfg(feature = "app")]
mod layout;
#[cfg(feature = "app")]
mod parity;
#[cfg(feature = "app")]
mod phone;
mod rules;
#[cfg(feature = "app")]
mod screen_reader;
mod summary;
