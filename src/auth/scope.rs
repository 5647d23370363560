use entity::ids::{TenantId, UserId};
use uuid::Uuid;

use super::role::Role;
use crate::error::{Error, Result};

/// Who is acting, within which tenant, with which role. Only authentication
/// builds one, so every query that takes a `Scope` is confined to the tenant
/// the caller proved they belong to.
#[derive(Clone, Debug)]
pub struct Scope {
    tenant_id: TenantId,
    actor: Actor,
    role: Role,
    /// Set when this request would change a cancelled tenant: why it cannot.
    read_only: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// A signed-in user, through a session.
    User { user_id: UserId, session_id: Uuid },
    /// An API token.
    Token { token_id: Uuid },
}

impl Scope {
    pub(in crate::auth) fn new(tenant_id: TenantId, actor: Actor, role: Role) -> Self {
        Self {
            tenant_id,
            actor,
            role,
            read_only: None,
        }
    }

    /// With a reason, marks the request as refused for any operation that
    /// checks a role: every change outside the caller's own sign-in.
    pub(in crate::auth) fn read_only(self, why: Option<String>) -> Self {
        Self {
            read_only: why,
            ..self
        }
    }

    pub fn tenant_id(&self) -> TenantId {
        self.tenant_id
    }

    pub fn role(&self) -> Role {
        self.role
    }

    pub fn actor(&self) -> &Actor {
        &self.actor
    }

    /// The one place roles are checked.
    pub fn require(&self, needed: Role) -> Result<()> {
        if let Some(why) = &self.read_only {
            return Err(Error::Conflict(why.clone()));
        }
        if self.role >= needed {
            Ok(())
        } else {
            Err(Error::Forbidden(format!(
                "this needs the {needed} role or higher; yours is {}",
                self.role
            )))
        }
    }

    /// As [`Scope::require`], for a change that a person's rights demand
    /// even while the tenant is cancelled and otherwise read-only:
    /// withdrawing consent (Art. 7(3)) and answering their requests, erasure
    /// included (Art. 12, 17). The role is checked all the same.
    pub fn require_for_a_right(&self, needed: Role) -> Result<()> {
        Self {
            read_only: None,
            ..self.clone()
        }
        .require(needed)
    }

    /// Whether this actor may hand `role` to someone (a user or a token): never
    /// more than their own, and only an owner makes owners.
    pub fn require_may_grant(&self, role: Role) -> Result<()> {
        if role == Role::Owner {
            return self.require(Role::Owner);
        }
        if role > self.role {
            return Err(Error::Forbidden(format!(
                "you cannot grant more than your own role ({})",
                self.role
            )));
        }
        Ok(())
    }

    /// The signed-in user and session, for what only people (not tokens) do.
    pub fn user_session(&self) -> Result<(UserId, Uuid)> {
        match self.actor {
            Actor::User {
                user_id,
                session_id,
            } => Ok((user_id, session_id)),
            Actor::Token { .. } => Err(Error::Forbidden(
                "this needs a signed-in user; API tokens cannot use it".into(),
            )),
        }
    }

    /// The actor's kind and ID as written to the audit log.
    pub fn audit_actor(&self) -> (&'static str, Uuid) {
        match self.actor {
            Actor::User { user_id, .. } => ("user", user_id.uuid()),
            Actor::Token { token_id } => ("token", token_id),
        }
    }
}
