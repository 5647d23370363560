//! `steward seed`: realistic synthetic customers for demos and benchmarks —
//! names from many scripts, contact details, notes, consent decisions and
//! values for the tenant's custom fields — written through the bulk path.

use entity::ids::TenantId;
use std::time::Instant;

use chrono::NaiveDate;
use rand::{Rng, SeedableRng, rngs::StdRng, seq::SliceRandom};
use serde::Serialize;
use tokio::task::JoinSet;

use steward::{
    context::Services,
    customers::{
        Personal,
        bulk::{self, BulkConsent, BulkCounts, BulkCustomer},
        search::fold,
    },
    error::{Error, Result},
    fields::{Defs, FieldDef, Kind, Stored, StoredField},
    tenants,
    values::{Email, Phone, Slug},
};

const GIVEN: &[&str] = &[
    "Zoë",
    "Łukasz",
    "Søren",
    "José",
    "Ağça",
    "Antonín",
    "Siobhán",
    "Maëlle",
    "Björn",
    "Inés",
    "Jürgen",
    "Chloé",
    "Kateřina",
    "Małgorzata",
    "Émilie",
    "Fátima",
    "Tomás",
    "Ingrid",
    "Yusuf",
    "Aiko",
    "Priya",
    "Oluwaseun",
    "Mateus",
    "Ana María",
    "Dmitri",
    "Αλέξανδρος",
    "Дмитрий",
    "Giulia",
    "Noah",
    "Amélie",
    "Çağla",
    "Niamh",
    "Þóra",
    "Ewa",
    "Håkon",
];

const FAMILY: &[&str] = &[
    "Ødegård",
    "Dvořák",
    "Müller",
    "García",
    "Kowalski",
    "Nguyễn",
    "Yılmaz",
    "O'Connor",
    "Petrović",
    "Lindqvist",
    "Papadopoulos",
    "Иванова",
    "Al-Sayed",
    "Okafor",
    "Tanaka",
    "Silva",
    "Rossi",
    "Dubois",
    "Novák",
    "Andersen",
    "Łukaszewicz",
    "Schäfer",
    "Hernández",
    "Kim",
    "Singh",
    "Zoë-Ødegård",
];

/// Whole names written as one word, as many East Asian names are.
const WHOLE: &[&str] = &["王秀英", "李伟", "张敏", "佐藤花子", "김민준", "陳美玲"];

const COMPANIES: &[&str] = &[
    "Nordlicht GmbH",
    "Café Ümit",
    "Łódź Logistics Sp. z o.o.",
    "株式会社サクラ",
    "Fjord & Sons AS",
    "Boulangerie Sébastien",
    "Dvořák Instruments s.r.o.",
    "Atlas Consulting Ltd",
];

const STREETS: &[&str] = &[
    "Hauptstraße",
    "Rue de l'Église",
    "Ulica Długa",
    "Kongens gate",
    "Calle Mayor",
    "Via Roma",
    "Main Street",
];

const CITIES: &[&str] = &[
    "10115 Berlin",
    "75004 Paris",
    "80-831 Gdańsk",
    "0153 Oslo",
    "28013 Madrid",
    "00184 Roma",
    "D02 Dublin",
];

const NOTES: &[&str] = &[
    "Called about the last invoice; all settled.",
    "Prefers email to phone calls.",
    "Met at the trade fair in Köln.",
    "Renewal is due next quarter.",
    "Asked which data we hold about them.",
    "Wants the newsletter in Spanish.",
    "Moved offices; new address recorded.",
];

/// Customers per bulk insert (one transaction each).
pub const BATCH: usize = 1000;

/// One synthetic customer; `n` makes the email and phone unique in a run.
fn customer(rng: &mut StdRng, n: u64, fields: &[FieldDef]) -> BulkCustomer {
    let name = person_name(rng);
    let local = email_local(&name);
    let values = field_values(rng, fields, n);
    // A flat list of the record's fields.
    let personal = Personal {
        email: rng.gen_ratio(9, 10).then(|| {
            let address = format!("{local}.{n}@example.test");
            Email::parse(&address)
                .unwrap_or_else(|e| panic!("a seeded address is valid: {address}: {e}"))
        }),
        phone: rng.gen_ratio(7, 10).then(|| {
            let number = format!("+4930{:09}", n % 1_000_000_000);
            Phone::parse(&number)
                .unwrap_or_else(|e| panic!("a seeded number is valid: {number}: {e}"))
        }),
        company: rng
            .gen_ratio(4, 10)
            .then(|| COMPANIES.choose(rng).expect("not empty").to_string()),
        address: rng.gen_ratio(1, 2).then(|| {
            format!(
                "{} {}\n{}",
                STREETS.choose(rng).expect("not empty"),
                rng.gen_range(1..200),
                CITIES.choose(rng).expect("not empty")
            )
        }),
        fields: values,
        name,
        restriction_reason: None,
        hold_reason: None,
        language: None,
    };
    let notes = (0..rng.gen_range(0..=3))
        .map(|_| NOTES.choose(rng).expect("not empty").to_string())
        .collect();
    let consents = consents(rng);
    BulkCustomer {
        personal,
        notes,
        consents,
    }
}

/// A person's name: one written whole (in a script without given and
/// family names apart) in one case of ten, given and family name otherwise.
fn person_name(rng: &mut StdRng) -> String {
    if rng.gen_ratio(1, 10) {
        WHOLE.choose(rng).expect("not empty").to_string()
    } else {
        format!(
            "{} {}",
            GIVEN.choose(rng).expect("not empty"),
            FAMILY.choose(rng).expect("not empty")
        )
    }
}

/// The part of an email address before the `@` for someone called `name`.
fn email_local(name: &str) -> String {
    // Letters outside the Latin script fold to nothing; such words are left
    // out rather than leaving empty parts (`ana..7@…` is not an address).
    let local: String = fold(name)
        .split_whitespace()
        .map(|w| {
            w.chars()
                .filter(char::is_ascii_alphanumeric)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(".");
    if local.is_empty() {
        "customer".to_owned()
    } else {
        local
    }
}

/// Values of the tenant's own fields: every required one, and two in three
/// of the others.
fn field_values(rng: &mut StdRng, fields: &[FieldDef], n: u64) -> Vec<StoredField> {
    let mut values = Vec::new();
    for d in fields {
        if d.required || rng.gen_ratio(2, 3) {
            values.push(StoredField {
                field: d.id.to_string(),
                value: field_value(rng, d, n),
            });
        }
    }
    values
}

/// Consent decisions, oldest first: marketing email granted for half
/// (withdrawn again for one in ten of those), the newsletter for one in five.
fn consents(rng: &mut StdRng) -> Vec<BulkConsent> {
    let mut consents = Vec::new();
    if rng.gen_ratio(1, 2) {
        consents.push(BulkConsent::given("marketing_email", true));
        if rng.gen_ratio(1, 10) {
            consents.push(BulkConsent::given("marketing_email", false));
        }
    }
    if rng.gen_ratio(1, 5) {
        consents.push(BulkConsent::given("newsletter", true));
    }
    consents
}

fn field_value(rng: &mut StdRng, def: &FieldDef, n: u64) -> Stored {
    match def.kind {
        Kind::Text => Stored::Text(format!("{} {n}", def.label)),
        Kind::Number => Stored::Number(rng.gen_range(0..10_000) as f64),
        Kind::Date => {
            let start = NaiveDate::from_ymd_opt(2015, 1, 1).expect("a real date");
            let day = start + chrono::Days::new(rng.gen_range(0..4000));
            Stored::Text(day.format("%Y-%m-%d").to_string())
        }
        Kind::Bool => Stored::Bool(rng.r#gen()),
        Kind::Select => Stored::Text(def.options.choose(rng).cloned().unwrap_or_default()),
    }
}

/// What seeding did.
#[derive(Debug, Serialize)]
pub struct SeedReport {
    pub tenants: Vec<SeededTenant>,
    /// The password of the owners of tenants created by this run; shown once.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner_password: Option<String>,
    #[serde(flatten)]
    pub counts: BulkCounts,
    /// Time spent writing customers (tenant creation not included).
    pub seconds: f64,
    pub customers_per_second: f64,
}

#[derive(Debug, Serialize)]
pub struct SeededTenant {
    pub slug: String,
    pub id: TenantId,
    pub owner_email: String,
    pub created: bool,
    pub customers: u64,
}

/// Adds `count` synthetic customers to a tenant, `BATCH` at a time with two
/// batches in flight (one sealing while the other writes).
pub async fn customers(
    state: &Services,
    tenant_id: TenantId,
    count: u64,
    seed: u64,
) -> Result<BulkCounts> {
    let fields = Defs::load(&state.db.main, tenant_id).await?.all().to_vec();
    let mut total = BulkCounts::default();
    let mut running = JoinSet::new();
    let mut start = 0;
    while start < count || !running.is_empty() {
        if start < count && running.len() < 2 {
            let size = (count - start).min(BATCH as u64);
            let (state, fields) = (state.clone(), fields.clone());
            running.spawn(async move {
                let mut rng =
                    StdRng::seed_from_u64(seed ^ start.wrapping_mul(0x9E37_79B9_7F4A_7C15));
                let batch = (start..start + size)
                    .map(|i| customer(&mut rng, seed.wrapping_add(i), &fields))
                    .collect();
                bulk::insert(&state, tenant_id, batch).await
            });
            start += size;
            continue;
        }
        let done = running
            .join_next()
            .await
            .expect("a batch is running")
            .map_err(|e| Error::internal_from("a seeding batch failed", e))?;
        total += done?;
    }
    Ok(total)
}

/// Seeds `customers` spread evenly over tenants `seed-001` … (created when
/// absent, each with an owner `owner@<slug>.test`).
pub async fn run(state: &Services, tenants: u32, customers: u64) -> Result<SeedReport> {
    if tenants == 0 {
        return Err(Error::invalid("tenants", "must be at least 1"));
    }
    let width = tenants.to_string().len().max(3);
    let mut password = None;
    let mut chosen = Vec::new();
    for i in 1..=tenants {
        let slug = format!("seed-{i:0width$}");
        let owner_email = format!("owner@{slug}.test");
        let parsed = Slug::parse(&slug).expect("a seed slug is valid");
        let (id, created) = match tenants::service::find_by_slug(state, &parsed).await? {
            Some(t) => (t.id, false),
            None => {
                let pw = password
                    .get_or_insert_with(|| steward::crypto::random_secret(18))
                    .clone();
                let made = tenants::service::create(
                    state,
                    &slug,
                    &format!("Seed Organisation {i}"),
                    &owner_email,
                    Some(&pw),
                )
                .await?;
                (made.tenant_id, true)
            }
        };
        chosen.push(SeededTenant {
            slug,
            id,
            owner_email,
            created,
            customers: customers / tenants as u64
                + u64::from((i as u64) <= customers % tenants as u64),
        });
    }
    let started = Instant::now();
    let mut counts = BulkCounts::default();
    // Unique emails and phones across runs: each run starts from the clock.
    let base = state.clock.now().timestamp_micros() as u64;
    let mut offset = 0;
    for t in &chosen {
        counts += self::customers(state, t.id, t.customers, base.wrapping_add(offset)).await?;
        offset += t.customers;
    }
    let seconds = started.elapsed().as_secs_f64();
    Ok(SeedReport {
        tenants: chosen,
        owner_password: password,
        counts,
        seconds,
        customers_per_second: if seconds > 0.0 {
            counts.customers as f64 / seconds
        } else {
            0.0
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_seeded_email_is_a_valid_address() {
        let mut rng = StdRng::seed_from_u64(7);
        for n in 0..20_000 {
            // `customer` panics on an address the API would refuse.
            let c = customer(&mut rng, n, &[]);
            if let Some(e) = &c.personal.email {
                assert!(!e.as_str().contains(".."), "{e}");
            }
        }
    }
}
