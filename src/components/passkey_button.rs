//! A button that starts a passkey ceremony (adding a passkey, or signing in with one). It needs
//! the page's script (`assets/passkeys.js`): without JavaScript, or where this browser or address
//! cannot use the site's passkeys, the button stays hidden and a note says why.

use leptos::prelude::*;

#[derive(Clone, Debug)]
pub struct PasskeyCeremony {
    /// The button's element id.
    pub id: &'static str,
    /// The endpoint that answers the WebAuthn options, and the one that takes the credential.
    pub start: String,
    pub finish: String,
    /// The relying party id: the script shows the button only on a host it covers. Empty when
    /// passkeys are off.
    pub rp_id: String,
    pub label: String,
    /// Shown when the browser refuses or the person cancels.
    pub failed: String,
    /// Shown without JavaScript or WebAuthn.
    pub needs_javascript: String,
    /// Shown on a host the relying party does not cover, or when passkeys are off.
    pub elsewhere: String,
    /// The label of a name field for the new passkey (registration only).
    pub name_label: Option<String>,
    /// The session's CSRF token (registration only).
    pub csrf: Option<String>,
}

#[component]
pub fn PasskeyButton(ceremony: PasskeyCeremony) -> impl IntoView {
    let PasskeyCeremony { id, start, finish, rp_id, label, failed, needs_javascript, elsewhere, name_label, csrf } =
        ceremony;
    let note_id = format!("{id}-note");
    let error_id = format!("{id}-error");
    let name_id = format!("{id}-name");
    let name = name_label.map(|text| {
        let name_id = name_id.clone();
        view! {
            <label for=name_id.clone()>{text}</label>
            <input id=name_id name="passkey-name" maxlength="60" autocomplete="off" />
        }
    });
    view! {
        <div class="passkey-ceremony stack">
            <div class="stack" hidden data-passkey-group="">
                {name}
                <button
                    type="button"
                    id=id
                    class="button button-primary"
                    data-passkey-start=start
                    data-passkey-finish=finish
                    data-rp-id=rp_id
                    data-csrf=csrf
                    data-failed=failed
                    data-name=name_id
                    data-note=note_id.clone()
                    data-error=error_id.clone()
                    data-elsewhere=elsewhere
                >
                    {label}
                </button>
            </div>
            <p class="hint" id=note_id>{needs_javascript}</p>
            <p class="callout callout-warning" role="alert" id=error_id hidden></p>
        </div>
    }
}
