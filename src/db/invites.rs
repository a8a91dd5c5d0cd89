//! Invitations for new administrators: a one-time link that expires. Only the hash of the
//! link's token is stored; the link is shown once, to the owner who created it.

use anyhow::Context;
use secrecy::SecretString;

use super::Db;
use super::admins::{self, AdminError, Role};
use super::sessions::random_hex;
use super::tokens::hash;

/// An invitation link works for seven days.
pub const LIFETIME_MS: i64 = 7 * 24 * 60 * 60 * 1000;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Invite {
    pub id: i64,
    pub email: String,
    pub role: String,
    pub tenant_id: Option<i64>,
    pub expires_at: i64,
}

impl Invite {
    pub fn role(&self) -> Role {
        Role::parse(&self.role).unwrap_or(Role::Viewer)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum InviteError {
    #[error(transparent)]
    Admin(#[from] AdminError),
    #[error("an invitation for that email is waiting to be used")]
    Pending,
    #[error("the invitation has expired or was already used")]
    Gone,
}

impl From<anyhow::Error> for InviteError {
    fn from(e: anyhow::Error) -> Self {
        InviteError::Admin(AdminError::Other(e))
    }
}

/// Invites `email`; returns the invitation and its token (for the link).
pub async fn create(
    db: &Db,
    email: &str,
    access: (Role, Option<i64>),
    invited_by: i64,
    now_ms: i64,
) -> Result<(Invite, SecretString), InviteError> {
    let email = admins::normalise_email(email)?;
    if admins::find_by_email(db, &email).await?.is_some() {
        return Err(AdminError::Taken.into());
    }
    if pending(db, now_ms).await?.iter().any(|i| i.email == email) {
        return Err(InviteError::Pending);
    }
    let token = random_hex();
    let (role, tenant_id) = access;
    let (id,): (i64,) = sqlx::query_as(
        "insert into admin_invites (token_hash, email, role, tenant_id, invited_by, created_at, expires_at) \
         values ($1, $2, $3, $4, $5, $6, $7) returning id",
    )
    .bind(hash(&token))
    .bind(&email)
    .bind(role.as_str())
    .bind(tenant_id)
    .bind(invited_by)
    .bind(now_ms)
    .bind(now_ms + LIFETIME_MS)
    .fetch_one(&db.pool)
    .await
    .context("could not store the invitation")?;
    let invite = Invite { id, email, role: role.as_str().to_owned(), tenant_id, expires_at: now_ms + LIFETIME_MS };
    Ok((invite, SecretString::from(token)))
}

const COLUMNS: &str = "id, email, role, tenant_id, expires_at";

/// Invitations neither used nor expired, oldest first.
pub async fn pending(db: &Db, now_ms: i64) -> anyhow::Result<Vec<Invite>> {
    sqlx::query_as(&format!(
        "select {COLUMNS} from admin_invites where used_at is null and expires_at > $1 order by created_at, id"
    ))
    .bind(now_ms)
    .fetch_all(&db.pool)
    .await
    .context("could not list the invitations")
}

/// The invitation a link's token opens, if it is still good.
pub async fn find(db: &Db, token: &str, now_ms: i64) -> anyhow::Result<Option<Invite>> {
    if token.len() != 64 || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    sqlx::query_as(&format!(
        "select {COLUMNS} from admin_invites where token_hash = $1 and used_at is null and expires_at > $2"
    ))
    .bind(hash(token))
    .bind(now_ms)
    .fetch_optional(&db.pool)
    .await
    .context("could not read the invitation")
}

/// Uses the invitation: creates the account with the chosen password. The password is checked
/// first, so a weak one leaves the link working; the invitation is then claimed once, so two
/// tabs cannot both create an account.
pub async fn accept(db: &Db, token: &str, password: &SecretString, now_ms: i64) -> Result<(Invite, i64), InviteError> {
    let invite = find(db, token, now_ms).await?.ok_or(InviteError::Gone)?;
    admins::check_strength(password)?;
    let claimed =
        sqlx::query("update admin_invites set used_at = $1 where id = $2 and used_at is null and expires_at > $1")
            .bind(now_ms)
            .bind(invite.id)
            .execute(&db.pool)
            .await
            .context("could not use the invitation")?;
    if claimed.rows_affected() != 1 {
        return Err(InviteError::Gone);
    }
    let id = admins::create(db, &invite.email, password, invite.role(), invite.tenant_id, now_ms).await?;
    Ok((invite, id))
}

/// Withdraws a pending invitation (it is marked used); returns it, if there was one.
pub async fn withdraw(db: &Db, id: i64, now_ms: i64) -> anyhow::Result<Option<Invite>> {
    let invite: Option<Invite> =
        sqlx::query_as(&format!("select {COLUMNS} from admin_invites where id = $1 and used_at is null"))
            .bind(id)
            .fetch_optional(&db.pool)
            .await
            .context("could not read the invitation")?;
    if invite.is_some() {
        sqlx::query("update admin_invites set used_at = $1 where id = $2")
            .bind(now_ms)
            .bind(id)
            .execute(&db.pool)
            .await
            .context("could not withdraw the invitation")?;
    }
    Ok(invite)
}
