//! The labelled corpus in `tests/fixtures/detect.jsonl`: accuracy per device class, printed, and
//! held to the promise: 99% of devices, 97% of automated clients recognised, no real browser
//! taken for one, and 95% of the OS versions a request reveals.

use std::collections::BTreeMap;

use super::{ClientHints, Signals, detect};

struct Case {
    ua: String,
    hints: Vec<(String, String)>,
    device: String,
    os_version: Option<String>,
    in_app: Option<String>,
}

fn corpus() -> Vec<Case> {
    let text = include_str!("../../tests/fixtures/detect.jsonl");
    text.lines()
        .enumerate()
        .map(|(i, line)| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("line {}: {e}", i + 1));
            Case {
                ua: v["ua"].as_str().unwrap_or_default().to_owned(),
                hints: v["hints"]
                    .as_object()
                    .map(|o| o.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned())).collect())
                    .unwrap_or_default(),
                device: v["device"].as_str().unwrap_or_default().to_owned(),
                os_version: v["os_version"].as_str().map(str::to_owned),
                in_app: v["in_app"].as_str().map(str::to_owned),
            }
        })
        .collect()
}

#[test]
fn the_labelled_corpus_is_classified_as_promised() {
    let cases = corpus();
    assert!(cases.len() >= 500, "the corpus has {} cases", cases.len());
    let mut per_class: BTreeMap<String, (u32, u32)> = BTreeMap::new();
    let (mut devices_right, mut versions_known, mut versions_right, mut in_app_right) = (0u32, 0u32, 0u32, 0u32);
    let mut misses = Vec::new();
    let mut people_taken_for_bots = Vec::new();
    for case in &cases {
        let hints = ClientHints::from_pairs(case.hints.iter().map(|(k, v)| (k.as_str(), v.as_bytes())));
        let got = detect(&Signals { user_agent: case.ua.clone(), hints });
        let entry = per_class.entry(case.device.clone()).or_default();
        entry.1 += 1;
        if got.device.as_str() == case.device {
            entry.0 += 1;
            devices_right += 1;
        } else {
            misses.push(format!("device {} ≠ {}: {}", got.device, case.device, case.ua));
            if got.is_bot() {
                people_taken_for_bots.push(format!("{} taken for a bot: {}", case.device, case.ua));
            }
        }
        if case.os_version.is_some() {
            versions_known += 1;
            if got.os_version == case.os_version {
                versions_right += 1;
            } else {
                misses.push(format!("version {:?} ≠ {:?}: {}", got.os_version, case.os_version, case.ua));
            }
        }
        if got.in_app.map(|a| a.as_str().to_owned()) == case.in_app {
            in_app_right += 1;
        }
    }
    let share = |a: u32, b: u32| f64::from(a) / f64::from(b.max(1)) * 100.0;
    println!("device accuracy per class:");
    for (class, (right, total)) in &per_class {
        println!("  {class:<9} {right:>4}/{total:<4} {:>6.1}%", share(*right, *total));
    }
    let device_share = share(devices_right, cases.len() as u32);
    let version_share = share(versions_right, versions_known);
    println!("devices  {devices_right}/{} = {device_share:.1}%", cases.len());
    println!("versions {versions_right}/{versions_known} = {version_share:.1}%");
    println!("in-app   {in_app_right}/{} = {:.1}%", cases.len(), share(in_app_right, cases.len() as u32));
    for miss in &misses {
        println!("  miss: {miss}");
    }
    let (bots_right, bots) = per_class.get("bot").copied().unwrap_or_default();
    let bot_share = share(bots_right, bots);
    println!("bots     {bots_right}/{bots} = {bot_share:.1}%");
    assert!(people_taken_for_bots.is_empty(), "real browsers taken for bots:\n{}", people_taken_for_bots.join("\n"));
    assert!(device_share >= 99.0, "device accuracy {device_share:.1}% is under 99%");
    assert!(bot_share >= 97.0, "{bot_share:.1}% of automated clients recognised, under 97%");
    assert!(version_share >= 95.0, "version accuracy {version_share:.1}% is under 95%");
}
