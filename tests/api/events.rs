//! The event writer on its own: what it acknowledges is stored, what it cannot store is refused,
//! and it goes on after a refusal.

use std::sync::Arc;

use passkey_guide::analytics::event::NewEvent;
use passkey_guide::analytics::writer::{EventWriter, RecordError};
use passkey_guide::clock::{FixedClock, SharedClock};
use passkey_guide::db::Db;
use passkey_guide::db::tenants::{self, NewTenant};
use passkey_guide::domain::device::Device;
use passkey_guide::domain::stage::Stage;
use passkey_guide::domain::tenant_slug::TenantSlug;
use passkey_guide::guide::policy::PasskeyPolicy;
use time::macros::datetime;

use crate::helpers::database_url;

fn visit(tenant_id: i64, visitor: usize) -> NewEvent {
    NewEvent {
        tenant_id,
        at_ms: 1_763_629_200_000,
        day: "2026-11-20".into(),
        stage: Stage::Visit,
        step: None,
        symptom: None,
        device: Device::Iphone,
        flow: None,
        locale: "en".into(),
        campaign: None,
        profile: None,
        visitor: format!("visitor-{visitor}"),
        is_bot: false,
        is_test: false,
        recipient: None,
    }
}

async fn stored(db: &Db) -> i64 {
    sqlx::query_scalar::<_, i64>("select count(*) from events").fetch_one(&db.pool).await.unwrap()
}

async fn tenant(db: &Db) -> i64 {
    let slug = TenantSlug::parse("acme").unwrap();
    let new = NewTenant { slug: &slug, name: "Acme", policy: PasskeyPolicy::default() };
    tenants::create(db, new, 0).await.unwrap()
}

#[tokio::test]
async fn acknowledged_events_are_stored_and_a_batch_that_cannot_be_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = Db::connect(&database_url(&dir).await).await.unwrap();
    let tenant_id = tenant(&db).await;
    let clock: SharedClock = Arc::new(FixedClock::at(datetime!(2026-11-20 09:00 UTC)));
    let (writer, task) = EventWriter::spawn(db.clone(), clock, 1_000);

    let requests = (0..300).map(|n| {
        let writer = writer.clone();
        tokio::spawn(async move { writer.record(visit(tenant_id, n)).await })
    });
    for request in futures_util::future::join_all(requests).await {
        assert_eq!(request.unwrap(), Ok(()));
    }
    assert_eq!(stored(&db).await, 300);

    // No such tenant: the database refuses the row, so the request is told, and nothing is kept.
    assert_eq!(writer.record(visit(tenant_id + 1_000, 0)).await, Err(RecordError::WriteFailed));
    assert_eq!(stored(&db).await, 300);

    assert_eq!(writer.record(visit(tenant_id, 300)).await, Ok(()));
    assert_eq!(stored(&db).await, 301);

    // A refused event among others that queued up at the same moment fails alone.
    let requests = (0..200).map(|n| {
        let writer = writer.clone();
        let tenant = if n == 100 { tenant_id + 1_000 } else { tenant_id };
        tokio::spawn(async move { writer.record(visit(tenant, 1_000 + n)).await })
    });
    for (n, request) in futures_util::future::join_all(requests).await.into_iter().enumerate() {
        let expected = if n == 100 { Err(RecordError::WriteFailed) } else { Ok(()) };
        assert_eq!(request.unwrap(), expected, "request {n}");
    }
    assert_eq!(stored(&db).await, 500);

    drop(writer);
    task.await.unwrap();
}
