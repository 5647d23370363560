//! The customers list made one's own: each user's columns, remembered and
//! used by the list; saved views (a name and the list's filters, never its
//! search words), one's own or shared with everyone by an admin; each
//! change audited.

use reqwest::Method;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{Session, expect, expect_status, expect_text, problem, spawn_app, submit};

/// The tenant's audit entries with `action`, newest first.
async fn audited(owner: &Session, action: &str) -> Vec<Value> {
    let log = owner.json("/api/v1/audit?limit=200").await;
    log["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["action"] == action)
        .cloned()
        .collect()
}

/// The names of the views `s` sees.
async fn names(s: &Session) -> Vec<String> {
    let views = s.json("/api/v1/views").await;
    views["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap().to_owned())
        .collect()
}

#[tokio::test]
async fn columns_are_each_users_own_and_the_list_shows_them() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let field =
        json!({ "key": "tier", "label": "Tier", "type": "select", "options": ["gold", "silver"] });
    expect(owner.post("/api/v1/fields", field).await, 201).await;
    let hidden =
        json!({ "key": "vat", "label": "VAT number", "type": "text", "visible_to": "admin" });
    expect(owner.post("/api/v1/fields", hidden).await, 201).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let other = app.login_as(&t, Role::Staff).await;
    let ada = json!({ "name": "Ada Lovelace", "email": "ada@example.com", "phone": "+44 20 7946 0000", "fields": { "tier": "gold" } });
    let ada = expect(staff.post("/api/v1/customers", ada).await, 201).await;
    let phone = ada["phone"].as_str().expect("a phone").to_owned();

    // Until chosen: the default columns.
    let mine = staff.json("/api/v1/customers/columns").await;
    assert_eq!(
        mine["columns"],
        json!(["email", "company", "state", "expires"])
    );
    assert!(
        mine["offered"]
            .as_array()
            .unwrap()
            .contains(&json!("field.tier"))
    );
    assert!(!mine["offered"].to_string().contains("field.vat"), "{mine}");

    let chosen = json!({ "columns": ["field.tier", "phone", "email"] });
    let kept = expect(
        staff
            .send(Method::PUT, "/api/v1/customers/columns", Some(chosen))
            .await,
        200,
    )
    .await;
    assert_eq!(kept["columns"], json!(["email", "phone", "field.tier"]));
    assert_eq!(
        staff.json("/api/v1/customers/columns").await["columns"],
        kept["columns"]
    );
    let html = expect_text(staff.get("/customers").await, 200).await;
    assert!(html.contains(&phone), "the phone column");
    assert!(
        html.contains(">Tier</th>") && html.contains(">gold</td>"),
        "{html}"
    );
    assert!(!html.contains(">Expires</th>"), "a column not chosen");

    // Another user is unaffected.
    assert_eq!(
        other.json("/api/v1/customers/columns").await["columns"],
        json!(["email", "company", "state", "expires"])
    );
    let theirs = expect_text(other.get("/customers").await, 200).await;
    assert!(!theirs.contains(&phone) && theirs.contains(">Expires</th>"));

    // Unknown columns, and fields the role may not see, are refused named;
    // nothing changes.
    for bad in ["colour", "field.vat", "name"] {
        let body = json!({ "columns": ["email", bad] });
        let p = problem(
            staff
                .send(Method::PUT, "/api/v1/customers/columns", Some(body))
                .await,
            422,
        )
        .await;
        assert!(
            p["errors"]["columns"].as_str().unwrap().contains(bad),
            "{p}"
        );
    }
    assert_eq!(
        staff.json("/api/v1/customers/columns").await["columns"],
        kept["columns"]
    );

    // The page's form: back to the list as it was, the choice kept.
    let resp = submit(
        &staff,
        "/customers/columns",
        &[
            ("columns", "company"),
            ("columns", "created"),
            ("list_query", "state=active"),
        ],
    )
    .await;
    let resp = expect_status(resp, 303).await;
    assert_eq!(resp.headers()["location"], "/customers?state=active");
    assert_eq!(
        staff.json("/api/v1/customers/columns").await["columns"],
        json!(["company", "created"])
    );
    assert_eq!(audited(&owner, "user.columns_set").await.len(), 2);
}

#[tokio::test]
async fn views_are_the_savers_own_unless_an_admin_shares_them() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    let admin = app.login_as(&t, Role::Admin).await;
    let staff = app.login_as(&t, Role::Staff).await;
    let other = app.login_as(&t, Role::Staff).await;
    let viewer = app.login_as(&t, Role::Viewer).await;

    let own = json!({ "name": "Expiring soon", "query": "?within=7&state=expiring&sort=-name" });
    let saved = expect(staff.post("/api/v1/views", own).await, 201).await;
    assert_eq!(saved["query"], "state=expiring&within=7&sort=-name");
    assert_eq!(
        saved["url"],
        "/customers?state=expiring&within=7&sort=-name"
    );
    assert_eq!(saved["shared"], false);
    assert_eq!(saved["mine"], true);
    let own_id = saved["id"].as_str().unwrap().to_owned();

    // Staff cannot share.
    let shared = json!({ "name": "Held", "query": "hold=1", "shared": true });
    problem(staff.post("/api/v1/views", shared.clone()).await, 403).await;
    let team = expect(admin.post("/api/v1/views", shared).await, 201).await;
    let team_id = team["id"].as_str().unwrap().to_owned();

    // A staff user's own view is theirs alone; the shared one everyone's.
    assert_eq!(names(&staff).await, ["Held", "Expiring soon"]);
    assert_eq!(names(&other).await, ["Held"]);
    assert_eq!(names(&viewer).await, ["Held"]);
    assert_eq!(names(&admin).await, ["Held"]);
    let rename = json!({ "name": "Mine now" });
    problem(
        other
            .patch(&format!("/api/v1/views/{own_id}"), rename.clone())
            .await,
        404,
    )
    .await;
    problem(other.delete(&format!("/api/v1/views/{own_id}")).await, 404).await;

    // Shared ones are renamed and deleted by admins only.
    problem(
        staff
            .patch(&format!("/api/v1/views/{team_id}"), rename.clone())
            .await,
        403,
    )
    .await;
    problem(staff.delete(&format!("/api/v1/views/{team_id}")).await, 403).await;
    let renamed = expect(
        owner
            .patch(
                &format!("/api/v1/views/{team_id}"),
                json!({ "name": "On hold" }),
            )
            .await,
        200,
    )
    .await;
    assert_eq!(renamed["name"], "On hold");

    // The saver renames and deletes their own.
    let renamed = expect(
        staff
            .patch(
                &format!("/api/v1/views/{own_id}"),
                json!({ "name": "Due this week" }),
            )
            .await,
        200,
    )
    .await;
    assert_eq!(renamed["name"], "Due this week");
    // A name another view has is refused.
    let p = problem(
        staff
            .patch(
                &format!("/api/v1/views/{own_id}"),
                json!({ "name": "On hold" }),
            )
            .await,
        422,
    )
    .await;
    assert!(p["errors"]["name"].is_string(), "{p}");
    // Staff may not share their own either.
    problem(
        staff
            .patch(
                &format!("/api/v1/views/{own_id}"),
                json!({ "shared": true }),
            )
            .await,
        403,
    )
    .await;
    expect_status(staff.delete(&format!("/api/v1/views/{own_id}")).await, 204).await;
    assert_eq!(names(&staff).await, ["On hold"]);
    expect_status(admin.delete(&format!("/api/v1/views/{team_id}")).await, 204).await;
    assert!(names(&staff).await.is_empty());

    assert_eq!(audited(&owner, "view.saved").await.len(), 2);
    assert_eq!(audited(&owner, "view.changed").await.len(), 2);
    let deleted = audited(&owner, "view.deleted").await;
    assert_eq!(deleted.len(), 2);
    assert!(
        !deleted[0].to_string().contains("On hold"),
        "no names in the log"
    );
}

#[tokio::test]
async fn a_view_keeps_no_search_words_and_refuses_bad_names_and_parameters() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let cases = [
        ("state=active&q=ada", "query", "q"),
        ("s=0123456789abcdef", "query", "s"),
        ("page=2", "query", "page"),
        ("colour=red", "query", "colour"),
        ("state=act%20ive", "query", "state"),
        ("field.Tier=gold", "query", "field.Tier"),
    ];
    for (query, field, named) in cases {
        let body = json!({ "name": "A view", "query": query });
        let p = problem(staff.post("/api/v1/views", body).await, 422).await;
        let why = p["errors"][field].as_str().unwrap_or_default();
        assert!(why.contains(named), "{query}: {p}");
    }
    let long = format!("state={}", "a".repeat(1001));
    let p = problem(
        staff
            .post("/api/v1/views", json!({ "name": "Long", "query": long }))
            .await,
        422,
    )
    .await;
    assert!(p["errors"]["query"].is_string(), "{p}");
    let long_name = "x".repeat(81);
    for name in ["", "   ", "line\nbreak", long_name.as_str()] {
        let body = json!({ "name": name, "query": "state=active" });
        let p = problem(staff.post("/api/v1/views", body).await, 422).await;
        assert!(p["errors"]["name"].is_string(), "{name:?}: {p}");
    }
    let bad_columns = json!({ "name": "Cols", "query": "", "columns": ["email", "colour"] });
    let p = problem(staff.post("/api/v1/views", bad_columns).await, 422).await;
    assert!(
        p["errors"]["columns"].as_str().unwrap().contains("colour"),
        "{p}"
    );
    assert!(
        staff.json("/api/v1/views").await["items"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_view_is_saved_from_the_list_and_opens_it_with_its_columns() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let done = staff.customer("Ada Lovelace", "ada@example.com").await;
    staff.complete(&done).await;
    staff.customer("Grace Hopper", "grace@example.com").await;

    // The list offers to save what it shows: filters, never the search.
    let html = expect_text(staff.get("/customers?state=complete").await, 200).await;
    assert!(
        html.contains(r#"name="query" value="state=complete""#),
        "{html}"
    );

    let resp = submit(
        &staff,
        "/customers/views",
        &[
            ("name", "Completed"),
            ("query", "state=complete"),
            ("with_columns", "on"),
        ],
    )
    .await;
    let resp = expect_status(resp, 303).await;
    let to = resp.headers()["location"].to_str().unwrap().to_owned();
    assert!(to.starts_with("/customers?state=complete&view="), "{to}");
    let views = staff.json("/api/v1/views").await;
    assert_eq!(
        views["items"][0]["columns"],
        json!(["email", "company", "state", "expires"])
    );

    // The list names the view; opening it shows its records only.
    let list = expect_text(staff.get("/customers").await, 200).await;
    assert!(
        list.contains(&format!(
            r#"href="{}""#,
            to.replace('&', "&amp;").replace('/', "&#x2f;")
        )),
        "{list}"
    );
    let opened = expect_text(staff.get(&to).await, 200).await;
    assert!(opened.contains("Ada Lovelace") && !opened.contains("Grace Hopper"));
    assert!(opened.contains(r#"aria-current="page""#));

    // A refused name keeps what was typed, on the views page.
    let resp = submit(
        &staff,
        "/customers/views",
        &[("name", "Completed"), ("query", "state=complete")],
    )
    .await;
    let page = expect_text(resp, 422).await;
    assert!(page.contains(r#"value="Completed""#), "{page}");
    assert!(
        page.contains("is the name of another view already"),
        "{page}"
    );

    // Renamed and deleted from the views page.
    let id = views["items"][0]["id"].as_str().unwrap();
    let resp = submit(
        &staff,
        &format!("/customers/views/{id}"),
        &[("name", "Done")],
    )
    .await;
    expect_status(resp, 303).await;
    assert_eq!(names(&staff).await, ["Done"]);
    let resp = submit(&staff, &format!("/customers/views/{id}/delete"), &[]).await;
    expect_status(resp, 303).await;
    assert!(names(&staff).await.is_empty());
}
