//! The dashboard's funnel cards: the funnel with its drop-off, the calendar of days with the
//! campaigns marked, devices, steps per flow with the hand-off marked, "I'm stuck" reports and
//! campaigns. Each table is built once as the text the page shows (`FunnelTables`), and the CSV
//! downloads are those same tables.

use leptos::prelude::*;

use crate::analytics::funnel::{DayFigures, Funnel};
use crate::domain::stage::Stage;
use crate::i18n::{I18n, arg};

/// A table as shown: caption, column headers, and rows of cells (the first is the row header).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub caption: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// The tables every download is named after: `funnel`, `days`, `devices`, `steps`, `stuck`,
/// `campaigns`.
pub const TABLES: [&str; 6] = ["funnel", "days", "devices", "steps", "stuck", "campaigns"];

pub fn percent(share: Option<f64>) -> String {
    share.map_or_else(|| "–".to_owned(), |s| format!("{:.0}%", s * 100.0))
}

fn ratio(part: i64, whole: i64) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// A duration as people read it: seconds under two minutes, else minutes, else hours.
pub fn duration(i18n: &I18n, seconds: Option<f64>) -> String {
    let Some(seconds) = seconds else { return "–".to_owned() };
    if seconds < 120.0 {
        i18n.t_args("admin-duration-seconds", &[("seconds", arg(format!("{seconds:.0}")))])
    } else if seconds < 7200.0 {
        i18n.t_args("admin-duration-minutes", &[("minutes", arg(format!("{:.0}", seconds / 60.0)))])
    } else {
        i18n.t_args("admin-duration-hours", &[("hours", arg(format!("{:.0}", seconds / 3600.0)))])
    }
}

/// One table of the funnel, by its download name.
pub fn table(name: &str, f: &Funnel, i18n: &I18n) -> Option<Table> {
    let t = |id: &str| i18n.t(id);
    let visits = f.visitors(Stage::Visit);
    let table = match name {
        "funnel" => Table {
            caption: t("admin-funnel"),
            header: vec![t("admin-stage"), t("admin-people"), t("admin-of-visits"), t("admin-of-previous")],
            rows: f
                .funnel
                .iter()
                .map(|s| {
                    vec![
                        t(&format!("admin-stage-{}", s.stage)),
                        s.visitors.to_string(),
                        percent(ratio(s.visitors, visits)),
                        percent(s.of_previous),
                    ]
                })
                .collect(),
        },
        "days" => Table {
            caption: t("admin-trend"),
            header: vec![
                t("admin-day"),
                t("admin-stage-visit"),
                t("admin-stage-handoff"),
                t("admin-stage-done"),
                t("admin-campaign-began"),
            ],
            rows: f
                .by_day
                .iter()
                .map(|d| {
                    vec![
                        d.day.to_string(),
                        d.visit.to_string(),
                        d.handoff.to_string(),
                        d.done.to_string(),
                        d.campaigns_started.join(", "),
                    ]
                })
                .collect(),
        },
        "devices" => Table {
            caption: t("admin-devices"),
            header: vec![
                t("admin-device"),
                t("admin-stage-visit"),
                t("admin-stage-handoff"),
                t("admin-stage-done"),
                t("admin-completion"),
            ],
            rows: f
                .devices
                .iter()
                .map(|d| {
                    vec![
                        t(&format!("device-{}", d.device)),
                        d.visit.to_string(),
                        d.handoff.to_string(),
                        d.done.to_string(),
                        percent(ratio(d.done, d.visit)),
                    ]
                })
                .collect(),
        },
        "steps" => Table {
            caption: t("admin-steps"),
            header: vec![
                t("admin-flow"),
                t("admin-step"),
                t("admin-people"),
                t("admin-of-previous-step"),
                t("admin-note"),
            ],
            rows: f
                .steps
                .iter()
                .map(|s| {
                    vec![
                        t(&format!("flow-{}-title", s.flow)),
                        s.step.to_string(),
                        s.visitors.to_string(),
                        percent(s.of_previous),
                        if s.handoff { t("admin-handoff-step") } else { String::new() },
                    ]
                })
                .collect(),
        },
        "stuck" => Table {
            caption: t("admin-stuck"),
            header: vec![t("admin-flow"), t("admin-step"), t("admin-symptom"), t("admin-reports"), t("admin-people")],
            rows: f
                .stuck
                .iter()
                .map(|s| {
                    let flow = s.flow.map(|flow| t(&format!("flow-{flow}-title"))).unwrap_or_default();
                    let problem = match (s.flow, s.step, s.symptom.as_deref()) {
                        (Some(flow), Some(step), Some(symptom)) => {
                            let step_id = crate::guide::catalog::flow(flow).step(step as usize).map(|st| st.id);
                            let id = format!("stuck-{flow}-{}-{symptom}", step_id.unwrap_or_default());
                            i18n.t_args(&id, &[("company", arg(""))])
                        }
                        _ => t("admin-stuck-no-symptom"),
                    };
                    vec![
                        flow,
                        s.step.map(|n| n.to_string()).unwrap_or_default(),
                        problem,
                        s.events.to_string(),
                        s.visitors.to_string(),
                    ]
                })
                .collect(),
        },
        "campaigns" => Table {
            caption: t("admin-campaigns"),
            header: vec![t("admin-campaign"), t("admin-stage-visit"), t("admin-stage-handoff"), t("admin-stage-done")],
            rows: f
                .campaigns
                .iter()
                .map(|c| {
                    vec![
                        c.campaign.clone().unwrap_or_else(|| t("admin-no-campaign")),
                        c.visit.to_string(),
                        c.handoff.to_string(),
                        c.done.to_string(),
                    ]
                })
                .collect(),
        },
        _ => return None,
    };
    Some(table)
}

fn table_view(table: Table) -> AnyView {
    let Table { caption, header, rows } = table;
    let label = caption.clone();
    let header = header.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view();
    let rows = rows
        .into_iter()
        .map(|row| {
            let mut cells = row.into_iter();
            let first = cells.next().unwrap_or_default();
            let rest = cells.map(|c| view! { <td>{c}</td> }).collect_view();
            view! { <tr><th scope="row">{first}</th>{rest}</tr> }
        })
        .collect_view();
    // Scrolls sideways on a narrow screen, by keyboard too. A group, not a region: the card
    // around it is the region, under the same name.
    view! {
        <div class="table-scroll" tabindex="0" role="group" aria-label=label>
            <table class="data">
                <caption>{caption}</caption>
                <thead><tr>{header}</tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The funnel as bars, each with its people and share of those who opened the guide.
fn funnel_chart(f: &Funnel, i18n: &I18n) -> AnyView {
    let visits = f.visitors(Stage::Visit);
    let max = f.funnel.iter().map(|s| s.visitors).max().unwrap_or(0).max(1);
    let bars = f
        .funnel
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let y = (i * 44) as f64;
            let w = (s.visitors as f64 / max as f64 * 520.0).max(2.0);
            let label = i18n.t(&format!("admin-stage-{}", s.stage));
            view! {
                <g>
                    <text x="0" y=format!("{}", y + 18.0) class="chart-label">{label}</text>
                    <rect x="150" y=format!("{}", y + 4.0) width=format!("{w:.1}") height="24" rx="4" class="chart-bar" />
                    <text x=format!("{:.1}", 158.0 + w) y=format!("{}", y + 21.0) class="chart-value">
                        {format!("{} · {}", s.visitors, percent(ratio(s.visitors, visits)))}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! { <svg viewBox="0 0 820 176" class="chart" role="img" aria-label=i18n.t("admin-funnel-alt")>{bars}</svg> }
        .into_any()
}

/// Visits and "done" per calendar day, each day its own place on the axis, with a mark where a
/// campaign began.
fn calendar_chart(days: &[DayFigures], i18n: &I18n) -> Option<AnyView> {
    let (first, last) = (days.first()?, days.last()?);
    let (w, h) = (640.0, 180.0);
    let top = days.iter().map(|d| d.visit.max(d.done)).max().unwrap_or(0).max(1) as f64;
    let x = |i: usize| if days.len() > 1 { i as f64 * w / (days.len() - 1) as f64 } else { w / 2.0 };
    let y = |v: i64| h - v as f64 / top * (h - 24.0);
    let line = |value: fn(&DayFigures) -> i64| {
        days.iter().enumerate().map(|(i, d)| format!("{:.1},{:.1}", x(i), y(value(d)))).collect::<Vec<_>>().join(" ")
    };
    let marks = days
        .iter()
        .enumerate()
        .filter(|(_, d)| !d.campaigns_started.is_empty())
        .map(|(i, d)| {
            let at = format!("{:.1}", x(i));
            let anchor = if x(i) > w - 80.0 { "end" } else { "start" };
            view! {
                <g>
                    <line x1=at.clone() x2=at.clone() y1="14" y2=format!("{h}") class="chart-mark" />
                    <text x=at y="10" class="chart-label" text-anchor=anchor>{d.campaigns_started.join(", ")}</text>
                </g>
            }
        })
        .collect_view();
    let label = i18n.t("admin-trend-alt");
    Some(
        view! {
            <svg viewBox="-4 -4 648 210" class="chart" role="img" aria-label=label>
                {marks}
                <polyline points=line(|d| d.visit) class="chart-line" fill="none" />
                <polyline points=line(|d| d.done) class="chart-line chart-line-done" fill="none" />
                <text x="0" y="200" class="chart-label">{first.day.to_string()}</text>
                <text x="640" y="200" class="chart-label" text-anchor="end">{last.day.to_string()}</text>
            </svg>
        }
        .into_any(),
    )
}

fn card(id: &'static str, heading: String, body: AnyView, csv: String, i18n: &I18n) -> AnyView {
    let (labelled_by, heading_id) = (format!("{id}-heading"), format!("{id}-heading"));
    view! {
        <section class="card" aria-labelledby=labelled_by>
            <h2 id=heading_id>{heading}</h2>
            {body}
            <p><a href=csv>{i18n.t("admin-csv")}</a></p>
        </section>
    }
    .into_any()
}

/// Every funnel card. `csv(table)` is the download link of a table with the same filters.
pub fn funnel_cards(f: &Funnel, i18n: &I18n, csv: &dyn Fn(&str) -> String) -> AnyView {
    let tables = |name: &str| table(name, f, i18n).map(table_view);
    let medians = i18n.t_args(
        "admin-medians",
        &[
            ("handoff", arg(duration(i18n, f.medians.to_handoff_seconds))),
            ("done", arg(duration(i18n, f.medians.to_done_seconds))),
        ],
    );
    let bots = i18n.t_args("admin-bots", &[("count", f.bots.into())]);
    let funnel_body = view! {
        {funnel_chart(f, i18n)}
        {tables("funnel")}
        <p class="meta">{medians}</p>
        <p class="meta">{bots}</p>
    }
    .into_any();
    let days_body = match calendar_chart(&f.by_day, i18n) {
        Some(chart) => view! {
            <p class="legend">
                <span class="key key-visit"></span>{i18n.t("admin-stage-visit")}" "
                <span class="key key-done"></span>{i18n.t("admin-stage-done")}" "
                <span class="key key-mark"></span>{i18n.t("admin-campaign-began")}
            </p>
            {chart}
            {tables("days")}
        }
        .into_any(),
        None => view! { <p>{i18n.t("admin-no-days")}</p> }.into_any(),
    };
    view! {
        {card("funnel", i18n.t("admin-funnel"), funnel_body, csv("funnel"), i18n)}
        {card("trend", i18n.t("admin-trend"), days_body, csv("days"), i18n)}
        {card("devices", i18n.t("admin-devices"), tables("devices").into_any(), csv("devices"), i18n)}
        {card("steps", i18n.t("admin-steps"), tables("steps").into_any(), csv("steps"), i18n)}
        {card("stuck", i18n.t("admin-stuck"), tables("stuck").into_any(), csv("stuck"), i18n)}
        {card("campaigns", i18n.t("admin-campaigns"), tables("campaigns").into_any(), csv("campaigns"), i18n)}
    }
    .into_any()
}
