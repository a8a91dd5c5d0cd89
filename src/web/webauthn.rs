//! The relying party of the administrators' passkeys and the buttons that start a ceremony (the
//! paths of the passkey endpoints are in `paths.rs`). A leaf: the sign-in page
//! (`web/admin/sign_in.rs`), the account page and the passkey handlers (`web/passkeys.rs`) all
//! import it.

use url::Url;
use webauthn_rs::prelude::{Webauthn, WebauthnBuilder};

use crate::components::passkey_button::PasskeyCeremony;
use crate::i18n::{I18n, arg};
use crate::settings::Settings;

pub use super::paths::passkeys::{
    ACCOUNT, REGISTER_FINISH, REGISTER_START, REMOVE, RENAME, REQUIREMENT, SIGN_IN_FINISH, SIGN_IN_START,
};

/// The name authenticators may show for this site.
const RP_NAME: &str = "Passkey Guide";

/// Who the passkeys belong to: the relying party id (a domain) and the origin the browser must
/// report.
///
/// With `--public-url` both come from it: the RP id is its host, the origin its scheme, host
/// and port. Without it the RP id is `localhost` on any port, so the server works as installed on
/// one machine (`http://localhost:3000`). An IP address is never an RP id, so a public URL on
/// one leaves passkeys off.
///
/// Rules relied on (checked 2026-12-03):
/// - The RP id must equal the origin's effective domain or be a registrable suffix of it; an IP
///   address is not a valid domain: <https://www.w3.org/TR/webauthn-3/#rp-id>. webauthn-rs
///   refuses an RP id that is not an effective domain of the origin (`WebauthnBuilder::new`,
///   <https://docs.rs/webauthn-rs/0.5.5/webauthn_rs/struct.WebauthnBuilder.html>), and its
///   `allow_any_port` skips the port when origins are compared.
/// - WebAuthn needs a secure context: https, or http on `localhost`, where `localhost` counts
///   as a top-level domain for the RP id:
///   <https://chromium.googlesource.com/chromium/src/+/main/content/browser/webauth/origins.md>.
pub struct RelyingParty {
    pub rp_id: String,
    /// Where the admin pages must be opened for passkeys to work, as shown to people.
    pub origin: String,
    pub webauthn: Webauthn,
}

impl RelyingParty {
    pub fn from_settings(settings: &Settings) -> Option<RelyingParty> {
        let (rp_id, origin, any_port) = match &settings.public_url {
            Some(url) => {
                let host = url.domain()?.to_ascii_lowercase();
                (host, Url::parse(&url.origin().ascii_serialization()).ok()?, false)
            }
            None => ("localhost".to_owned(), Url::parse("http://localhost").ok()?, true),
        };
        let webauthn =
            WebauthnBuilder::new(&rp_id, &origin).ok()?.rp_name(RP_NAME).allow_any_port(any_port).build().ok()?;
        let shown = if any_port { "http://localhost".to_owned() } else { origin.origin().ascii_serialization() };
        Some(RelyingParty { rp_id, origin: shown, webauthn })
    }
}

/// The "Sign in with a passkey" button of the sign-in page.
pub fn sign_in_ceremony(settings: &Settings, i18n: &I18n) -> PasskeyCeremony {
    ceremony(settings, i18n, false, None)
}

/// The "Add a passkey" button of the account page, with the session's CSRF token.
pub fn register_ceremony(settings: &Settings, i18n: &I18n, csrf: String) -> PasskeyCeremony {
    ceremony(settings, i18n, true, Some(csrf))
}

fn ceremony(settings: &Settings, i18n: &I18n, register: bool, csrf: Option<String>) -> PasskeyCeremony {
    let rp = RelyingParty::from_settings(settings);
    let (start, finish, label) = if register {
        (REGISTER_START, REGISTER_FINISH, i18n.t("admin-passkeys-add"))
    } else {
        (SIGN_IN_START, SIGN_IN_FINISH, i18n.t("admin-passkeys-sign-in"))
    };
    PasskeyCeremony {
        id: if register { "passkey-add" } else { "passkey-sign-in" },
        start: start.to_owned(),
        finish: finish.to_owned(),
        rp_id: rp.as_ref().map(|r| r.rp_id.clone()).unwrap_or_default(),
        label,
        failed: i18n.t("admin-passkeys-error-browser"),
        needs_javascript: i18n.t("admin-passkeys-need-javascript"),
        elsewhere: match &rp {
            Some(rp) => i18n.t_args("admin-passkeys-elsewhere", &[("origin", arg(rp.origin.clone()))]),
            None => i18n.t("admin-passkeys-off"),
        },
        name_label: register.then(|| i18n.t("admin-passkeys-new-name")),
        csrf,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::ServeArgs;

    fn settings(public_url: Option<&str>) -> Settings {
        let args = ServeArgs { public_url: public_url.map(str::to_owned), ..Default::default() };
        Settings::from_args(&args).unwrap()
    }

    #[test]
    fn the_relying_party_is_the_public_urls_host_or_localhost() {
        let rp = RelyingParty::from_settings(&settings(Some("https://Passkeys.Example.com/guide"))).unwrap();
        assert_eq!(rp.rp_id, "passkeys.example.com");
        assert_eq!(rp.origin, "https://passkeys.example.com");
        let local = RelyingParty::from_settings(&settings(None)).unwrap();
        assert_eq!(local.rp_id, "localhost");
        assert_eq!(local.origin, "http://localhost");
    }

    #[test]
    fn an_ip_address_is_never_a_relying_party() {
        assert!(RelyingParty::from_settings(&settings(Some("http://127.0.0.1:3000"))).is_none());
        assert!(RelyingParty::from_settings(&settings(Some("https://[::1]"))).is_none());
    }
}
