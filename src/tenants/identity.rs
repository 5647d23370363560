//! The controller's identity as the people in its records see it: legal
//! name and address, the privacy contact, the data protection officer, the
//! supervisory authority to complain to (from a shipped list of the EU/EEA
//! and UK authorities, or entered), the privacy notice, automated
//! decision-making, and the brand — accent colour and logo. The portal,
//! the emails to people and the copy's title page all show it, through
//! [`Brand`].

use entity::tenant;
use sea_orm::Set;
use serde::Serialize;
use serde_json::{Map, Value, json};

use crate::{
    error::Checks,
    values::{Email, display_name, free_text},
};

/// A supervisory authority (GDPR Art. 51): where people can complain.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Authority {
    /// The country's ISO 3166-1 code, which names it in the settings.
    pub code: &'static str,
    pub name: &'static str,
    pub url: &'static str,
}

const fn authority(code: &'static str, name: &'static str, url: &'static str) -> Authority {
    Authority { code, name, url }
}

/// The national supervisory authorities of the EU and EEA states and the
/// UK, by country. (Germany's federal commissioner is listed; a German
/// controller usually answers to its state's authority, which can be
/// entered by name and address instead.)
pub const AUTHORITIES: &[Authority] = &[
    authority(
        "AT",
        "Österreichische Datenschutzbehörde",
        "https://www.dsb.gv.at/",
    ),
    authority(
        "BE",
        "Autorité de protection des données / Gegevensbeschermingsautoriteit",
        "https://www.dataprotectionauthority.be/",
    ),
    authority(
        "BG",
        "Commission for Personal Data Protection",
        "https://www.cpdp.bg/",
    ),
    authority(
        "HR",
        "Agencija za zaštitu osobnih podataka",
        "https://azop.hr/",
    ),
    authority(
        "CY",
        "Commissioner for Personal Data Protection",
        "https://www.dataprotection.gov.cy/",
    ),
    authority(
        "CZ",
        "Úřad pro ochranu osobních údajů",
        "https://uoou.gov.cz/",
    ),
    authority("DK", "Datatilsynet", "https://www.datatilsynet.dk/"),
    authority("EE", "Andmekaitse Inspektsioon", "https://www.aki.ee/"),
    authority(
        "FI",
        "Tietosuojavaltuutetun toimisto",
        "https://tietosuoja.fi/",
    ),
    authority(
        "FR",
        "Commission nationale de l'informatique et des libertés (CNIL)",
        "https://www.cnil.fr/fr/plaintes",
    ),
    authority(
        "DE",
        "Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)",
        "https://www.bfdi.bund.de/",
    ),
    authority(
        "GR",
        "Hellenic Data Protection Authority",
        "https://www.dpa.gr/",
    ),
    authority(
        "HU",
        "Nemzeti Adatvédelmi és Információszabadság Hatóság (NAIH)",
        "https://naih.hu/",
    ),
    authority(
        "IE",
        "Data Protection Commission",
        "https://www.dataprotection.ie/",
    ),
    authority(
        "IT",
        "Garante per la protezione dei dati personali",
        "https://www.garanteprivacy.it/",
    ),
    authority("LV", "Datu valsts inspekcija", "https://www.dvi.gov.lv/"),
    authority(
        "LT",
        "Valstybinė duomenų apsaugos inspekcija",
        "https://vdai.lrv.lt/",
    ),
    authority(
        "LU",
        "Commission nationale pour la protection des données (CNPD)",
        "https://cnpd.public.lu/",
    ),
    authority(
        "MT",
        "Information and Data Protection Commissioner",
        "https://idpc.org.mt/",
    ),
    authority(
        "NL",
        "Autoriteit Persoonsgegevens",
        "https://autoriteitpersoonsgegevens.nl/",
    ),
    authority(
        "PL",
        "Prezes Urzędu Ochrony Danych Osobowych (UODO)",
        "https://uodo.gov.pl/",
    ),
    authority(
        "PT",
        "Comissão Nacional de Proteção de Dados (CNPD)",
        "https://www.cnpd.pt/",
    ),
    authority(
        "RO",
        "Autoritatea Națională de Supraveghere a Prelucrării Datelor cu Caracter Personal",
        "https://www.dataprotection.ro/",
    ),
    authority(
        "SK",
        "Úrad na ochranu osobných údajov Slovenskej republiky",
        "https://dataprotection.gov.sk/",
    ),
    authority("SI", "Informacijski pooblaščenec", "https://www.ip-rs.si/"),
    authority(
        "ES",
        "Agencia Española de Protección de Datos (AEPD)",
        "https://www.aepd.es/",
    ),
    authority(
        "SE",
        "Integritetsskyddsmyndigheten (IMY)",
        "https://www.imy.se/",
    ),
    authority("IS", "Persónuvernd", "https://www.personuvernd.is/"),
    authority(
        "LI",
        "Datenschutzstelle Liechtenstein",
        "https://www.datenschutzstelle.li/",
    ),
    authority("NO", "Datatilsynet", "https://www.datatilsynet.no/"),
    authority(
        "GB",
        "Information Commissioner's Office (ICO)",
        "https://ico.org.uk/make-a-complaint/",
    ),
];

/// The authority of the list with `code`, if any.
pub fn listed_authority(code: &str) -> Option<&'static Authority> {
    AUTHORITIES
        .iter()
        .find(|a| a.code.eq_ignore_ascii_case(code))
}

/// A change to the identity: each `Some` sets a field, `Some(None)` clears it.
#[derive(Debug, Default)]
pub struct IdentityChange {
    pub legal_name: Option<Option<String>>,
    pub postal_address: Option<Option<String>>,
    pub privacy_email: Option<Option<String>>,
    pub dpo_name: Option<Option<String>>,
    pub dpo_contact: Option<Option<String>>,
    pub authority: Option<Option<String>>,
    pub authority_name: Option<Option<String>>,
    pub authority_url: Option<Option<String>>,
    pub privacy_notice_url: Option<Option<String>>,
    pub accent_colour: Option<Option<String>>,
    pub automated_decisions: Option<Option<String>>,
}

/// The fields of the identity, each with its check; all are optional.
type Check = fn(&str) -> Result<String, String>;

fn name_check(v: &str) -> Result<String, String> {
    display_name(v, 200).map_err(|e| e.to_string())
}

fn address_check(v: &str) -> Result<String, String> {
    free_text(v, 500).map_err(|e| e.to_string())
}

fn email_check(v: &str) -> Result<String, String> {
    Email::parse(v)
        .map(|e| e.as_str().to_owned())
        .map_err(|e| e.to_string())
}

fn contact_check(v: &str) -> Result<String, String> {
    free_text(v, 254).map_err(|e| e.to_string())
}

fn authority_check(v: &str) -> Result<String, String> {
    listed_authority(v).map(|a| a.code.to_owned()).ok_or_else(|| {
        format!(
            "must be the country code of a listed authority ({}), or leave it empty and give authority_name and authority_url",
            AUTHORITIES.iter().map(|a| a.code).collect::<Vec<_>>().join(", ")
        )
    })
}

/// An `https://` (or `http://`) address of a page.
fn url_check(v: &str) -> Result<String, String> {
    let v = v.trim();
    let parsed = url::Url::parse(v).map_err(|e| format!("is not a web address: {e}"))?;
    let normal = parsed.to_string();
    match (parsed.scheme(), parsed.host_str()) {
        ("https" | "http", Some(_)) if normal.len() <= 500 => Ok(normal),
        ("https" | "http", Some(_)) => Err("is longer than 500 characters".into()),
        _ => Err("must be a web address starting with https://".into()),
    }
}

fn colour_check(v: &str) -> Result<String, String> {
    let colour = Colour::parse(v)?;
    let ratio = colour.contrast_with_white();
    if ratio < 4.5 {
        return Err(format!(
            "is too light: white text on it has a contrast of {ratio:.1}:1, and at least 4.5:1 is needed to be readable; choose a darker shade"
        ));
    }
    Ok(colour.hex())
}

fn decisions_check(v: &str) -> Result<String, String> {
    free_text(v, 2000).map_err(|e| e.to_string())
}

/// A colour as `#rrggbb`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Colour([u8; 3]);

impl Colour {
    pub fn parse(v: &str) -> Result<Self, String> {
        let hex = v.trim().strip_prefix('#').unwrap_or(v.trim());
        let bad = || "must be a colour as #rrggbb, e.g. #1d4ed8".to_owned();
        if hex.len() != 6 || !hex.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(bad());
        }
        let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| bad());
        Ok(Self([byte(0)?, byte(2)?, byte(4)?]))
    }

    pub fn hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0[0], self.0[1], self.0[2])
    }

    /// WCAG 2 relative luminance.
    fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(self.0[0]) + 0.7152 * channel(self.0[1]) + 0.0722 * channel(self.0[2])
    }

    /// The WCAG contrast ratio of white on this colour (and of this colour
    /// on white, which is the same).
    pub fn contrast_with_white(self) -> f64 {
        1.05 / (self.luminance() + 0.05)
    }
}

/// Checks every field `change` sets, naming each fault in `checks`;
/// returns the stored values to set.
pub fn check(change: &IdentityChange, checks: &mut Checks) -> Vec<(&'static str, Option<String>)> {
    let fields: [(&'static str, &Option<Option<String>>, Check); 11] = [
        ("legal_name", &change.legal_name, name_check),
        ("postal_address", &change.postal_address, address_check),
        ("privacy_email", &change.privacy_email, email_check),
        ("dpo_name", &change.dpo_name, name_check),
        ("dpo_contact", &change.dpo_contact, contact_check),
        ("authority", &change.authority, authority_check),
        ("authority_name", &change.authority_name, name_check),
        ("authority_url", &change.authority_url, url_check),
        ("privacy_notice_url", &change.privacy_notice_url, url_check),
        ("accent_colour", &change.accent_colour, colour_check),
        (
            "automated_decisions",
            &change.automated_decisions,
            decisions_check,
        ),
    ];
    let mut out = Vec::new();
    for (field, value, check) in fields {
        match value {
            None => {}
            Some(None) => out.push((field, None)),
            Some(Some(v)) if v.trim().is_empty() => out.push((field, None)),
            Some(Some(v)) => {
                if let Some(ok) = checks.take(field, check(v)) {
                    out.push((field, Some(ok)));
                }
            }
        }
    }
    out
}

/// Fields that show only together: a data protection officer's name and
/// contact, an unlisted authority's name and address. Refuses a change
/// that would leave one of a pair without the other (it would show
/// nowhere), naming the missing field.
pub fn check_pairs(
    current: &tenant::Model,
    checked: &[(&'static str, Option<String>)],
) -> crate::error::Result<()> {
    let after = |field: &str, now: &Option<String>| -> bool {
        match checked.iter().find(|(f, _)| *f == field) {
            Some((_, value)) => value.is_some(),
            None => now.is_some(),
        }
    };
    let mut checks = Checks::new();
    let pairs = [
        (
            ("dpo_name", &current.dpo_name),
            ("dpo_contact", &current.dpo_contact),
        ),
        (
            ("authority_name", &current.authority_name),
            ("authority_url", &current.authority_url),
        ),
    ];
    for ((a, a_now), (b, b_now)) in pairs {
        match (after(a, a_now), after(b, b_now)) {
            (true, false) => checks.fail(b, format!("is needed with {a}")),
            (false, true) => checks.fail(a, format!("is needed with {b}")),
            _ => {}
        }
    }
    checks.finish()
}

/// Sets the `checked` fields that differ from `current` on `am`, naming
/// each change in the audit `detail` (which fields, never their values).
pub fn apply(
    am: &mut tenant::ActiveModel,
    current: &tenant::Model,
    checked: Vec<(&'static str, Option<String>)>,
    detail: &mut Map<String, Value>,
) {
    let mut changed = Vec::new();
    for (field, value) in checked {
        let (slot, now) = match field {
            "legal_name" => (&mut am.legal_name, &current.legal_name),
            "postal_address" => (&mut am.postal_address, &current.postal_address),
            "privacy_email" => (&mut am.privacy_email, &current.privacy_email),
            "dpo_name" => (&mut am.dpo_name, &current.dpo_name),
            "dpo_contact" => (&mut am.dpo_contact, &current.dpo_contact),
            "authority" => (&mut am.authority, &current.authority),
            "authority_name" => (&mut am.authority_name, &current.authority_name),
            "authority_url" => (&mut am.authority_url, &current.authority_url),
            "privacy_notice_url" => (&mut am.privacy_notice_url, &current.privacy_notice_url),
            "accent_colour" => (&mut am.accent_colour, &current.accent_colour),
            "automated_decisions" => (&mut am.automated_decisions, &current.automated_decisions),
            _ => continue,
        };
        if *now != value {
            *slot = Set(value);
            changed.push(field);
        }
    }
    if !changed.is_empty() {
        detail.insert("identity_changed".into(), json!(changed));
    }
}

/// The controller as people see it: what the portal, the emails and the
/// copy show about who holds their data and how to reach whom. Absent
/// fields are `null`, so templates test them plainly.
#[derive(Debug, Clone, Serialize)]
pub struct Brand {
    /// The name people know the organisation by.
    pub name: String,
    pub legal_name: Option<String>,
    pub postal_address: Option<String>,
    /// Where to write about one's data: the privacy address, else the
    /// organisation's contact address.
    pub privacy_email: Option<String>,
    pub dpo: Option<Dpo>,
    pub authority: Option<AuthorityView>,
    pub privacy_notice_url: Option<String>,
    /// Automated decision-making, in the controller's words; none if absent.
    pub automated_decisions: Option<String>,
    /// The accent colour, `#rrggbb`.
    pub accent_colour: Option<String>,
    /// The logo's address, when there is one: `/portal/{slug}/logo?v=…`,
    /// which changes with the logo so it can be cached for long.
    pub logo: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Dpo {
    pub name: String,
    pub contact: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AuthorityView {
    pub name: String,
    pub url: String,
}

impl Brand {
    pub fn of(t: &tenant::Model) -> Self {
        let authority = match (&t.authority, &t.authority_name, &t.authority_url) {
            (Some(code), _, _) => listed_authority(code).map(|a| AuthorityView {
                name: a.name.to_owned(),
                url: a.url.to_owned(),
            }),
            (None, Some(name), Some(url)) => Some(AuthorityView {
                name: name.clone(),
                url: url.clone(),
            }),
            _ => None,
        };
        let dpo = match (&t.dpo_name, &t.dpo_contact) {
            (Some(name), Some(contact)) => Some(Dpo {
                name: name.clone(),
                contact: contact.clone(),
            }),
            _ => None,
        };
        Self {
            name: t.name.clone(),
            legal_name: t.legal_name.clone(),
            postal_address: t.postal_address.clone(),
            privacy_email: t.privacy_email.clone().or_else(|| t.contact_email.clone()),
            dpo,
            authority,
            privacy_notice_url: t.privacy_notice_url.clone(),
            automated_decisions: t.automated_decisions.clone(),
            accent_colour: t.accent_colour.clone(),
            logo: t
                .logo_at
                .map(|at| format!("/portal/{}/logo?v={}", t.slug, at.timestamp_millis())),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_need_contrast_with_white_text() {
        assert!(colour_check("#1d4ed8").is_ok());
        assert!(colour_check("#000").is_err());
        let pale = colour_check("#ffeb3b").unwrap_err();
        assert!(
            pale.contains("too light") && pale.contains("4.5:1"),
            "{pale}"
        );
        assert_eq!(colour_check("1D4ED8").unwrap(), "#1d4ed8");
        assert!((Colour::parse("#000000").unwrap().contrast_with_white() - 21.0).abs() < 0.01);
    }

    #[test]
    fn every_listed_authority_has_a_secure_address() {
        for a in AUTHORITIES {
            assert!(a.url.starts_with("https://"), "{}", a.code);
            assert_eq!(url_check(a.url).unwrap(), a.url, "{}", a.code);
        }
        assert!(authority_check("fr").is_ok());
        assert!(
            authority_check("US")
                .unwrap_err()
                .contains("authority_name")
        );
    }
}
