//! sea-orm entities of Steward's two databases. Data only: behaviour lives in
//! the capability that owns each table.

/// A state or kind stored as a word: one enum whose word is the same in the
/// database, the API and the pages, so no data migration is needed and no
/// code compares against the word.
#[macro_export]
macro_rules! stored_words {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $word:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(
            Clone, Copy, Debug, PartialEq, Eq, Hash,
            sea_orm::EnumIter, sea_orm::DeriveActiveEnum,
        )]
        #[sea_orm(rs_type = "String", db_type = "String(StringLen::None)")]
        pub enum $name {
            $( $(#[$vmeta])* #[sea_orm(string_value = $word)] $variant, )+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stored word.
            pub fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $word, )+
                }
            }

            /// The value a stored word names.
            pub fn parse(word: &str) -> Option<Self> {
                match word {
                    $( $word => Some($name::$variant), )+
                    _ => None,
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
    };
}

pub mod api_token;
pub mod audit_head;
pub mod audit_log;
pub mod consent;
pub mod customer;
pub mod data_request;
pub mod delivery;
pub mod erasure;
pub mod export;
pub mod export_chunk;
pub mod field_change;
pub mod field_def;
pub mod hook_receipt;
pub mod ids;
pub mod import;
pub mod import_chunk;
pub mod import_refusal;
pub mod integration;
pub mod job_cursor;
pub mod keystore;
pub mod login_throttle;
pub mod mail_outbox;
pub mod match_key;
pub mod note;
pub mod notification;
pub mod outbox_event;
pub mod purpose;
pub mod recipient;
pub mod request_document;
pub mod retention_policy;
pub mod saved_view;
pub mod search_handle;
pub mod search_token;
pub mod session;
pub mod suppression;
pub mod task;
pub mod tenant;
pub mod tenant_contact;
pub mod tenant_logo;
pub mod user;
pub mod user_preference;

#[cfg(test)]
mod tests {
    use sea_orm::ActiveEnum;

    use crate::{customer::State, outbox_event::EventType};

    #[test]
    fn a_stored_word_is_the_same_in_the_database_the_api_and_the_pages() {
        for state in State::ALL {
            assert_eq!(state.to_value(), state.as_str());
            assert_eq!(
                State::try_from_value(&state.as_str().to_owned()).unwrap(),
                *state
            );
            assert_eq!(State::parse(state.as_str()), Some(*state));
            assert_eq!(serde_json::to_value(state).unwrap(), state.as_str());
            assert_eq!(state.to_string(), state.as_str());
        }
        assert_eq!(EventType::ConsentUpdated.to_value(), "consent.updated");
        assert_eq!(State::parse("Active"), None, "words are matched exactly");
        assert!(State::try_from_value(&"archived".to_owned()).is_err());
    }
}
