//! The dashboard's "Passkey providers" card: registrations per provider from the latest Graph
//! fetch, with the providers the tenant's policy does not allow flagged in words, not colour alone.

use leptos::prelude::*;

use crate::entra::providers::ProviderCount;
use crate::i18n::I18n;

#[component]
pub fn PasskeyProviders(i18n: I18n, rows: Vec<ProviderCount>, csv: String) -> impl IntoView {
    let refused: i64 = rows.iter().filter(|r| !r.allowed).map(|r| r.registrations).sum();
    let warning = (refused > 0).then(|| {
        let text = i18n.t_args("admin-providers-refused", &[("count", refused.into())]);
        view! { <p class="callout callout-warning">{text}</p> }
    });
    let empty = rows.is_empty().then(|| view! { <p class="meta">{i18n.t("admin-providers-none")}</p> });
    let body = rows
        .iter()
        .map(|r| {
            let name = i18n.t(r.provider.message_id());
            let (allowed, class) = if r.allowed {
                (i18n.t("admin-providers-allowed-yes"), "allowed")
            } else {
                (i18n.t("admin-providers-allowed-no"), "flagged")
            };
            view! {
                <tr class=class data-provider=r.provider.as_str()>
                    <th scope="row">{name}</th>
                    <td>{r.registrations}</td>
                    <td>{r.people}</td>
                    <td>{allowed}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="card" aria-labelledby="providers-heading">
            <h2 id="providers-heading">{i18n.t("admin-providers")}</h2>
            <p class="meta">{i18n.t("admin-providers-intro")}</p>
            {warning}
            {empty}
            <table class="data">
                <caption>{i18n.t("admin-providers")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{i18n.t("admin-provider")}</th>
                        <th scope="col">{i18n.t("admin-registrations")}</th>
                        <th scope="col">{i18n.t("admin-people")}</th>
                        <th scope="col">{i18n.t("admin-providers-allowed")}</th>
                    </tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
            <p><a href=csv>{i18n.t("admin-csv")}</a></p>
        </section>
    }
}
