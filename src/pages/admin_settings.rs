//! `GET /admin/tenants/{tenant}`: branding, support contact, languages and passkey policy,
//! next to a live preview of the guide.

use leptos::prelude::*;

use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};
use crate::components::text_area::FormTextArea;
use crate::entra::aaguid::{self, Aaguid};

#[derive(Clone, Debug, Default)]
pub struct SettingsValues {
    pub name: String,
    pub primary_color: String,
    pub support_email: String,
    pub support_phone: String,
    pub support_url: String,
    pub handoff_url: String,
    pub domain: String,
    pub time_zone: String,
    /// `(tag, own name, enabled)`
    pub languages: Vec<(&'static str, String, bool)>,
    pub default_language: String,
    /// `synced`, `device-bound` or `synced-only` (`validate::passkey_types`).
    pub passkeys: String,
    pub enforce_attestation: bool,
    /// `off`, `allow` or `block`.
    pub key_restriction: String,
    /// The AAGUIDs, one per line, as typed or stored.
    pub aaguids: String,
    pub windows_hello: bool,
}

pub struct SettingsModel {
    pub chrome: AdminChrome,
    pub can_edit: bool,
    /// Only an owner of every tenant sets domains; others see the field read-only.
    pub can_set_domain: bool,
    pub csrf: String,
    pub action: String,
    pub logo_action: String,
    pub values: SettingsValues,
    /// `(field, message)`
    pub errors: Vec<(&'static str, String)>,
    pub notices: Vec<String>,
    pub preview_href: String,
    pub logo_src: Option<String>,
    pub script: &'static str,
    /// The download of all the tenant's data, for its owners.
    pub export_href: Option<String>,
    /// The page that deletes the tenant, for owners of the installation.
    pub delete_href: Option<String>,
    /// What the preview can show: `(value, label)` of each device, language and passkey profile.
    pub preview_choices: PreviewChoices,
    /// Where the live preview asks which colour the guide would use for a chosen one.
    pub color_href: String,
}

/// The pickers beside the preview: each is `(value, label)`, the first one shown by default.
pub struct PreviewChoices {
    pub devices: Vec<(String, String)>,
    pub languages: Vec<(String, String)>,
    /// Empty when the tenant has a single profile.
    pub profiles: Vec<(String, String)>,
}

fn field_error(errors: &[(&'static str, String)], field: &str) -> Option<impl IntoView + use<>> {
    errors.iter().find(|(f, _)| *f == field).map(|(f, message)| {
        let id = format!("{f}-error");
        view! { <p class="field-error" id=id>{message.clone()}</p> }
    })
}

pub fn render(model: SettingsModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = {
        let i18n = i18n.clone();
        move |id: &str| i18n.t(id)
    };
    let title = t("admin-settings-title");
    let v = model.values.clone();
    let errors = model.errors.clone();
    let disabled = !model.can_edit;
    let domain_read_only = model.can_edit && !model.can_set_domain;
    let domain_hint = if domain_read_only { t("admin-error-domain-owner-only") } else { t("admin-domain-hint") };
    let invalid = {
        let errors = errors.clone();
        move |field: &str| errors.iter().any(|(f, _)| *f == field).then_some("true")
    };
    let described = {
        let errors = errors.clone();
        move |field: &str| errors.iter().any(|(f, _)| *f == field).then(|| format!("{field}-error"))
    };
    let policy = policy_fieldset(&t, &v, &errors, disabled);

    let notices =
        model.notices.iter().map(|n| view! { <p class="callout" role="status">{n.clone()}</p> }).collect_view();
    let summary = (!errors.is_empty()).then(|| {
        let heading = t("admin-fix-errors");
        view! { <p class="callout callout-warning" role="alert">{heading}</p> }
    });
    let languages = v
        .languages
        .iter()
        .map(|(tag, label, checked)| {
            let id = format!("lang-{tag}");
            view! {
                <li>
                    <input type="checkbox" id=id.clone() name="languages" value=*tag checked=*checked disabled=disabled />
                    <label for=id lang=*tag>{label.clone()}</label>
                </li>
            }
        })
        .collect_view();
    let default_options = v
        .languages
        .iter()
        .map(|(tag, label, _)| {
            let selected = *tag == v.default_language;
            view! { <option value=*tag selected=selected>{label.clone()}</option> }
        })
        .collect_view();

    let logo = model.logo_src.clone().map(|src| {
        let alt = t("admin-current-logo");
        view! { <img class="logo-preview" src=src alt=alt height="48" /> }
    });
    let logo_form = model.can_edit.then(|| {
        let label = t("admin-logo");
        let hint = t("admin-logo-hint");
        let upload = t("admin-upload");
        let remove = t("admin-remove-logo");
        view! {
            <form method="post" action=model.logo_action.clone() enctype="multipart/form-data" class="stack card">
                <input type="hidden" name="_csrf" value=model.csrf.clone() />
                <label for="logo">{label}</label>
                {logo}
                <input id="logo" name="logo" type="file" accept="image/png,image/jpeg,image/webp" aria-describedby="logo-hint" />
                <p class="hint" id="logo-hint">{hint}</p>
                {field_error(&errors, "logo")}
                <div class="row">
                    <button type="submit" class="button">{upload}</button>
                    <button type="submit" name="remove" value="1" class="button button-quiet">{remove}</button>
                </div>
            </form>
        }
    });
    let save = model.can_edit.then(|| {
        let label = t("admin-save");
        view! { <button type="submit" class="button button-primary">{label}</button> }
    });
    let read_only = (!model.can_edit).then(|| view! { <p class="callout">{t("admin-read-only")}</p> });
    let data = model.export_href.clone().map(|export_href| {
        let delete = model.delete_href.clone().map(|href| view! { <p><a href=href>{t("admin-delete-link")}</a></p> });
        view! {
            <section class="stack card" aria-labelledby="data-heading">
                <h2 id="data-heading">{t("admin-data")}</h2>
                <p><a href=export_href>{t("admin-export-link")}</a></p>
                <p class="hint">{t("admin-export-hint")}</p>
                {delete}
            </section>
        }
    });
    let preview_title = t("admin-preview");
    let preview_note = t("admin-preview-note");
    let options = |items: Vec<(String, String)>| {
        items.into_iter().map(|(value, label)| view! { <option value=value>{label}</option> }).collect_view()
    };
    let choices = model.preview_choices;
    let profile_picker = (!choices.profiles.is_empty()).then(|| {
        view! {
            <label for="preview-profile">{t("admin-profile")}</label>
            <select id="preview-profile" name="p">{options(choices.profiles)}</select>
        }
    });
    let pickers = view! {
        <form method="get" action=model.preview_href.clone() target="preview-frame" class="stack preview-pickers">
            <label for="preview-device">{t("admin-preview-device")}</label>
            <select id="preview-device" name="device">{options(choices.devices)}</select>
            <label for="preview-language">{t("admin-preview-language")}</label>
            <select id="preview-language" name="lang">{options(choices.languages)}</select>
            {profile_picker}
            <button type="submit" class="button">{t("admin-preview-show")}</button>
        </form>
    };
    let heading = title.clone();

    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: Some(model.script) };
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide settings-layout">
                <div class="settings-form">
                    <h1>{heading}</h1>
                    {notices}
                    {summary}
                    {read_only}
                    <form method="post" action=model.action.clone() class="stack" novalidate>
                        <input type="hidden" name="_csrf" value=model.csrf.clone() />
                        <fieldset>
                            <legend>{t("admin-branding")}</legend>
                            <label for="name">{t("admin-name")}</label>
                            <input id="name" name="name" required maxlength="80" value=v.name.clone() disabled=disabled
                                aria-invalid=invalid("name") aria-describedby=described("name") />
                            {field_error(&errors, "name")}
                            <label for="primary_color">{t("admin-primary-color")}</label>
                            <div class="row">
                                <input id="primary_color" name="primary_color" value=v.primary_color.clone() disabled=disabled
                                    pattern="#[0-9a-fA-F]{6}" aria-invalid=invalid("primary_color")
                                    aria-describedby=described("primary_color").unwrap_or_else(|| "color-hint".to_owned()) />
                                <input type="color" class="js-only color-picker" aria-label=t("admin-pick-color")
                                    data-target="primary_color" value=v.primary_color.clone() disabled=disabled />
                            </div>
                            <p class="hint" id="color-hint">{t("admin-color-hint")}</p>
                            {field_error(&errors, "primary_color")}
                        </fieldset>
                        <fieldset>
                            <legend>{t("admin-support")}</legend>
                            <label for="support_email">{t("admin-support-email")}</label>
                            <input id="support_email" name="support_email" type="email" value=v.support_email.clone() disabled=disabled
                                aria-invalid=invalid("support_email") aria-describedby=described("support_email") />
                            {field_error(&errors, "support_email")}
                            <label for="support_phone">{t("admin-support-phone")}</label>
                            <input id="support_phone" name="support_phone" type="tel" value=v.support_phone.clone() disabled=disabled
                                aria-invalid=invalid("support_phone") aria-describedby=described("support_phone") />
                            {field_error(&errors, "support_phone")}
                            <label for="support_url">{t("admin-support-url")}</label>
                            <input id="support_url" name="support_url" type="url" value=v.support_url.clone() disabled=disabled
                                aria-invalid=invalid("support_url") aria-describedby=described("support_url") />
                            {field_error(&errors, "support_url")}
                        </fieldset>
                        <fieldset>
                            <legend>{t("admin-languages")}</legend>
                            <ul class="checks">{languages}</ul>
                            {field_error(&errors, "languages")}
                            <label for="default_language">{t("admin-default-language")}</label>
                            <select id="default_language" name="default_language" disabled=disabled>{default_options}</select>
                        </fieldset>
                        <fieldset>
                            <legend>{t("admin-address")}</legend>
                            <label for="handoff_url">{t("admin-handoff-url")}</label>
                            <input id="handoff_url" name="handoff_url" type="url" value=v.handoff_url.clone() disabled=disabled
                                aria-invalid=invalid("handoff_url") aria-describedby=described("handoff_url").unwrap_or_else(|| "handoff-hint".to_owned()) />
                            <p class="hint" id="handoff-hint">{t("admin-handoff-hint")}</p>
                            {field_error(&errors, "handoff_url")}
                            <label for="domain">{t("admin-domain")}</label>
                            <input id="domain" name="domain" value=v.domain.clone() disabled=disabled readonly=domain_read_only
                                aria-invalid=invalid("domain") aria-describedby=described("domain").unwrap_or_else(|| "domain-hint".to_owned()) />
                            <p class="hint" id="domain-hint">{domain_hint}</p>
                            {field_error(&errors, "domain")}
                            <label for="time_zone">{t("admin-time-zone")}</label>
                            <input id="time_zone" name="time_zone" value=v.time_zone.clone() disabled=disabled autocomplete="off"
                                aria-invalid=invalid("time_zone") aria-describedby=described("time_zone").unwrap_or_else(|| "time-zone-hint".to_owned()) />
                            <p class="hint" id="time-zone-hint">{t("admin-time-zone-hint")}</p>
                            {field_error(&errors, "time_zone")}
                        </fieldset>
                        {policy}
                        {save}
                    </form>
                    {logo_form}
                    {data}
                </div>
                <aside class="preview" aria-labelledby="preview-heading">
                    <h2 id="preview-heading">{preview_title.clone()}</h2>
                    <p class="hint">{preview_note}</p>
                    {pickers}
                    <iframe id="preview-frame" name="preview-frame" src=model.preview_href.clone() title=preview_title
                        width="390" height="700" data-color-href=model.color_href></iframe>
                </aside>
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}

/// One radio button per `(value, label)` for the field `name`, `current` checked; each input's id
/// is `{name}-{value}`.
fn radios(name: &'static str, current: &str, options: Vec<(&'static str, String)>, disabled: bool) -> impl IntoView {
    options
        .into_iter()
        .map(|(value, label)| {
            let id = format!("{name}-{value}");
            view! {
                <div class="radio">
                    <input type="radio" id=id.clone() name=name value=value checked=current == value disabled=disabled />
                    <label for=id>{label}</label>
                </div>
            }
        })
        .collect_view()
}

/// The passkey policy fieldset: the passkey profile's types, attestation and key restrictions,
/// and Windows Hello.
fn policy_fieldset(
    t: impl Fn(&str) -> String,
    v: &SettingsValues,
    errors: &[(&'static str, String)],
    disabled: bool,
) -> AnyView {
    let invalid = |field: &str| errors.iter().any(|(f, _)| *f == field).then_some("true");
    let described = |field: &str| errors.iter().any(|(f, _)| *f == field).then(|| format!("{field}-error"));
    // The listed AAGUIDs with the names of the well-known ones, so a list copied from Entra reads
    // as "Microsoft Authenticator (iOS)" rather than as a GUID.
    let named_aaguids = {
        let unnamed = t("admin-policy-aaguid-unnamed");
        let items: Vec<(String, String)> = v
            .aaguids
            .split([',', '\n'])
            .filter_map(|a| Aaguid::parse(a).ok())
            .map(|a| (a.to_string(), aaguid::name_of(&a).map_or_else(|| unnamed.clone(), str::to_owned)))
            .collect();
        (!items.is_empty()).then(|| {
            let items =
                items.into_iter().map(|(id, name)| view! { <li><code>{id}</code>" " {name}</li> }).collect_view();
            view! { <ul class="aaguid-names">{items}</ul> }
        })
    };
    let passkey_types = vec![
        ("synced", t("admin-policy-synced")),
        ("device-bound", t("admin-policy-device-bound")),
        ("synced-only", t("admin-policy-synced-only")),
    ];
    let restrictions = vec![
        ("off", t("admin-policy-keys-off")),
        ("allow", t("admin-policy-keys-allow")),
        ("block", t("admin-policy-keys-block")),
    ];
    view! {
        <fieldset>
            <legend>{t("admin-policy")}</legend>
            <p class="hint">{t("admin-policy-hint")}</p>
            {radios("passkeys", &v.passkeys, passkey_types, disabled)}
            <div class="radio">
                <input type="checkbox" id="enforce_attestation" name="enforce_attestation" value="1" checked=v.enforce_attestation disabled=disabled />
                <label for="enforce_attestation">{t("admin-policy-attestation")}</label>
            </div>
            <fieldset>
                <legend>{t("admin-policy-keys")}</legend>
                {radios("key_restriction", &v.key_restriction, restrictions, disabled)}
                <label for="aaguids">{t("admin-policy-aaguids")}</label>
                <FormTextArea id="aaguids" rows=4 text=v.aaguids.clone() disabled=disabled invalid=invalid("aaguids")
                    described_by=described("aaguids").map_or_else(|| "aaguids-hint".to_owned(), |e| format!("{e} aaguids-hint")) />
                <p class="hint" id="aaguids-hint">{t("admin-policy-aaguids-hint")}</p>
                {field_error(errors, "aaguids")}
                {named_aaguids}
            </fieldset>
            <div class="radio">
                <input type="checkbox" id="windows_hello" name="windows_hello" value="1" checked=v.windows_hello disabled=disabled aria-describedby="windows_hello-hint" />
                <label for="windows_hello">{t("admin-policy-windows-hello")}</label>
            </div>
            <p class="hint" id="windows_hello-hint">{t("admin-policy-windows-hello-hint")}</p>
        </fieldset>
    }
    .into_any()
}
