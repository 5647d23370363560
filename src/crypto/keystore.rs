//! The key store: a separate database holding the tenant keys, each wrapped
//! under the master key. Destroying a key here makes everything sealed under
//! it unreadable in every copy of the main database, backups included.

use entity::ids::{CustomerId, TenantId};
use std::{collections::HashMap, path::Path, time::Duration};

use base64::{Engine, engine::general_purpose::STANDARD};
use entity::keystore::{customer_key, master_check, tenant_key};
use moka::sync::Cache;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, DbErr, EntityTrait,
    ExprTrait, QueryFilter, Set,
    sea_query::{Alias, Condition, Expr, Query},
};
use secrecy::ExposeSecret;
use uuid::Uuid;

use super::{CryptoError, Key};
use crate::{clock::Clock, config::Config};

const MASTER_CHECK_AAD: &[u8] = b"steward master key check";
const MASTER_CHECK_TEXT: &[u8] = b"this key store belongs to this master key";

#[derive(Debug, thiserror::Error)]
pub enum KeyStoreError {
    #[error("key store database: {0}")]
    Db(#[from] DbErr),
    #[error("{0}")]
    MasterKey(String),
    #[error("no key for this tenant")]
    MissingTenantKey,
    #[error("no key for this customer")]
    MissingCustomerKey,
    #[error("key store: {0}")]
    Crypto(#[from] CryptoError),
}

/// How long an unwrapped key may stay in memory, and how many may.
const CACHE_TTL: Duration = Duration::from_secs(60);
const TENANT_KEYS_CACHED: u64 = 10_000;
const DATA_KEYS_CACHED: u64 = 200_000;

#[derive(Clone)]
pub struct KeyStore {
    master: Key,
    db: DatabaseConnection,
    clock: Clock,
    /// Unwrapped keys, only as an accelerator: bounded, short-lived, and a
    /// customer's key is dropped from it the moment the customer is shredded.
    tenant_keys: Cache<TenantId, Key>,
    data_keys: Cache<(TenantId, CustomerId), Key>,
    /// Where every write goes (see `Databases::keys_writer`).
    writer: DatabaseConnection,
}

impl std::fmt::Debug for KeyStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("KeyStore").finish_non_exhaustive()
    }
}

impl KeyStore {
    /// Loads the master key and proves it is the one this key store was made with.
    pub async fn open(
        config: &Config,
        db: DatabaseConnection,
        writer: DatabaseConnection,
        clock: Clock,
    ) -> Result<Self, KeyStoreError> {
        let master = load_master_key(config)?;
        let store = Self {
            master,
            writer,
            db,
            clock,
            tenant_keys: Cache::builder()
                .max_capacity(TENANT_KEYS_CACHED)
                .time_to_live(CACHE_TTL)
                .build(),
            data_keys: Cache::builder()
                .max_capacity(DATA_KEYS_CACHED)
                .time_to_live(CACHE_TTL)
                .build(),
        };
        store.check_master_key().await?;
        Ok(store)
    }

    async fn check_master_key(&self) -> Result<(), KeyStoreError> {
        // Two instances starting on an empty store race to write the check
        // value; whichever wins, both then check against it.
        let row = match master_check::Entity::find_by_id(1).one(&self.db).await? {
            Some(row) => row,
            None => {
                if tenant_key::Entity::find().one(&self.db).await?.is_some() {
                    return Err(KeyStoreError::MasterKey(
                        "the key store holds keys but no master key check value; refusing to guess whether crypto.master_key is right".into(),
                    ));
                }
                master_check::Entity::insert(master_check::ActiveModel {
                    id: Set(1),
                    sealed: Set(self.master.seal(MASTER_CHECK_TEXT, MASTER_CHECK_AAD)),
                    created_at: Set(self.clock.now()),
                })
                .on_conflict_do_nothing()
                .exec(&self.writer)
                .await?;
                master_check::Entity::find_by_id(1)
                    .one(&self.db)
                    .await?
                    .ok_or_else(|| {
                        KeyStoreError::MasterKey(
                            "the master key check value could not be stored".into(),
                        )
                    })?
            }
        };
        let opened = self.master.open(&row.sealed, MASTER_CHECK_AAD).map_err(|_| {
            KeyStoreError::MasterKey(
                "crypto.master_key: this master key does not open the key store; it is not the key the data was sealed with".into(),
            )
        })?;
        if *opened != MASTER_CHECK_TEXT {
            return Err(KeyStoreError::MasterKey(
                "crypto.master_key: the key store's check value is corrupt".into(),
            ));
        }
        Ok(())
    }

    pub fn db(&self) -> &DatabaseConnection {
        &self.db
    }

    /// Where writes to the key store go.
    pub fn writer(&self) -> &DatabaseConnection {
        &self.writer
    }

    /// Makes and stores a new tenant key; returns it.
    pub async fn create_tenant_key(&self, tenant_id: TenantId) -> Result<Key, KeyStoreError> {
        let key = Key::generate();
        let row = tenant_key::ActiveModel {
            tenant_id: Set(tenant_id),
            wrapped: Set(self.master.wrap(&key, &tenant_aad(tenant_id))),
            created_at: Set(self.clock.now()),
        };
        row.insert(&self.writer).await?;
        Ok(key)
    }

    pub async fn tenant_key(&self, tenant_id: TenantId) -> Result<Key, KeyStoreError> {
        if let Some(key) = self.tenant_keys.get(&tenant_id) {
            return Ok(key);
        }
        let row = tenant_key::Entity::find_by_id(tenant_id)
            .one(&self.db)
            .await?
            .ok_or(KeyStoreError::MissingTenantKey)?;
        let key = self
            .master
            .unwrap_key(&row.wrapped, &tenant_aad(tenant_id))?;
        self.tenant_keys.insert(tenant_id, key.clone());
        Ok(key)
    }

    /// Makes and stores one new data key per customer, in one statement.
    pub async fn create_customer_keys(
        &self,
        tenant_id: TenantId,
        customer_ids: &[CustomerId],
    ) -> Result<Vec<Key>, KeyStoreError> {
        let tenant_key = self.tenant_key(tenant_id).await?;
        let new = NewCustomerKeys::generate(&tenant_key, tenant_id, customer_ids);
        let keys = new.keys.clone();
        self.store_customer_keys(new).await?;
        for (id, key) in customer_ids.iter().zip(&keys) {
            self.data_keys.insert((tenant_id, *id), key.clone());
        }
        Ok(keys)
    }

    /// Stores keys made by [`NewCustomerKeys::generate`], in statements of
    /// bounded size, without caching them (the bulk path).
    pub async fn store_customer_keys(&self, new: NewCustomerKeys) -> Result<(), KeyStoreError> {
        let now = self.clock.now();
        let rows = new
            .rows
            .into_iter()
            .map(
                |(tenant_id, customer_id, wrapped)| customer_key::ActiveModel {
                    tenant_id: Set(tenant_id),
                    customer_id: Set(customer_id),
                    wrapped: Set(wrapped),
                    created_at: Set(now),
                },
            );
        crate::db::insert_chunked::<customer_key::Entity, _>(&self.writer, rows).await?;
        Ok(())
    }

    pub async fn customer_key(
        &self,
        tenant_id: TenantId,
        customer_id: CustomerId,
    ) -> Result<Key, KeyStoreError> {
        self.customer_keys(tenant_id, &[customer_id])
            .await?
            .remove(&customer_id)
            .ok_or(KeyStoreError::MissingCustomerKey)
    }

    /// The data keys of many customers of one tenant, with one query for
    /// those not in the cache. A customer without a key is simply absent.
    pub async fn customer_keys(
        &self,
        tenant_id: TenantId,
        customer_ids: &[CustomerId],
    ) -> Result<HashMap<CustomerId, Key>, KeyStoreError> {
        let mut found = HashMap::with_capacity(customer_ids.len());
        let mut missing = Vec::new();
        for id in customer_ids {
            match self.data_keys.get(&(tenant_id, *id)) {
                Some(key) => {
                    found.insert(*id, key);
                }
                None => missing.push(*id),
            }
        }
        if missing.is_empty() {
            return Ok(found);
        }
        let tenant_key = self.tenant_key(tenant_id).await?;
        let rows = customer_key::Entity::find()
            .filter(customer_key::Column::TenantId.eq(tenant_id))
            .filter(customer_key::Column::CustomerId.is_in(missing))
            .all(&self.db)
            .await?;
        for row in rows {
            let key =
                tenant_key.unwrap_key(&row.wrapped, &customer_aad(tenant_id, row.customer_id))?;
            self.data_keys
                .insert((tenant_id, row.customer_id), key.clone());
            found.insert(row.customer_id, key);
        }
        Ok(found)
    }

    /// Destroys the data keys of customers of one tenant and drops them from
    /// this instance's memory. Idempotent: a key already gone is no error.
    pub async fn destroy_customer_keys(
        &self,
        tenant_id: TenantId,
        customer_ids: &[CustomerId],
    ) -> Result<u64, KeyStoreError> {
        let mut destroyed = 0;
        for chunk in customer_ids.chunks(crate::db::ROWS_PER_STATEMENT) {
            destroyed += customer_key::Entity::delete_many()
                .filter(customer_key::Column::TenantId.eq(tenant_id))
                .filter(customer_key::Column::CustomerId.is_in(chunk.iter().copied()))
                .exec(&self.writer)
                .await?
                .rows_affected;
        }
        for id in customer_ids {
            self.forget_customer(tenant_id, *id);
        }
        Ok(destroyed)
    }

    /// Makes and stores the key of a new kept file (an import's upload, an
    /// export's result).
    pub async fn create_file_key(
        &self,
        kind: &FileKeys,
        tenant_id: TenantId,
        file_id: Uuid,
    ) -> Result<Key, KeyStoreError> {
        let tenant_key = self.tenant_key(tenant_id).await?;
        let key = Key::generate();
        let insert = Query::insert()
            .into_table(Alias::new(kind.table))
            .columns([
                Alias::new("tenant_id"),
                Alias::new(kind.owner),
                Alias::new("wrapped"),
                Alias::new("created_at"),
            ])
            .values_panic([
                tenant_id.uuid().into(),
                file_id.into(),
                tenant_key.wrap(&key, &kind.aad(tenant_id, file_id)).into(),
                self.clock.now().into(),
            ])
            .to_owned();
        self.writer.execute(&insert).await?;
        Ok(key)
    }

    /// The key of a kept file; `None` once it is destroyed.
    pub async fn file_key(
        &self,
        kind: &FileKeys,
        tenant_id: TenantId,
        file_id: Uuid,
    ) -> Result<Option<Key>, KeyStoreError> {
        let select = Query::select()
            .column(Alias::new("wrapped"))
            .from(Alias::new(kind.table))
            .cond_where(kind.of_file(tenant_id, file_id))
            .to_owned();
        let Some(row) = self.db.query_one(&select).await? else {
            return Ok(None);
        };
        let wrapped: Vec<u8> = row.try_get("", "wrapped")?;
        let tenant_key = self.tenant_key(tenant_id).await?;
        Ok(Some(
            tenant_key.unwrap_key(&wrapped, &kind.aad(tenant_id, file_id))?,
        ))
    }

    /// Destroys the key of a kept file: it is unreadable from then on, in
    /// every copy. Idempotent.
    pub async fn destroy_file_key(
        &self,
        kind: &FileKeys,
        tenant_id: TenantId,
        file_id: Uuid,
    ) -> Result<(), KeyStoreError> {
        let delete = Query::delete()
            .from_table(Alias::new(kind.table))
            .cond_where(kind.of_file(tenant_id, file_id))
            .to_owned();
        self.writer.execute(&delete).await?;
        Ok(())
    }

    /// Drops a purged tenant's keys from this instance's memory.
    pub fn forget_tenant(&self, tenant_id: TenantId) {
        self.tenant_keys.invalidate(&tenant_id);
        self.data_keys.invalidate_all();
    }

    /// Drops a customer's key from memory (on this instance; others drop it
    /// within the cache's lifetime).
    pub fn forget_customer(&self, tenant_id: TenantId, customer_id: CustomerId) {
        self.data_keys.invalidate(&(tenant_id, customer_id));
    }
}

/// Fresh data keys for customers of one tenant, and their wrapped forms.
/// Pure computation, so the bulk path can make them off the async threads.
pub struct NewCustomerKeys {
    pub keys: Vec<Key>,
    rows: Vec<(TenantId, CustomerId, Vec<u8>)>,
}

impl NewCustomerKeys {
    pub fn generate(tenant_key: &Key, tenant_id: TenantId, customer_ids: &[CustomerId]) -> Self {
        let keys: Vec<Key> = customer_ids.iter().map(|_| Key::generate()).collect();
        let rows = customer_ids
            .iter()
            .zip(&keys)
            .map(|(id, key)| {
                let wrapped = tenant_key.wrap(key, &customer_aad(tenant_id, *id));
                (tenant_id, *id, wrapped)
            })
            .collect();
        Self { keys, rows }
    }
}

fn customer_aad(tenant_id: TenantId, customer_id: CustomerId) -> Vec<u8> {
    format!("customer-key:{tenant_id}:{customer_id}").into_bytes()
}

fn tenant_aad(tenant_id: TenantId) -> Vec<u8> {
    format!("tenant-key:{tenant_id}").into_bytes()
}

/// Where the keys of one kind of kept file are: their table, the column
/// naming the file, and the word that binds a wrapped key to its kind.
pub struct FileKeys {
    pub table: &'static str,
    pub owner: &'static str,
    pub label: &'static str,
}

impl FileKeys {
    fn aad(&self, tenant_id: TenantId, file_id: Uuid) -> Vec<u8> {
        format!("{}-key:{tenant_id}:{file_id}", self.label).into_bytes()
    }

    fn of_file(&self, tenant_id: TenantId, file_id: Uuid) -> Condition {
        Condition::all()
            .add(Expr::col(Alias::new("tenant_id")).eq(tenant_id.uuid()))
            .add(Expr::col(Alias::new(self.owner)).eq(file_id))
    }
}

/// The configured master key, or in the embedded setup the one in
/// `<data_dir>/master.key`, generated on first use.
fn load_master_key(config: &Config) -> Result<Key, KeyStoreError> {
    let configured = config.crypto.master_key.expose_secret().trim();
    if !configured.is_empty() {
        return decode_master_key(configured, "crypto.master_key");
    }
    if !config.keystore_url().starts_with("sqlite:") {
        return Err(KeyStoreError::MasterKey(
            "crypto.master_key: must be set (base64 of 32 bytes) when the key store is not the embedded SQLite file".into(),
        ));
    }
    let path = config.data_dir.join("master.key");
    if path.exists() {
        let text = std::fs::read_to_string(&path).map_err(|e| {
            KeyStoreError::MasterKey(format!("{}: cannot read: {e}", path.display()))
        })?;
        let key = decode_master_key(text.trim(), &path.display().to_string());
        super::wipe(text);
        return key;
    }
    let key = Key::generate();
    write_private(&path, &STANDARD.encode(key.as_bytes()))
        .map_err(|e| KeyStoreError::MasterKey(format!("{}: cannot write: {e}", path.display())))?;
    tracing::warn!(
        path = %path.display(),
        "GENERATED A NEW MASTER KEY. Every customer's data is sealed under it: back this file up, \
         apart from the databases. Without it the data cannot be read; with it and a database copy, it can."
    );
    Ok(key)
}

fn decode_master_key(text: &str, source: &str) -> Result<Key, KeyStoreError> {
    let bytes = zeroize::Zeroizing::new(
        STANDARD
            .decode(text)
            .map_err(|_| KeyStoreError::MasterKey(format!("{source}: is not valid base64")))?,
    );
    Key::from_slice(&bytes).ok_or_else(|| {
        KeyStoreError::MasterKey(format!(
            "{source}: must be base64 of exactly 32 bytes, found {} bytes",
            bytes.len()
        ))
    })
}

fn write_private(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()
}
