//! `GET /admin/tenants/{tenant}/dashboard`: the rollout funnel, its trend, the device mix,
//! where people drop off and what they get stuck on. Charts are server-rendered SVG with the
//! figures beside them as tables, so they read with a screen reader and print cleanly.

use leptos::prelude::*;

use crate::analytics::report::Report;
use crate::app::{Head, document_with};
use crate::components::admin_frame::{AdminChrome, AdminFrame};
use crate::components::passkey_providers::PasskeyProviders;
use crate::components::readiness::ReadinessList;
use crate::domain::stage::Stage;
use crate::i18n::arg;

pub struct FilterValues {
    pub from: String,
    pub to: String,
    pub device: String,
    pub flow: String,
    pub campaign: String,
    pub language: String,
    pub devices: Vec<(String, String)>,
    pub flows: Vec<(String, String)>,
    pub languages: Vec<(String, String)>,
}

pub struct DashboardModel {
    pub chrome: AdminChrome,
    pub report: Report,
    pub filters: FilterValues,
    pub action: String,
    /// `table name` → CSV link with the same filters.
    pub csv: Box<dyn Fn(&str) -> String>,
    pub coverage: Option<CoverageFigures>,
    /// Passkeys per provider from the latest import, when it read them.
    pub providers: Option<Vec<crate::entra::providers::ProviderCount>>,
    /// Signed-in admins may download the named stragglers; a shared link shows figures only.
    pub shared: Option<SharedView>,
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
    let report = &model.report;
    let visits = report.visitors("visit");

    // Funnel bars.
    let bar_width = 520.0;
    let funnel_rows: Vec<(String, i64)> = Stage::FUNNEL
        .iter()
        .map(|s| (t(&format!("admin-stage-{}", s.as_str())), report.visitors(s.as_str())))
        .collect();
    let max = funnel_rows.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let bars = funnel_rows
        .iter()
        .enumerate()
        .map(|(i, (label, value))| {
            let y = (i * 44) as f64;
            let w = (*value as f64 / max as f64 * bar_width).max(2.0);
            view! {
                <g>
                    <text x="0" y=format!("{}", y + 18.0) class="chart-label">{label.clone()}</text>
                    <rect x="150" y=format!("{}", y + 4.0) width=format!("{w:.1}") height="24" rx="4" class="chart-bar" />
                    <text x=format!("{:.1}", 158.0 + w) y=format!("{}", y + 21.0) class="chart-value">
                        {format!("{value} · {}", percent(*value, visits))}
                    </text>
                </g>
            }
        })
        .collect_view();
    let funnel_table = funnel_rows
        .iter()
        .map(|(label, value)| view! { <tr><th scope="row">{label.clone()}</th><td>{*value}</td><td>{percent(*value, visits)}</td></tr> })
        .collect_view();

    // Trend: visits and done per day.
    let mut days: Vec<String> = report.days.iter().map(|d| d.day.clone()).collect();
    days.dedup();
    let per_day = |stage: &str| -> Vec<i64> {
        days.iter()
            .map(|day| report.days.iter().find(|d| &d.day == day && d.stage == stage).map_or(0, |d| d.visitors))
            .collect()
    };
    let (visits_by_day, done_by_day) = (per_day("visit"), per_day("done"));
    let top = visits_by_day.iter().chain(done_by_day.iter()).copied().max().unwrap_or(0).max(1);
    let (w, h) = (640.0, 180.0);
    let step_x = if days.len() > 1 { w / (days.len() - 1) as f64 } else { 0.0 };
    let line = |values: &[i64]| -> String {
        values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", i as f64 * step_x, h - *v as f64 / top as f64 * (h - 10.0)))
            .collect::<Vec<_>>()
            .join(" ")
    };
    let trend = (!days.is_empty()).then(|| {
        let visits_line = line(&visits_by_day);
        let done_line = line(&done_by_day);
        let first = days.first().cloned().unwrap_or_default();
        let last = days.last().cloned().unwrap_or_default();
        let label = t("admin-trend-alt");
        view! {
            <svg viewBox="-4 -4 648 210" class="chart" role="img" aria-label=label>
                <polyline points=visits_line class="chart-line" fill="none" />
                <polyline points=done_line class="chart-line chart-line-done" fill="none" />
                <text x="0" y="200" class="chart-label">{first}</text>
                <text x="640" y="200" class="chart-label" text-anchor="end">{last}</text>
            </svg>
        }
    });
    let day_rows = days
        .iter()
        .zip(visits_by_day.iter().zip(done_by_day.iter()))
        .map(|(day, (v, d))| view! { <tr><th scope="row">{day.clone()}</th><td>{*v}</td><td>{*d}</td></tr> })
        .collect_view();

    // Devices.
    let mut devices: Vec<String> = report.devices.iter().map(|d| d.device.clone()).collect();
    devices.dedup();
    let device_rows = devices
        .iter()
        .map(|device| {
            let of = |stage: &str| {
                report.devices.iter().find(|d| &d.device == device && d.stage == stage).map_or(0, |d| d.visitors)
            };
            let (v, h, d) = (of("visit"), of("handoff"), of("done"));
            let name = i18n.t(&format!("device-{device}"));
            view! { <tr><th scope="row">{name}</th><td>{v}</td><td>{h}</td><td>{d}</td><td>{percent(d, v)}</td></tr> }
        })
        .collect_view();

    // Steps.
    let step_rows = report
        .steps
        .iter()
        .map(|s| {
            let flow = i18n.t(&format!("flow-{}-title", s.flow));
            view! { <tr><th scope="row">{flow}</th><td>{s.step}</td><td>{s.visitors}</td></tr> }
        })
        .collect_view();

    // Stuck.
    let stuck_rows = report
        .stuck
        .iter()
        .map(|s| {
            let flow = i18n.t(&format!("flow-{}-title", s.flow));
            let step_id = crate::guide::catalog::FLOWS
                .iter()
                .find(|f| f.id.as_str() == s.flow)
                .and_then(|f| f.step(s.step as usize))
                .map(|st| st.id)
                .unwrap_or_default();
            let symptom = i18n.t_args(&format!("stuck-{}-{}-{}", s.flow, step_id, s.symptom), &[("company", arg(""))]);
            view! { <tr><th scope="row">{flow}</th><td>{s.step}</td><td>{symptom}</td><td>{s.events}</td><td>{s.visitors}</td></tr> }
        })
        .collect_view();

    let campaign_rows = {
        let mut names: Vec<String> = report.campaigns.iter().map(|c| c.campaign.clone()).collect();
        names.dedup();
        names
            .into_iter()
            .map(|name| {
                let of = |stage: &str| report.campaigns.iter().find(|c| c.campaign == name && c.stage == stage).map_or(0, |c| c.visitors);
                let label = if name.is_empty() { t("admin-no-campaign") } else { name.clone() };
                view! { <tr><th scope="row">{label}</th><td>{of("visit")}</td><td>{of("handoff")}</td><td>{of("done")}</td></tr> }
            })
            .collect_view()
    };

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
            let link = model.shared.is_none().then(|| {
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
        let stragglers = model.shared.is_none().then(|| {
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
            let names = model.shared.is_none().then(|| {
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
    let links: std::collections::HashMap<&str, String> =
        ["funnel", "days", "devices", "steps", "stuck", "campaigns"].into_iter().map(|t| (t, (model.csv)(t))).collect();
    let csv = move |table: &str| links.get(table).cloned().unwrap_or_default();
    let csv_label = t("admin-csv");
    let heading = title.clone();
    let head = Head { locale: i18n.locale.clone(), brand_css: None, script: None };
    let funnel_alt = t("admin-funnel-alt");
    let bots_text = i18n.t_args("admin-bots", &[("count", report.bots.into())]);
    let filter_device = select("device", t("admin-device"), &f.device, &f.devices);
    let filter_flow = select("flow", t("admin-flow"), &f.flow, &f.flows);
    let filter_language = select("language", t("admin-language"), &f.language, &f.languages);
    let (from, to, campaign) = (f.from.clone(), f.to.clone(), f.campaign.clone());
    let shared_note = model.shared.as_ref().map(|s| {
        view! { <p class="callout">{i18n.t_args("admin-shared-note", &[("tenant", arg(s.tenant_name.clone()))])}</p> }
    });
    let main = view! {
        <AdminFrame chrome=model.chrome.clone()>
            <main id="content" class="wide dashboard">
                <h1>{heading}</h1>
                {shared_note}
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
                    <div class="filter">
                        <label for="campaign">{t("admin-campaign")}</label>
                        <input id="campaign" name="campaign" value=campaign />
                    </div>
                    <button type="submit" class="button">{t("admin-apply")}</button>
                </form>
                {readiness}
                {coverage}
                {usage}
                {providers}
                <section class="card" aria-labelledby="funnel-heading">
                    <h2 id="funnel-heading">{t("admin-funnel")}</h2>
                    <svg viewBox="0 0 820 176" class="chart" role="img" aria-label=funnel_alt>{bars}</svg>
                    <table class="data">
                        <caption>{t("admin-funnel")}</caption>
                        <thead><tr><th scope="col">{t("admin-stage")}</th><th scope="col">{t("admin-people")}</th><th scope="col">{t("admin-of-visits")}</th></tr></thead>
                        <tbody>{funnel_table}</tbody>
                    </table>
                    <p class="meta">{bots_text}</p>
                    <p><a href=csv("funnel")>{csv_label.clone()}</a></p>
                </section>
                <section class="card" aria-labelledby="trend-heading">
                    <h2 id="trend-heading">{t("admin-trend")}</h2>
                    <p class="legend"><span class="key key-visit"></span>{t("admin-stage-visit")}" "<span class="key key-done"></span>{t("admin-stage-done")}</p>
                    {trend}
                    <table class="data">
                        <caption>{t("admin-trend")}</caption>
                        <thead><tr><th scope="col">{t("admin-day")}</th><th scope="col">{t("admin-stage-visit")}</th><th scope="col">{t("admin-stage-done")}</th></tr></thead>
                        <tbody>{day_rows}</tbody>
                    </table>
                    <p><a href=csv("days")>{csv_label.clone()}</a></p>
                </section>
                <section class="card" aria-labelledby="devices-heading">
                    <h2 id="devices-heading">{t("admin-devices")}</h2>
                    <table class="data">
                        <caption>{t("admin-devices")}</caption>
                        <thead><tr><th scope="col">{t("admin-device")}</th><th scope="col">{t("admin-stage-visit")}</th><th scope="col">{t("admin-stage-handoff")}</th><th scope="col">{t("admin-stage-done")}</th><th scope="col">{t("admin-completion")}</th></tr></thead>
                        <tbody>{device_rows}</tbody>
                    </table>
                    <p><a href=csv("devices")>{csv_label.clone()}</a></p>
                </section>
                <section class="card" aria-labelledby="steps-heading">
                    <h2 id="steps-heading">{t("admin-steps")}</h2>
                    <table class="data">
                        <caption>{t("admin-steps")}</caption>
                        <thead><tr><th scope="col">{t("admin-flow")}</th><th scope="col">{t("admin-step")}</th><th scope="col">{t("admin-people")}</th></tr></thead>
                        <tbody>{step_rows}</tbody>
                    </table>
                    <p><a href=csv("steps")>{csv_label.clone()}</a></p>
                </section>
                <section class="card" aria-labelledby="stuck-heading">
                    <h2 id="stuck-heading">{t("admin-stuck")}</h2>
                    <table class="data">
                        <caption>{t("admin-stuck")}</caption>
                        <thead><tr><th scope="col">{t("admin-flow")}</th><th scope="col">{t("admin-step")}</th><th scope="col">{t("admin-symptom")}</th><th scope="col">{t("admin-reports")}</th><th scope="col">{t("admin-people")}</th></tr></thead>
                        <tbody>{stuck_rows}</tbody>
                    </table>
                    <p><a href=csv("stuck")>{csv_label.clone()}</a></p>
                </section>
                <section class="card" aria-labelledby="campaigns-heading">
                    <h2 id="campaigns-heading">{t("admin-campaigns")}</h2>
                    <table class="data">
                        <caption>{t("admin-campaigns")}</caption>
                        <thead><tr><th scope="col">{t("admin-campaign")}</th><th scope="col">{t("admin-stage-visit")}</th><th scope="col">{t("admin-stage-handoff")}</th><th scope="col">{t("admin-stage-done")}</th></tr></thead>
                        <tbody>{campaign_rows}</tbody>
                    </table>
                    <p><a href=csv("campaigns")>{csv_label}</a></p>
                </section>
            </main>
        </AdminFrame>
    };
    document_with(title, head, main)
}
