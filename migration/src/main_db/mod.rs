//! Migrations of the main database.
use sea_orm_migration::prelude::*;

mod m20261123_000001_create_tenants;
mod m20261123_000002_create_users_and_sessions;
mod m20261123_000003_create_audit;
mod m20261123_000004_create_customers;
mod m20261123_000005_create_notes;
mod m20261123_000006_create_consents;
mod m20261123_000007_create_search_tokens;
mod m20261123_000008_create_field_defs;
mod m20261123_000009_create_retention;
mod m20261123_000010_create_expiry_work;
mod m20261123_000011_create_offboarding;
mod m20261123_000012_create_job_cursors;
mod m20261123_000013_create_suppressions;
mod m20261130_000014_create_requests;
mod m20261130_000015_create_integrations;
mod m20261201_000016_index_audit_targets;
mod m20261201_000017_add_user_time_zone;
mod m20261204_000018_index_waiting_deliveries;
mod m20261206_000019_add_mail_recipient_token;
mod m20261207_000020_add_languages;
mod m20261207_000021_add_controller_identity;
mod m20261208_000022_create_imports;
mod m20261209_000023_create_exports;
mod m20261209_000024_create_match_keys;
mod m20261210_000025_create_search_handles;
mod m20261210_000027_create_field_changes;
mod m20261210_000028_create_tasks;
mod m20261211_000029_add_customer_name_bucket;
mod m20261211_000030_create_views;
mod m20261211_000031_index_overview_counts;
mod m20261212_000033_add_customer_objection;
mod m20261212_000034_index_name_bucket_state;
mod m20261213_000035_add_field_correctable;
mod m20261213_000036_add_request_restrictions;
mod m20261213_000037_add_identity_step_up;
mod m20261213_000038_add_request_references;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_create_tenants::Migration),
            Box::new(m20261123_000002_create_users_and_sessions::Migration),
            Box::new(m20261123_000003_create_audit::Migration),
            Box::new(m20261123_000004_create_customers::Migration),
            Box::new(m20261123_000005_create_notes::Migration),
            Box::new(m20261123_000006_create_consents::Migration),
            Box::new(m20261123_000007_create_search_tokens::Migration),
            Box::new(m20261123_000008_create_field_defs::Migration),
            Box::new(m20261123_000009_create_retention::Migration),
            Box::new(m20261123_000010_create_expiry_work::Migration),
            Box::new(m20261123_000011_create_offboarding::Migration),
            Box::new(m20261123_000012_create_job_cursors::Migration),
            Box::new(m20261123_000013_create_suppressions::Migration),
            Box::new(m20261130_000014_create_requests::Migration),
            Box::new(m20261130_000015_create_integrations::Migration),
            Box::new(m20261201_000016_index_audit_targets::Migration),
            Box::new(m20261201_000017_add_user_time_zone::Migration),
            Box::new(m20261204_000018_index_waiting_deliveries::Migration),
            Box::new(m20261206_000019_add_mail_recipient_token::Migration),
            Box::new(m20261207_000020_add_languages::Migration),
            Box::new(m20261207_000021_add_controller_identity::Migration),
            Box::new(m20261208_000022_create_imports::Migration),
            Box::new(m20261209_000023_create_exports::Migration),
            Box::new(m20261209_000024_create_match_keys::Migration),
            Box::new(m20261210_000025_create_search_handles::Migration),
            Box::new(m20261210_000027_create_field_changes::Migration),
            Box::new(m20261210_000028_create_tasks::Migration),
            Box::new(m20261211_000029_add_customer_name_bucket::Migration),
            Box::new(m20261211_000030_create_views::Migration),
            Box::new(m20261211_000031_index_overview_counts::Migration),
            Box::new(m20261212_000033_add_customer_objection::Migration),
            Box::new(m20261212_000034_index_name_bucket_state::Migration),
            Box::new(m20261213_000035_add_field_correctable::Migration),
            Box::new(m20261213_000038_add_request_references::Migration),
            Box::new(m20261213_000036_add_request_restrictions::Migration),
            Box::new(m20261213_000037_add_identity_step_up::Migration),
        ]
    }
}
