//! The daily key for visitor hashes, shared by every instance on one database and forgotten
//! two days later, so a visitor of one day can no longer be linked to later days. Two days,
//! because a tenant's day (in its time zone) may still be open while another's has moved on.

use anyhow::Context;
use rand::RngCore;

use super::Db;

/// Today's salt, created by whichever instance asks first.
pub async fn salt_for(db: &Db, day: &str, now_ms: i64) -> anyhow::Result<Vec<u8>> {
    let mut fresh = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut fresh);
    sqlx::query("insert into visitor_salts (day, salt, created_at) values ($1, $2, $3) on conflict (day) do nothing")
        .bind(day)
        .bind(hex::encode(fresh))
        .bind(now_ms)
        .execute(&db.pool)
        .await
        .context("could not store the visitor salt")?;
    let (salt,): (String,) = sqlx::query_as("select salt from visitor_salts where day = $1")
        .bind(day)
        .fetch_one(&db.pool)
        .await
        .context("could not read the visitor salt")?;
    let forget_before = crate::domain::day::Day::parse(day)
        .map(|d| crate::domain::day::Day::of(d.date() - time::Duration::days(2)).to_string())
        .unwrap_or_default();
    sqlx::query("delete from visitor_salts where day < $1")
        .bind(forget_before)
        .execute(&db.pool)
        .await
        .context("could not forget old visitor salts")?;
    hex::decode(salt).context("stored visitor salt is not hex")
}
