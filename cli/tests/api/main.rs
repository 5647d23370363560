//! Black-box tests of Steward through HTTP (and the command line): requests
//! in; responses, files and database state out. Runs on SQLite by default and
//! on PostgreSQL when `STEWARD_TEST_DATABASE_URL` is set.

mod helpers;
mod mailbox;

mod audit;
mod auth;
mod backup;
mod bad_input;
mod branding;
mod bulk;
mod cli;
mod consent;
mod copy;
mod copy_scripts;
mod customers;
mod desk;
mod desk_lists;
mod erasure;
mod expiry;
mod exports;
mod fields;
mod identity;
mod import_pages;
mod import_runs;
mod imports;
mod instances;
mod languages;
mod lists;
mod merge;
mod objection;
mod offboarding;
mod overview;
mod pages;
mod plain_words;
mod portability;
mod probes;
mod recipients;
mod record;
mod rectification;
mod refusals;
mod request_notices;
mod request_page;
mod requests;
mod restriction;
mod retention;
mod roles;
mod schema;
mod search;
mod staff_language;
mod storage;
mod sync;
mod tenancy;
mod users;
mod views;
