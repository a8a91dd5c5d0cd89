//! The event decoder: a guide request (path, query, headers) becomes at most one funnel event,
//! and every field of that event is within its rules.
//!
//! Input, line by line:
//! 1. the tenant: its languages, the first being the default (`de,en`), then any of the policy
//!    words `device-bound`, `attestation`, `authenticator`;
//! 2. the request target after `/{tenant}`: `/samsung/2/stuck/no-bluetooth?c=reminder&lang=de`;
//! 3. and on: the header block, one `name: value` per line.

#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;
use passkey_guide::brand::{Support, Tenant, validate};
use passkey_guide::domain::brand_color::BrandColor;
use passkey_guide::domain::device::Device;
use passkey_guide::domain::flow_id::FlowId;
use passkey_guide::domain::handoff_url::HandoffUrl;
use passkey_guide::domain::stage::Stage;
use passkey_guide::domain::tenant_slug::TenantSlug;
use passkey_guide::guide::catalog;
use passkey_guide::guide::policy::PasskeyPolicy;
use passkey_guide::web::guide::{allowed_flow, choice_for, known_problem, step_number};
use passkey_guide::web::guide_context::{GuideContext, Moment};
use percent_encoding::percent_decode_str;

fuzz_target!(|data: &[u8]| {
    let mut lines = data.splitn(3, |b| *b == b'\n');
    let (Some(tenant), Some(target)) = (lines.next(), lines.next()) else { return };
    let Some(tenant) = tenant_from(tenant) else { return };
    let Ok(target) = std::str::from_utf8(target.strip_suffix(b"\r").unwrap_or(target)) else { return };
    let headers = common::header_block(lines.next().unwrap_or_default());
    let (path, query) = match target.split_once('?') {
        Some((path, query)) => (path, Some(query)),
        None => (target, None),
    };

    let ctx = GuideContext::new(tenant, &headers, query, None);
    check_context(&ctx);
    let Some((stage, flow, step, symptom)) = route(&ctx, path) else { return };
    let moment = Moment { at_ms: 1_750_000_000_000, day: "2025-06-15".to_owned(), visitor: "v".to_owned() };
    let event = ctx.event(moment, stage, flow, step, symptom);

    assert_eq!(event.tenant_id, ctx.tenant.id);
    assert!(ctx.tenant.locales.iter().any(|l| l.as_str() == event.locale), "locale {}", event.locale);
    if let Some(campaign) = &event.campaign {
        let tag = campaign.as_str();
        let allowed = tag.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        assert!((1..=40).contains(&tag.len()) && allowed, "campaign {tag:?}");
    }
    assert_eq!(event.is_bot, ctx.automated);
    assert_eq!(event.device == Device::Bot, event.is_bot, "{event:?}");
    if let Some(flow) = event.flow {
        assert!(ctx.tenant.policy.allows(catalog::flow(flow)), "{flow} is not allowed");
    }
    if let Some(step) = event.step {
        let last = event.flow.map_or(50, |f| catalog::flow(f).steps.len() as i64);
        assert!(step >= 1 && step <= last.max(50), "step {step}");
        if matches!(event.stage, Stage::Step | Stage::Stuck) {
            assert!(step <= last, "step {step} of {last}");
        }
    }
    if let Some(symptom) = &event.symptom {
        let (flow, step) = (event.flow.unwrap_or(FlowId::Mac), event.step.unwrap_or(0) as usize);
        let listed = catalog::flow(flow).step(step).is_some_and(|s| s.problems.contains(&symptom.as_str()));
        assert!(listed, "symptom {symptom:?}");
    }
});

/// `de,en attestation` → a tenant offering German (the default) and English, attestation enforced.
fn tenant_from(line: &[u8]) -> Option<Tenant> {
    let line = std::str::from_utf8(line).ok()?;
    let mut words = line.split_whitespace();
    let enabled: Vec<String> = words.next().unwrap_or("en").split(',').map(str::to_owned).collect();
    let (locales, default_locale) = validate::languages(&enabled, enabled.first()?).ok()?;
    let mut policy = PasskeyPolicy::default();
    for word in words {
        match word {
            "device-bound" => policy.allow_synced = false,
            "attestation" => policy.enforce_attestation = true,
            "authenticator" => policy.require_authenticator = true,
            _ => return None,
        }
    }
    Some(Tenant {
        id: 7,
        slug: TenantSlug::parse("contoso").ok()?,
        name: "Contoso".to_owned(),
        primary_color: BrandColor::parse("#0F6CBD").ok()?,
        logo_type: None,
        support: Support::default(),
        handoff_url: HandoffUrl::default(),
        domain: None,
        locales,
        default_locale,
        policy,
        personal_links: false,
        branding_version: 1,
    })
}

/// What the guide's handlers record for a path after `/{tenant}`, or `None` for a page that
/// records nothing (not found, runbook, devices).
fn route(ctx: &GuideContext, path: &str) -> Option<(Stage, Option<FlowId>, Option<usize>, Option<&'static str>)> {
    let parts: Vec<String> = path
        .trim_start_matches('/')
        .split('/')
        .filter(|p| !p.is_empty())
        .map(|p| percent_decode_str(p).decode_utf8().map(|p| p.into_owned()))
        .collect::<Result<_, _>>()
        .ok()?;
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    let policy_flow = ctx.query.flow.filter(|f| ctx.tenant.policy.allows(catalog::flow(*f)));
    Some(match parts.as_slice() {
        [] => {
            let switched = ctx.query.device.is_some_and(|d| d != ctx.detected.device);
            (if switched { Stage::Switch } else { Stage::Visit }, choice_for(ctx).flow, None, None)
        }
        ["go"] => (Stage::Handoff, policy_flow, ctx.query.step, None),
        ["done"] => (Stage::Done, policy_flow, None, None),
        [flow, step, rest @ ..] => {
            let flow = allowed_flow(ctx, flow).ok()?;
            let number = step_number(flow, step).ok()?;
            let data = flow.step(number)?;
            match rest {
                [] => (Stage::Step, Some(flow.id), Some(number), None),
                ["stuck"] => (Stage::Stuck, Some(flow.id), Some(number), None),
                ["stuck", problem] => {
                    (Stage::Stuck, Some(flow.id), Some(number), Some(known_problem(data, problem).ok()?))
                }
                _ => return None,
            }
        }
        _ => return None,
    })
}

/// What the context promises before any event is built.
fn check_context(ctx: &GuideContext) {
    let q = &ctx.query;
    assert_ne!(q.device, Some(Device::Bot), "nobody is a bot by asking");
    assert!(q.step.is_none_or(|s| (1..=50).contains(&s)), "step {:?}", q.step);
    if let Some(lang) = &q.lang
        && ctx.tenant.locales.iter().any(|l| l.as_str() == lang)
    {
        assert_eq!(ctx.i18n.locale.as_str(), lang, "an offered language asked for is the one used");
    }
    assert!(ctx.tenant.locales.contains(&ctx.i18n.locale));
    assert_eq!(ctx.device, q.device.unwrap_or(ctx.detected.device));
    common::check_detection(&ctx.detected);
    assert!(ctx.host.chars().count() <= 255);

    let safe = |link: &str| {
        link.starts_with("/contoso")
            && link.bytes().all(|b| b.is_ascii_alphanumeric() || b"/?&=%+-._*".contains(&b))
            && link.matches('?').count() <= 1
    };
    let mut links = vec![ctx.links.landing(), ctx.links.devices(), ctx.links.thanks(q.flow), ctx.links.done_action()];
    for flow in FlowId::ALL {
        links.extend([ctx.links.landing_flow(flow), ctx.links.step(flow, 1), ctx.links.go(flow, 1)]);
    }
    for link in &links {
        assert!(safe(link), "link {link:?}");
    }
    let code = ctx.support_code(q.flow, q.step);
    assert!(code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-'), "{code}");
    let _ = ctx.page_key(&["landing"]);
}
