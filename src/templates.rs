//! The wording Steward sends to people, kept in `templates/` (minijinja) and
//! built into the binary, so one file runs anywhere. HTML templates escape
//! every value; text templates do not need to.

use std::sync::OnceLock;

use minijinja::{AutoEscape, Environment};
use serde::Serialize;

use crate::error::{Error, Result};

/// Every template, by name, as built in.
const BUILT_IN: &[(&str, &str)] = &[
    (
        "email/retention_digest.subject.txt",
        include_str!("../templates/email/retention_digest.subject.txt"),
    ),
    (
        "email/retention_digest.txt",
        include_str!("../templates/email/retention_digest.txt"),
    ),
    (
        "email/retention_digest.html",
        include_str!("../templates/email/retention_digest.html"),
    ),
    (
        "email/tenant_purge.subject.txt",
        include_str!("../templates/email/tenant_purge.subject.txt"),
    ),
    (
        "email/tenant_purge.txt",
        include_str!("../templates/email/tenant_purge.txt"),
    ),
    (
        "email/tenant_purge.html",
        include_str!("../templates/email/tenant_purge.html"),
    ),
    (
        "email/layout.html",
        include_str!("../templates/email/layout.html"),
    ),
];

fn environment() -> &'static Environment<'static> {
    static ENV: OnceLock<Environment<'static>> = OnceLock::new();
    ENV.get_or_init(|| {
        let mut env = Environment::new();
        env.set_auto_escape_callback(|name| {
            if name.ends_with(".html") {
                AutoEscape::Html
            } else {
                AutoEscape::None
            }
        });
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.set_trim_blocks(true);
        env.set_lstrip_blocks(true);
        for (name, source) in BUILT_IN {
            env.add_template(name, source)
                .unwrap_or_else(|e| panic!("built-in template {name} is invalid: {e}"));
        }
        env
    })
}

/// Renders the template `name` with `context`.
pub fn render(name: &str, context: impl Serialize) -> Result<String> {
    environment()
        .get_template(name)
        .and_then(|t| t.render(context))
        .map_err(|e| Error::Internal(format!("template {name}: {e}")))
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_built_in_template_parses() {
        for (name, _) in super::BUILT_IN {
            assert!(super::environment().get_template(name).is_ok(), "{name}");
        }
    }
}
