//! Cost of detection per request, side by side with `woothee` alone, over the labelled corpus.
//! Run with `cargo bench --bench detect`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use passkey_guide::detect::{ClientHints, Signals, detect};

fn corpus() -> Vec<Signals> {
    let text = include_str!("../tests/fixtures/detect.jsonl");
    text.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .map(|v| {
            let ua = v["ua"].as_str().unwrap_or("").to_owned();
            let hints: Vec<(String, String)> = v["hints"]
                .as_object()
                .map(|o| o.iter().map(|(k, v)| (k.clone(), v.as_str().unwrap_or("").to_owned())).collect())
                .unwrap_or_default();
            let hints = ClientHints::from_pairs(hints.iter().map(|(k, v)| (k.as_str(), v.as_bytes())));
            Signals { user_agent: ua, hints }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let corpus = corpus();
    let parser = woothee::parser::Parser::new();
    let mut group = c.benchmark_group("per-request");
    group.bench_function("woothee alone", |b| {
        let mut i = 0;
        b.iter(|| {
            let s = &corpus[i % corpus.len()];
            i += 1;
            black_box(parser.parse(black_box(&s.user_agent)))
        })
    });
    group.bench_function("passkey-guide detect", |b| {
        let mut i = 0;
        b.iter(|| {
            let s = &corpus[i % corpus.len()];
            i += 1;
            black_box(detect(black_box(s)))
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
