//! The PostgreSQL store (feature `postgres`): claims tied to open transactions, and the
//! handler's own writes committed together with the delivery's done mark.

use std::collections::HashMap;
use std::fmt;
use std::ops::{Deref, DerefMut};
use std::str::FromStr;
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::time::Duration;

use sha2::{Digest, Sha256};
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::{Postgres, Transaction};
use tokio::time::Instant;

use super::{ClaimState, ClaimToken, DeliveryStore, StoreError, StoreFuture};

/// The default table: `openai_webhook_deliveries`.
pub const DEFAULT_TABLE: &str = "openai_webhook_deliveries";

/// Settings of a [`PostgresStore`]. Start from [`PostgresConfig::default`].
#[derive(Debug, Clone)]
pub struct PostgresConfig {
    table: String,
    max_connections: u32,
    timeout: Duration,
}

impl Default for PostgresConfig {
    /// Table [`DEFAULT_TABLE`], at most 32 connections, 2 s per operation.
    fn default() -> Self {
        PostgresConfig {
            table: DEFAULT_TABLE.to_owned(),
            max_connections: 32,
            timeout: Duration::from_secs(2),
        }
    }
}

impl PostgresConfig {
    /// Sets the table: a name of ASCII letters, digits and `_`, optionally after a schema
    /// (`schema.table`). Other names make [`PostgresStore::connect_with`] fail.
    #[must_use = "builder methods return the changed value; use it"]
    pub fn table(mut self, table: impl Into<String>) -> PostgresConfig {
        self.table = table.into();
        self
    }

    /// Sets the size of the pool [`PostgresStore::connect_with`] opens. Each delivery in
    /// progress holds one connection.
    #[must_use = "builder methods return the changed value; use it"]
    pub fn max_connections(mut self, max: u32) -> PostgresConfig {
        self.max_connections = max.max(1);
        self
    }

    /// Sets how long one operation, waiting for a connection included, may take. When it
    /// runs out the operation fails ([`StoreError`]) and the guard answers `503`.
    #[must_use = "builder methods return the changed value; use it"]
    pub fn timeout(mut self, timeout: Duration) -> PostgresConfig {
        self.timeout = timeout;
        self
    }
}

/// A [`DeliveryStore`] on PostgreSQL, shared by replicas, whose claims end with the
/// process that holds them, and whose done mark can commit with the handler's own writes.
///
/// Cheap to clone: clones share the pool and the claims in progress.
///
/// # Design
///
/// - **Done** deliveries are rows of one table (`webhook_id`, `done_until`), created by
///   [`PostgresStore::migrate`]. Nothing else is ever written there.
/// - **In progress** is an open transaction holding a transaction-scoped advisory lock on
///   the `webhook-id` (`pg_try_advisory_xact_lock`), on a connection this store keeps for
///   the claim. A claim never waits: a lock held elsewhere answers
///   [`ClaimState::InProgress`] at once. Once it has the lock, a claim reads the table and
///   answers [`ClaimState::Done`] while the row's retention runs.
/// - **A process that dies** closes its connections: PostgreSQL rolls its transactions back
///   and frees their locks at once, so OpenAI's next retry runs the delivery without waiting
///   for a lease. Rows are written only by commits, so a dead process never leaves a half
///   record.
/// - **The lease** still bounds a claim whose process lives: when it runs out (unless
///   [renewed](DeliveryStore::renew)), the store rolls the claim's transaction back. A
///   handler that took the transaction with [`PostgresStore::begin`] keeps it until it
///   commits or drops it: a live transaction is never cut short, so two copies never
///   write at once.
/// - **Exactly-once effects**: [`PostgresStore::begin`] hands the claim's own transaction
///   to the handler. Its writes and the done mark commit together with
///   [`DeliveryTransaction::commit`]; an error, a panic or a dropped future rolls both back
///   and frees the delivery.
///
/// Each delivery in progress holds one pooled connection: size the pool for the deliveries
/// a replica runs at once, and PostgreSQL's `max_connections` for every replica together.
/// A lock key is 64 bits of SHA-256 over the table name and the `webhook-id`; two ids
/// sharing one (odds of about one in 2⁶⁴ per pair in flight) only make one copy wait (`409`).
/// Expired rows stay until [`PostgresStore::purge_expired`] deletes them.
///
/// # Exactly-once effects
///
/// With [`Guard`](super::Guard) directly (behind the tower layer, the handler finds the
/// claim's [`ClaimToken`] in the delivery instead, `VerifiedWebhook::claim_token`; with
/// actix-web, `actix::handle_once_with_token` hands it over):
///
/// ```no_run
/// use openai_webhooks::guard::{Claim, Guard, PostgresStore, StoreError};
///
/// async fn on_verified(store: &PostgresStore, guard: &Guard, webhook_id: &str, event_id: &str)
///     -> Result<u16, StoreError>
/// {
///     let claim = match guard.claim(webhook_id).await? {
///         Claim::Claimed(claim) => claim,
///         Claim::InProgress { .. } => return Ok(409),
///         _ => return Ok(200), // done: a duplicate
///     };
///     let mut tx = store.begin(claim.webhook_id(), claim.token()).await?;
///     let written = sqlx::query("INSERT INTO received_events (event_id) VALUES ($1)")
///         .bind(event_id)
///         .execute(&mut *tx)
///         .await;
///     if written.is_err() {
///         return Ok(503); // `tx` and `claim` are dropped: rolled back and freed
///     }
///     tx.commit(guard.retention()).await?; // the row and the done mark, together
///     claim.complete().await?; // `Ok(true)`: the commit marked it done
///     Ok(200)
/// }
/// ```
///
/// # Set-up
///
/// ```no_run
/// use openai_webhooks::guard::{Guard, PostgresStore};
///
/// # async fn setup() -> Result<(), openai_webhooks::guard::StoreError> {
/// let store = PostgresStore::connect("postgres://app@db.internal/app").await?;
/// store.migrate().await?; // CREATE TABLE IF NOT EXISTS
/// let guard = Guard::new(store.clone());
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct PostgresStore {
    inner: Arc<Inner>,
}

struct Inner {
    pool: PgPool,
    table: String,
    timeout: Duration,
    sql: Sql,
    /// Claims of this process, by `(webhook-id, token)`.
    claims: Mutex<HashMap<(String, ClaimToken), Slot>>,
}

/// The statements, with the table name in place.
struct Sql {
    is_done: String,
    mark_done: String,
    create: String,
    purge: String,
}

struct Slot {
    state: SlotState,
    /// When the lease runs out.
    deadline: Instant,
}

/// What [`PostgresStore::take_free`] found.
enum Taken {
    Free(Transaction<'static, Postgres>),
    Held,
    Done,
}

enum SlotState {
    /// The claim's transaction, waiting for the handler to finish.
    Held(Transaction<'static, Postgres>),
    /// Handed to the handler as a [`DeliveryTransaction`].
    Lent,
    /// The handler's transaction committed the done mark.
    Committed,
    /// The handler's transaction ended without a commit: the key is free.
    RolledBack,
}

impl fmt::Debug for PostgresStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not the URL: it may hold a password.
        f.debug_struct("PostgresStore")
            .field("table", &self.inner.table)
            .field("timeout", &self.inner.timeout)
            .finish_non_exhaustive()
    }
}

impl PostgresStore {
    /// Connects to the PostgreSQL at `url` (`postgres://user:password@host:port/db`,
    /// `?sslmode=require` for TLS) with the default settings. Does not create the table:
    /// call [`migrate`](PostgresStore::migrate) once, or create it yourself.
    pub async fn connect(url: &str) -> Result<PostgresStore, StoreError> {
        PostgresStore::connect_with(url, PostgresConfig::default()).await
    }

    /// Connects to the PostgreSQL at `url` with `config`.
    pub async fn connect_with(
        url: &str,
        config: PostgresConfig,
    ) -> Result<PostgresStore, StoreError> {
        // Not the parser's message: never risk quoting the URL, which may hold a password.
        let options = PgConnectOptions::from_str(url)
            .map_err(|_| StoreError::unavailable("invalid PostgreSQL URL"))?;
        let connect = PgPoolOptions::new()
            .max_connections(config.max_connections)
            .acquire_timeout(config.timeout)
            .connect_with(options);
        let pool = tokio::time::timeout(config.timeout, connect)
            .await
            .map_err(|_| StoreError::timed_out())?
            .map_err(StoreError::unavailable)?;
        PostgresStore::from_pool(pool, config)
    }

    /// A store on a pool the application already has (its pool settings apply; `config`'s
    /// pool size does not). Fails only for an invalid table name.
    pub fn from_pool(pool: PgPool, config: PostgresConfig) -> Result<PostgresStore, StoreError> {
        let table = quote_table(&config.table)?;
        let sql = Sql {
            is_done: format!(
                "SELECT EXISTS (SELECT 1 FROM {table} \
                 WHERE webhook_id = $1 AND done_until > clock_timestamp())"
            ),
            mark_done: format!(
                "INSERT INTO {table} (webhook_id, done_until) \
                 VALUES ($1, clock_timestamp() + $2 * interval '1 microsecond') \
                 ON CONFLICT (webhook_id) DO UPDATE SET done_until = EXCLUDED.done_until"
            ),
            create: format!(
                "CREATE TABLE IF NOT EXISTS {table} (\
                 webhook_id text PRIMARY KEY, done_until timestamptz NOT NULL)"
            ),
            purge: format!("DELETE FROM {table} WHERE done_until <= clock_timestamp()"),
        };
        Ok(PostgresStore {
            inner: Arc::new(Inner {
                pool,
                table,
                timeout: config.timeout,
                sql,
                claims: Mutex::new(HashMap::new()),
            }),
        })
    }

    /// The pool: for the application's own queries too.
    pub fn pool(&self) -> &PgPool {
        &self.inner.pool
    }

    /// The SQL that creates the table, as [`migrate`](PostgresStore::migrate) runs it:
    /// `CREATE TABLE IF NOT EXISTS <table> (webhook_id text PRIMARY KEY, done_until
    /// timestamptz NOT NULL)`.
    pub fn create_table_sql(&self) -> &str {
        &self.inner.sql.create
    }

    /// Creates the table if it does not exist. Safe to run from every replica at start-up.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        self.bounded(async {
            let mut tx = self.inner.pool.begin().await?;
            // Concurrent `CREATE TABLE IF NOT EXISTS` can still collide: one at a time.
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(lock_key(&self.inner.table, ""))
                .execute(&mut *tx)
                .await?;
            sqlx::query(&self.inner.sql.create)
                .execute(&mut *tx)
                .await?;
            tx.commit().await
        })
        .await
    }

    /// Deletes the rows whose retention ran out; returns how many. Run it now and then (a
    /// claim already ignores them).
    pub async fn purge_expired(&self) -> Result<u64, StoreError> {
        self.bounded(async {
            let done = sqlx::query(&self.inner.sql.purge)
                .execute(&self.inner.pool)
                .await?;
            Ok(done.rows_affected())
        })
        .await
    }

    /// Takes the transaction of the claim `(webhook_id, token)` for the handler's own
    /// writes; [`DeliveryTransaction::commit`] adds the done mark and commits. If the claim's
    /// lease ran out and nobody claimed since, the delivery is taken again in a new
    /// transaction.
    ///
    /// Fails when the delivery is done or held by another copy, or the database is
    /// unavailable: answer `503` so OpenAI retries.
    pub async fn begin(
        &self,
        webhook_id: &str,
        token: &ClaimToken,
    ) -> Result<DeliveryTransaction, StoreError> {
        let slot_key = (webhook_id.to_owned(), token.clone());
        let held = {
            let mut claims = self.inner.lock();
            match claims.get_mut(&slot_key) {
                Some(slot) if matches!(slot.state, SlotState::Held(_)) => {
                    match std::mem::replace(&mut slot.state, SlotState::Lent) {
                        SlotState::Held(tx) => Some(tx),
                        _ => None,
                    }
                }
                _ => None,
            }
        };
        let transaction = match held {
            Some(tx) => tx,
            None => match self.take_free(webhook_id).await? {
                Taken::Free(tx) => {
                    let slot = Slot {
                        state: SlotState::Lent,
                        deadline: Instant::now() + self.inner.timeout,
                    };
                    self.inner.lock().insert(slot_key.clone(), slot);
                    self.watch(slot_key.clone());
                    tx
                }
                Taken::Held | Taken::Done => {
                    return Err(StoreError::unavailable(
                        "the delivery is no longer claimed by this token",
                    ))
                }
            },
        };
        Ok(DeliveryTransaction {
            transaction: Some(transaction),
            store: self.clone(),
            slot_key,
        })
    }

    /// Runs `operation` within the store's timeout, as a [`StoreError`] on failure.
    async fn bounded<T>(
        &self,
        operation: impl std::future::Future<Output = Result<T, sqlx::Error>>,
    ) -> Result<T, StoreError> {
        tokio::time::timeout(self.inner.timeout, operation)
            .await
            .map_err(|_| StoreError::timed_out())?
            .map_err(StoreError::unavailable)
    }

    /// Tries to take `webhook_id` in a new transaction: it holds the key's lock if the key
    /// is neither held elsewhere nor done.
    async fn take_free(&self, webhook_id: &str) -> Result<Taken, StoreError> {
        self.bounded(async {
            let mut tx = self.inner.pool.begin().await?;
            let locked: bool = sqlx::query_scalar("SELECT pg_try_advisory_xact_lock($1)")
                .bind(lock_key(&self.inner.table, webhook_id))
                .fetch_one(&mut *tx)
                .await?;
            if !locked {
                tx.rollback().await?;
                return Ok(Taken::Held);
            }
            // A statement of its own, so its snapshot includes a commit that freed the lock.
            let done: bool = sqlx::query_scalar(&self.inner.sql.is_done)
                .bind(webhook_id)
                .fetch_one(&mut *tx)
                .await?;
            if done {
                tx.rollback().await?;
                return Ok(Taken::Done);
            }
            Ok(Taken::Free(tx))
        })
        .await
    }

    /// Writes the done mark in `tx` and commits.
    async fn commit_done(
        &self,
        mut tx: Transaction<'static, Postgres>,
        webhook_id: &str,
        retention: Duration,
    ) -> Result<(), StoreError> {
        self.bounded(async {
            sqlx::query(&self.inner.sql.mark_done)
                .bind(webhook_id)
                .bind(micros(retention))
                .execute(&mut *tx)
                .await?;
            tx.commit().await
        })
        .await
    }

    /// Takes the slot of a claim of this process out, or says it is lent (and leaves it:
    /// the handler holding the transaction decides).
    fn take_slot(&self, key: &str, token: &ClaimToken) -> Option<SlotState> {
        let slot_key = (key.to_owned(), token.clone());
        let mut claims = self.inner.lock();
        if matches!(claims.get(&slot_key)?.state, SlotState::Lent) {
            return Some(SlotState::Lent);
        }
        claims.remove(&slot_key).map(|slot| slot.state)
    }

    /// Rolls a claim back when its lease runs out, unless renewed, finished or lent.
    fn watch(&self, slot_key: (String, ClaimToken)) {
        let inner = Arc::downgrade(&self.inner);
        tokio::spawn(expire(inner, slot_key));
    }
}

impl Inner {
    fn lock(&self) -> MutexGuard<'_, HashMap<(String, ClaimToken), Slot>> {
        // Every update leaves the map consistent, so a poisoned lock is still usable.
        self.claims.lock().unwrap_or_else(|e| e.into_inner())
    }
}

async fn expire(inner: Weak<Inner>, slot_key: (String, ClaimToken)) {
    loop {
        let deadline = match inner.upgrade() {
            Some(inner) => match inner.lock().get(&slot_key) {
                Some(slot) => slot.deadline,
                None => return,
            },
            None => return,
        };
        // Looked at again at least every second: a renewal may also move the deadline closer.
        tokio::time::sleep_until(deadline.min(Instant::now() + Duration::from_secs(1))).await;
        let Some(inner) = inner.upgrade() else { return };
        let held = {
            let mut claims = inner.lock();
            let Some(slot) = claims.get_mut(&slot_key) else {
                return;
            };
            if slot.deadline > Instant::now() {
                continue; // renewed
            }
            match slot.state {
                // A live handler transaction is never cut short: look again a lease later.
                SlotState::Lent => {
                    slot.deadline = Instant::now() + inner.timeout.max(Duration::from_secs(1));
                    continue;
                }
                _ => match claims.remove(&slot_key).map(|slot| slot.state) {
                    Some(SlotState::Held(tx)) => tx,
                    _ => return,
                },
            }
        };
        let _ = held.rollback().await;
        return;
    }
}

/// The claim's transaction, lent to the handler by [`PostgresStore::begin`]: run the
/// handler's writes in it (`sqlx::query(…).execute(&mut *tx)`, as with a
/// [`sqlx::Transaction`]), then [`commit`](DeliveryTransaction::commit). Dropping it rolls
/// everything back and frees the delivery for a retry: sqlx does so on the tokio runtime as
/// the connection goes back to the pool, within a round trip (drop it inside the runtime;
/// [`rollback`](DeliveryTransaction::rollback) waits for it).
pub struct DeliveryTransaction {
    transaction: Option<Transaction<'static, Postgres>>,
    store: PostgresStore,
    slot_key: (String, ClaimToken),
}

impl DeliveryTransaction {
    /// The `sqlx` transaction itself, e.g. for a nested `begin` (a savepoint).
    pub fn transaction(&mut self) -> &mut Transaction<'static, Postgres> {
        self.transaction
            .as_mut()
            .expect("present until commit or drop")
    }

    /// Marks the delivery done for `retention` (use [`Guard::retention`](super::Guard::retention))
    /// and commits it together with the handler's writes. On `Ok`, both are stored, and the
    /// claim's `complete` returns `Ok(true)`. On `Err`, neither is, and the delivery is
    /// free for a retry.
    pub async fn commit(mut self, retention: Duration) -> Result<(), StoreError> {
        let Some(tx) = self.transaction.take() else {
            return Err(StoreError::unavailable("the transaction already ended"));
        };
        let result = self
            .store
            .commit_done(tx, &self.slot_key.0, retention)
            .await;
        let state = match result {
            Ok(()) => SlotState::Committed,
            Err(_) => SlotState::RolledBack,
        };
        self.finish(state);
        result
    }

    /// Rolls the handler's writes back and frees the delivery for a retry, as dropping does,
    /// but waits until PostgreSQL has done it.
    pub async fn rollback(mut self) -> Result<(), StoreError> {
        let Some(tx) = self.transaction.take() else {
            return Ok(());
        };
        self.finish(SlotState::RolledBack);
        self.store.bounded(tx.rollback()).await
    }

    fn finish(&mut self, state: SlotState) {
        if let Some(slot) = self.store.inner.lock().get_mut(&self.slot_key) {
            slot.state = state;
        }
    }
}

impl Drop for DeliveryTransaction {
    fn drop(&mut self) {
        if self.transaction.is_some() {
            // sqlx rolls the dropped transaction back before the connection is reused.
            self.finish(SlotState::RolledBack);
        }
    }
}

impl Deref for DeliveryTransaction {
    type Target = PgConnection;

    fn deref(&self) -> &PgConnection {
        self.transaction
            .as_ref()
            .expect("present until commit or drop")
    }
}

impl DerefMut for DeliveryTransaction {
    fn deref_mut(&mut self) -> &mut PgConnection {
        self.transaction()
    }
}

impl fmt::Debug for DeliveryTransaction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DeliveryTransaction")
            .field("webhook_id", &self.slot_key.0)
            .field("token", &self.slot_key.1)
            .finish_non_exhaustive()
    }
}

impl DeliveryStore for PostgresStore {
    fn claim<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, ClaimState> {
        Box::pin(async move {
            let tx = match self.take_free(key).await? {
                Taken::Free(tx) => tx,
                Taken::Held => return Ok(ClaimState::InProgress { remaining: None }),
                Taken::Done => return Ok(ClaimState::Done),
            };
            let slot_key = (key.to_owned(), token.clone());
            let slot = Slot {
                state: SlotState::Held(tx),
                deadline: Instant::now() + lease,
            };
            self.inner.lock().insert(slot_key.clone(), slot);
            self.watch(slot_key);
            Ok(ClaimState::Claimed)
        })
    }

    fn complete<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        retention: Duration,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            match self.take_slot(key, token) {
                Some(SlotState::Held(tx)) => {
                    self.commit_done(tx, key, retention).await?;
                    return Ok(true);
                }
                Some(SlotState::Committed) => return Ok(true),
                Some(SlotState::Lent) => return Ok(false),
                Some(SlotState::RolledBack) | None => {}
            }
            // No transaction of ours: done only if the key is free.
            match self.take_free(key).await? {
                Taken::Free(tx) => self.commit_done(tx, key, retention).await.map(|()| true),
                Taken::Held | Taken::Done => Ok(false),
            }
        })
    }

    fn release<'a>(&'a self, key: &'a str, token: &'a ClaimToken) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            match self.take_slot(key, token) {
                Some(SlotState::Held(tx)) => {
                    self.bounded(tx.rollback()).await?;
                    Ok(true)
                }
                Some(SlotState::RolledBack) => Ok(true),
                _ => Ok(false),
            }
        })
    }

    fn renew<'a>(
        &'a self,
        key: &'a str,
        token: &'a ClaimToken,
        lease: Duration,
    ) -> StoreFuture<'a, bool> {
        Box::pin(async move {
            let slot_key = (key.to_owned(), token.clone());
            let mut claims = self.inner.lock();
            Ok(match claims.get_mut(&slot_key) {
                Some(slot) if matches!(slot.state, SlotState::Held(_) | SlotState::Lent) => {
                    slot.deadline = Instant::now() + lease;
                    true
                }
                _ => false,
            })
        })
    }
}

/// `"schema"."table"` from `schema.table`, or an error for any other character.
fn quote_table(table: &str) -> Result<String, StoreError> {
    let parts: Vec<&str> = table.split('.').collect();
    let valid = parts.len() <= 2
        && parts.iter().all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        });
    if !valid {
        return Err(StoreError::unavailable(
            "invalid table name: use ASCII letters, digits and _, as table or schema.table",
        ));
    }
    Ok(parts
        .iter()
        .map(|part| format!("\"{part}\""))
        .collect::<Vec<_>>()
        .join("."))
}

/// The advisory lock of `webhook_id` in `table`: 64 bits of SHA-256.
fn lock_key(table: &str, webhook_id: &str) -> i64 {
    let digest = Sha256::new()
        .chain_update(table.as_bytes())
        .chain_update([0])
        .chain_update(webhook_id.as_bytes())
        .finalize();
    let mut bytes = [0; 8];
    bytes.copy_from_slice(&digest[..8]);
    i64::from_be_bytes(bytes)
}

/// Microseconds for an interval: at least 1, at most about 100 years.
fn micros(duration: Duration) -> i64 {
    const MAX: i64 = 100 * 365 * 24 * 3600 * 1_000_000;
    i64::try_from(duration.as_micros())
        .unwrap_or(MAX)
        .clamp(1, MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_names_are_checked_and_quoted() {
        assert_eq!(quote_table("deliveries").unwrap(), "\"deliveries\"");
        assert_eq!(quote_table("app.Hooks_1").unwrap(), "\"app\".\"Hooks_1\"");
        for bad in ["", "a.b.c", "a b", "x\"; DROP TABLE y", ".t", "t."] {
            assert!(quote_table(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn lock_keys_depend_on_table_and_id() {
        let key = lock_key("t", "wh_1");
        assert_eq!(key, lock_key("t", "wh_1"));
        assert_ne!(key, lock_key("t", "wh_2"));
        assert_ne!(key, lock_key("u", "wh_1"));
        assert_ne!(
            lock_key("t", "a"),
            lock_key("ta", ""),
            "the separator counts"
        );
    }

    #[test]
    fn micros_is_never_zero_and_never_overflows() {
        assert_eq!(micros(Duration::ZERO), 1);
        assert_eq!(micros(Duration::from_millis(2)), 2_000);
        assert_eq!(micros(Duration::MAX), 100 * 365 * 24 * 3600 * 1_000_000);
    }
}
