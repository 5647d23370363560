//! The customers list: sorted (names through their bucket, without reading
//! names in SQL), filtered by many things at once, counted, and paged by
//! number, on the page and in the API.

use chrono::TimeDelta;
use reqwest::StatusCode;
use serde_json::{Value, json};
use steward::auth::Role;

use crate::helpers::{
    Session, TestApp, count, expect, expect_status, expect_text, problem, run_jobs, spawn_app,
    submit,
};
use crate::pages::page as raw_page;

/// A page's status and HTML, with attribute escapes undone (`&#x2f;`, `&amp;`).
async fn page(s: &Session, path: &str) -> (StatusCode, String) {
    let (status, html) = raw_page(s, path).await;
    (status, unescape(&html))
}

fn unescape(html: &str) -> String {
    html.replace("&#x2f;", "/").replace("&amp;", "&")
}

/// Every record of a list in the API, in its order, following the cursor
/// `limit` at a time; also the totals each page gave.
async fn all(s: &Session, params: &str, limit: u64) -> (Vec<Value>, Vec<u64>) {
    let (mut items, mut totals, mut cursor) = (Vec::new(), Vec::new(), String::new());
    loop {
        let page = s
            .json(&format!("/api/v1/customers?limit={limit}&{params}{cursor}"))
            .await;
        items.extend(page["items"].as_array().unwrap().iter().cloned());
        totals.push(page["total"].as_u64().expect("a total"));
        match page["next_cursor"].as_str() {
            Some(c) => cursor = format!("&cursor={c}"),
            None => return (items, totals),
        }
    }
}

fn names(items: &[Value]) -> Vec<String> {
    items
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect()
}

async fn names_of(s: &Session, params: &str) -> Vec<String> {
    names(&all(s, params, 200).await.0)
}

#[tokio::test]
async fn names_sort_by_folded_letter_with_other_scripts_after_latin_in_stable_pages() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    for name in [
        "李伟",
        "Zoë",
        "anna",
        "Иван",
        "Bob",
        "Émile",
        "42 Club",
        "Ängel",
        "ångström",
        "王秀英",
    ] {
        staff
            .customer(name, &format!("{}@example.test", name.len()))
            .await;
    }
    let sorted = [
        "42 Club",
        "Ängel",
        "ångström",
        "anna",
        "Bob",
        "Émile",
        "Zoë",
        "Иван",
    ];
    // Pages of 3 cut through buckets; no record is missed or repeated.
    let (items, totals) = all(&staff, "sort=name", 3).await;
    let got = names(&items);
    assert_eq!(&got[..8], sorted, "{got:?}");
    let mut han = got[8..].to_vec();
    han.sort();
    assert_eq!(han, ["李伟", "王秀英"], "Han names come after the others");
    assert!(totals.iter().all(|t| *t == 10), "{totals:?}");
    // Descending is the exact reverse.
    let (down, _) = all(&staff, "sort=-name", 4).await;
    let mut reversed = names(&down);
    reversed.reverse();
    assert_eq!(reversed, got);
    // A search sorted by name: its matches only, in the same order.
    let found = names_of(&staff, "q=ang&sort=name").await;
    assert_eq!(found, ["Ängel", "ångström"]);
    // In the database, a name gives away its first letter group only.
    let buckets = count(
        &app.state.db.main,
        "SELECT COUNT(DISTINCT name_bucket) FROM customers",
    )
    .await;
    assert_eq!(buckets, 7, "digits, a, b, e, z, Cyrillic, Han: one each");
}

/// Each sort key, both ways: SQL's order with ties by ID, no record left
/// out; descending is the reverse of ascending.
#[tokio::test]
async fn every_sort_key_orders_both_ways() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let mut ids = Vec::new();
    for name in ["First", "Second", "Third", "Fourth"] {
        ids.push(staff.customer(name, &format!("{name}@example.test")).await);
        app.clock.advance(TimeDelta::minutes(1));
    }
    // The first is changed last; the second and fourth are complete, the
    // fourth first so that it expires first.
    staff.complete(&ids[3]).await;
    app.clock.advance(TimeDelta::minutes(1));
    staff.complete(&ids[1]).await;
    app.clock.advance(TimeDelta::minutes(1));
    let path = format!("/api/v1/customers/{}", ids[0]);
    expect(
        staff
            .patch(&path, json!({ "version": 1, "company": "Later Ltd" }))
            .await,
        200,
    )
    .await;
    for (sort, expected) in [
        ("created", ["First", "Second", "Third", "Fourth"]),
        ("updated", ["Third", "Fourth", "Second", "First"]),
        ("name", ["First", "Fourth", "Second", "Third"]),
    ] {
        assert_eq!(names_of(&staff, &format!("sort={sort}")).await, expected);
        let mut down = names_of(&staff, &format!("sort=-{sort}")).await;
        down.reverse();
        assert_eq!(down, expected, "-{sort}");
    }
    // States in the order of their words; ties in creation order.
    let by_state = names_of(&staff, "sort=state").await;
    assert_eq!(by_state, ["First", "Third", "Second", "Fourth"]);
    let mut down = names_of(&staff, "sort=-state").await;
    down.reverse();
    assert_eq!(down, by_state);
    // Records with an end date first, soonest first; then the others.
    let expiring = all(&staff, "sort=expires_at", 200).await.0;
    let with_end: Vec<&Value> = expiring
        .iter()
        .filter(|c| c["expires_at"].is_string())
        .collect();
    if with_end.len() == 2 {
        assert_eq!(names(&expiring)[..2], ["Fourth", "Second"]);
    }
    assert_eq!(
        names(&expiring)[with_end.len()..],
        ["First", "Second", "Third", "Fourth"]
            .into_iter()
            .filter(|n| !with_end.iter().any(|c| c["name"] == *n))
            .collect::<Vec<_>>()
    );
    let mut down = names_of(&staff, "sort=-expires_at").await;
    down.reverse();
    assert_eq!(down, names(&expiring));
}

/// A tenant with a select field, a true/false field and a text field, and
/// a purpose.
async fn fielded(app: &TestApp) -> (Session, Session) {
    let t = app.create_tenant("acme").await;
    let owner = app.login_owner(&t).await;
    for body in [
        json!({ "key": "tier", "label": "Tier", "type": "select", "options": ["gold", "silver"] }),
        json!({ "key": "vip", "label": "Very important", "type": "bool" }),
        json!({ "key": "notes", "label": "Notes", "type": "text" }),
    ] {
        expect(owner.post("/api/v1/fields", body).await, 201).await;
    }
    let newsletter = json!({ "labels": { "en": { "label": "Newsletter" } } });
    let put = owner
        .send(
            reqwest::Method::PUT,
            "/api/v1/purposes/newsletter",
            Some(newsletter),
        )
        .await;
    expect(put, 200).await;
    let staff = app.login_as(&t, Role::Staff).await;
    (owner, staff)
}

#[tokio::test]
async fn filters_combine_and_each_one_excludes_its_foil() {
    let app = spawn_app().await;
    let (owner, staff) = fielded(&app).await;
    // "Match" passes every filter; each foil fails exactly one.
    let foils = [
        "Match",
        "Silver",
        "NotVip",
        "Withdrawn",
        "Free",
        "Unheld",
        "Done",
    ];
    let mut ids = Vec::new();
    for name in foils {
        let tier = if name == "Silver" { "silver" } else { "gold" };
        let vip = name != "NotVip";
        let id = staff
            .create_customer(json!({
                "name": name, "email": format!("{name}@example.test"),
                "fields": { "tier": tier, "vip": vip, "notes": "gold" }
            }))
            .await;
        staff.consent(&id, "newsletter", true).await;
        if name == "Withdrawn" {
            staff.consent(&id, "newsletter", false).await;
        }
        if name != "Unheld" {
            owner.hold(&id, "a dispute").await;
        }
        if name == "Done" {
            staff.complete(&id).await;
        }
        if name != "Free" {
            let path = format!("/api/v1/customers/{id}/restrict");
            let body = json!({ "on": true, "reason": "contested" });
            expect(staff.post(&path, body).await, 200).await;
        }
        ids.push(id);
    }
    // A record granted after withdrawing counts as granted.
    let again = staff
        .create_customer(json!({ "name": "Regranted", "fields": { "tier": "gold" } }))
        .await;
    staff.consent(&again, "newsletter", false).await;
    staff.consent(&again, "newsletter", true).await;

    let every =
        "state=active&restricted=1&hold=1&consent=newsletter&field.tier=gold&field.vip=true";
    let (items, totals) = all(&staff, every, 50).await;
    assert_eq!(names(&items), ["Match"]);
    assert_eq!(totals, [1]);
    for (param, foil) in [
        ("state=active", "Done"),
        ("restricted=1", "Free"),
        ("hold=1", "Unheld"),
        ("consent=newsletter", "Withdrawn"),
        ("field.tier=gold", "Silver"),
        ("field.vip=true", "NotVip"),
    ] {
        let got = names_of(&staff, param).await;
        assert!(got.contains(&"Match".to_owned()), "{param}: {got:?}");
        assert!(!got.contains(&foil.to_owned()), "{param} keeps out {foil}");
        // All but this one filter: the foil is back.
        let rest: Vec<&str> = every.split('&').filter(|p| *p != param).collect();
        let got = names_of(&staff, &rest.join("&")).await;
        assert!(got.contains(&foil.to_owned()), "without {param}: {got:?}");
    }
    assert!(
        names_of(&staff, "consent=newsletter")
            .await
            .contains(&"Regranted".into())
    );
    assert_eq!(names_of(&staff, "field.vip=false").await, ["NotVip"]);
    assert_eq!(names_of(&staff, "field.tier=silver").await, ["Silver"]);
    // The filters go with a search and a sort too.
    let got = names_of(&staff, "q=match&field.tier=gold&sort=-name").await;
    assert_eq!(got, ["Match"]);
    assert!(
        names_of(&staff, "q=silver&field.tier=gold")
            .await
            .is_empty()
    );

    // A field's value is found by its token alone: none is in the clear,
    // and a shredded record leaves none behind.
    let match_id = &ids[0];
    let held = |id: &str| {
        format!(
            "SELECT COUNT(*) FROM search_tokens WHERE customer_id = {}",
            app.uuid_sql(id.parse().unwrap())
        )
    };
    assert!(count(&app.state.db.main, held(&again)).await > 0);
    assert!(
        names_of(&staff, "field.tier=gold")
            .await
            .contains(&"Regranted".into())
    );
    let resp = owner
        .post(
            &format!("/api/v1/customers/{again}/shred"),
            json!({ "confirm": again }),
        )
        .await;
    expect(resp, 200).await;
    assert_eq!(count(&app.state.db.main, held(&again)).await, 0);
    assert!(
        !names_of(&staff, "field.tier=gold")
            .await
            .contains(&"Regranted".into())
    );
    assert!(count(&app.state.db.main, held(match_id)).await > 0);
}

#[tokio::test]
async fn bad_parameters_are_400_naming_them() {
    let app = spawn_app().await;
    let (_owner, staff) = fielded(&app).await;
    for (params, named) in [
        ("sort=email", "sort"),
        ("sort=--name", "sort"),
        ("state=archived", "state"),
        ("state=expiring&within=0", "within"),
        ("state=expiring&within=9999", "within"),
        ("within=7", "within"),
        ("restricted=yes", "restricted"),
        ("hold=2", "hold"),
        ("request=closed", "request"),
        ("consent=telemarketing", "consent"),
        ("field.shoe_size=42", "field.shoe_size"),
        ("field.notes=gold", "field.notes"),
        ("field.tier=platinum", "field.tier"),
        ("field.vip=maybe", "field.vip"),
    ] {
        let p = problem(staff.get(&format!("/api/v1/customers?{params}")).await, 400).await;
        let detail = p["detail"].as_str().unwrap();
        assert!(
            detail.starts_with(&format!("{named}: ")),
            "{params}: {detail}"
        );
    }
    let p = problem(staff.get("/api/v1/customers?field.notes=x").await, 400).await;
    assert!(p["detail"].as_str().unwrap().contains("\"Notes\""), "{p}");
    let p = problem(staff.get("/api/v1/customers?field.tier=x").await, 400).await;
    assert!(
        p["detail"].as_str().unwrap().contains("gold, silver"),
        "{p}"
    );
    // A cursor of the creation order does not page a sort.
    staff.customer("One", "one@example.test").await;
    staff.customer("Two", "two@example.test").await;
    let first = staff.json("/api/v1/customers?limit=1").await;
    let cursor = first["next_cursor"].as_str().unwrap();
    let p = problem(
        staff
            .get(&format!(
                "/api/v1/customers?limit=1&sort=name&cursor={cursor}"
            ))
            .await,
        422,
    )
    .await;
    assert!(p["errors"]["cursor"].is_string(), "{p}");
    // The page says what is wrong above its filter form, and lists nothing.
    let (status, html) = page(&staff, "/customers?sort=email").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("sort: must be one of"), "{html}");
    let (status, html) = page(&staff, "/customers?page=0").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert!(html.contains("page: must be a page number"), "{html}");
}

#[tokio::test]
async fn the_page_counts_the_view_and_links_page_numbers_that_cover_it_once() {
    let app = spawn_app().await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    let mut made = Vec::new();
    // 120 names over a few letters, so that buckets span pages.
    for i in 0..120u32 {
        let letter = ["Q", "B", "Y", "A"][(i % 4) as usize];
        let name = format!("{letter}name {:03}", (i * 37) % 120);
        staff.customer(&name, &format!("p{i}@example.test")).await;
        made.push(name);
    }
    made.sort_by_key(|n| n.to_lowercase());
    let (status, html) = page(&staff, "/customers?sort=name").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("120 records"), "the total");
    assert!(html.contains("aria-current=\"page\">1</a>"));
    assert!(
        html.contains("href=\"/customers?sort=name&page=3\""),
        "{html}"
    );
    let mut seen = Vec::new();
    for n in 1..=3 {
        let path = match n {
            1 => "/customers?sort=name".to_owned(),
            n => format!("/customers?sort=name&page={n}"),
        };
        let (_, html) = page(&staff, &path).await;
        seen.extend(row_names(&html));
        if n == 2 {
            assert!(html.contains("rel=\"prev\"") && html.contains("rel=\"next\""));
        }
    }
    assert_eq!(seen, made, "every record once, in name order");
    let (_, html) = page(&staff, "/customers?sort=name&page=4").await;
    assert!(row_names(&html).is_empty());

    // A search keeps the filters beside its handle; the words stay out.
    let (_, html) = page(&staff, "/customers?sort=-name&state=active").await;
    let csrf = crate::helpers::form_token(&html);
    let s = Session {
        csrf: Some(csrf),
        ..staff.clone()
    };
    let resp = submit(
        &s,
        "/customers",
        &[("q", "aname"), ("view", "state=active&sort=-name")],
    )
    .await;
    let to = expect_status(resp, 303).await.headers()["location"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        to.starts_with("/customers?s=") && to.ends_with("&state=active&sort=-name"),
        "{to}"
    );
    assert!(!to.contains("aname"));
    let (_, html) = page(&staff, &to).await;
    assert!(html.contains("30 records"), "the search's total");
    let found = row_names(&html);
    assert_eq!(found.len(), 30);
    assert!(found.windows(2).all(|w| w[0] > w[1]), "-name: {found:?}");
    // The export control carries the view.
    assert!(html.contains("name=\"view\" value=\"state=active&sort=-name\""));
    // The filter form names fields and purposes by their labels.
    let (_, html) = page(&staff, "/customers").await;
    assert!(html.contains(">Sort by</label>") && html.contains("name=\"restricted\""));
}

/// The names in a list page's rows.
fn row_names(html: &str) -> Vec<String> {
    html.split("<th scope=\"row\"><a href=\"/customers/")
        .skip(1)
        .map(|part| {
            let start = part.find('>').unwrap() + 1;
            part[start..part.find("</a>").unwrap()].to_owned()
        })
        .collect()
}

#[tokio::test]
async fn the_filter_form_offers_labels_and_an_export_takes_the_filters() {
    let app = spawn_app().await;
    let (owner, staff) = fielded(&app).await;
    let gold = staff
        .create_customer(json!({ "name": "Goldie", "fields": { "tier": "gold" } }))
        .await;
    staff
        .create_customer(json!({ "name": "Silvia", "fields": { "tier": "silver" } }))
        .await;
    let html = unescape(&expect_text(staff.get("/customers?field.tier=gold").await, 200).await);
    assert!(html.contains(">Tier</label>") && html.contains(">Very important</label>"));
    assert!(html.contains(">Newsletter</option>"));
    assert!(
        !html.contains(">Notes</label>"),
        "a text field does not filter"
    );
    assert_eq!(row_names(&html), ["Goldie"]);
    // The API's export takes the same parameters.
    let e = expect(
        owner
            .post(
                "/api/v1/exports",
                json!({ "format": "csv", "view": "field.tier=gold&sort=name" }),
            )
            .await,
        201,
    )
    .await;
    assert_eq!(e["rows"], 1, "{e}");
    let p = problem(
        owner
            .post(
                "/api/v1/exports",
                json!({ "format": "csv", "view": "field.tier=platinum" }),
            )
            .await,
        422,
    )
    .await;
    assert!(p["errors"]["field.tier"].is_string(), "{p}");
    let _ = gold;
}

#[tokio::test]
async fn old_records_get_their_bucket_and_field_tokens_from_the_backfill() {
    let app = spawn_app().await;
    let (_owner, staff) = fielded(&app).await;
    for (name, tier) in [("Zed", "gold"), ("Amy", "silver"), ("Max", "gold")] {
        staff
            .create_customer(json!({ "name": name, "fields": { "tier": tier } }))
            .await;
    }
    run_jobs(&app.state).await;
    // As written before this version: no bucket, no field tokens.
    app.sql("UPDATE customers SET name_bucket = NULL").await;
    app.sql("DELETE FROM search_tokens").await;
    app.sql("DELETE FROM job_cursors WHERE name = 'search_index_v3'")
        .await;
    assert!(names_of(&staff, "field.tier=gold").await.is_empty());
    run_jobs(&app.state).await;
    assert_eq!(
        count(
            &app.state.db.main,
            "SELECT COUNT(*) FROM customers WHERE name_bucket IS NULL"
        )
        .await,
        0
    );
    assert_eq!(names_of(&staff, "sort=name").await, ["Amy", "Max", "Zed"]);
    assert_eq!(names_of(&staff, "field.tier=gold").await, ["Zed", "Max"]);
    assert_eq!(names_of(&staff, "q=amy").await, ["Amy"]);
}

#[tokio::test]
async fn records_with_an_open_request_are_listed_on_their_own() {
    let (app, sink) = crate::requests::app_with_smtp("").await;
    let t = app.create_tenant("acme").await;
    let staff = app.login_as(&t, Role::Staff).await;
    staff.customer("Asked", "asked@example.test").await;
    staff.customer("Quiet", "quiet@example.test").await;
    crate::requests::ask(&app, "acme", "asked@example.test", "copy").await;
    assert!(
        names_of(&staff, "request=open").await.is_empty(),
        "unverified"
    );
    crate::requests::verify(&app, &sink, "acme", "asked@example.test").await;
    run_jobs(&app.state).await;
    assert_eq!(names_of(&staff, "request=open").await, ["Asked"]);
    let html = unescape(&expect_text(staff.get("/customers?request=open").await, 200).await);
    assert_eq!(row_names(&html), ["Asked"]);
    assert!(html.contains("\"status\">1 record <a"), "{html}");
}
