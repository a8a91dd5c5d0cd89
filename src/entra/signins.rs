//! Sign-in usage: whether people who registered a passkey also sign in with it, and what would
//! break if passwords went (legacy clients that cannot do modern authentication).
//!
//! Read from Microsoft Graph's sign-in log, `GET /beta/auditLogs/signIns` JSON (one body, several
//! bodies, or an array of them): `userPrincipalName`, `createdDateTime`, `clientAppUsed`,
//! `status.errorCode` and, in beta, `authenticationDetails[]` with `authenticationMethod` and
//! `succeeded`. Microsoft Graph's `authenticationDetail` reference (beta, checked 2026-12-02)
//! lists `Password`, `SMS`, `Voice`, `Authenticator App`, `Software OATH token`, `Satisfied by
//! token`, `Previously satisfied`; the passkey methods appear in sign-in logs as "FIDO2 security
//! key" and "Passkey (…)" names, so a method counts as a passkey by those names. `clientAppUsed`
//! is "Browser" or "Mobile Apps and Desktop clients" for modern clients; every other value
//! (Exchange ActiveSync, IMAP4, POP3, Authenticated SMTP, Other clients, …) is a legacy client.
//!
//! Only what the figures need is kept, per person and UTC day: a passkey was used, a password
//! was used, a legacy client was used. Nothing else of the log is stored.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::report::ReportError;
use crate::domain::uploaded_text::{NOT_UTF8, uploaded_text};

/// One person's sign-ins on one UTC day.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DayOfSignIns {
    pub passkey: bool,
    pub password: bool,
    pub legacy_client: bool,
}

/// `(lower-case principal name, day)` → what that day's successful sign-ins used.
pub type SignInDays = BTreeMap<(String, String), DayOfSignIns>;

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct SignIn {
    user_principal_name: Option<String>,
    created_date_time: String,
    client_app_used: Option<String>,
    status: Option<Status>,
    #[serde(default)]
    authentication_details: Vec<Detail>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Status {
    error_code: Option<i64>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Detail {
    authentication_method: Option<String>,
    succeeded: Option<bool>,
}

/// Whether a sign-in log method name is a passkey.
pub fn is_passkey_method(name: &str) -> bool {
    let name = name.to_lowercase();
    name.starts_with("passkey") || name.starts_with("fido2")
}

/// Whether `clientAppUsed` names a client that cannot do modern authentication.
pub fn is_legacy_client(client: &str) -> bool {
    let client = client.trim();
    !client.is_empty()
        && !client.eq_ignore_ascii_case("Browser")
        && !client.eq_ignore_ascii_case("Mobile Apps and Desktop clients")
}

/// Adds one page's sign-ins to `days`; `record` counts the sign-ins read so far, to name a bad
/// one. Failed sign-ins (a non-zero `status.errorCode`) and sign-ins without a user are left out.
pub fn add(days: &mut SignInDays, items: Vec<serde_json::Value>, record: &mut usize) -> Result<(), ReportError> {
    for raw in items {
        *record += 1;
        let record = *record;
        let sign_in: SignIn =
            serde_json::from_value(raw).map_err(|e| ReportError::Record { record, reason: e.to_string() })?;
        if sign_in.status.and_then(|s| s.error_code).is_some_and(|code| code != 0) {
            continue;
        }
        let Some(upn) = sign_in.user_principal_name.map(|u| u.trim().to_lowercase()).filter(|u| u.contains('@')) else {
            continue;
        };
        if upn.len() > 320 || upn.chars().any(char::is_control) {
            return Err(ReportError::Record { record, reason: "not a user principal name".into() });
        }
        let day =
            time::OffsetDateTime::parse(&sign_in.created_date_time, &time::format_description::well_known::Rfc3339)
                .map(crate::clock::day_of)
                .map_err(|_| ReportError::Record {
                    record,
                    reason: format!(
                        "{:?} is not a date and time",
                        sign_in.created_date_time.chars().take(40).collect::<String>()
                    ),
                })?;
        let entry = days.entry((upn, day)).or_default();
        for detail in sign_in.authentication_details.iter().filter(|d| d.succeeded != Some(false)) {
            let method = detail.authentication_method.as_deref().unwrap_or_default();
            entry.passkey |= is_passkey_method(method);
            entry.password |= method.eq_ignore_ascii_case("Password");
        }
        entry.legacy_client |= sign_in.client_app_used.as_deref().is_some_and(is_legacy_client);
    }
    Ok(())
}

/// Reads sign-in log pages; failed sign-ins (a non-zero `status.errorCode`) are left out.
pub fn parse(bytes: &[u8]) -> Result<SignInDays, ReportError> {
    let text = uploaded_text(bytes).map_err(|line| ReportError::Line { line, reason: NOT_UTF8.into() })?;
    let mut days = SignInDays::new();
    let mut record = 0;
    for page in super::report::json_pages(text)? {
        let items = page
            .get("value")
            .and_then(|v| v.as_array())
            .cloned()
            .ok_or_else(|| ReportError::Json("a page has no \"value\" list".into()))?;
        add(&mut days, items, &mut record)?;
    }
    if record == 0 {
        return Err(ReportError::Empty);
    }
    Ok(days)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"{"@odata.context":"https://graph.microsoft.com/beta/$metadata#auditLogs/signIns","value":[
      {"id":"1","createdDateTime":"2026-11-30T08:01:02Z","userPrincipalName":"Adele@contoso.com","clientAppUsed":"Browser",
       "status":{"errorCode":0},"authenticationDetails":[{"authenticationMethod":"Passkey (device-bound)","succeeded":true}]},
      {"id":"2","createdDateTime":"2026-11-30T09:00:00Z","userPrincipalName":"alex@contoso.com","clientAppUsed":"Mobile Apps and Desktop clients",
       "status":{"errorCode":0},"authenticationDetails":[{"authenticationMethod":"Password","succeeded":true},{"authenticationMethod":"Authenticator App","succeeded":true}]},
      {"id":"3","createdDateTime":"2026-11-30T10:00:00Z","userPrincipalName":"alex@contoso.com","clientAppUsed":"Exchange ActiveSync",
       "status":{"errorCode":0},"authenticationDetails":[{"authenticationMethod":"Password","succeeded":true}]},
      {"id":"4","createdDateTime":"2026-11-30T11:00:00Z","userPrincipalName":"diego@contoso.com","clientAppUsed":"Browser",
       "status":{"errorCode":50126},"authenticationDetails":[{"authenticationMethod":"Password","succeeded":false}]},
      {"id":"5","createdDateTime":"2026-12-01T07:00:00Z","userPrincipalName":"adele@contoso.com","clientAppUsed":"Browser",
       "status":{"errorCode":0},"authenticationDetails":[{"authenticationMethod":"FIDO2 security key","succeeded":true}]}
    ]}"#;

    #[test]
    fn each_person_day_keeps_only_what_the_figures_need() {
        let days = parse(PAGE.as_bytes()).unwrap();
        let get = |upn: &str, day: &str| days.get(&(upn.to_owned(), day.to_owned())).cloned();
        assert_eq!(
            get("adele@contoso.com", "2026-11-30"),
            Some(DayOfSignIns { passkey: true, password: false, legacy_client: false })
        );
        assert_eq!(get("adele@contoso.com", "2026-12-01").map(|d| d.passkey), Some(true));
        assert_eq!(
            get("alex@contoso.com", "2026-11-30"),
            Some(DayOfSignIns { passkey: false, password: true, legacy_client: true })
        );
        assert_eq!(get("diego@contoso.com", "2026-11-30"), None, "a failed sign-in is left out");
        assert_eq!(days.len(), 3);
    }

    #[test]
    fn a_bad_record_is_named_and_an_empty_log_refused() {
        let bad = r#"{"value":[{"createdDateTime":"yesterday","userPrincipalName":"a@contoso.com"}]}"#;
        assert!(matches!(parse(bad.as_bytes()), Err(ReportError::Record { record: 1, .. })));
        assert_eq!(parse(br#"{"value":[]}"#), Err(ReportError::Empty));
        assert!(is_legacy_client("IMAP4") && is_legacy_client("Other clients") && !is_legacy_client("browser"));
    }
}
