use sea_orm::entity::prelude::*;

use crate::ids::TenantId;

/// A data-subject request made through the portal.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "requests")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: TenantId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// `copy`, `erasure`, `withdraw_consent`, `portability`, `objection`,
    /// `rectification` or `restriction`.
    pub kind: Kind,
    /// `unverified`, `open`, `fulfilling` (an erasure under way),
    /// `fulfilled` or `rejected`.
    pub state: State,
    /// The requester's address, sealed under the tenant key; removed once
    /// the request is closed and answered.
    pub email_sealed: Option<Vec<u8>>,
    /// The customers the address matched at verification, as a JSON array.
    pub customer_ids: Option<String>,
    pub received_at: ChronoDateTimeUtc,
    /// SHA-256 of the verification token, until it is used; null until the
    /// runner has matched the address and sent the link.
    pub verify_token_hash: Option<Vec<u8>>,
    pub verify_expires_at: Option<ChronoDateTimeUtc>,
    pub verified_at: Option<ChronoDateTimeUtc>,
    /// When the answer is due: received + 1 month, plus any extension.
    pub due_at: Option<ChronoDateTimeUtc>,
    pub extended_at: Option<ChronoDateTimeUtc>,
    /// Kept in plain text before reasons were sealed; the requests runner
    /// seals it into `extension_reason_sealed` and empties it.
    pub extension_reason: Option<String>,
    /// The latest digest line raised: `received`, `due_soon` or `overdue`.
    pub noticed: Option<String>,
    pub closed_at: Option<ChronoDateTimeUtc>,
    pub closed_by: Option<Uuid>,
    /// How it ended: `copy_sent`, `no_data`, `erased`, `refused_hold`,
    /// `withdrawn`, `objected`, `processing_stopped`, `rectified`,
    /// `rectification_declined`, `rejected`.
    pub outcome: Option<String>,
    /// The reason told to the person, for a rejection or refusal, as kept
    /// in plain text before reasons were sealed (see `reason_sealed`).
    pub reason: Option<String>,
    /// SHA-256 of the download token of a fulfilled copy request.
    pub download_token_hash: Option<Vec<u8>>,
    pub download_expires_at: Option<ChronoDateTimeUtc>,
    /// The files of the copy already downloaded, as a JSON array.
    pub downloaded: Option<String>,
    /// The language the request was made in; its emails use it.
    pub language: Option<String>,
    /// What an objection is to, as the person said behind the link.
    pub objection: Option<Objection>,
    /// What the person wrote behind the link (an objection's grounds; a
    /// rectification's proposal as JSON, and once decided, staff's
    /// decisions and reasons), sealed under the tenant key; never audited or logged.
    pub details_sealed: Option<Vec<u8>>,
    /// The short reference quoted in every email and on the staff pages,
    /// such as `R-2026-0042`: given when the request reaches a person.
    pub reference: Option<String>,
    /// The reason told to the person (a rejection's or refusal's), sealed
    /// under the tenant key.
    pub reason_sealed: Option<Vec<u8>>,
    /// Why the request was extended, as the person was told, sealed.
    pub extension_reason_sealed: Option<Vec<u8>>,
    /// For a restriction request (Art. 18(1)): the ground the person chose.
    pub ground: Option<Ground>,
    /// The records this request restricted (granted, or restricted while it
    /// was pending), as a JSON array; the restriction is lifted only after
    /// the person is told (Art. 18(3)).
    pub restricted_ids: Option<String>,
    /// When the request's restriction will be lifted, once staff announced it.
    pub lift_at: Option<ChronoDateTimeUtc>,
    /// When the request's restriction was lifted.
    pub lifted_at: Option<ChronoDateTimeUtc>,
    /// How staff confirmed the requester's identity, or why they could
    /// not, sealed under the tenant key; never audited or logged.
    pub identity_how_sealed: Option<Vec<u8>>,
}

impl ActiveModelBehavior for ActiveModel {}

crate::stored_words! {
    /// What a person asks for.
    pub enum Kind {
        /// A copy of their data (Art. 15, 20).
        Copy = "copy",
        /// Erasure (Art. 17).
        Erasure = "erasure",
        /// Withdrawal of every consent they gave (Art. 7(3)).
        WithdrawConsent = "withdraw_consent",
        /// The data they provided, in machine-readable files they can take
        /// to another controller (Art. 20).
        Portability = "portability",
        /// An objection (Art. 21): to direct marketing, applied on
        /// verification, or to processing based on legitimate interests,
        /// decided by staff.
        Objection = "objection",
        /// Rectification (Art. 16): the person proposes corrections to
        /// their details behind the link; staff accept or decline each.
        Rectification = "rectification",
        /// Restriction of processing (Art. 18), on one of its grounds;
        /// decided by staff.
        Restriction = "restriction",
    }
}

crate::stored_words! {
    /// Why a person asks for restriction (Art. 18(1)).
    pub enum Ground {
        /// (a) They contest the accuracy of the data, while it is checked.
        ContestsAccuracy = "contests_accuracy",
        /// (b) The processing is unlawful and they want restriction instead
        /// of erasure.
        Unlawful = "unlawful",
        /// (c) The controller no longer needs the data, but they need it
        /// for a legal claim.
        LegalClaims = "legal_claims",
        /// (d) They objected (Art. 21(1)), while it is checked whose
        /// grounds override.
        Objected = "objected",
    }
}

crate::stored_words! {
    /// What an objection (Art. 21) is to.
    pub enum Objection {
        /// Direct marketing (Art. 21(2)): applied at once.
        Marketing = "marketing",
        /// Processing based on legitimate interests (Art. 21(1)): staff
        /// decide.
        LegitimateInterests = "legitimate_interests",
    }
}

crate::stored_words! {
    /// Where a request is.
    pub enum State {
        /// Made; the verification link has not been followed.
        Unverified = "unverified",
        /// Verified; staff must confirm the requester's identity before it
        /// is answered (its kind needs it, by the tenant's settings).
        Identity = "identity",
        /// Verified and waiting for staff.
        Open = "open",
        /// An erasure under way (the records are being shredded).
        Fulfilling = "fulfilling",
        Fulfilled = "fulfilled",
        Rejected = "rejected",
    }
}
