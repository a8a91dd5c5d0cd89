//! Parsing the user registration details report. Everything is checked before anything is
//! stored; the first bad line or record stops the import and is named.

use serde::Deserialize;

use crate::domain::uploaded_text::{Lines, NOT_UTF8, uploaded_text};

/// One user of the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisteredUser {
    pub user_principal_name: String,
    pub display_name: Option<String>,
    pub user_type: Option<String>,
    pub methods: Vec<String>,
    /// The report's `isAdmin`: the user holds an admin role (the admin center's download has no
    /// such column, so `None` there).
    pub is_admin: Option<bool>,
}

impl RegisteredUser {
    /// A passkey of any kind, or a FIDO2 security key. `isPasswordlessCapable` alone is not one:
    /// it is also true for phone sign-in and Windows Hello for Business.
    pub fn has_passkey(&self) -> bool {
        self.methods.iter().any(|m| is_passkey_method(m))
    }

    /// Guests are not part of the rollout. Without a user type, a principal name with `#EXT#`
    /// (how Entra names invited guests) is a guest.
    pub fn in_scope(&self) -> bool {
        match self.user_type.as_deref() {
            Some(kind) => !kind.eq_ignore_ascii_case("guest"),
            None => !self.user_principal_name.to_ascii_uppercase().contains("#EXT#"),
        }
    }
}

/// `passKeyDeviceBound`, `passKeyDeviceBoundAuthenticator`, `passKeyDeviceBoundWindowsHello`,
/// `passKeySynced`, `fido2SecurityKey`, and the older `fido2`, by identifier or display name.
pub fn is_passkey_method(method: &str) -> bool {
    super::methods::is_passkey(method)
}

/// One line naming the unknown method names, if any.
pub fn unknown_methods_line(users: &[RegisteredUser]) -> Option<String> {
    let unknown = unknown_methods(users);
    (!unknown.is_empty()).then(|| {
        let names: Vec<String> = unknown.iter().map(|(name, people)| format!("{name:?} ({people})")).collect();
        format!("methods not recognised, kept and not counted as passkeys: {}", names.join(", "))
    })
}

/// The method names of a report that are neither a Graph identifier nor a documented display
/// name, with how many people list each: kept, reported, never counted as passkeys.
pub fn unknown_methods(users: &[RegisteredUser]) -> Vec<(String, usize)> {
    let mut counts = std::collections::BTreeMap::<String, usize>::new();
    for user in users {
        for method in user.methods.iter().filter(|m| !super::methods::is_known(m)) {
            *counts.entry(method.clone()).or_default() += 1;
        }
    }
    counts.into_iter().collect()
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ReportError {
    #[error("the file is empty")]
    Empty,
    #[error("line {line}: {reason}")]
    Line { line: u64, reason: String },
    #[error("record {record}: {reason}")]
    Record { record: usize, reason: String },
    #[error(
        "the CSV has no user principal name column (expected a header such as \"userPrincipalName\" or \"User principal name\")"
    )]
    NoUpnColumn,
    #[error("the JSON is not a userRegistrationDetails response: {0}")]
    Json(String),
    #[error("the report lists {0} twice")]
    Duplicate(String),
}

/// Reads CSV or JSON, telling them apart by the first non-blank character.
pub fn parse(bytes: &[u8]) -> Result<Vec<RegisteredUser>, ReportError> {
    let text = uploaded_text(bytes).map_err(|line| ReportError::Line { line, reason: NOT_UTF8.into() })?;
    let users = match text.trim_start().chars().next() {
        None => return Err(ReportError::Empty),
        Some('{') | Some('[') => parse_json(text)?,
        Some(_) => parse_csv(text)?,
    };
    if users.is_empty() {
        return Err(ReportError::Empty);
    }
    let mut seen = std::collections::HashSet::new();
    for user in &users {
        if !seen.insert(user.user_principal_name.to_ascii_lowercase()) {
            return Err(ReportError::Duplicate(user.user_principal_name.clone()));
        }
    }
    Ok(users)
}

fn normalise_header(h: &str) -> String {
    h.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase()
}

fn parse_csv(text: &str) -> Result<Vec<RegisteredUser>, ReportError> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| ReportError::Line { line: 1, reason: e.to_string() })?
        .iter()
        .map(normalise_header)
        .collect::<Vec<_>>();
    let find = |names: &[&str]| headers.iter().position(|h| names.contains(&h.as_str()));
    let upn = find(&["userprincipalname", "upn"]).ok_or(ReportError::NoUpnColumn)?;
    let name = find(&["userdisplayname", "displayname", "name"]);
    let kind = find(&["usertype"]);
    let admin = find(&["isadmin", "admin"]);
    let methods = find(&["methodsregistered", "methods", "authenticationmethods"]).ok_or(ReportError::Line {
        line: 1,
        reason: "no \"methodsRegistered\" (or \"Methods registered\") column".into(),
    })?;
    let mut users = Vec::new();
    let mut lines = Lines::new(text);
    for result in reader.records() {
        let record = result.map_err(|e| ReportError::Line { line: lines.of(e.position()), reason: e.to_string() })?;
        let line = lines.of(record.position());
        let field = |i: usize| record.get(i).map(str::trim).unwrap_or("");
        let principal = field(upn);
        check_principal(principal).map_err(|reason| ReportError::Line { line, reason })?;
        let list = field(methods);
        let list = list.trim_start_matches('[').trim_end_matches(']');
        let methods: Vec<String> = list
            .split([',', ';', '|'])
            .map(|m| m.trim().trim_matches('"'))
            .filter(|m| !m.is_empty())
            .map(super::methods::normalise)
            .collect();
        check_methods(&methods).map_err(|reason| ReportError::Line { line, reason })?;
        let display_name = name.map(field).filter(|n| !n.is_empty());
        let user_type = kind.map(field).filter(|k| !k.is_empty());
        check_details(display_name, user_type).map_err(|reason| ReportError::Line { line, reason })?;
        let is_admin = match admin.map(field).map(str::to_ascii_lowercase).as_deref() {
            None | Some("") => None,
            Some("true" | "yes" | "1") => Some(true),
            Some("false" | "no" | "0") => Some(false),
            Some(other) => {
                return Err(ReportError::Line { line, reason: format!("{:?} is not true or false", preview(other)) });
            }
        };
        users.push(RegisteredUser {
            user_principal_name: principal.to_owned(),
            display_name: display_name.map(str::to_owned),
            user_type: user_type.map(str::to_owned),
            methods,
            is_admin,
        });
    }
    Ok(users)
}

#[derive(Deserialize)]
struct GraphPage {
    value: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct GraphUser {
    user_principal_name: String,
    user_display_name: Option<String>,
    user_type: Option<String>,
    #[serde(default)]
    methods_registered: Vec<String>,
    is_admin: Option<bool>,
}

/// The pages of a saved Graph collection: one response body, several bodies one after another,
/// or an array of bodies.
pub(crate) fn json_pages(text: &str) -> Result<Vec<serde_json::Value>, ReportError> {
    let mut pages = Vec::new();
    for value in serde_json::Deserializer::from_str(text).into_iter::<serde_json::Value>() {
        let value = value.map_err(|e| ReportError::Json(format!("line {}, column {}: {e}", e.line(), e.column())))?;
        match value {
            serde_json::Value::Array(items) => pages.extend(items),
            other => pages.push(other),
        }
    }
    Ok(pages)
}

fn parse_json(text: &str) -> Result<Vec<RegisteredUser>, ReportError> {
    let mut users = Vec::new();
    for page in json_pages(text)? {
        let page: GraphPage = serde_json::from_value(page)
            .map_err(|e| ReportError::Json(format!("a page has no \"value\" list: {e}")))?;
        for raw in page.value {
            let record = users.len() + 1;
            let user: GraphUser =
                serde_json::from_value(raw).map_err(|e| ReportError::Record { record, reason: e.to_string() })?;
            let principal = user.user_principal_name.trim();
            check_principal(principal).map_err(|reason| ReportError::Record { record, reason })?;
            let methods: Vec<String> = user
                .methods_registered
                .iter()
                .filter(|m| !m.trim().is_empty())
                .map(|m| super::methods::normalise(m))
                .collect();
            check_methods(&methods).map_err(|reason| ReportError::Record { record, reason })?;
            check_details(user.user_display_name.as_deref(), user.user_type.as_deref())
                .map_err(|reason| ReportError::Record { record, reason })?;
            users.push(RegisteredUser {
                user_principal_name: principal.to_owned(),
                display_name: user.user_display_name,
                user_type: user.user_type,
                methods,
                is_admin: user.is_admin,
            });
        }
    }
    Ok(users)
}

/// The same rules for a user principal name in both formats: present, with an `@`, at most
/// 320 bytes, no control characters.
fn check_principal(principal: &str) -> Result<(), String> {
    if principal.is_empty() {
        return Err("the user principal name is empty".into());
    }
    if !principal.contains('@') || principal.len() > 320 || principal.chars().any(char::is_control) {
        return Err(format!("{:?} is not a user principal name", preview(principal)));
    }
    Ok(())
}

/// Entra's own bounds: a display name has at most 256 characters; a user type is a short word.
const MAX_DISPLAY_NAME: usize = 256;
const MAX_USER_TYPE: usize = 64;
const MAX_METHODS: usize = 64;

fn check_details(display_name: Option<&str>, user_type: Option<&str>) -> Result<(), String> {
    if let Some(name) = display_name {
        let length = name.chars().count();
        if length > MAX_DISPLAY_NAME {
            return Err(format!(
                "the display name has {length} characters; Entra allows at most {MAX_DISPLAY_NAME} ({:?}…)",
                preview(name)
            ));
        }
        if name.chars().any(char::is_control) {
            return Err(format!("the display name {:?} has control characters", preview(name)));
        }
    }
    if let Some(kind) = user_type
        && (kind.len() > MAX_USER_TYPE || !kind.chars().all(|c| c.is_ascii_alphanumeric() || c == ' '))
    {
        return Err(format!("{:?} is not a user type", preview(kind)));
    }
    Ok(())
}

/// The start of a value, for an error message that must stay one readable line.
fn preview(value: &str) -> String {
    value.chars().take(40).collect()
}

/// The same rules for method names in both formats: at most 64 characters of letters (any
/// script), digits, spaces and `( ) - _ . /`, as in "Passkey (Microsoft Authenticator)" or
/// "Certificate-based authentication". A name of that shape this version does not know is kept
/// (see `unknown_methods`); anything else (markup, a formula) is no method's name.
fn check_methods(methods: &[String]) -> Result<(), String> {
    if methods.len() > MAX_METHODS {
        return Err(format!("{} methods listed; at most {MAX_METHODS} are read", methods.len()));
    }
    let allowed = |c: char| c.is_alphanumeric() || matches!(c, ' ' | '(' | ')' | '-' | '_' | '.' | '/');
    match methods.iter().find(|m| m.chars().count() > 64 || !m.chars().all(allowed)) {
        Some(bad) => Err(format!("{:?} is not an authentication method name", preview(bad))),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSV: &str = "userPrincipalName,userDisplayName,userType,isPasswordlessCapable,methodsRegistered\n\
        adele@contoso.com,Adele Vance,member,true,\"microsoftAuthenticatorPush,passKeyDeviceBoundAuthenticator\"\n\
        alex@contoso.com,Alex Wilber,member,true,\"microsoftAuthenticatorPasswordless,windowsHelloForBusiness\"\n\
        guest@fabrikam.com,Guest,guest,false,email\n\
        diego@contoso.com,Diego,member,false,fido2SecurityKey\n";

    /// The admin center's download as Entra writes it (see `tests/fixtures/entra/README.md`).
    #[test]
    fn the_admin_center_download_with_display_names_is_read_as_entra_means_it() {
        let file = include_bytes!("../../tests/fixtures/entra/admin-center-registration-details.csv");
        let users = parse(file).unwrap();
        assert_eq!(users.len(), 8);
        let by = |upn: &str| users.iter().find(|u| u.user_principal_name == upn).unwrap();
        assert_eq!(
            by("adele@contoso.com").methods,
            vec!["passKeyDeviceBoundAuthenticator", "microsoftAuthenticatorPush"]
        );
        assert_eq!(by("adele@contoso.com").display_name.as_deref(), Some("Vance, Adele"));
        assert_eq!(by("anais@contoso.com").methods, vec!["fido2SecurityKey", "mobilePhone"]);
        assert_eq!(by("yamada@contoso.com").display_name.as_deref(), Some("山田 太郎"));
        let passkeys: Vec<&str> =
            users.iter().filter(|u| u.has_passkey()).map(|u| u.user_principal_name.as_str()).collect();
        assert_eq!(
            passkeys,
            vec![
                "adele@contoso.com",
                "anais@contoso.com",
                "yamada@contoso.com",
                "grady@contoso.com",
                "partner_fabrikam.com#EXT#@contoso.onmicrosoft.com"
            ]
        );
        let guest = by("partner_fabrikam.com#EXT#@contoso.onmicrosoft.com");
        assert!(!guest.in_scope(), "#EXT# without a user type is a guest");
        assert_eq!(users.iter().filter(|u| u.in_scope()).count(), 7);
        assert_eq!(unknown_methods(&users), vec![("QR code".to_owned(), 1)]);
        assert_eq!(
            unknown_methods_line(&users).as_deref(),
            Some("methods not recognised, kept and not counted as passkeys: \"QR code\" (1)")
        );
    }

    #[test]
    fn a_bad_line_in_the_download_is_named_by_its_physical_line() {
        let file = include_str!("../../tests/fixtures/entra/admin-center-registration-details.csv");
        // Line 11 (after the blank line 9 and the guest on line 10): one field too many.
        let broken = format!(
            "{file}\"x@contoso.com\",\"X\",\"Capable\",\"Capable\",\"Registered\",\"Enabled\",\"Capable\",\"Email\",\"2026-11-30\",\"surplus\"\r\n"
        );
        let error = parse(broken.as_bytes()).unwrap_err().to_string();
        assert!(error.starts_with("line 11:"), "{error}");
    }

    #[test]
    fn the_admin_center_csv_is_read_and_passkeys_recognised() {
        let users = parse(CSV.as_bytes()).unwrap();
        assert_eq!(users.len(), 4);
        assert!(users[0].has_passkey());
        assert!(!users[1].has_passkey(), "passwordless-capable is not a passkey");
        assert!(!users[2].in_scope());
        assert!(users[3].has_passkey());
    }

    #[test]
    fn display_headers_and_semicolons_work_too() {
        let csv = "User principal name;Display name;Methods registered\n";
        assert!(parse(csv.as_bytes()).is_err(), "semicolon-separated files are not comma CSV");
        let csv = "\u{feff}\"User principal name\",\"Display name\",\"Methods registered\"\n\"a@b.com\",\"A\",\"passKeySynced; email\"\n";
        let users = parse(csv.as_bytes()).unwrap();
        assert_eq!(users[0].methods, vec!["passKeySynced", "email"]);
    }

    #[test]
    fn oversized_fields_are_refused_naming_their_line_or_record() {
        let huge = "x".repeat(20 * 1024 * 1024);
        let csv = format!(
            "userPrincipalName,userDisplayName,methodsRegistered\na@contoso.com,Adele,email\nb@contoso.com,{huge},email\n"
        );
        match parse(csv.as_bytes()) {
            Err(ReportError::Line { line: 3, reason }) => {
                assert!(reason.contains("at most 256") && reason.len() < 200, "{reason}")
            }
            other => panic!("{other:?}"),
        }
        let name = "é".repeat(257);
        let json = format!(
            r#"{{"value": [{{"userPrincipalName": "a@contoso.com", "methodsRegistered": []}},
                {{"userPrincipalName": "b@contoso.com", "userDisplayName": "{name}", "methodsRegistered": []}}]}}"#
        );
        assert!(matches!(parse(json.as_bytes()), Err(ReportError::Record { record: 2, .. })));
        let fits =
            format!("userPrincipalName,userDisplayName,methodsRegistered\na@contoso.com,{},email\n", "é".repeat(256));
        assert!(parse(fits.as_bytes()).is_ok());
        let principal = format!("{}@contoso.com", "p".repeat(1 << 20));
        let csv = format!("userPrincipalName,methodsRegistered\n{principal},email\n");
        match parse(csv.as_bytes()) {
            Err(ReportError::Line { line: 2, reason }) => assert!(reason.len() < 200, "{reason}"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_bad_line_is_named() {
        let csv = "userPrincipalName,methodsRegistered\nok@contoso.com,email\n,email\n";
        assert_eq!(
            parse(csv.as_bytes()),
            Err(ReportError::Line { line: 3, reason: "the user principal name is empty".into() })
        );
        let ragged = "userPrincipalName,methodsRegistered\nok@contoso.com,email,extra\n";
        assert!(matches!(parse(ragged.as_bytes()), Err(ReportError::Line { line: 2, .. })));
        let hostile = "userPrincipalName,methodsRegistered\nok@contoso.com,\"=cmd|' /C calc'!A0\"\n";
        assert!(matches!(parse(hostile.as_bytes()), Err(ReportError::Line { line: 2, .. })));
        // Windows line endings: the physical line is still the one named.
        let crlf = "userPrincipalName,methodsRegistered\r\nok@contoso.com,email\r\nok2@contoso.com,email\r\n,email\r\n";
        assert!(
            matches!(parse(crlf.as_bytes()), Err(ReportError::Line { line: 4, .. })),
            "{:?}",
            parse(crlf.as_bytes())
        );
    }

    #[test]
    fn graph_json_pages_are_read_in_any_packaging() {
        let page1 = r#"{"@odata.context":"x","value":[{"id":"1","userPrincipalName":"a@contoso.com","userDisplayName":"A","userType":"member","methodsRegistered":["passKeySynced"],"isPasswordlessCapable":true}],"@odata.nextLink":"https://graph.microsoft.com/next"}"#;
        let page2 = r#"{"value":[{"id":"2","userPrincipalName":"b@contoso.com","methodsRegistered":["email"]}]}"#;
        assert_eq!(parse(format!("{page1}\n{page2}").as_bytes()).unwrap().len(), 2);
        assert_eq!(parse(format!("[{page1},{page2}]").as_bytes()).unwrap().len(), 2);
        let bad = r#"{"value":[{"id":"1","userPrincipalName":"a@contoso.com"},{"id":"2","methodsRegistered":[]}]}"#;
        assert!(matches!(parse(bad.as_bytes()), Err(ReportError::Record { record: 2, .. })));
    }

    #[test]
    fn graph_json_is_held_to_the_same_rules_as_the_csv() {
        let method = r#"{"value":[{"userPrincipalName":"a@contoso.com","methodsRegistered":["fido2<b>"]}]}"#;
        assert!(matches!(parse(method.as_bytes()), Err(ReportError::Record { record: 1, .. })));
        let formula = r#"{"value":[{"userPrincipalName":"a@contoso.com","methodsRegistered":["=cmd|' /C calc'!A0"]}]}"#;
        assert!(matches!(parse(formula.as_bytes()), Err(ReportError::Record { record: 1, .. })));
        let long = format!(r#"{{"value":[{{"userPrincipalName":"{}@contoso.com"}}]}}"#, "a".repeat(320));
        assert!(matches!(parse(long.as_bytes()), Err(ReportError::Record { record: 1, .. })));
        let spaced = r#"{"value":[{"userPrincipalName":"a@contoso.com","methodsRegistered":[" passKeySynced ",""]}]}"#;
        assert_eq!(parse(spaced.as_bytes()).unwrap()[0].methods, vec!["passKeySynced"]);
    }

    #[test]
    fn duplicates_and_empty_files_are_refused() {
        assert_eq!(parse(b""), Err(ReportError::Empty));
        let dup = "userPrincipalName,methodsRegistered\na@contoso.com,email\nA@contoso.com,email\n";
        assert!(matches!(parse(dup.as_bytes()), Err(ReportError::Duplicate(_))));
    }
}
