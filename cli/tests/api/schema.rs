//! The schema stays ready to be distributed by tenant: every tenant-owned
//! table's primary key, unique constraints and foreign keys include
//! `tenant_id`. Read from `information_schema` on PostgreSQL and from the
//! catalogue pragmas on SQLite.

use std::collections::{BTreeMap, BTreeSet};

use sea_orm::{ConnectionTrait, DatabaseConnection, DbBackend, Statement};

use crate::helpers::{TENANT_TABLES, spawn_app};

/// Table → column sets of each key of one kind.
type Keys = BTreeMap<String, Vec<(String, BTreeSet<String>)>>;

struct Catalogue {
    tenant_owned: BTreeSet<String>,
    primary: Keys,
    unique: Keys,
    foreign: Keys,
}

async fn rows(db: &DatabaseConnection, sql: &str) -> Vec<sea_orm::QueryResult> {
    db.query_all_raw(Statement::from_string(
        db.get_database_backend(),
        sql.to_owned(),
    ))
    .await
    .unwrap()
}

fn add(keys: &mut Keys, table: String, name: String, column: String) {
    let entry = keys.entry(table).or_default();
    match entry.iter_mut().find(|(n, _)| *n == name) {
        Some((_, cols)) => {
            cols.insert(column);
        }
        None => entry.push((name, BTreeSet::from([column]))),
    }
}

async fn postgres_catalogue(db: &DatabaseConnection) -> Catalogue {
    let tenant_owned = rows(db, "SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id'")
        .await
        .iter()
        .map(|r| r.try_get::<String>("", "table_name").unwrap())
        .collect();
    let (mut primary, mut unique, mut foreign) = (Keys::new(), Keys::new(), Keys::new());
    let constraints = rows(
        db,
        "SELECT tc.table_name, tc.constraint_name, tc.constraint_type, kcu.column_name \
         FROM information_schema.table_constraints tc \
         JOIN information_schema.key_column_usage kcu \
           ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema AND tc.table_name = kcu.table_name \
         WHERE tc.table_schema = 'public' AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')",
    )
    .await;
    for r in constraints {
        let table: String = r.try_get("", "table_name").unwrap();
        let name: String = r.try_get("", "constraint_name").unwrap();
        let column: String = r.try_get("", "column_name").unwrap();
        let kind: String = r.try_get("", "constraint_type").unwrap();
        let target = match kind.as_str() {
            "PRIMARY KEY" => &mut primary,
            "UNIQUE" => &mut unique,
            _ => &mut foreign,
        };
        add(target, table, name, column);
    }
    // Unique indexes are not constraints in information_schema; pg_indexes lists them.
    let indexes = rows(
        db,
        "SELECT i.tablename, i.indexname, a.attname FROM pg_indexes i \
        JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid \
        JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY(x.indkey) \
        WHERE i.schemaname = 'public' AND x.indisunique AND NOT x.indisprimary",
    )
    .await;
    for r in indexes {
        add(
            &mut unique,
            r.try_get("", "tablename").unwrap(),
            r.try_get("", "indexname").unwrap(),
            r.try_get("", "attname").unwrap(),
        );
    }
    Catalogue {
        tenant_owned,
        primary,
        unique,
        foreign,
    }
}

async fn sqlite_catalogue(db: &DatabaseConnection) -> Catalogue {
    let tables: Vec<String> = rows(
        db,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
    )
    .await
    .iter()
    .map(|r| r.try_get("", "name").unwrap())
    .collect();
    let mut cat = Catalogue {
        tenant_owned: BTreeSet::new(),
        primary: Keys::new(),
        unique: Keys::new(),
        foreign: Keys::new(),
    };
    for table in tables {
        for col in rows(
            db,
            &format!("SELECT name, pk FROM pragma_table_info('{table}')"),
        )
        .await
        {
            let name: String = col.try_get("", "name").unwrap();
            if name == "tenant_id" {
                cat.tenant_owned.insert(table.clone());
            }
            if col.try_get::<i32>("", "pk").unwrap() > 0 {
                add(&mut cat.primary, table.clone(), "pk".into(), name);
            }
        }
        for idx in rows(
            db,
            &format!("SELECT name, \"unique\" AS u, origin FROM pragma_index_list('{table}')"),
        )
        .await
        {
            let name: String = idx.try_get("", "name").unwrap();
            let origin: String = idx.try_get("", "origin").unwrap();
            if idx.try_get::<i32>("", "u").unwrap() == 1 && origin != "pk" {
                for c in rows(db, &format!("SELECT name FROM pragma_index_info('{name}')")).await {
                    add(
                        &mut cat.unique,
                        table.clone(),
                        name.clone(),
                        c.try_get("", "name").unwrap(),
                    );
                }
            }
        }
        for fk in rows(
            db,
            &format!("SELECT id, \"from\" AS col FROM pragma_foreign_key_list('{table}')"),
        )
        .await
        {
            let id: i32 = fk.try_get("", "id").unwrap();
            add(
                &mut cat.foreign,
                table.clone(),
                format!("fk{id}"),
                fk.try_get("", "col").unwrap(),
            );
        }
    }
    cat
}

#[tokio::test]
async fn every_tenant_owned_key_includes_tenant_id() {
    let app = spawn_app().await;
    let db = &app.state.db.main;
    let cat = match db.get_database_backend() {
        DbBackend::Postgres => postgres_catalogue(db).await,
        _ => sqlite_catalogue(db).await,
    };
    for expected in TENANT_TABLES {
        assert!(
            cat.tenant_owned.contains(*expected),
            "{expected} not found as tenant-owned: {:?}",
            cat.tenant_owned
        );
    }
    let mut checked = 0;
    for table in &cat.tenant_owned {
        let pk = cat
            .primary
            .get(table)
            .unwrap_or_else(|| panic!("{table} has no primary key"));
        for (kind, keys) in [
            ("primary key", Some(pk)),
            ("unique key", cat.unique.get(table)),
            ("foreign key", cat.foreign.get(table)),
        ] {
            for (name, cols) in keys.into_iter().flatten() {
                assert!(
                    cols.contains("tenant_id"),
                    "{table}: {kind} {name} on {cols:?} lacks tenant_id"
                );
                checked += 1;
            }
        }
    }
    assert!(checked >= 10, "only {checked} keys checked");
}

/// The tables of the live schema with a column named `column`.
async fn tables_with(db: &DatabaseConnection, column: &str) -> BTreeSet<String> {
    let sql = match db.get_database_backend() {
        DbBackend::Postgres => format!(
            "SELECT table_name AS name FROM information_schema.columns \
             WHERE table_schema = 'public' AND column_name = '{column}'"
        ),
        _ => format!(
            "SELECT m.name AS name FROM sqlite_master m JOIN pragma_table_info(m.name) c \
             WHERE m.type = 'table' AND c.name = '{column}'"
        ),
    };
    rows(db, &sql)
        .await
        .iter()
        .map(|r| r.try_get("", "name").unwrap())
        .collect()
}

/// Erasure reaches every table that refers to a customer: each one with a
/// `customer_id` column has an entry in the one list of erasure targets.
#[tokio::test]
async fn every_table_naming_a_customer_is_an_erasure_target() {
    let app = spawn_app().await;
    let db = &app.state.db.main;
    let naming = tables_with(db, "customer_id").await;
    assert!(naming.len() >= 5, "too few tables found: {naming:?}");
    let targets: BTreeSet<String> = steward::erasure::Target::ALL
        .iter()
        .map(|t| t.table().to_owned())
        .collect();
    let missing: Vec<&String> = naming.difference(&targets).collect();
    assert!(
        missing.is_empty(),
        "tables with a customer_id column that erasure does not visit: {missing:?}; \
         add them to erasure::Target"
    );
    let sql = match db.get_database_backend() {
        DbBackend::Postgres => {
            "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'"
        }
        _ => "SELECT name FROM sqlite_master WHERE type = 'table'",
    };
    let tables: BTreeSet<String> = rows(db, sql)
        .await
        .iter()
        .map(|r| r.try_get("", "name").unwrap())
        .collect();
    for table in &targets {
        assert!(
            tables.contains(table),
            "erasure target {table} is not in the schema"
        );
    }
}

#[tokio::test]
async fn embedded_databases_run_with_wal_foreign_keys_and_secure_delete() {
    let app = spawn_app().await;
    for db in [&app.state.db.main, &app.state.db.keys] {
        if db.get_database_backend() != DbBackend::Sqlite {
            assert_eq!(db.get_database_backend(), DbBackend::Postgres);
            continue;
        }
        for (pragma, expected) in [
            ("journal_mode", "wal"),
            ("foreign_keys", "1"),
            ("secure_delete", "1"),
        ] {
            let row = db
                .query_one_raw(Statement::from_string(
                    DbBackend::Sqlite,
                    format!("PRAGMA {pragma}"),
                ))
                .await
                .unwrap()
                .unwrap();
            let value = row
                .try_get_by_index::<String>(0)
                .or_else(|_| row.try_get_by_index::<i64>(0).map(|n| n.to_string()))
                .unwrap();
            assert_eq!(value, expected, "PRAGMA {pragma}");
        }
    }
    for file in ["steward.db", "keys.db"] {
        let expected = app.database_url.starts_with("sqlite");
        assert_eq!(app.dir.path().join(file).exists(), expected, "{file}");
    }
    if app.database_url.starts_with("sqlite") {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(app.dir.path().join("master.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(
            mode & 0o777,
            0o600,
            "master.key is readable by its owner only"
        );
    }
}
