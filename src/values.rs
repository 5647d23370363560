//! Values with rules, parsed once at the edge so inner code can trust them.

use std::fmt;

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0}")]
pub struct ValueError(String);

fn err(msg: impl Into<String>) -> ValueError {
    ValueError(msg.into())
}

/// An email address, trimmed and lower-cased. Inside a sealed record it is
/// written as its text and read back as it was checked when written.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, zeroize::Zeroize,
)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let s = input.trim().to_lowercase();
        if s.is_empty() {
            return Err(err("is empty"));
        }
        if s.len() > 254 {
            return Err(err("is longer than 254 characters"));
        }
        let (local, domain) = s
            .rsplit_once('@')
            .ok_or_else(|| err("is not an email address (no @)"))?;
        if local.is_empty() || local.len() > 64 {
            return Err(err(
                "is not an email address (the part before @ must be 1 to 64 characters)",
            ));
        }
        if local.contains('@') || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(err(
                "is not an email address (it contains spaces, control characters or a second @)",
            ));
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(err("is not an email address (misplaced dot before @)"));
        }
        let labels: Vec<&str> = domain.split('.').collect();
        let label_ok = |l: &&str| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        };
        if labels.len() < 2 || !labels.iter().all(label_ok) {
            return Err(err(
                "is not an email address (the domain after @ is not valid)",
            ));
        }
        Ok(Self(s))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A telephone number in E.164 form: `+`, country code and number, digits
/// only. Inside a sealed record it is written as its text and read back as
/// it was checked when written.
#[derive(
    Clone, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, zeroize::Zeroize,
)]
#[serde(transparent)]
pub struct Phone(String);

impl Phone {
    /// Accepts the usual ways of writing an international number (`+49 30 1234-5678`,
    /// `0049 (30) 12345678`); a number without its country code is refused,
    /// since Steward cannot know which country was meant.
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let s = input.trim();
        let rest = if let Some(r) = s.strip_prefix('+') {
            r
        } else if let Some(r) = s.strip_prefix("00") {
            r
        } else {
            return Err(err(
                "must start with + and the country code, as in +49 30 1234567",
            ));
        };
        let mut digits = String::with_capacity(16);
        for c in rest.chars() {
            match c {
                '0'..='9' => digits.push(c),
                ' ' | '-' | '.' | '(' | ')' | '/' => {}
                _ => return Err(err("may contain only digits, spaces and - . ( ) /")),
            }
        }
        if digits.starts_with('0') {
            return Err(err("the country code cannot start with 0"));
        }
        if !(8..=15).contains(&digits.len()) {
            return Err(err("must have 8 to 15 digits including the country code"));
        }
        Ok(Self(format!("+{digits}")))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A tenant's short name in URLs: lower-case letters, digits and hyphens.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Slug(String);

impl Slug {
    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let s = input.trim();
        if !(2..=63).contains(&s.len()) {
            return Err(err("must be 2 to 63 characters"));
        }
        if !s
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(err(
                "may contain only lower-case letters a-z, digits and hyphens",
            ));
        }
        if !s.starts_with(|c: char| c.is_ascii_lowercase()) || s.ends_with('-') || s.contains("--")
        {
            return Err(err(
                "must start with a letter, and not end with or repeat a hyphen",
            ));
        }
        Ok(Self(s.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password: long enough to resist guessing, short enough to hash cheaply.
pub struct NewPassword(String);

impl NewPassword {
    pub const MIN: usize = 12;
    pub const MAX: usize = 256;

    pub fn parse(input: &str) -> Result<Self, ValueError> {
        let n = input.chars().count();
        if n < Self::MIN {
            return Err(err(format!("must be at least {} characters", Self::MIN)));
        }
        if n > Self::MAX {
            return Err(err(format!("must be at most {} characters", Self::MAX)));
        }
        if input.trim().is_empty() {
            return Err(err("must not be only spaces"));
        }
        Ok(Self(input.to_owned()))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl Drop for NewPassword {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

/// A person's or thing's display name: trimmed, 1 to `max` characters, no control characters.
pub fn display_name(input: &str, max: usize) -> Result<String, ValueError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(err("must not be empty"));
    }
    if s.chars().count() > max {
        return Err(err(format!("must be at most {max} characters")));
    }
    if s.chars().any(char::is_control) {
        return Err(err("must not contain control characters"));
    }
    Ok(s.to_owned())
}

/// Longer text such as an address or a note: trimmed, 1 to `max` characters;
/// line breaks and tabs allowed, other control characters not.
pub fn free_text(input: &str, max: usize) -> Result<String, ValueError> {
    let s = input.trim();
    if s.is_empty() {
        return Err(err("must not be empty"));
    }
    if s.chars().count() > max {
        return Err(err(format!("must be at most {max} characters")));
    }
    if s.chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(err("must not contain control characters"));
    }
    Ok(s.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Ann@Example.COM ").unwrap().as_str(),
            "ann@example.com"
        );
        assert_eq!(
            Email::parse("zoë@exämple.de").unwrap().as_str(),
            "zoë@exämple.de"
        );
        for bad in [
            "",
            "ann",
            "ann@",
            "@example.com",
            "ann@example",
            "a b@example.com",
            "ann@@example.com",
            "ann@-x.com",
            "ann@x..com",
            ".ann@x.com",
        ] {
            assert!(Email::parse(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn phones_become_e164() {
        assert_eq!(
            Phone::parse("+49 30 1234-5678").unwrap().as_str(),
            "+493012345678"
        );
        assert_eq!(
            Phone::parse("0049 (30) 12345678").unwrap().as_str(),
            "+493012345678"
        );
        for bad in [
            "030 1234567",
            "+0 301234567",
            "+49 30 12a4567",
            "+123",
            "+1234567890123456",
        ] {
            assert!(Phone::parse(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn free_text_keeps_lines_but_not_other_controls() {
        assert_eq!(
            free_text(" Hauptstraße 1\n10115 Berlin ", 100).unwrap(),
            "Hauptstraße 1\n10115 Berlin"
        );
        assert!(free_text("a\u{0}b", 100).is_err());
        assert!(free_text("   ", 100).is_err());
    }

    #[test]
    fn slugs_follow_the_rules() {
        assert!(Slug::parse("acme-gmbh").is_ok());
        for bad in [
            "a",
            "Acme",
            "1acme",
            "acme-",
            "ac--me",
            "acme_x",
            &"a".repeat(64),
        ] {
            assert!(Slug::parse(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn passwords_have_bounds() {
        assert!(NewPassword::parse("correct horse battery").is_ok());
        assert!(NewPassword::parse("short").is_err());
        assert!(NewPassword::parse(&"x".repeat(300)).is_err());
        assert!(NewPassword::parse("            ").is_err());
    }
}
