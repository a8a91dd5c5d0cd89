//! Administrators' passkeys, the registrations and sign-ins under way (their challenges stay
//! here, never in the browser), and whether the installation requires passkeys.

use anyhow::Context;

use super::Db;
use super::tokens::hash;

/// A registration or sign-in must be finished within five minutes of its start.
pub const CEREMONY_LIFETIME_MS: i64 = 5 * 60 * 1000;

/// Longest passkey name kept.
pub const MAX_NAME_CHARS: usize = 60;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct PasskeyRow {
    pub id: i64,
    pub admin_id: i64,
    /// The credential id, base64url without padding.
    pub credential_id: String,
    /// The account's user handle (a UUID) as the authenticator stores it.
    pub user_handle: String,
    /// The credential as webauthn-rs serialises it (JSON).
    pub passkey: String,
    pub name: String,
    pub created_at: i64,
    pub last_used_at: Option<i64>,
}

const PASSKEY_COLUMNS: &str = "id, admin_id, credential_id, user_handle, passkey, name, created_at, last_used_at";

/// A passkey to store for an administrator.
pub struct NewPasskey<'a> {
    pub admin_id: i64,
    pub credential_id: &'a str,
    pub user_handle: &'a str,
    pub passkey: &'a str,
    pub name: &'a str,
}

#[derive(Debug, thiserror::Error)]
pub enum PasskeyWriteError {
    /// The credential is already registered (to this account or another).
    #[error("that passkey is already registered")]
    Taken,
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// A name as stored: trimmed, without control characters, at most `MAX_NAME_CHARS`.
pub fn clean_name(name: &str) -> String {
    name.trim().chars().filter(|c| !c.is_control()).take(MAX_NAME_CHARS).collect::<String>().trim().to_owned()
}

pub async fn insert(db: &Db, passkey: NewPasskey<'_>, now_ms: i64) -> Result<i64, PasskeyWriteError> {
    let result: Result<(i64,), sqlx::Error> = sqlx::query_as(
        "insert into admin_passkeys (admin_id, credential_id, user_handle, passkey, name, created_at) \
         values ($1, $2, $3, $4, $5, $6) returning id",
    )
    .bind(passkey.admin_id)
    .bind(passkey.credential_id)
    .bind(passkey.user_handle)
    .bind(passkey.passkey)
    .bind(clean_name(passkey.name))
    .bind(now_ms)
    .fetch_one(&db.pool)
    .await;
    match result {
        Ok((id,)) => Ok(id),
        Err(e) if super::is_unique_violation(&e) => Err(PasskeyWriteError::Taken),
        Err(e) => Err(anyhow::Error::new(e).context("could not store the passkey").into()),
    }
}

/// An administrator's passkeys, oldest first.
pub async fn list_for_admin(db: &Db, admin_id: i64) -> anyhow::Result<Vec<PasskeyRow>> {
    sqlx::query_as(&format!("select {PASSKEY_COLUMNS} from admin_passkeys where admin_id = $1 order by created_at, id"))
        .bind(admin_id)
        .fetch_all(&db.pool)
        .await
        .context("could not list the passkeys")
}

pub async fn count_for_admin(db: &Db, admin_id: i64) -> anyhow::Result<i64> {
    let (count,): (i64,) = sqlx::query_as("select count(*) from admin_passkeys where admin_id = $1")
        .bind(admin_id)
        .fetch_one(&db.pool)
        .await
        .context("could not count the passkeys")?;
    Ok(count)
}

pub async fn find_by_credential(db: &Db, credential_id: &str) -> anyhow::Result<Option<PasskeyRow>> {
    sqlx::query_as(&format!("select {PASSKEY_COLUMNS} from admin_passkeys where credential_id = $1"))
        .bind(credential_id)
        .fetch_optional(&db.pool)
        .await
        .context("could not read the passkey")
}

/// Renames one of the administrator's passkeys; `false` when it has no passkey with that id.
pub async fn rename(db: &Db, admin_id: i64, id: i64, name: &str) -> anyhow::Result<bool> {
    let done = sqlx::query("update admin_passkeys set name = $1 where id = $2 and admin_id = $3")
        .bind(clean_name(name))
        .bind(id)
        .bind(admin_id)
        .execute(&db.pool)
        .await
        .context("could not rename the passkey")?;
    Ok(done.rows_affected() == 1)
}

/// Removes one of the administrator's passkeys; `false` when it has no passkey with that id.
pub async fn remove(db: &Db, admin_id: i64, id: i64) -> anyhow::Result<bool> {
    let done = sqlx::query("delete from admin_passkeys where id = $1 and admin_id = $2")
        .bind(id)
        .bind(admin_id)
        .execute(&db.pool)
        .await
        .context("could not remove the passkey")?;
    Ok(done.rows_affected() == 1)
}

/// Records a sign-in with the passkey: when it was used and, if the sign-in changed it (its
/// counter or backup state), the credential as it is now.
pub async fn record_use(db: &Db, id: i64, passkey: Option<&str>, now_ms: i64) -> anyhow::Result<()> {
    sqlx::query("update admin_passkeys set last_used_at = $1, passkey = coalesce($2, passkey) where id = $3")
        .bind(now_ms)
        .bind(passkey)
        .bind(id)
        .execute(&db.pool)
        .await
        .context("could not record the passkey's use")?;
    Ok(())
}

/// Whether the account exists and is not disabled.
pub async fn may_sign_in(db: &Db, admin_id: i64) -> anyhow::Result<bool> {
    let row: Option<(Option<i64>,)> = sqlx::query_as("select disabled_at from admins where id = $1")
        .bind(admin_id)
        .fetch_optional(&db.pool)
        .await
        .context("could not read the administrator")?;
    Ok(row.is_some_and(|(disabled_at,)| disabled_at.is_none()))
}

// ---- ceremonies ------------------------------------------------------------------------------

/// What a ceremony is for: adding a passkey to a signed-in account, or signing in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CeremonyKind {
    Register,
    SignIn,
}

impl CeremonyKind {
    pub fn as_str(self) -> &'static str {
        match self {
            CeremonyKind::Register => "register",
            CeremonyKind::SignIn => "sign-in",
        }
    }
}

/// Stores a ceremony's state under a new random id and returns the id (for the cookie).
pub async fn start_ceremony(
    db: &Db,
    kind: CeremonyKind,
    admin_id: Option<i64>,
    state: &str,
    now_ms: i64,
) -> anyhow::Result<String> {
    sqlx::query("delete from passkey_ceremonies where expires_at < $1")
        .bind(now_ms)
        .execute(&db.pool)
        .await
        .context("could not clean up passkey ceremonies")?;
    let id = super::sessions::random_hex();
    sqlx::query(
        "insert into passkey_ceremonies (id_hash, kind, admin_id, state, expires_at, created_at) \
         values ($1, $2, $3, $4, $5, $6)",
    )
    .bind(hash(&id))
    .bind(kind.as_str())
    .bind(admin_id)
    .bind(state)
    .bind(now_ms + CEREMONY_LIFETIME_MS)
    .bind(now_ms)
    .execute(&db.pool)
    .await
    .context("could not store the passkey ceremony")?;
    Ok(id)
}

/// Ceremonies of this kind under way (not yet expired).
pub async fn open_ceremonies(db: &Db, kind: CeremonyKind, now_ms: i64) -> anyhow::Result<i64> {
    let (count,): (i64,) =
        sqlx::query_as("select count(*) from passkey_ceremonies where kind = $1 and expires_at > $2")
            .bind(kind.as_str())
            .bind(now_ms)
            .fetch_one(&db.pool)
            .await
            .context("could not count passkey ceremonies")?;
    Ok(count)
}

/// Takes a ceremony's state once: the row is deleted whether or not it is still valid, so a
/// challenge never serves twice. `None` if it is unknown, expired, of another kind or (for a
/// registration) another administrator's.
pub async fn take_ceremony(
    db: &Db,
    id: &str,
    kind: CeremonyKind,
    admin_id: Option<i64>,
    now_ms: i64,
) -> anyhow::Result<Option<String>> {
    if id.len() != 64 || !id.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let row: Option<(String, Option<i64>, String, i64)> =
        sqlx::query_as("delete from passkey_ceremonies where id_hash = $1 returning kind, admin_id, state, expires_at")
            .bind(hash(id))
            .fetch_optional(&db.pool)
            .await
            .context("could not read the passkey ceremony")?;
    Ok(row
        .filter(|(k, owner, _, expires_at)| k == kind.as_str() && *owner == admin_id && *expires_at > now_ms)
        .map(|(_, _, state, _)| state))
}

// ---- the installation's requirement ----------------------------------------------------------

const PASSKEYS_REQUIRED: &str = "admin_passkeys_required";

/// Whether administrators who have a passkey must sign in with one.
pub async fn passkeys_required(db: &Db) -> anyhow::Result<bool> {
    let value: Option<(String,)> = sqlx::query_as("select value from installation_settings where name = $1")
        .bind(PASSKEYS_REQUIRED)
        .fetch_optional(&db.pool)
        .await
        .context("could not read the installation's settings")?;
    Ok(value.is_some_and(|(v,)| v == "true"))
}

pub async fn set_passkeys_required(db: &Db, required: bool, now_ms: i64) -> anyhow::Result<()> {
    sqlx::query(
        "insert into installation_settings (name, value, updated_at, created_at) values ($1, $2, $3, $3) \
         on conflict (name) do update set value = excluded.value, updated_at = excluded.updated_at",
    )
    .bind(PASSKEYS_REQUIRED)
    .bind(if required { "true" } else { "false" })
    .bind(now_ms)
    .execute(&db.pool)
    .await
    .context("could not save the installation's settings")?;
    Ok(())
}

/// Whether a password sign-in of this administrator is refused: the installation requires
/// passkeys and the account has one. Accounts without one keep their password, so they can add
/// one.
pub async fn password_refused(db: &Db, admin_id: i64) -> anyhow::Result<bool> {
    Ok(passkeys_required(db).await? && count_for_admin(db, admin_id).await? > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_cut_and_lose_control_characters() {
        assert_eq!(clean_name("  Work laptop\n "), "Work laptop");
        assert_eq!(clean_name("a\u{0}b"), "ab");
        assert_eq!(clean_name(&"x".repeat(100)).chars().count(), MAX_NAME_CHARS);
    }
}
