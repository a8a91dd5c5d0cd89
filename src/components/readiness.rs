//! The readiness checklist: each Entra setting that would make registration fail, with what it
//! means for employees and where to fix it.

use leptos::prelude::*;

use crate::entra::readiness::Check;
use crate::i18n::I18n;

/// The status word of a check.
pub fn status(i18n: &I18n, ok: Option<bool>) -> String {
    match ok {
        Some(true) => i18n.t("readiness-status-ok"),
        Some(false) => i18n.t("readiness-status-fail"),
        None => i18n.t("readiness-status-unknown"),
    }
}

/// "Read from Entra on 2026-12-02 06:30 UTC." from the RFC 3339 time of the last read.
pub fn fetched_line(i18n: &I18n, fetched_at: Option<&str>) -> Option<String> {
    let when = fetched_at.and_then(|at| Some(format!("{} {} UTC", at.get(..10)?, at.get(11..16)?)))?;
    Some(i18n.t_args("readiness-fetched", &[("when", crate::i18n::arg(when))]))
}

#[component]
pub fn ReadinessList(i18n: I18n, checks: Vec<Check>, fetched: Option<String>) -> impl IntoView {
    let items = checks
        .into_iter()
        .map(|check| {
            let class = match check.ok {
                Some(true) => "check check-ok",
                Some(false) => "check check-fail",
                None => "check check-unknown",
            };
            let title = i18n.t(&format!("readiness-{}", check.id));
            let status = status(&i18n, check.ok);
            view! {
                <li class=class data-check=check.id>
                    <p><strong>{status}": "</strong>{title}</p>
                    <p class="hint">{check.detail}</p>
                </li>
            }
        })
        .collect_view();
    let fetched = fetched.map(|at| view! { <p class="meta">{at}</p> });
    view! {
        <section class="card" aria-labelledby="readiness-heading">
            <h2 id="readiness-heading">{i18n.t("readiness-heading")}</h2>
            <p>{i18n.t("readiness-intro")}</p>
            {fetched}
            <ul class="checklist">{items}</ul>
        </section>
    }
}
