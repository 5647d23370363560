//! The import wizard, `/customers/import`: a file chosen (step 1), its
//! columns mapped and checked with the counts of what a run would do
//! (steps 2 and 3), then the run followed on a page that refreshes itself
//! and its result, with the refused rows to download (step 4). Thin over
//! the same services as `/api/v1/imports`; nothing on these pages is lost
//! on a mistake: a refused file or mapping comes back with the reason next
//! to it, and a changed mapping is checked before it runs.

use std::collections::BTreeMap;

use entity::consent::Basis as BasisWord;
use entity::import::{self, State};
use poem::{
    Request, Response, Route, get, handler,
    http::{StatusCode, header},
    post,
    web::{Data, Multipart, Path},
};
use serde::Serialize;
use uuid::Uuid;

use super::{
    check::{Counts, Preview},
    mapping::Target,
    read::Overrides,
    run,
    service::{self, MappingWords, Shown, Upload},
};
use crate::{
    audit::Origin,
    auth::Role,
    consent::purposes::Words,
    error::{Error, Result},
    http::page::{self, Fields, Form, Posted, Viewer, time},
    i18n::{Lang, faults, say::Say},
    state::AppState,
};

pub fn routes(r: Route) -> Route {
    r.at("/customers/import", get(start).post(upload))
        .at("/customers/import/sample.csv", get(sample))
        .at("/customers/import/:id", get(show))
        .at("/customers/import/:id/mapping", post(remap))
        .at("/customers/import/:id/run", post(run_it))
        .at("/customers/import/:id/cancel", post(cancel))
        .at("/customers/import/:id/refused.csv", get(refused_rows))
}

/// The encodings step 1 offers besides finding it out (labels `read`
/// knows).
const ENCODINGS: [&str; 7] = [
    "utf-8",
    "utf-16le",
    "utf-16be",
    "windows-1252",
    "iso-8859-1",
    "windows-1250",
    "iso-8859-2",
];

/// The delimiters step 1 offers besides finding it out, as the form and
/// the API name them.
const DELIMITERS: [&str; 3] = ["comma", "semicolon", "tab"];

/// How many of the tenant's imports step 1 lists.
const RECENT: u64 = 10;

/// A small file of customers to try the wizard with.
const SAMPLE: &str = include_str!("../../docs/sample-customers.csv");

/// Step 1: the form and the latest imports.
#[derive(Serialize)]
struct StartPage {
    title: &'static str,
    section: &'static str,
    #[serde(flatten)]
    form: Form,
    limit_mb: u64,
    encodings: &'static [&'static str],
    delimiters: &'static [&'static str],
    recent: Vec<Recent>,
}

/// An import in the list of step 1.
#[derive(Serialize)]
struct Recent {
    id: Uuid,
    created_at: String,
    state: State,
    counts: Counts,
}

async fn start_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    form: Form,
) -> Result<Response> {
    let recent = service::recent(state, &viewer.scope, RECENT)
        .await?
        .iter()
        .map(Recent::from)
        .collect();
    let limit = state.config.server.upload_limit as u64;
    let page = StartPage {
        title: "title-import",
        section: "customers",
        form,
        limit_mb: limit.div_ceil(1024 * 1024),
        encodings: &ENCODINGS,
        delimiters: &DELIMITERS,
        recent,
    };
    Ok(page::render(viewer, "web/import.html", status, page))
}

#[handler]
async fn start(state: Data<&AppState>, viewer: Viewer) -> Result<Response> {
    viewer.scope.require(Role::Staff)?;
    start_page(&state, &viewer, StatusCode::OK, Form::default()).await
}

/// An upload form as posted: its CSRF token, the file and its name, and
/// how to read it.
#[derive(Default)]
struct Posting {
    csrf: Option<String>,
    file: Vec<u8>,
    file_name: Option<String>,
    encoding: String,
    delimiter: String,
}

/// Reads the upload form, the file up to one byte past the limit (so a
/// larger file is refused by its size).
async fn read_posting(mut multipart: Multipart, limit: usize) -> Result<Posting> {
    let bad =
        |e: &dyn std::fmt::Display| Error::BadRequest(format!("the upload could not be read: {e}"));
    let mut posting = Posting::default();
    while let Some(field) = multipart.next_field().await.map_err(|e| bad(&e))? {
        match field.name() {
            Some("csrf") => posting.csrf = Some(field.text().await.map_err(|e| bad(&e))?),
            Some("encoding") => posting.encoding = field.text().await.map_err(|e| bad(&e))?,
            Some("delimiter") => posting.delimiter = field.text().await.map_err(|e| bad(&e))?,
            Some("file") => {
                posting.file_name = field.file_name().map(str::to_owned);
                let mut reader = field.into_async_read();
                let most = u64::try_from(limit.saturating_add(1)).unwrap_or(u64::MAX);
                tokio::io::AsyncReadExt::read_to_end(
                    &mut tokio::io::AsyncReadExt::take(&mut reader, most),
                    &mut posting.file,
                )
                .await
                .map_err(|e| bad(&e))?;
            }
            _ => {}
        }
    }
    Ok(posting)
}

/// The overrides of step 1's "File options", checked.
fn overrides_of(posting: &Posting) -> Result<Overrides> {
    let encoding = match posting.encoding.as_str() {
        "" | "auto" => None,
        e if ENCODINGS.contains(&e) => Some(e.to_owned()),
        _ => return Err(Error::invalid("encoding", "choose one of the encodings")),
    };
    let delimiter = match posting.delimiter.as_str() {
        "" | "auto" => None,
        "comma" => Some(b','),
        "semicolon" => Some(b';'),
        "tab" => Some(b'\t'),
        _ => return Err(Error::invalid("delimiter", "choose one of the delimiters")),
    };
    Ok(Overrides {
        encoding,
        delimiter,
    })
}

#[handler]
async fn upload(
    req: &Request,
    state: Data<&AppState>,
    meta: Origin,
    multipart: Multipart,
) -> Result<Response> {
    let posting = read_posting(multipart, state.config.server.upload_limit).await?;
    let viewer = match page::uploader(req, posting.csrf.as_deref()).await {
        Ok(v) => v,
        Err(refused) => return Ok(refused),
    };
    viewer.scope.require(Role::Staff)?;
    let uploaded = async {
        let upload = Upload {
            file_name: posting.file_name.as_deref().filter(|n| !n.is_empty()),
            bytes: &posting.file,
            overrides: overrides_of(&posting)?,
            mapping: None,
        };
        service::upload(&state, &viewer.scope, &meta, upload).await
    };
    match uploaded.await {
        Ok((shown, _)) => Ok(page::redirect_with(
            &format!("/customers/import/{}", shown.row.id),
            Say::new("flash-import-read"),
        )),
        Err(e @ Error::Invalid(_)) => {
            let mut form = Form::new(serde_json::Map::new(), Some(&e));
            form.set("encoding", posting.encoding.as_str());
            form.set("delimiter", posting.delimiter.as_str());
            start_page(&state, &viewer, StatusCode::UNPROCESSABLE_ENTITY, form).await
        }
        Err(e) => Err(e),
    }
}

/// The sample file the wizard offers (also in `docs/`).
#[handler]
fn sample() -> Response {
    Response::builder()
        .content_type("text/csv; charset=utf-8")
        .header(
            header::CONTENT_DISPOSITION,
            "attachment; filename=\"sample-customers.csv\"",
        )
        .header(header::CACHE_CONTROL, "public, max-age=3600")
        .body(SAMPLE)
}

/// Steps 2 to 4: one import, as its state has it.
#[derive(Serialize)]
struct ImportPage {
    title: &'static str,
    section: &'static str,
    id: Uuid,
    state: State,
    format: String,
    encoding: String,
    delimiter: &'static str,
    /// The file's columns with where each goes (while it waits for its run).
    columns: Vec<Column>,
    /// What a column can go to, grouped.
    groups: Vec<Group>,
    /// Whether a purpose can be mapped (so the basis is asked for).
    purposes: bool,
    basis: &'static str,
    bases: Vec<&'static str>,
    suggested: bool,
    counts: Counts,
    /// Rows a run writes: new records and updates.
    writes: u64,
    refusals: Vec<RefusalRow>,
    /// New rows that look like a customer the tenant has (same name and
    /// company), with links to those records.
    alike: Vec<AlikeRow>,
    /// Refused rows beyond those listed.
    more_refused: u64,
    done: u64,
    total: u64,
    failure: Option<String>,
    /// Whether the file of refused rows can still be downloaded.
    refused_kept: bool,
    expires_at: String,
    /// Faults of the mapping as a whole (`mapping`, `basis`).
    errors: BTreeMap<String, String>,
}

/// A column of the file and where it goes.
#[derive(Serialize)]
struct Column {
    index: usize,
    header: String,
    chosen: String,
    error: Option<String>,
}

/// A group of targets in a column's list.
#[derive(Serialize)]
struct Group {
    label: String,
    choices: Vec<Choice>,
}

#[derive(Serialize)]
struct Choice {
    value: String,
    label: String,
}

#[derive(Serialize)]
struct AlikeRow {
    line: u64,
    customers: Vec<Uuid>,
}

#[derive(Serialize)]
struct RefusalRow {
    line: u64,
    reason: String,
}

/// The built-in targets, in the order a list offers them.
const BUILT_IN: [(&str, &str); 9] = [
    ("name", "import-target-name"),
    ("first_name", "import-target-first_name"),
    ("last_name", "import-target-last_name"),
    ("email", "import-target-email"),
    ("phone", "import-target-phone"),
    ("company", "import-target-company"),
    ("address", "import-target-address"),
    ("language", "import-target-language"),
    ("note", "import-target-note"),
];

/// Every target the viewer may map a column to, grouped and in their
/// language.
async fn groups_for(state: &AppState, viewer: &Viewer) -> Result<(Vec<Group>, bool)> {
    let tenant_id = viewer.scope.tenant_id();
    let (fields, purposes) = service::choices(state, tenant_id, viewer.scope.role()).await?;
    let say = |key: &'static str| viewer.say(&Say::new(key));
    let mut groups = vec![
        Group {
            label: say("import-group-skip"),
            choices: vec![Choice {
                value: "ignore".into(),
                label: say("import-target-ignore"),
            }],
        },
        Group {
            label: say("import-group-record"),
            choices: BUILT_IN
                .iter()
                .map(|&(value, key)| Choice {
                    value: value.into(),
                    label: say(key),
                })
                .collect(),
        },
    ];
    if !fields.is_empty() {
        groups.push(Group {
            label: say("import-group-fields"),
            choices: fields
                .into_iter()
                .map(|f| Choice {
                    value: Target::Field(f.key).to_string(),
                    label: f.label,
                })
                .collect(),
        });
    }
    let any_purpose = !purposes.is_empty();
    if any_purpose {
        let words = Words::load(
            &state.db.main,
            tenant_id,
            Lang::parse(&viewer.tenant.default_language),
        )
        .await?;
        let mut choices = Vec::new();
        for p in purposes {
            let label = words.of(&p.key, viewer.lang).label;
            let of = |key| viewer.say(&Say::new(key).with("purpose", label.as_str()));
            choices.push(Choice {
                value: Target::Consent(p.key.clone()).to_string(),
                label: of("import-target-consent"),
            });
            choices.push(Choice {
                value: Target::Evidence(p.key).to_string(),
                label: of("import-target-evidence"),
            });
        }
        groups.push(Group {
            label: say("import-group-consent"),
            choices,
        });
    }
    if viewer.scope.role() >= Role::Admin {
        groups.push(Group {
            label: say("import-group-new-field"),
            choices: ["text", "number", "date", "bool"]
                .into_iter()
                .map(|kind| Choice {
                    value: format!("new_field:{kind}"),
                    label: say(match kind {
                        "number" => "import-target-new-number",
                        "date" => "import-target-new-date",
                        "bool" => "import-target-new-bool",
                        _ => "import-target-new-text",
                    }),
                })
                .collect(),
        });
    }
    Ok((groups, any_purpose))
}

/// A fault of the mapping in the viewer's words: one naming the column a
/// target is chosen for already by its header.
fn mapping_fault(viewer: &Viewer, why: &str, headers: &[String]) -> String {
    let twice = why
        .strip_prefix("is mapped to ")
        .and_then(|rest| rest.rsplit_once(", as column "))
        .and_then(|(_, j)| j.strip_suffix(" is"))
        .and_then(|j| j.parse::<usize>().ok());
    let say = if let Some(j) = twice {
        Say::new("import-fault-twice").with("column", column_name(viewer, headers, j))
    } else if why.contains("but no column is mapped to the decision") {
        Say::new("import-fault-evidence-alone")
    } else if why.ends_with("which this tenant does not have") {
        Say::new("import-fault-gone")
    } else if why.starts_with("has no column for the name") {
        Say::new("import-fault-no-name")
    } else {
        return faults::reason(viewer.lang, why);
    };
    viewer.say(&say)
}

/// A column's header, or "column 3" when it has none.
fn column_name(viewer: &Viewer, headers: &[String], index: usize) -> String {
    match headers.get(index).map(|h| h.trim()) {
        Some(h) if !h.is_empty() => h.to_owned(),
        _ => viewer.say(&Say::new("import-column-n").with("n", index + 1)),
    }
}

/// What the form holds instead of what is saved: a refused mapping.
struct Refused<'a> {
    words: &'a MappingWords,
    error: &'a Error,
}

async fn import_page(
    state: &AppState,
    viewer: &Viewer,
    status: StatusCode,
    shown: Shown,
    preview: Option<Preview>,
    refused: Option<Refused<'_>>,
) -> Result<Response> {
    let waiting = shown.row.state == State::Previewed;
    let (groups, purposes) = match waiting {
        true => groups_for(state, viewer).await?,
        false => (Vec::new(), false),
    };
    let mut faults = match refused.as_ref() {
        Some(r) => page::faults(r.error).1,
        None => BTreeMap::new(),
    };
    let mut whole = BTreeMap::new();
    for key in ["mapping", "basis"] {
        if let Some(why) = faults.remove(key) {
            whole.insert(key.to_owned(), mapping_fault(viewer, &why, &shown.headers));
        }
    }
    let columns = shown
        .headers
        .iter()
        .enumerate()
        .map(|(i, _)| {
            let chosen = refused
                .as_ref()
                .and_then(|r| r.words.columns.get(i).cloned())
                .or_else(|| shown.mapping.get(i).map(ToString::to_string))
                .unwrap_or_else(|| "ignore".into());
            Column {
                index: i,
                header: column_name(viewer, &shown.headers, i),
                chosen,
                error: faults
                    .get(&format!("mapping[{i}]"))
                    .map(|why| mapping_fault(viewer, why, &shown.headers)),
            }
        })
        .collect();
    let basis = refused
        .as_ref()
        .and_then(|r| r.words.basis.as_deref())
        .and_then(BasisWord::parse)
        .unwrap_or_else(|| shown.basis().into());
    let counts = shown.counts.clone();
    let (done, total) = shown.progress();
    let alike: Vec<AlikeRow> = preview
        .as_ref()
        .map(|p| {
            p.alike
                .iter()
                .map(|a| AlikeRow {
                    line: a.line,
                    customers: a.customers.iter().map(|c| c.uuid()).collect(),
                })
                .collect()
        })
        .unwrap_or_default();
    let refusals: Vec<RefusalRow> = preview
        .map(|p| p.refused)
        .unwrap_or_default()
        .into_iter()
        .map(|r| RefusalRow {
            line: r.line,
            reason: r.reason,
        })
        .collect();
    let row = &shown.row;
    let page = ImportPage {
        title: title_of(row.state),
        section: "customers",
        id: row.id,
        state: row.state,
        format: row.format.clone(),
        encoding: row.encoding.clone(),
        delimiter: match row.delimiter.as_str() {
            ";" => "semicolon",
            "\t" => "tab",
            _ => "comma",
        },
        columns,
        groups,
        purposes,
        basis: basis.as_str(),
        bases: BasisWord::ALL.iter().map(|b| b.as_str()).collect(),
        suggested: shown.suggested && refused.is_none(),
        writes: counts.create + counts.update,
        more_refused: counts.refused.saturating_sub(refusals.len() as u64),
        refusals,
        alike,
        counts,
        done,
        total,
        failure: row.failure.clone(),
        refused_kept: shown.counts.refused > 0 && !row.headers.is_empty(),
        expires_at: time(row.expires_at),
        errors: whole,
    };
    Ok(page::render(viewer, "web/import_run.html", status, page))
}

fn title_of(state: State) -> &'static str {
    match state {
        State::Previewed => "title-import-check",
        State::Running => "title-import-running",
        State::Done => "title-import-done",
        State::Cancelled | State::Failed => "title-import-ended",
    }
}

/// An import of the viewer's tenant with, while it waits for its run, the
/// preview of its mapping.
async fn looked_at(
    state: &AppState,
    viewer: &Viewer,
    id: Uuid,
) -> Result<(Shown, Option<Preview>)> {
    let shown = service::get(state, &viewer.scope, id).await?;
    match shown.row.state {
        State::Previewed => {
            let (shown, preview) = service::preview(state, &viewer.scope, id).await?;
            Ok((shown, Some(preview)))
        }
        _ => Ok((shown, None)),
    }
}

#[handler]
async fn show(state: Data<&AppState>, viewer: Viewer, Path(id): Path<Uuid>) -> Result<Response> {
    let (shown, preview) = looked_at(&state, &viewer, id).await?;
    import_page(&state, &viewer, StatusCode::OK, shown, preview, None).await
}

/// The mapping as the form posts it: `column-0`, `column-1`, … and `basis`.
fn posted_mapping(form: &Fields) -> Option<MappingWords> {
    let columns: Vec<String> = (0..500)
        .map_while(|i| form.get(&format!("column-{i}")).map(str::to_owned))
        .collect();
    (!columns.is_empty()).then(|| MappingWords {
        columns,
        basis: form.non_blank("basis"),
    })
}

fn to_import(id: Uuid) -> String {
    format!("/customers/import/{id}")
}

/// Saves the posted mapping and previews it; a refusal shows the page
/// again with each fault next to its column, the saved mapping unchanged.
async fn save_mapping(
    state: &AppState,
    meta: &Origin,
    viewer: &Viewer,
    id: Uuid,
    words: MappingWords,
    then: Say,
) -> Result<Response> {
    let keep = MappingWords {
        columns: words.columns.clone(),
        basis: words.basis.clone(),
    };
    match service::set_mapping(state, &viewer.scope, meta, id, words).await {
        Ok(_) => Ok(page::redirect_with(&to_import(id), then)),
        Err(e @ Error::Invalid(_)) => {
            let (shown, preview) = looked_at(state, viewer, id).await?;
            let refused = Refused {
                words: &keep,
                error: &e,
            };
            let status = StatusCode::UNPROCESSABLE_ENTITY;
            import_page(state, viewer, status, shown, preview, Some(refused)).await
        }
        Err(e) => Err(e),
    }
}

#[handler]
async fn remap(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    let words = posted_mapping(&form)
        .ok_or_else(|| Error::invalid("mapping", "choose where each column goes"))?;
    save_mapping(
        &state,
        &meta,
        &viewer,
        id,
        words,
        Say::new("flash-import-checked"),
    )
    .await
}

/// Runs the import, unless the form's mapping is not the one checked:
/// then that one is checked first and shown with its counts.
#[handler]
async fn run_it(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let Posted { viewer, form } = posted;
    if let Some(words) = posted_mapping(&form) {
        let shown = service::get(&state, &viewer.scope, id).await?;
        let saved: Vec<String> = shown.mapping.iter().map(ToString::to_string).collect();
        let basis = words
            .basis
            .as_deref()
            .unwrap_or(BasisWord::Consent.as_str());
        let same_basis = BasisWord::from(shown.basis()).as_str() == basis;
        if shown.row.state == State::Previewed && (saved != words.columns || !same_basis) {
            let then = Say::new("flash-import-changed");
            return save_mapping(&state, &meta, &viewer, id, words, then).await;
        }
    }
    run::start(&state, &viewer.scope, &meta, id).await?;
    Ok(page::redirect_with(
        &to_import(id),
        Say::new("flash-import-started"),
    ))
}

#[handler]
async fn cancel(
    state: Data<&AppState>,
    meta: Origin,
    posted: Posted,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let Posted { viewer, .. } = posted;
    service::cancel(&state, &viewer.scope, &meta, id).await?;
    Ok(page::redirect_with(
        &to_import(id),
        Say::new("flash-import-cancelled"),
    ))
}

/// The refused rows of a run, as CSV, for the signed-in person.
#[handler]
async fn refused_rows(
    state: Data<&AppState>,
    meta: Origin,
    viewer: Viewer,
    Path(id): Path<Uuid>,
) -> Result<Response> {
    let bytes = run::refused_csv(&state, &viewer.scope, &meta, id).await?;
    Ok(Response::builder()
        .content_type("text/csv; charset=utf-8")
        .header(
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"import-{id}-refused.csv\""),
        )
        .header(header::CACHE_CONTROL, "no-store")
        .body(bytes))
}

impl From<&import::Model> for Recent {
    fn from(row: &import::Model) -> Self {
        Self {
            id: row.id,
            created_at: time(row.created_at),
            counts: service::counts_of(row),
            state: row.state,
        }
    }
}
