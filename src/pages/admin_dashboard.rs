//! `GET /admin/tenants/{tenant}/dashboard`: the rollout funnel, its trend, the device mix,
//! where people drop off and what they get stuck on. Charts are server-rendered SVG with the
//! figures beside them as tables, so they read with a screen reader and print cleanly.

use leptos::prelude::*;

use crate::analytics::funnel::Funnel;
use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};
use crate::components::passkey_providers::PasskeyProviders;
use crate::components::readiness::ReadinessList;
use crate::i18n::arg;

pub struct FilterValues {
    pub from: String,
    pub to: String,
    pub device: String,
    pub flow: String,
    pub campaign: String,
    pub language: String,
    pub profile: String,
    pub tests: bool,
    /// `(value, label)` of what the tenant's funnel has seen, for each filter.
    pub devices: Vec<(String, String)>,
    pub flows: Vec<(String, String)>,
    pub languages: Vec<(String, String)>,
    pub campaigns: Vec<(String, String)>,
    pub profiles: Vec<(String, String)>,
    /// Whether any test visit was recorded, so the filter is worth offering.
    pub offer_tests: bool,
}

pub struct DashboardModel {
    pub chrome: AdminChrome,
    pub funnel: Funnel,
    pub filters: FilterValues,
    pub action: String,
    /// `table name` → CSV link with the same filters.
    pub csv: Box<dyn Fn(&str) -> String>,
    pub coverage: Option<CoverageFigures>,
    /// Passkeys per provider from the latest import, when it read them.
    pub providers: Option<Vec<crate::entra::providers::ProviderCount>>,
    /// A dashboard opened through a read-only link.
    pub shared: Option<SharedView>,
    /// Whether the lists that name people are offered: to analysts, editors and owners, never
    /// to viewers or through a read-only link.
    pub names: bool,
    /// The readiness checks and when the configuration was read (signed-in admins only).
    pub readiness: Option<(Vec<crate::entra::readiness::Check>, Option<String>)>,
    /// Where a report is uploaded (signed-in admins only), named while there is none.
    pub entra_href: Option<String>,
    /// Sign-in usage over the last 30 days, once a sign-in log was imported.
    pub usage: Option<crate::db::signins::Usage>,
}

/// A dashboard opened through a read-only link.
pub struct SharedView {
    pub tenant_name: String,
}

pub struct CoverageFigures {
    pub in_scope: i64,
    /// With any passkey.
    pub with_passkey: i64,
    /// With a passkey the policy allows: the figure the marks are read against.
    pub with_allowed_passkey: i64,
    pub imported: String,
    /// Accounts the tenant leaves out (rooms, services, break-glass).
    pub excluded: i64,
    /// `(in scope, with an allowed passkey)` of the administrators, when the report says who they are.
    pub administrators: Option<(i64, i64)>,
    /// `(wave, in scope, with an allowed passkey)` per wave of the recipients list.
    pub waves: Vec<(String, i64, i64)>,
    /// `(imported day, allowed share)` oldest first, one point per day.
    pub trend: Vec<(String, f64)>,
}

fn percent(part: i64, whole: i64) -> String {
    if whole == 0 { "–".to_owned() } else { format!("{:.0}%", part as f64 * 100.0 / whole as f64) }
}

pub fn render(model: DashboardModel) -> String {
    let i18n = model.chrome.i18n.clone();
    let t = {
        let i18n = i18n.clone();
        move |id: &str| i18n.t(id)
    };
    let title = t("admin-dashboard-title");
    let coverage = model.coverage.as_ref().map(|c| {
        let share_of = |part: i64| if c.in_scope == 0 { 0.0 } else { part as f64 / c.in_scope as f64 };
        let (share, any_share) = (share_of(c.with_allowed_passkey), share_of(c.with_passkey));
        let text = i18n.t_args(
            "admin-coverage-text",
            &[
                ("with", c.with_allowed_passkey.into()),
                ("total", c.in_scope.into()),
                ("share", arg(format!("{:.1}%", share * 100.0))),
                ("imported", arg(c.imported.clone())),
            ],
        );
        let forbidden = c.with_passkey - c.with_allowed_passkey;
        let forbidden_text = (forbidden > 0).then(|| {
            let line = i18n.t_args(
                "admin-coverage-forbidden",
                &[
                    ("forbidden", forbidden.into()),
                    ("any", c.with_passkey.into()),
                    ("share", arg(format!("{:.1}%", any_share * 100.0))),
                ],
            );
            let link = model.names.then(|| {
                let href = (model.csv)("forbidden-passkeys");
                view! { " " <a href=href>{t("admin-coverage-forbidden-list")}</a> }
            });
            view! { <p>{line}{link}</p> }
        });
        let width = 640.0;
        let filled = format!("{:.1}", share * width);
        let forbidden_x = filled.clone();
        let forbidden_width = format!("{:.1}", (any_share - share).max(0.0) * width);
        let x50 = format!("{:.1}", 0.5 * width);
        let x95 = format!("{:.1}", 0.95 * width);
        let label = t("admin-coverage-alt");
        let stragglers = model.names.then(|| {
            let href = (model.csv)("stragglers");
            let group = (model.csv)("stragglers-entra-group");
            view! {
                <p><a href=href>{t("admin-stragglers")}</a></p>
                <p><a href=group>{t("admin-stragglers-entra-group")}</a></p>
            }
        });
        let excluded = (c.excluded > 0)
            .then(|| view! { <p class="hint">{i18n.t_args("admin-coverage-excluded", &[("count", c.excluded.into())])}</p> });
        let administrators = c.administrators.map(|(total, with)| {
            let text = i18n.t_args(
                "admin-coverage-admins",
                &[("with", with.into()), ("total", total.into()), ("share", arg(percent(with, total)))],
            );
            view! { <p><strong>{text}</strong></p> }
        });
        let waves = (!c.waves.is_empty()).then(|| {
            let rows = c
                .waves
                .iter()
                .map(|(wave, total, with)| {
                    view! { <tr><th scope="row">{wave.clone()}</th><td>{*total}</td><td>{*with}</td><td>{percent(*with, *total)}</td></tr> }
                })
                .collect_view();
            view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=t("admin-coverage-waves")>
                <table class="data">
                    <caption>{t("admin-coverage-waves")}</caption>
                    <thead><tr>
                        <th scope="col">{t("admin-coverage-wave")}</th>
                        <th scope="col">{t("admin-coverage-people")}</th>
                        <th scope="col">{t("admin-coverage-allowed")}</th>
                        <th scope="col">{t("admin-share")}</th>
                    </tr></thead>
                    <tbody>{rows}</tbody>
                </table>
                </div>
            }
        });
        let trend = c
            .trend
            .iter()
            .map(|(day, s)| view! { <tr><th scope="row">{day.clone()}</th><td>{format!("{:.1}%", s * 100.0)}</td></tr> })
            .collect_view();
        view! {
            <section class="card" aria-labelledby="coverage-heading">
                <h2 id="coverage-heading">{t("admin-coverage")}</h2>
                <p>{text}</p>
                {forbidden_text}
                {administrators}
                {excluded}
                <svg viewBox="0 0 644 48" class="chart" role="img" aria-label=label>
                    <rect x="0" y="8" width="640" height="24" rx="4" class="chart-track" />
                    <rect x=forbidden_x y="8" width=forbidden_width height="24" class="chart-bar-forbidden" />
                    <rect x="0" y="8" width=filled height="24" rx="4" class="chart-bar" />
                    <line x1=x50.clone() x2=x50.clone() y1="2" y2="38" class="chart-mark" />
                    <line x1=x95.clone() x2=x95.clone() y1="2" y2="38" class="chart-mark" />
                    <text x=x50 y="47" class="chart-label" text-anchor="middle">"50%"</text>
                    <text x=x95 y="47" class="chart-label" text-anchor="middle">"95%"</text>
                </svg>
                {stragglers}
                {waves}
                <table class="data">
                    <caption>{t("admin-coverage-trend")}</caption>
                    <thead><tr><th scope="col">{t("admin-imported")}</th><th scope="col">{t("admin-share")}</th></tr></thead>
                    <tbody>{trend}</tbody>
                </table>
            </section>
        }
    });

    let coverage = match (coverage, &model.entra_href) {
        (Some(card), _) => Some(card.into_any()),
        (None, Some(href)) => Some(
            view! {
                <section class="card" aria-labelledby="coverage-heading">
                    <h2 id="coverage-heading">{t("admin-coverage")}</h2>
                    <p>{t("admin-coverage-none")} " " <a href=href.clone()>{t("admin-entra")}</a></p>
                </section>
            }
            .into_any(),
        ),
        (None, None) => None,
    };

    let usage = match &model.usage {
        Some(u) => {
            let allowed_share = model
                .coverage
                .as_ref()
                .map_or(0.0, |c| if c.in_scope == 0 { 0.0 } else { c.with_allowed_passkey as f64 / c.in_scope as f64 });
            let ready = allowed_share >= 0.95 && u.share >= 0.95 && u.legacy_clients == 0;
            let verdict = if ready { t("admin-usage-ready") } else { t("admin-usage-not-ready") };
            // Who stands in the way, by name: for signed-in admins only.
            let names = model.names.then(|| {
                let (password_only, legacy) = ((model.csv)("password-only"), (model.csv)("legacy-clients"));
                view! {
                    <ul>
                        <li><a href=password_only>{t("admin-usage-password-only-list")}</a></li>
                        <li><a href=legacy>{t("admin-usage-legacy-list")}</a></li>
                    </ul>
                }
            });
            Some(
                view! {
                    <section class="card" aria-labelledby="usage-heading">
                        <h2 id="usage-heading">{i18n.t_args("admin-usage", &[("days", i64::from(u.days).into())])}</h2>
                        <p>{i18n.t_args("admin-usage-text", &[
                            ("with", u.with_passkey_sign_in.into()),
                            ("people", u.people.into()),
                            ("share", arg(format!("{:.1}%", u.share * 100.0))),
                        ])}</p>
                        <p>{i18n.t_args("admin-usage-password-only", &[("count", u.registered_password_only.into())])}</p>
                        <p>{i18n.t_args("admin-usage-legacy", &[("count", u.legacy_clients.into())])}</p>
                        <p><strong>{verdict}</strong></p>
                        {names}
                    </section>
                }
                .into_any(),
            )
        }
        None => model.entra_href.as_ref().map(|_| {
            view! {
                <section class="card" aria-labelledby="usage-heading">
                    <h2 id="usage-heading">{i18n.t_args("admin-usage", &[("days", 30.into())])}</h2>
                    <p>{t("admin-usage-none")}</p>
                </section>
            }
            .into_any()
        }),
    };

    let readiness = model.readiness.map(|(checks, fetched)| {
        view! { <ReadinessList i18n=i18n.clone() checks=checks fetched=fetched /> }
    });

    let providers = model.providers.map(|rows| {
        let csv = (model.csv)("providers");
        view! { <PasskeyProviders i18n=i18n.clone() rows=rows csv=csv /> }
    });

    let f = &model.filters;
    let all = t("admin-all");
    let select = |name: &'static str, label: String, current: &str, options: &[(String, String)]| {
        let all = all.clone();
        let opts = options
            .iter()
            .map(|(value, text)| {
                let selected = value == current;
                view! { <option value=value.clone() selected=selected>{text.clone()}</option> }
            })
            .collect_view();
        view! {
            <div class="filter">
                <label for=name>{label}</label>
                <select id=name name=name>
                    <option value="">{all}</option>
                    {opts}
                </select>
            </div>
        }
    };
    let funnel_cards = super::dashboard_funnel::funnel_cards(&model.funnel, &i18n, &*model.csv);
    let as_of = i18n.t_args(
        "admin-as-of",
        &[("time", arg(model.funnel.as_of.clone())), ("zone", arg(model.funnel.time_zone.clone()))],
    );
    let tests_note = model.funnel.filters.tests.then(|| view! { <p class="callout">{t("admin-tests-shown")}</p> });
    let heading = title.clone();
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let filter_device = select("device", t("admin-device"), &f.device, &f.devices);
    let filter_flow = select("flow", t("admin-flow"), &f.flow, &f.flows);
    let filter_language = select("language", t("admin-language"), &f.language, &f.languages);
    let filter_campaign = select("campaign", t("admin-campaign"), &f.campaign, &f.campaigns);
    let filter_profile =
        (!f.profiles.is_empty()).then(|| select("profile", t("admin-profile"), &f.profile, &f.profiles));
    let tests = f.offer_tests.then(|| {
        let checked = f.tests;
        view! {
            <div class="filter filter-check">
                <input id="tests" name="tests" type="checkbox" value="1" checked=checked />
                <label for="tests">{t("admin-tests")}</label>
            </div>
        }
    });
    let (from, to) = (f.from.clone(), f.to.clone());
    let shared_note = model.shared.as_ref().map(|s| {
        view! { <p class="callout">{i18n.t_args("admin-shared-note", &[("tenant", arg(s.tenant_name.clone()))])}</p> }
    });
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide dashboard">
                <h1>{heading}</h1>
                {shared_note}
                <p class="meta">{as_of}</p>
                {tests_note}
                <form method="get" action=model.action.clone() class="filters">
                    <div class="filter">
                        <label for="from">{t("admin-from")}</label>
                        <input id="from" name="from" type="date" value=from />
                    </div>
                    <div class="filter">
                        <label for="to">{t("admin-to")}</label>
                        <input id="to" name="to" type="date" value=to />
                    </div>
                    {filter_device}
                    {filter_flow}
                    {filter_language}
                    {filter_campaign}
                    {filter_profile}
                    {tests}
                    <button type="submit" class="button">{t("admin-apply")}</button>
                </form>
                {readiness}
                {coverage}
                {usage}
                {providers}
                {funnel_cards}
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
