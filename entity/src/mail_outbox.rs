use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "mail_outbox")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// What the message is, e.g. `retention.digest`.
    pub kind: String,
    /// JSON array of addresses.
    pub recipients: String,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub created_at: ChronoDateTimeUtc,
    pub attempts: i32,
    /// When to try (again); null once sent or given up.
    pub next_attempt_at: Option<ChronoDateTimeUtc>,
    pub sent_at: Option<ChronoDateTimeUtc>,
    pub last_error: Option<String>,
    /// For a message to a member of the public: the blind-index token of
    /// their address, kept while the message's file may exist.
    pub recipient_token: Option<Vec<u8>>,
    /// The person was erased: the message's file goes once it is written.
    pub forget_file: bool,
    /// The name the message goes out under, e.g. the organisation's.
    pub sender_name: Option<String>,
}

impl ActiveModelBehavior for ActiveModel {}
