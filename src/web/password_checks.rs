//! Argon2 is slow on purpose (tens of milliseconds and 19 MiB per check). Checks run on the
//! blocking pool, a bounded number at a time, so a storm of sign-ins neither stalls the request
//! threads that serve guide pages and `/healthz` nor takes memory without bound.

use secrecy::SecretString;
use tokio::sync::Semaphore;

use crate::db::admins;

/// An Argon2id hash of a random password, to spend the same time on unknown accounts.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$1QHmCL3lq+0aqZDRb0hvhJVT1kR6jA+ZLVJYV2Rm8mA";

#[derive(Debug)]
pub struct PasswordChecks {
    permits: Semaphore,
}

impl Default for PasswordChecks {
    /// One check at a time per core but one, so a core is always left for everything else.
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(1, usize::from);
        PasswordChecks::new(cores.saturating_sub(1).max(1))
    }
}

impl PasswordChecks {
    pub fn new(concurrent: usize) -> PasswordChecks {
        PasswordChecks { permits: Semaphore::new(concurrent.max(1)) }
    }

    /// Whether `password` matches `hash`; with no account (`None`), a dummy hash is checked
    /// so that the time taken does not tell whether the account exists.
    pub async fn verify(&self, password: SecretString, hash: Option<String>) -> bool {
        let Ok(_permit) = self.permits.acquire().await else { return false };
        let known = hash.is_some();
        let hash = hash.unwrap_or_else(|| DUMMY_HASH.to_owned());
        let verified = tokio::task::spawn_blocking(move || admins::verify_password(&password, &hash)).await;
        known && verified.unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_check_needs_the_right_password_and_an_account() {
        let checks = PasswordChecks::new(1);
        let password = SecretString::from("correct horse battery");
        let hash = admins::hash_password(&password).unwrap();
        assert!(checks.verify(password.clone(), Some(hash.clone())).await);
        assert!(!checks.verify(SecretString::from("wrong horse battery"), Some(hash)).await);
        assert!(!checks.verify(password, None).await);
    }

    #[tokio::test(flavor = "current_thread")]
    async fn checks_leave_the_request_thread_free() {
        // On a single request thread, a timer keeps ticking while checks run beside it.
        let checks = std::sync::Arc::new(PasswordChecks::new(1));
        let password = SecretString::from("correct horse battery");
        let hash = admins::hash_password(&password).unwrap();
        let storm: Vec<_> = (0..4)
            .map(|_| {
                let (checks, password, hash) = (checks.clone(), password.clone(), hash.clone());
                tokio::spawn(async move { checks.verify(password, Some(hash)).await })
            })
            .collect();
        let mut ticks = 0;
        while !storm.iter().all(tokio::task::JoinHandle::is_finished) {
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
            ticks += 1;
        }
        // Run inline, four checks would have blocked the only thread until they were done.
        assert!(ticks > 4, "the request thread ticked {ticks} times during four checks");
    }
}
