//! All user-facing text: Fluent messages under `locales/`, compiled into the binary, and the
//! choice of language for each request.

mod negotiate;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};

pub use negotiate::{NegotiationCache, negotiate};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// The languages the guide is written in, in the order the language switch lists them.
const SUPPORTED: &[&str] = &["en", "de", "fr", "es", "nl", "pt-BR", "ja"];

/// One of the supported languages.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Locale {
    tag: &'static str,
    id: LanguageIdentifier,
}

impl Locale {
    /// Accepts a supported tag, case-insensitively (`pt-br` → `pt-BR`).
    pub fn parse(value: &str) -> Option<Locale> {
        let tag = SUPPORTED.iter().find(|t| t.eq_ignore_ascii_case(value.trim()))?;
        let id = tag.parse().ok()?;
        Some(Locale { tag, id })
    }

    pub fn english() -> Locale {
        Locale { tag: "en", id: fluent_templates::langid!("en") }
    }

    pub fn supported() -> Vec<Locale> {
        SUPPORTED.iter().filter_map(|t| Locale::parse(t)).collect()
    }

    pub fn as_str(&self) -> &'static str {
        self.tag
    }

    pub fn id(&self) -> &LanguageIdentifier {
        &self.id
    }

    /// Text direction for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        match self.id.language.as_str() {
            "ar" | "he" | "fa" | "ur" => "rtl",
            _ => "ltr",
        }
    }
}

/// Message lookup in one language, with English as the per-message fallback.
#[derive(Clone, Debug)]
pub struct I18n {
    pub locale: Locale,
}

impl I18n {
    pub fn new(locale: Locale) -> I18n {
        I18n { locale }
    }

    /// The message, or its id when no language has it (a test keeps that from shipping).
    pub fn t(&self, id: &str) -> String {
        LOCALES.try_lookup(self.locale.id(), id).unwrap_or_else(|| id.to_owned())
    }

    pub fn t_args(&self, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> =
            args.iter().map(|(k, v)| (Cow::Borrowed(*k), v.clone())).collect();
        LOCALES.try_lookup_with_args(self.locale.id(), id, &args).unwrap_or_else(|| id.to_owned())
    }

    /// Whether a message exists (in this language or through fallback).
    pub fn has(&self, id: &str) -> bool {
        LOCALES.try_lookup(self.locale.id(), id).is_some()
    }
}

/// A string argument for `t_args`.
pub fn arg(value: impl Into<String>) -> FluentValue<'static> {
    FluentValue::from(value.into())
}

#[cfg(test)]
mod tests;
