//! Copies: a person's PDF copy and JSON export of records with 10 and 300
//! notes, under load and one at a time, and one of a record with a name in
//! Chinese characters (a fallback font, shaped and subset).

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
        let name = format!("Bench Copy {notes}");
        let id = record(b, &name, &format!("copy-{notes}@bench.test"), notes).await?;
        heavy.push((notes, id));
    }
    Ok(heavy)
}

/// A record called `name` with `notes` notes; returns its ID.
async fn record(b: &Bench<'_>, name: &str, email: &str, notes: usize) -> anyhow::Result<String> {
    let t = 0;
    let body = json!({ "name": name, "email": email });
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
    Ok(id)
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
    if b.wants("PDF") {
        match record(b, "李伟 山田太郎", "copy-cjk@bench.test", 10).await {
            Ok(id) => {
                let pdf = format!("/api/v1/customers/{id}/copy.pdf");
                let row = repeat_get(&b.load, 1, d, pdf)
                    .await
                    .of("PDF copy, 10 notes, CJK name, one at a time");
                b.push(row);
            }
            Err(e) => eprintln!("  the record with a CJK name could not be made: {e:#}"),
        }
    }
}
