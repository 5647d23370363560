//! Copies: a person's PDF copy and JSON export of records with 10 and 300
//! notes, under load and one at a time.

use anyhow::anyhow;
use reqwest::{Method, StatusCode};
use serde_json::json;

use crate::{drive::repeat_get, run::Bench};

/// Records with 10 and 300 notes, each as (notes, ID): for the copies, the
/// overload mix and the slow requests in flight at SIGTERM.
pub async fn heavy_records(b: &Bench<'_>) -> anyhow::Result<Vec<(usize, String)>> {
    let mut heavy = Vec::new();
    if !["PDF", "export", "overload", "sigterm"]
        .iter()
        .any(|s| b.wants(s))
    {
        return Ok(heavy);
    }
    for notes in [10usize, 300] {
        let t = 0;
        let body = json!({ "name": format!("Bench Copy {notes}"), "email": format!("copy-{notes}@bench.test") });
        let id = b.load.create_customer(t, &body).await?;
        for n in 0..notes {
            let note = json!({ "body": format!("Note {n}: the customer asked about delivery times and was told the usual three to five working days.") });
            b.load
                .call(
                    Method::POST,
                    t,
                    &format!("/api/v1/customers/{id}/notes"),
                    Some(&note),
                    StatusCode::CREATED,
                )
                .await
                .map_err(|e| anyhow!(e))?;
        }
        heavy.push((notes, id));
    }
    Ok(heavy)
}

pub async fn run(b: &mut Bench<'_>, heavy: &[(usize, String)]) {
    if !(b.wants("PDF") || b.wants("export")) {
        return;
    }
    let (c, d) = (b.concurrency(), b.duration());
    for (notes, id) in heavy {
        let pdf = format!("/api/v1/customers/{id}/copy.pdf");
        let row = repeat_get(&b.load, c, d, pdf.clone())
            .await
            .of(&format!("PDF copy, {notes} notes"));
        b.push(row);
        // What one copy costs, without the queue of the row above.
        let row = repeat_get(&b.load, 1, d, pdf)
            .await
            .of(&format!("PDF copy, {notes} notes, one at a time"));
        b.push(row);
        if *notes == 10 {
            let export = format!("/api/v1/customers/{id}/export.json");
            let row = repeat_get(&b.load, c, d, export)
                .await
                .of("JSON export, 10 notes");
            b.push(row);
        }
    }
}
