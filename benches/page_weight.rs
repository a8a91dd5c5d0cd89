//! What each guide page weighs on a first visit: the HTML plus its stylesheets and images, as
//! transferred with gzip. Every page must stay at or under 30 KB and work without its script.
//! Run with `cargo bench --bench page_weight`.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeSet;
use std::sync::Arc;

use passkey_guide::cli::{DatabaseArg, ServeArgs};
use passkey_guide::clock::{SharedClock, SystemClock};
use passkey_guide::guide::catalog::FLOWS;
use passkey_guide::settings::Settings;
use passkey_guide::startup::Application;

const LIMIT: usize = 30 * 1024;
const IPHONE: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1";

async fn fetch(client: &reqwest::Client, url: &str) -> (usize, String) {
    let response = client
        .get(url)
        .header("user-agent", IPHONE)
        .header("accept-language", "en")
        .header("accept-encoding", "gzip")
        .send()
        .await
        .expect("request");
    let gzipped = response.headers().get("content-encoding").is_some_and(|v| v == "gzip");
    let bytes = response.bytes().await.expect("body");
    let text = if gzipped {
        use std::io::Read;
        let mut out = String::new();
        flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut out).ok();
        out
    } else {
        String::from_utf8_lossy(&bytes).into_owned()
    };
    (bytes.len(), text)
}

fn linked(html: &str, prefix: &str) -> Vec<String> {
    html.match_indices(prefix)
        .filter_map(|(i, _)| {
            let rest = &html[i + prefix.len()..];
            rest.find('"').map(|end| rest[..end].to_owned())
        })
        .collect()
}

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().unwrap();
    let args = ServeArgs {
        addr: "127.0.0.1:0".parse().unwrap(),
        db: DatabaseArg { database: format!("sqlite://{}", dir.path().join("weight.db").display()) },
        ..Default::default()
    };
    let clock: SharedClock = Arc::new(SystemClock);
    let app = Application::build(Settings::from_args(&args).unwrap(), clock).await.unwrap();
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until(std::future::pending()));
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();

    let mut pages = vec!["/demo".to_owned(), "/demo/devices".to_owned(), "/demo/done".to_owned()];
    for flow in FLOWS.iter() {
        pages.push(format!("/demo?flow={}", flow.id));
        for (i, step) in flow.steps.iter().enumerate() {
            pages.push(format!("/demo/{}/{}", flow.id, i + 1));
            if !step.problems.is_empty() {
                pages.push(format!("/demo/{}/{}/stuck", flow.id, i + 1));
            }
        }
    }
    let mut heaviest = 0;
    let mut over = Vec::new();
    println!("{:<44} {:>7} {:>7} {:>7} {:>8}", "page (gzip bytes)", "html", "css", "images", "total");
    for page in &pages {
        let (html_bytes, html) = fetch(&client, &format!("{base}{page}")).await;
        let stylesheets: BTreeSet<String> =
            linked(&html, "href=\"").into_iter().filter(|h| h.ends_with(".css") || h.contains(".css?")).collect();
        let images: BTreeSet<String> = linked(&html, "src=\"").into_iter().filter(|s| !s.ends_with(".js")).collect();
        let mut css = 0;
        for href in &stylesheets {
            css += fetch(&client, &format!("{base}{href}")).await.0;
        }
        let mut image_bytes = 0;
        for src in &images {
            image_bytes += fetch(&client, &format!("{base}{src}")).await.0;
        }
        let images = image_bytes;
        let total = html_bytes + css + images;
        heaviest = heaviest.max(total);
        if total > LIMIT {
            over.push(page.clone());
        }
        println!("{page:<44} {html_bytes:>7} {css:>7} {images:>7} {total:>8}");
    }
    let script = fetch(&client, &format!("{base}{}", *passkey_guide::web::assets::SCRIPT_URL)).await.0;
    println!(
        "\n{} pages; heaviest {heaviest} bytes (limit {LIMIT}); the optional script adds {script} bytes",
        pages.len()
    );
    if !over.is_empty() {
        eprintln!("over the limit: {over:?}");
        std::process::exit(1);
    }
}
