//! Saved views of the customers list: a name, the list's query string and,
//! if chosen, its columns; the saver's own, or shared with everyone of the
//! tenant by an admin. A view keeps the list's filters and sort only —
//! never search words (`q`, a search handle `s`), which are personal data,
//! nor a page. The query is checked for its shape here (known parameters,
//! safe characters, bounded length); the list checks its meaning when the
//! view is opened.

use std::collections::BTreeMap;

use entity::ids::ViewId;
use entity::saved_view;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    Set, sea_query::Expr,
};
use serde_json::json;

use super::columns;
use crate::{
    audit::{self, Entry, Origin},
    auth::{Role, Scope},
    context::Services,
    db::begin_write,
    error::{Checks, Error, Result},
    fields::Defs,
    values::display_name,
};

/// The longest name of a view.
pub const NAME_MAX: usize = 80;
/// The longest query string a view keeps.
pub const QUERY_MAX: usize = 1000;
/// The longest value of one parameter.
const VALUE_MAX: usize = 100;
/// The most views one person keeps (their own; shared ones count too).
const MOST: u64 = 200;

/// The list's parameters a view keeps, in the order it writes them;
/// `field.<key>` ones follow, by key.
const KEPT: [&str; 7] = [
    "state",
    "within",
    "restricted",
    "hold",
    "request",
    "consent",
    "sort",
];

/// Parameters of the list a view never keeps: search words and where a
/// page starts.
const NEVER: [&str; 5] = ["s", "q", "page", "cursor", "limit"];

fn is_safe(c: char) -> bool {
    c.is_ascii_alphanumeric() || "-_.:".contains(c)
}

/// `query` (a list's query string, with or without `?`) as a view keeps it:
/// its parameters in one order, empty ones left out. Refuses a parameter
/// the list does not take, a search or a page, a value of other than
/// letters, digits and `-_.:`, and a query longer than [`QUERY_MAX`].
pub fn canonical(query: &str) -> std::result::Result<String, String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.chars().count() > QUERY_MAX {
        return Err(format!("must be at most {QUERY_MAX} characters"));
    }
    let mut kept: BTreeMap<(usize, String), String> = BTreeMap::new();
    for (key, value) in url::form_urlencoded::parse(query.as_bytes()) {
        if NEVER.contains(&key.as_ref()) {
            return Err(format!(
                "{key} is not kept in a view: search words and pages are not saved"
            ));
        }
        let place = match key.strip_prefix("field.") {
            Some(field)
                if !field.is_empty()
                    && field.len() <= 64
                    && field
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') =>
            {
                KEPT.len()
            }
            _ => KEPT
                .iter()
                .position(|k| *k == key)
                .ok_or_else(|| format!("{key} is not a parameter of the customers list"))?,
        };
        if value.is_empty() {
            continue;
        }
        if value.chars().count() > VALUE_MAX || !value.chars().all(is_safe) {
            return Err(format!(
                "the value of {key} must be up to {VALUE_MAX} letters, digits, -, _, . or :"
            ));
        }
        if kept
            .insert((place, key.to_string()), value.to_string())
            .is_some()
        {
            return Err(format!("{key} is given twice"));
        }
    }
    Ok(kept
        .into_iter()
        .map(|((_, key), value)| format!("{key}={value}"))
        .collect::<Vec<_>>()
        .join("&"))
}

/// What of the list shown with `query` a view can keep: its filters and
/// sort, without its search, page or the view it was opened as; none when
/// the rest is not a query a view keeps.
pub fn of_list(query: &str) -> Option<String> {
    let kept: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
        .filter(|(k, _)| !NEVER.contains(&k.as_ref()) && k != "view")
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let rest = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(kept)
        .finish();
    canonical(&rest).ok()
}

/// A view as its reader may use it.
pub struct View {
    pub row: saved_view::Model,
    /// Its columns as they are now for the reader; none: the reader's own.
    pub columns: Option<Vec<String>>,
    /// The reader saved it.
    pub mine: bool,
    /// The reader may rename, change or delete it.
    pub may_change: bool,
}

impl View {
    fn of(scope: &Scope, defs: &Defs, row: saved_view::Model) -> Self {
        let (kind, id) = scope.audit_actor();
        let mine = row.owner_kind == kind && row.owner_id == id;
        let may_change = match row.shared {
            true => scope.role() >= Role::Admin,
            false => mine,
        };
        let columns = row
            .columns
            .as_deref()
            .map(|c| columns::still_offered(defs, scope.role(), c));
        Self {
            row,
            columns,
            mine,
            may_change,
        }
    }

    /// Where the view opens: the list with its query, and the view named
    /// when it brings its own columns.
    pub fn url(&self) -> String {
        let mut url = String::from("/customers");
        let mut sep = '?';
        if !self.row.query.is_empty() {
            url.push(sep);
            url.push_str(&self.row.query);
            sep = '&';
        }
        if self.columns.is_some() {
            url.push(sep);
            url.push_str(&format!("view={}", self.row.id));
        }
        url
    }
}

/// The views `scope` sees: its own and the shared ones.
fn seen_by(scope: &Scope) -> Condition {
    let (kind, id) = scope.audit_actor();
    Condition::any()
        .add(saved_view::Column::Shared.eq(true))
        .add(
            Condition::all()
                .add(saved_view::Column::OwnerKind.eq(kind))
                .add(saved_view::Column::OwnerId.eq(id)),
        )
}

/// The views the caller sees, shared ones first, each by name.
pub async fn list(state: &Services, scope: &Scope) -> Result<Vec<View>> {
    scope.require(Role::Viewer)?;
    let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
    let rows = saved_view::Entity::find()
        .filter(saved_view::Column::TenantId.eq(scope.tenant_id()))
        .filter(seen_by(scope))
        .order_by_desc(saved_view::Column::Shared)
        .order_by_asc(saved_view::Column::Name)
        .order_by_asc(saved_view::Column::Id)
        .all(&state.db.main)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| View::of(scope, &defs, row))
        .collect())
}

/// View `id`, if the caller sees it; anyone else's own view does not exist
/// for them.
pub async fn get(state: &Services, scope: &Scope, id: ViewId) -> Result<View> {
    scope.require(Role::Viewer)?;
    let defs = Defs::load(&state.db.main, scope.tenant_id()).await?;
    let row = saved_view::Entity::find()
        .filter(saved_view::Column::TenantId.eq(scope.tenant_id()))
        .filter(saved_view::Column::Id.eq(id))
        .filter(seen_by(scope))
        .one(&state.db.main)
        .await?
        .ok_or(Error::NotFound("view"))?;
    Ok(View::of(scope, &defs, row))
}

/// A view to save.
pub struct NewView {
    pub name: String,
    pub query: String,
    /// For everyone of the tenant (admins only).
    pub shared: bool,
    /// Its own columns; none: each reader's.
    pub columns: Option<Vec<String>>,
}

/// A change to a view; each `Some` sets it.
#[derive(Default)]
pub struct ViewChange {
    pub name: Option<String>,
    pub query: Option<String>,
    pub shared: Option<bool>,
    /// `Some(None)` forgets the view's columns.
    pub columns: Option<Option<Vec<String>>>,
}

/// Who may share: admins and owners.
fn may_share(scope: &Scope) -> Result<()> {
    if scope.role() < Role::Admin {
        return Err(Error::Forbidden(
            "only admins and owners share views with everyone; save it as your own".into(),
        ));
    }
    Ok(())
}

/// The name, query and columns of a view, checked together.
struct Checked {
    name: Option<String>,
    query: Option<String>,
    columns: Option<Option<String>>,
}

fn check(defs: &Defs, role: Role, change: &ViewChange) -> Result<Checked> {
    let mut checks = Checks::new();
    let name = change
        .name
        .as_deref()
        .and_then(|n| checks.take("name", display_name(n, NAME_MAX)));
    let query = change
        .query
        .as_deref()
        .and_then(|q| checks.take("query", canonical(q)));
    let columns = match &change.columns {
        None => None,
        Some(None) => Some(None),
        Some(Some(c)) => match columns::check(defs, role, c) {
            Ok(c) => Some(Some(serde_json::to_string(&c).expect("strings serialise"))),
            Err(Error::Invalid(faults)) => {
                for (field, why) in faults {
                    checks.fail(&field, why);
                }
                None
            }
            Err(e) => return Err(e),
        },
    };
    checks.finish()?;
    Ok(Checked {
        name,
        query,
        columns,
    })
}

/// Refuses `name` when another view the caller sees has it.
async fn refuse_taken<C: sea_orm::ConnectionTrait>(
    conn: &C,
    scope: &Scope,
    name: &str,
    except: Option<ViewId>,
) -> Result<()> {
    let mut same = saved_view::Entity::find()
        .filter(saved_view::Column::TenantId.eq(scope.tenant_id()))
        .filter(seen_by(scope))
        .filter(saved_view::Column::Name.eq(name));
    if let Some(id) = except {
        same = same.filter(saved_view::Column::Id.ne(id));
    }
    if same.count(conn).await? > 0 {
        return Err(Error::invalid(
            "name",
            "is the name of another view already",
        ));
    }
    Ok(())
}

/// Saves a view (viewers and up; shared by admins only); audited as
/// `view.saved`.
pub async fn save(state: &Services, scope: &Scope, meta: &Origin, new: NewView) -> Result<View> {
    scope.require(Role::Viewer)?;
    if new.shared {
        may_share(scope)?;
    }
    let tenant_id = scope.tenant_id();
    let defs = Defs::load(&state.db.main, tenant_id).await?;
    let change = ViewChange {
        name: Some(new.name),
        query: Some(new.query),
        shared: None,
        columns: Some(new.columns),
    };
    let checked = check(&defs, scope.role(), &change)?;
    let name = checked.name.expect("checked");
    let (kind, owner) = scope.audit_actor();
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    refuse_taken(&txn, scope, &name, None).await?;
    let kept = saved_view::Entity::find()
        .filter(saved_view::Column::TenantId.eq(tenant_id))
        .filter(saved_view::Column::OwnerKind.eq(kind))
        .filter(saved_view::Column::OwnerId.eq(owner))
        .count(&txn)
        .await?;
    if kept >= MOST {
        return Err(Error::Conflict(format!(
            "you keep {MOST} views already; delete one first"
        )));
    }
    let id = ViewId::new();
    let row = saved_view::ActiveModel {
        tenant_id: Set(tenant_id),
        id: Set(id),
        owner_kind: Set(kind.to_owned()),
        owner_id: Set(owner),
        shared: Set(new.shared),
        name: Set(name),
        query: Set(checked.query.expect("checked")),
        columns: Set(checked.columns.flatten()),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&txn)
    .await?;
    let entry = Entry::new("view.saved")
        .target("view", id)
        .detail(json!({ "shared": new.shared }));
    audit::append(&txn, tenant_id, scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    Ok(View::of(scope, &defs, row))
}

/// View `id` for a change: seen by the caller and theirs to change (their
/// own; a shared one, admins').
async fn changeable(state: &Services, scope: &Scope, id: ViewId) -> Result<View> {
    let view = get(state, scope, id).await?;
    if !view.may_change {
        return Err(Error::Forbidden(
            "only admins and owners change or delete a view shared with everyone".into(),
        ));
    }
    Ok(view)
}

/// Renames or otherwise changes view `id`; audited as `view.changed` with
/// what changed.
pub async fn change(
    state: &Services,
    scope: &Scope,
    meta: &Origin,
    id: ViewId,
    change: ViewChange,
) -> Result<View> {
    let view = changeable(state, scope, id).await?;
    if change.shared.is_some_and(|s| s != view.row.shared) {
        may_share(scope)?;
    }
    let tenant_id = scope.tenant_id();
    let defs = Defs::load(&state.db.main, tenant_id).await?;
    let checked = check(&defs, scope.role(), &change)?;
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    if let Some(name) = &checked.name {
        refuse_taken(&txn, scope, name, Some(id)).await?;
    }
    let mut changed: Vec<&str> = Vec::new();
    let mut update = saved_view::Entity::update_many();
    if let Some(name) = checked.name.filter(|n| *n != view.row.name) {
        update = update.col_expr(saved_view::Column::Name, Expr::value(name));
        changed.push("name");
    }
    if let Some(query) = checked.query.filter(|q| *q != view.row.query) {
        update = update.col_expr(saved_view::Column::Query, Expr::value(query));
        changed.push("query");
    }
    if let Some(shared) = change.shared.filter(|s| *s != view.row.shared) {
        update = update.col_expr(saved_view::Column::Shared, Expr::value(shared));
        changed.push("shared");
    }
    if let Some(columns) = checked.columns.filter(|c| *c != view.row.columns) {
        update = update.col_expr(saved_view::Column::Columns, Expr::value(columns));
        changed.push("columns");
    }
    if !changed.is_empty() {
        update
            .col_expr(saved_view::Column::UpdatedAt, Expr::value(now))
            .filter(saved_view::Column::TenantId.eq(tenant_id))
            .filter(saved_view::Column::Id.eq(id))
            .exec(&txn)
            .await?;
        let entry = Entry::new("view.changed")
            .target("view", id)
            .detail(json!({ "fields": changed }));
        audit::append(&txn, tenant_id, scope.into(), meta, now, entry).await?;
    }
    txn.commit().await?;
    get(state, scope, id).await
}

/// Deletes view `id`; audited as `view.deleted`.
pub async fn delete(state: &Services, scope: &Scope, meta: &Origin, id: ViewId) -> Result<()> {
    let view = changeable(state, scope, id).await?;
    let tenant_id = scope.tenant_id();
    let now = state.clock.now();
    let txn = begin_write(&state.db.writer).await?;
    saved_view::Entity::delete_many()
        .filter(saved_view::Column::TenantId.eq(tenant_id))
        .filter(saved_view::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    let entry = Entry::new("view.deleted")
        .target("view", id)
        .detail(json!({ "shared": view.row.shared }));
    audit::append(&txn, tenant_id, scope.into(), meta, now, entry).await?;
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::canonical;

    #[test]
    fn a_query_is_kept_in_one_order_without_empty_values() {
        assert_eq!(
            canonical("?sort=-name&field.tier=gold&state=expiring&within=7&hold=").unwrap(),
            "state=expiring&within=7&sort=-name&field.tier=gold"
        );
        assert_eq!(canonical("").unwrap(), "");
    }

    #[test]
    fn search_words_pages_and_strangers_are_refused() {
        for bad in [
            "q=anna",
            "s=abc",
            "page=2",
            "cursor=x",
            "colour=red",
            "state=a%20b",
            "state=active&state=complete",
            "field.Tier=gold",
        ] {
            assert!(canonical(bad).is_err(), "{bad}");
        }
        assert!(canonical(&format!("state={}", "a".repeat(101))).is_err());
    }

    #[test]
    fn the_list_shown_is_kept_without_its_search_page_or_view() {
        let of = super::of_list;
        assert_eq!(
            of("s=abc&state=active&page=3&view=x").as_deref(),
            Some("state=active")
        );
        assert_eq!(of("colour=red"), None);
    }
}
