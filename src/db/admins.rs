//! Administrator accounts: Argon2id password hashes, a role, and optionally one tenant.

use anyhow::Context;
use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use secrecy::{ExposeSecret, SecretString};

use super::Db;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Sees figures only.
    Viewer,
    /// Sees figures and the lists that name people (stragglers, recipients, segments), changes
    /// nothing.
    Analyst,
    Editor,
    Owner,
}

impl Role {
    /// Every role, the least first.
    pub const ALL: [Role; 4] = [Role::Viewer, Role::Analyst, Role::Editor, Role::Owner];

    pub fn parse(value: &str) -> Option<Role> {
        match value {
            "owner" => Some(Role::Owner),
            "editor" => Some(Role::Editor),
            "analyst" => Some(Role::Analyst),
            "viewer" => Some(Role::Viewer),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Owner => "owner",
            Role::Editor => "editor",
            Role::Analyst => "analyst",
            Role::Viewer => "viewer",
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AdminError {
    #[error("an administrator with that email already exists")]
    Taken,
    #[error("the password must have at least 12 characters")]
    WeakPassword,
    #[error("that is not an email address")]
    BadEmail,
    #[error("there is no administrator with that email")]
    Unknown,
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

pub fn hash_password(password: &SecretString) -> anyhow::Result<String> {
    let salt = SaltString::generate(&mut rand::rngs::OsRng);
    Argon2::default()
        .hash_password(password.expose_secret().as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| anyhow::anyhow!("could not hash the password: {e}"))
}

pub fn verify_password(password: &SecretString, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| Argon2::default().verify_password(password.expose_secret().as_bytes(), &parsed).is_ok())
        .unwrap_or(false)
}

pub fn normalise_email(email: &str) -> Result<String, AdminError> {
    let email = email.trim().to_lowercase();
    let valid = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.'))
        && !email.chars().any(|c| c.is_whitespace() || c.is_control() || c == '<' || c == '>');
    if valid { Ok(email) } else { Err(AdminError::BadEmail) }
}

pub async fn create(
    db: &Db,
    email: &str,
    password: &SecretString,
    role: Role,
    tenant_id: Option<i64>,
    now_ms: i64,
) -> Result<i64, AdminError> {
    let email = normalise_email(email)?;
    check_strength(password)?;
    let hash = hash_password(password)?;
    let result: Result<(i64,), sqlx::Error> = sqlx::query_as(
        "insert into admins (email, password_hash, role, tenant_id, created_at) values ($1, $2, $3, $4, $5) returning id",
    )
    .bind(email)
    .bind(hash)
    .bind(role.as_str())
    .bind(tenant_id)
    .bind(now_ms)
    .fetch_one(&db.pool)
    .await;
    match result {
        Ok((id,)) => Ok(id),
        Err(e) if super::is_unique_violation(&e) => Err(AdminError::Taken),
        Err(e) => Err(anyhow::Error::new(e).context("could not create the administrator").into()),
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AdminRow {
    pub id: i64,
    pub email: String,
    pub password_hash: String,
    pub role: String,
    pub tenant_id: Option<i64>,
    /// When the account was disabled; a disabled account cannot sign in and has no sessions.
    pub disabled_at: Option<i64>,
}

impl AdminRow {
    pub fn is_disabled(&self) -> bool {
        self.disabled_at.is_some()
    }
}

/// The columns of [`AdminRow`], for every query that reads one.
pub(super) const ADMIN_COLUMNS: &str = "a.id, a.email, a.password_hash, a.role, a.tenant_id, a.disabled_at";

pub async fn find_by_email(db: &Db, email: &str) -> anyhow::Result<Option<AdminRow>> {
    sqlx::query_as(&format!("select {ADMIN_COLUMNS} from admins a where a.email = $1"))
        .bind(email.trim().to_lowercase())
        .fetch_optional(&db.pool)
        .await
        .context("could not read the administrator")
}

/// One line of `admin list`: the account and the slug of its tenant, if it is limited to one.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AdminListRow {
    #[sqlx(flatten)]
    pub admin: AdminRow,
    pub tenant_slug: Option<String>,
}

pub async fn list(db: &Db) -> anyhow::Result<Vec<AdminListRow>> {
    sqlx::query_as(&format!(
        "select {ADMIN_COLUMNS}, t.slug as tenant_slug from admins a \
         left join tenants t on t.id = a.tenant_id order by a.email"
    ))
    .fetch_all(&db.pool)
    .await
    .context("could not list the administrators")
}

pub async fn find_by_id(db: &Db, id: i64) -> anyhow::Result<Option<AdminRow>> {
    sqlx::query_as(&format!("select {ADMIN_COLUMNS} from admins a where a.id = $1"))
        .bind(id)
        .fetch_optional(&db.pool)
        .await
        .context("could not read the administrator")
}

/// Sets an account's role and the tenant it is limited to (`None`: every tenant). Its open
/// sessions read the new role on their next request.
pub async fn set_access(db: &Db, id: i64, role: Role, tenant_id: Option<i64>) -> Result<(), AdminError> {
    let done = sqlx::query("update admins set role = $1, tenant_id = $2 where id = $3")
        .bind(role.as_str())
        .bind(tenant_id)
        .bind(id)
        .execute(&db.pool)
        .await
        .context("could not change the administrator")?;
    if done.rows_affected() == 0 { Err(AdminError::Unknown) } else { Ok(()) }
}

/// The account with this email, or an error that names it.
async fn existing(db: &Db, email: &str) -> Result<AdminRow, AdminError> {
    find_by_email(db, email).await?.ok_or(AdminError::Unknown)
}

/// Disables an account and ends its sessions and trusted devices in the same transaction, so a
/// disabled administrator's open browser stops working at once.
pub async fn disable(db: &Db, email: &str, now_ms: i64) -> Result<(), AdminError> {
    let admin = existing(db, email).await?;
    let mut tx = db.pool.begin().await.context("could not start a transaction")?;
    sqlx::query("update admins set disabled_at = $1 where id = $2 and disabled_at is null")
        .bind(now_ms)
        .bind(admin.id)
        .execute(&mut *tx)
        .await
        .context("could not disable the administrator")?;
    end_sessions(&mut tx, admin.id).await?;
    tx.commit().await.context("could not disable the administrator")?;
    Ok(())
}

pub async fn enable(db: &Db, email: &str) -> Result<(), AdminError> {
    let admin = existing(db, email).await?;
    sqlx::query("update admins set disabled_at = null where id = $1")
        .bind(admin.id)
        .execute(&db.pool)
        .await
        .context("could not enable the administrator")?;
    Ok(())
}

pub async fn delete(db: &Db, email: &str) -> Result<(), AdminError> {
    let admin = existing(db, email).await?;
    let mut tx = db.pool.begin().await.context("could not start a transaction")?;
    end_sessions(&mut tx, admin.id).await?;
    sqlx::query("delete from admins where id = $1")
        .bind(admin.id)
        .execute(&mut *tx)
        .await
        .context("could not delete the administrator")?;
    tx.commit().await.context("could not delete the administrator")?;
    Ok(())
}

/// Sets a new password and ends the account's sessions and trusted devices: whoever knew the
/// old password is signed out.
pub async fn set_password(db: &Db, email: &str, password: &SecretString) -> Result<(), AdminError> {
    let admin = existing(db, email).await?;
    check_strength(password)?;
    let hash = hash_password(password)?;
    let mut tx = db.pool.begin().await.context("could not start a transaction")?;
    sqlx::query("update admins set password_hash = $1 where id = $2")
        .bind(hash)
        .bind(admin.id)
        .execute(&mut *tx)
        .await
        .context("could not set the password")?;
    end_sessions(&mut tx, admin.id).await?;
    tx.commit().await.context("could not set the password")?;
    Ok(())
}

async fn end_sessions(tx: &mut sqlx::Transaction<'_, sqlx::Any>, admin_id: i64) -> anyhow::Result<()> {
    for table in ["sessions", "trusted_devices"] {
        sqlx::query(&format!("delete from {table} where admin_id = $1"))
            .bind(admin_id)
            .execute(&mut **tx)
            .await
            .with_context(|| format!("could not clear the administrator's {table}"))?;
    }
    Ok(())
}

pub fn check_strength(password: &SecretString) -> Result<(), AdminError> {
    if password.expose_secret().chars().count() < 12 { Err(AdminError::WeakPassword) } else { Ok(()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_own_hash() {
        let password = SecretString::from("correct horse battery");
        let hash = hash_password(&password).unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(&password, &hash));
        assert!(!verify_password(&SecretString::from("wrong horse battery"), &hash));
        assert!(!verify_password(&password, "not a hash"));
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(normalise_email(" IT@Contoso.COM ").unwrap(), "it@contoso.com");
        assert!(normalise_email("nope").is_err());
        assert!(normalise_email("<a>@b.c").is_err());
    }
}
