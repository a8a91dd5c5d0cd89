//! Every path the application links to, and the builders for them: a leaf module that any
//! handler or view can import without importing the router.

use crate::domain::device::Device;
use crate::domain::flow_id::FlowId;

/// "Sign in with Microsoft": where the sign-in starts, and where the provider sends the browser
/// back (the redirect URI registered in Entra).
pub mod oidc {
    pub const START: &str = "/admin/oidc/start";
    pub const CALLBACK: &str = "/admin/oidc/callback";
}

/// The administrators' passkeys: the account page that lists them, and the endpoints of the
/// ceremonies and forms.
pub mod passkeys {
    pub const ACCOUNT: &str = "/admin/account";
    pub const REGISTER_START: &str = "/admin/passkeys/register/start";
    pub const REGISTER_FINISH: &str = "/admin/passkeys/register/finish";
    pub const SIGN_IN_START: &str = "/admin/passkeys/sign-in/start";
    pub const SIGN_IN_FINISH: &str = "/admin/passkeys/sign-in/finish";
    pub const RENAME: &str = "/admin/passkeys/rename";
    pub const REMOVE: &str = "/admin/passkeys/remove";
    pub const REQUIREMENT: &str = "/admin/passkeys/requirement";
}

pub const ADMIN_HOME: &str = "/admin";
pub const ADMIN_LOGIN: &str = "/admin/login";
pub const ADMIN_LOGOUT: &str = "/admin/logout";

/// `&p=ID` for a profile id (ids are letters, digits and hyphens: nothing to escape).
fn profile_param(profile: Option<&str>) -> String {
    profile.map(|p| format!("&p={p}")).unwrap_or_default()
}

/// Links of the admin pages.
#[derive(Clone, Debug)]
pub struct AdminLinks {
    base: String,
}

impl AdminLinks {
    pub fn home() -> String {
        ADMIN_HOME.to_owned()
    }

    pub fn login() -> String {
        ADMIN_LOGIN.to_owned()
    }

    pub fn logout() -> String {
        ADMIN_LOGOUT.to_owned()
    }

    /// Every tenant's audit log, for owners of the installation.
    pub fn installation_audit() -> String {
        "/admin/audit".to_owned()
    }

    pub fn installation_audit_csv() -> String {
        "/admin/audit.csv".to_owned()
    }

    /// Administrators, for owners of the installation.
    pub fn accounts() -> String {
        "/admin/accounts".to_owned()
    }

    /// The signed-in administrator's own account.
    pub fn account() -> String {
        passkeys::ACCOUNT.to_owned()
    }

    /// The page an invitation link opens.
    pub fn invite(token: &str) -> String {
        format!("/admin/invite/{token}")
    }

    pub fn create_tenant() -> String {
        "/admin/tenants".to_owned()
    }

    pub fn tenant(slug: &str) -> AdminLinks {
        AdminLinks { base: format!("/admin/tenants/{slug}") }
    }

    pub fn settings(&self) -> String {
        self.base.clone()
    }

    pub fn logo(&self) -> String {
        format!("{}/logo", self.base)
    }

    pub fn preview(&self) -> String {
        format!("{}/preview", self.base)
    }

    pub fn dashboard(&self) -> String {
        format!("{}/dashboard", self.base)
    }

    pub fn emails(&self) -> String {
        format!("{}/emails", self.base)
    }

    /// The emails in `lang`, linking to the passkey profile `profile` (the default if `None`).
    pub fn emails_in(&self, lang: &str, profile: Option<&str>) -> String {
        format!("{}/emails?lang={lang}{}", self.base, profile_param(profile))
    }

    /// Where an email's edited text is posted.
    pub fn email_save(&self, kind: &str, lang: &str, profile: Option<&str>) -> String {
        format!("{}/emails/{kind}?lang={lang}{}", self.base, profile_param(profile))
    }

    /// An email's HTML version alone, for the preview frame.
    pub fn email_preview(&self, kind: &str, lang: &str, profile: Option<&str>) -> String {
        format!("{}/emails/{kind}.html?lang={lang}{}", self.base, profile_param(profile))
    }

    pub fn email_deadline(&self, lang: &str, profile: Option<&str>) -> String {
        format!("{}/emails/deadline?lang={lang}{}", self.base, profile_param(profile))
    }

    pub fn eml(&self, kind: &str, lang: &str, profile: Option<&str>) -> String {
        format!("{}/emails/{kind}.eml?lang={lang}{}", self.base, profile_param(profile))
    }

    pub fn entra(&self) -> String {
        format!("{}/entra", self.base)
    }

    pub fn entra_connection(&self) -> String {
        format!("{}/entra/connection", self.base)
    }

    pub fn entra_fetch(&self) -> String {
        format!("{}/entra/fetch", self.base)
    }

    pub fn entra_report(&self) -> String {
        format!("{}/entra/report", self.base)
    }

    pub fn entra_scope(&self) -> String {
        format!("{}/entra/scope", self.base)
    }

    pub fn entra_import_delete(&self) -> String {
        format!("{}/entra/imports/delete", self.base)
    }

    pub fn entra_branding(&self) -> String {
        format!("{}/entra/branding", self.base)
    }

    /// The sign-in page's banner logo as last read; `version` (the read's time) busts caches.
    pub fn entra_logo(&self, version: i64) -> String {
        format!("{}/entra/branding/logo?v={version}", self.base)
    }

    pub fn recipients(&self) -> String {
        format!("{}/recipients", self.base)
    }

    pub fn recipients_setting(&self) -> String {
        format!("{}/recipients/setting", self.base)
    }

    pub fn tenant_audit(&self) -> String {
        format!("{}/audit", self.base)
    }

    pub fn audit_csv(&self) -> String {
        format!("{}/audit.csv", self.base)
    }

    /// Everything stored about the tenant, as a ZIP of CSV files.
    pub fn export(&self) -> String {
        format!("{}/export.zip", self.base)
    }

    /// Deleting the tenant, for owners of the installation.
    pub fn delete(&self) -> String {
        format!("{}/delete", self.base)
    }

    pub fn tokens(&self) -> String {
        format!("{}/tokens", self.base)
    }

    pub fn revoke_token(&self) -> String {
        format!("{}/tokens/revoke", self.base)
    }
}

/// Builds guide links for one tenant, carrying the visitor's campaign, language and device
/// choice from page to page (there are no cookies to carry them).
#[derive(Clone, Debug)]
pub struct Links {
    base: String,
    keep: Vec<(&'static str, String)>,
}

impl Links {
    pub fn new(tenant: &str) -> Links {
        Links { base: format!("/{tenant}"), keep: Vec::new() }
    }

    /// The same links inside the admin's preview of the guide, so that following one stays in
    /// the preview.
    pub fn in_preview(mut self, tenant: &str) -> Links {
        self.base = AdminLinks::tenant(tenant).preview();
        self
    }

    /// Adds a parameter that every link keeps (`c`, `lang`, `device`).
    pub fn keeping(mut self, name: &'static str, value: Option<&str>) -> Links {
        if let Some(value) = value {
            self.keep.retain(|(n, _)| *n != name);
            self.keep.push((name, value.to_owned()));
        }
        self
    }

    fn with(&self, path: &str, extra: &[(&str, &str)]) -> String {
        let mut url = format!("{}{}", self.base, path);
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (name, value) in &self.keep {
            if !extra.iter().any(|(n, _)| n == name) {
                query.append_pair(name, value);
            }
        }
        for (name, value) in extra {
            query.append_pair(name, value);
        }
        let query = query.finish();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&query);
        }
        url
    }

    pub fn landing(&self) -> String {
        self.with("", &[])
    }

    pub fn landing_flow(&self, flow: FlowId) -> String {
        self.with("", &[("flow", flow.as_str())])
    }

    pub fn landing_device(&self, device: Device) -> String {
        self.with("", &[("device", device.as_str())])
    }

    pub fn landing_lang(&self, lang: &str) -> String {
        self.with("", &[("lang", lang)])
    }

    /// The page at `path` below the tenant (as `GuideContext::page_path` gives it) in another
    /// language, keeping the walkthrough chosen with `?flow=`.
    pub fn on_page(&self, path: &str, flow: Option<FlowId>, lang: &str) -> String {
        match flow {
            Some(flow) => self.with(path, &[("flow", flow.as_str()), ("lang", lang)]),
            None => self.with(path, &[("lang", lang)]),
        }
    }

    pub fn devices(&self) -> String {
        self.with("/devices", &[])
    }

    pub fn step(&self, flow: FlowId, number: usize) -> String {
        self.with(&format!("/{}/{number}", flow.as_str()), &[])
    }

    pub fn stuck(&self, flow: FlowId, number: usize) -> String {
        self.with(&format!("/{}/{number}/stuck", flow.as_str()), &[])
    }

    pub fn fix(&self, flow: FlowId, number: usize, problem: &str) -> String {
        self.with(&format!("/{}/{number}/stuck/{problem}", flow.as_str()), &[])
    }

    pub fn go(&self, flow: FlowId, number: usize) -> String {
        self.with("/go", &[("flow", flow.as_str()), ("step", &number.to_string())])
    }

    pub fn done(&self, flow: FlowId) -> String {
        self.with("/done", &[("flow", flow.as_str())])
    }

    /// The form target: parameters travel as hidden fields.
    pub fn done_action(&self) -> String {
        format!("{}/done", self.base)
    }

    pub fn thanks(&self, flow: Option<FlowId>) -> String {
        match flow {
            Some(flow) => self.with("/thanks", &[("flow", flow.as_str())]),
            None => self.with("/thanks", &[]),
        }
    }

    pub fn handout(&self, flow: FlowId) -> String {
        self.with(&format!("/{}/print", flow.as_str()), &[])
    }

    pub fn runbook(&self, flow: FlowId) -> String {
        self.with(&format!("/help/{}", flow.as_str()), &[])
    }

    pub fn kept(&self) -> &[(&'static str, String)] {
        &self.keep
    }

    pub fn brand_css(tenant: &str, version: i64) -> String {
        format!("/{tenant}/brand.css?v={version}")
    }

    pub fn logo(tenant: &str, version: i64) -> String {
        format!("/{tenant}/logo?v={version}")
    }

    pub fn illustration(name: &str) -> String {
        format!("/assets/{name}.svg")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_keep_the_campaign_and_language_and_escape_them() {
        let links = Links::new("demo").keeping("c", Some("reminder")).keeping("lang", Some("de"));
        assert_eq!(links.step(FlowId::Samsung, 2), "/demo/samsung/2?c=reminder&lang=de");
        assert_eq!(links.landing_lang("fr"), "/demo?c=reminder&lang=fr");
        let odd = Links::new("demo").keeping("c", Some("a&b=<x>"));
        assert_eq!(odd.landing(), "/demo?c=a%26b%3D%3Cx%3E");
    }
}
