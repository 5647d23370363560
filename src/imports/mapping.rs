//! From columns to a customer: where each column of an imported file goes
//! (a [`Mapping`]), suggestions read from the file's headers in any of
//! Steward's languages, and one row assembled into what the one validation
//! of a new customer (`customers::write::validate_new`) then checks.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::consent::service::Basis;
use crate::customers::search::fold;
use crate::customers::service::NewCustomer;
use crate::exports::file::restore;
use crate::fields::def::{FieldDef, Kind};
use crate::i18n::Lang;

/// Where one column of the file goes.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
pub enum Target {
    /// The column is not imported.
    Ignore,
    /// The whole name; when blank, first and last name make it.
    Name,
    FirstName,
    LastName,
    Email,
    Phone,
    Company,
    Address,
    /// The preferred language, as a tag (`de`).
    Language,
    /// A note on the record; any number of columns may hold notes.
    Note,
    /// A custom field, by key.
    Field(String),
    /// A consent decision for a purpose (key): yes-like → granted, no-like →
    /// withdrawn, blank → no decision.
    Consent(String),
    /// The evidence of the consent decision for a purpose (how it was given).
    Evidence(String),
}

/// The words of the targets that are not a custom field or a purpose.
const BUILT_IN: [&str; 10] = [
    "ignore",
    "name",
    "first_name",
    "last_name",
    "email",
    "phone",
    "company",
    "address",
    "language",
    "note",
];

fn built_in(word: &str) -> Option<Target> {
    Some(match word {
        "ignore" => Target::Ignore,
        "name" => Target::Name,
        "first_name" => Target::FirstName,
        "last_name" => Target::LastName,
        "email" => Target::Email,
        "phone" => Target::Phone,
        "company" => Target::Company,
        "address" => Target::Address,
        "language" => Target::Language,
        "note" => Target::Note,
        _ => return None,
    })
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let word = match self {
            Target::Ignore => "ignore",
            Target::Name => "name",
            Target::FirstName => "first_name",
            Target::LastName => "last_name",
            Target::Email => "email",
            Target::Phone => "phone",
            Target::Company => "company",
            Target::Address => "address",
            Target::Language => "language",
            Target::Note => "note",
            Target::Field(key) => return write!(f, "field:{key}"),
            Target::Consent(purpose) => return write!(f, "consent:{purpose}"),
            Target::Evidence(purpose) => return write!(f, "evidence:{purpose}"),
        };
        f.write_str(word)
    }
}

impl FromStr for Target {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        let keyed = |prefix: &str, make: fn(String) -> Target| {
            s.strip_prefix(prefix)
                .filter(|key| !key.is_empty())
                .map(|key| make(key.to_owned()))
        };
        built_in(s)
            .or_else(|| keyed("field:", Target::Field))
            .or_else(|| keyed("consent:", Target::Consent))
            .or_else(|| keyed("evidence:", Target::Evidence))
            .ok_or_else(|| {
                format!(
                    "{s:?} is not a place for a column: use one of {}, field:<key>, consent:<purpose> or evidence:<purpose>",
                    BUILT_IN.join(", ")
                )
            })
    }
}

impl TryFrom<String> for Target {
    type Error = String;

    fn try_from(s: String) -> Result<Self, String> {
        s.parse()
    }
}

impl From<Target> for String {
    fn from(t: Target) -> String {
        t.to_string()
    }
}

/// A whole mapping: one target per column, and the lawful basis recorded
/// with imported consent decisions (default `consent`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Mapping {
    /// Where each column goes, in the file's order.
    pub columns: Vec<Target>,
    #[serde(with = "basis_word", default = "basis_word::consent")]
    pub basis: Basis,
}

/// The lawful basis as its stored word (`legitimate_interests`).
mod basis_word {
    use entity::consent::Basis as Word;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    use crate::consent::service::Basis;

    pub fn consent() -> Basis {
        Basis::Consent
    }

    pub fn serialize<S: Serializer>(basis: &Basis, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(Word::from(*basis).as_str())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Basis, D::Error> {
        let word = String::deserialize(d)?;
        Word::parse(&word).map(Basis::from).ok_or_else(|| {
            let words: Vec<&str> = Word::ALL.iter().map(|w| w.as_str()).collect();
            D::Error::custom(format!(
                "{word:?} is not a lawful basis: use one of {}",
                words.join(", ")
            ))
        })
    }
}

/// A custom field of the tenant, as suggestions and checks need it.
#[derive(Clone, Debug)]
pub struct FieldChoice {
    pub key: String,
    pub label: String,
}

/// A consent purpose of the tenant with its label in every language it has.
#[derive(Clone, Debug)]
pub struct PurposeChoice {
    pub key: String,
    pub labels: Vec<String>,
}

/// Header words (folded, without spaces, hyphens or punctuation) that name a
/// built-in target, by the target's word: Steward's languages and the names
/// common CRM exports use.
const SYNONYMS: &[(&str, &str)] = &[
    (
        "name",
        "fullname displayname contactname customername personname kundenname \
         vollstandigername nomcomplet nombrecompleto nomecompleto nomeecognome \
         volledigenaam imieinazwisko imienazwisko",
    ),
    (
        "first_name",
        "firstname givenname forename first vorname rufname prenom nombredepila \
         primernombre voornaam roepnaam imie",
    ),
    (
        "last_name",
        "lastname surname familyname last nachname familienname nomdefamille apellidos \
         apellido cognome achternaam familienaam nazwisko",
    ),
    (
        "email",
        "email emailaddress mail emailadresse mailadresse courriel adressecourriel \
         adresseemail adressemail adressedemessagerie correo correoelectronico \
         direcciondecorreo direcciondecorreoelectronico postaelettronica indirizzoemail \
         emailadres mailadres adresemail poczta pocztaemail",
    ),
    (
        "phone",
        "phone phonenumber telephone telephonenumber tel mobile mobilephone \
         mobilephonenumber mobilenumber cell cellphone telefon telefonnummer handy \
         handynummer mobil mobiltelefon mobilnummer rufnummer portable telephoneportable \
         numerodetelephone telefono numerodetelefono movil telefonomovil celular \
         cellulare telefonocellulare numeroditelefono telefoon telefoonnummer mobiel \
         mobielnummer mobieletelefoon telefonkomorkowy komorka numertelefonu nrtelefonu",
    ),
    (
        "company",
        "company companyname organization organisation organizationname organisationname \
         accountname employer firma firmenname unternehmen unternehmensname societe \
         entreprise raisonsociale nomdelentreprise empresa nombredelaempresa organizacion \
         azienda societa ragionesociale nomeazienda bedrijf bedrijfsnaam organisatie \
         nazwafirmy przedsiebiorstwo organizacja",
    ),
    (
        "address",
        "address streetaddress street addressline1 adresse anschrift strasse postanschrift \
         strasseundhausnummer rue adressepostale direccion calle domicilio direccionpostal \
         indirizzo adres straat postadres ulica",
    ),
    (
        "language",
        "language preferredlanguage lang locale sprache korrespondenzsprache langue idioma \
         lingua taal voorkeurstaal jezyk",
    ),
    (
        "note",
        "note notes comment comments remark remarks description notiz notizen bemerkung \
         bemerkungen kommentar anmerkung anmerkungen remarque remarques commentaire \
         commentaires nota notas comentario comentarios observaciones commento commenti \
         annotazioni opmerking opmerkingen notitie notities uwagi uwaga notatka notatki \
         komentarz",
    ),
];

/// "Name" in a language where, beside a first-name column, it means the
/// last name ("Vorname", "Name"; "Prénom", "Nom"), and beside a last-name
/// column the first ("Nombre", "Apellidos"; "Nome", "Cognome").
const PLAIN_NAMES: &str = "name nom nombre nome naam";

/// Words that say which of several columns of a kind a header is ("Business
/// Phone", "E-mail 1 - Value", "Person - Email - Work"), dropped when the
/// header as a whole names nothing.
const QUALIFIERS: &str = "value primary main other work home business office private personal \
     person contact customer client formatted default mailing billing shipping postal \
     geschaftlich privat dienstlich bureau domicile prive professionnel trabajo casa particular \
     lavoro ufficio privato werk thuis zakelijk sluzbowy prywatny domowy";

/// Words that say a column holds consent ("Newsletter consent").
const CONSENT_WORDS: &str = "consent optin einwilligung zustimmung consentement consentimiento \
     consenso toestemming zgoda";

/// Words that say a column holds the evidence of consent ("Newsletter Nachweis").
const EVIDENCE_WORDS: &str = "evidence proof nachweis beleg preuve justificatif prueba evidencia \
     prova bewijs dowod";

/// Whether `word` is one of the space-separated words of `list`.
fn listed(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

/// Case- and accent-folded, letters and digits only: "E-Mail-Adresse" and
/// "email address" are the same.
fn squash(s: &str) -> String {
    fold(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The folded words of a header.
fn words(s: &str) -> Vec<String> {
    fold(s)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// What one header seems to mean, before the file as a whole is seen.
enum Guess {
    Sure(Target),
    /// A bare "name", which other headers of the file settle.
    PlainName,
}

fn built_in_guess(squashed: &str) -> Option<Guess> {
    if listed(PLAIN_NAMES, squashed) {
        return Some(Guess::PlainName);
    }
    SYNONYMS
        .iter()
        .find(|(_, synonyms)| listed(synonyms, squashed))
        .and_then(|(word, _)| built_in(word))
        .map(Guess::Sure)
}

fn guess(header: &str, fields: &[FieldChoice], purposes: &[PurposeChoice]) -> Option<Guess> {
    let words = words(header);
    let whole = words.concat();
    if whole.is_empty() {
        return None;
    }
    if let Some(g) = built_in_guess(&whole) {
        return Some(g);
    }
    if let Some(f) = fields
        .iter()
        .find(|f| squash(&f.key) == whole || squash(&f.label) == whole)
    {
        return Some(Guess::Sure(Target::Field(f.key.clone())));
    }
    let purpose = |squashed: &str| {
        purposes
            .iter()
            .find(|p| {
                !squashed.is_empty()
                    && (squash(&p.key) == squashed
                        || p.labels.iter().any(|l| squash(l) == squashed))
            })
            .map(|p| p.key.clone())
    };
    let without = |drop: &[&str]| -> String {
        words
            .iter()
            .filter(|w| !drop.iter().any(|list| listed(list, w)))
            .map(String::as_str)
            .collect()
    };
    if let Some(p) = purpose(&whole) {
        return Some(Guess::Sure(Target::Consent(p)));
    }
    if words.iter().any(|w| listed(EVIDENCE_WORDS, w))
        && let Some(p) = purpose(&without(&[EVIDENCE_WORDS, CONSENT_WORDS]))
    {
        return Some(Guess::Sure(Target::Evidence(p)));
    }
    if let Some(p) = purpose(&without(&[CONSENT_WORDS])) {
        return Some(Guess::Sure(Target::Consent(p)));
    }
    let unqualified: String = words
        .iter()
        .filter(|w| !listed(QUALIFIERS, w) && !w.chars().all(|c| c.is_ascii_digit()))
        .map(String::as_str)
        .collect();
    built_in_guess(&unqualified)
}

/// Suggestions for `headers`: for each header the target it most likely
/// means — by its words in any of Steward's languages and the names common
/// CRM exports use, then the tenant's custom fields by key or label, then
/// consent purposes by key or label, and "<purpose> evidence" style headers
/// to Evidence. Matching ignores case, accents, spaces, hyphens and
/// underscores. A target is suggested for one column only (the first that
/// matches); the rest get Ignore. A bare "Name" is the name, unless the file
/// also has a first-name column only (then it is the last name) or a
/// last-name column only (then it is the first name).
pub fn suggest(
    headers: &[String],
    fields: &[FieldChoice],
    purposes: &[PurposeChoice],
) -> Vec<Target> {
    let guesses: Vec<Option<Guess>> = headers.iter().map(|h| guess(h, fields, purposes)).collect();
    let has = |t: Target| {
        guesses
            .iter()
            .any(|g| matches!(g, Some(Guess::Sure(s)) if *s == t))
    };
    let plain_name = match (has(Target::FirstName), has(Target::LastName)) {
        (true, false) => Target::LastName,
        (false, true) => Target::FirstName,
        _ => Target::Name,
    };
    let mut taken = HashSet::new();
    let mut out: Vec<Target> = guesses
        .into_iter()
        .map(|g| match g {
            Some(Guess::Sure(t)) => t,
            Some(Guess::PlainName) => plain_name.clone(),
            None => Target::Ignore,
        })
        .map(|t| match taken.insert(t.clone()) {
            true => t,
            false => Target::Ignore,
        })
        .collect();
    // Evidence without its decision is refused by `check`; suggest none.
    let decided: HashSet<String> = out
        .iter()
        .filter_map(|t| match t {
            Target::Consent(p) => Some(p.clone()),
            _ => None,
        })
        .collect();
    for t in &mut out {
        if matches!(t, Target::Evidence(p) if !decided.contains(p)) {
            *t = Target::Ignore;
        }
    }
    out
}

/// Checks a mapping against a file of `headers` columns and the tenant: one
/// target per column, each built-in target at most once (Ignore and Note
/// as often as wanted), custom fields and purposes that exist, evidence only
/// for a purpose that has a consent column, and a name (Name, or FirstName
/// and/or LastName) mapped. Faults are (field path, why) pairs, such as
/// ("columns[3]", "is mapped to email, as column 1 is"), for `error::Checks`.
pub fn check(
    m: &Mapping,
    headers: usize,
    fields: &[FieldChoice],
    purposes: &[PurposeChoice],
) -> Vec<(String, String)> {
    let mut faults = Vec::new();
    if m.columns.len() != headers {
        faults.push((
            "columns".to_owned(),
            format!(
                "has {} targets where the file has {headers} columns; give one target per column",
                m.columns.len()
            ),
        ));
    }
    let mut first_at: HashMap<&Target, usize> = HashMap::new();
    for (i, target) in m.columns.iter().enumerate() {
        let at = format!("columns[{i}]");
        if !matches!(target, Target::Ignore | Target::Note) {
            if let Some(j) = first_at.get(target) {
                faults.push((at, format!("is mapped to {target}, as column {j} is")));
                continue;
            }
            first_at.insert(target, i);
        }
        let why = match target {
            Target::Field(key) if !fields.iter().any(|f| f.key == *key) => {
                format!("is mapped to custom field {key:?}, which this tenant does not have")
            }
            Target::Consent(p) | Target::Evidence(p) if !purposes.iter().any(|c| c.key == *p) => {
                format!("is mapped to consent purpose {p:?}, which this tenant does not have")
            }
            Target::Evidence(p) if !m.columns.contains(&Target::Consent(p.clone())) => format!(
                "is mapped to the evidence for {p}, but no column is mapped to the decision (consent:{p})"
            ),
            _ => continue,
        };
        faults.push((at, why));
    }
    let named = [Target::Name, Target::FirstName, Target::LastName]
        .iter()
        .any(|t| m.columns.contains(t));
    if !named {
        faults.push((
            "columns".to_owned(),
            "has no column for the name: map one to name, or to first_name and/or last_name"
                .to_owned(),
        ));
    }
    faults
}

/// One row of the file as a customer to validate, with what comes with it.
pub struct Assembled {
    pub customer: NewCustomer,
    /// Each non-blank Note cell, in column order.
    pub notes: Vec<String>,
    /// The consent decisions of the row, in column order.
    pub consents: Vec<Decision>,
}

/// One consent decision of a row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decision {
    pub purpose: String,
    pub granted: bool,
    /// The row's evidence cell for the purpose, if any.
    pub evidence: Option<String>,
}

/// One row of the file as a customer to validate: the NewCustomer the
/// columns make (Name, else FirstName and LastName joined; blank cells are
/// None), custom field values as JSON strings by field key (see
/// [`Assembled::type_fields`]), the notes and the consent decisions. Cells
/// are trimmed; values are not checked here. A consent cell that is neither
/// yes-like nor no-like nor blank is a fault, as are non-blank cells beyond
/// the mapped columns.
pub fn assemble(m: &Mapping, cells: &[String]) -> Result<Assembled, Vec<(String, String)>> {
    let mut faults = Vec::new();
    let width = m.columns.len();
    if cells.iter().skip(width).any(|c| !c.trim().is_empty()) {
        faults.push((
            "cells".to_owned(),
            format!(
                "has {} cells where the file has {width} columns",
                cells.len()
            ),
        ));
    }
    let mut customer = NewCustomer {
        name: String::new(),
        email: None,
        phone: None,
        company: None,
        address: None,
        language: None,
        fields: BTreeMap::new(),
    };
    let (mut name, mut first, mut last) = (None, None, None);
    let mut notes = Vec::new();
    let mut decisions: Vec<(&str, bool)> = Vec::new();
    let mut evidence: HashMap<&str, String> = HashMap::new();
    for (target, cell) in m.columns.iter().zip(cells) {
        // A cell an export made text (`'=…`) reads as it was written.
        let value = restore(cell.trim());
        if value.is_empty() {
            continue;
        }
        let value = value.to_owned();
        match target {
            Target::Ignore => {}
            Target::Name => name = Some(value),
            Target::FirstName => first = Some(value),
            Target::LastName => last = Some(value),
            Target::Email => customer.email = Some(value),
            Target::Phone => customer.phone = Some(value),
            Target::Company => customer.company = Some(value),
            Target::Address => customer.address = Some(value),
            // "Deutsch" or "German" as well as "de"; the validation
            // judges what no language is called.
            Target::Language => {
                let tag = Lang::from_name(&value).map(|l| l.tag().to_owned());
                customer.language = Some(tag.unwrap_or(value));
            }
            Target::Note => notes.push(value),
            Target::Field(key) => {
                customer.fields.insert(key.clone(), Value::String(value));
            }
            Target::Consent(p) => match yes_or_no(&value) {
                Some(granted) => decisions.push((p.as_str(), granted)),
                None => faults.push((format!("consent:{p}"), NEITHER_YES_NOR_NO.to_owned())),
            },
            Target::Evidence(p) => {
                evidence.insert(p.as_str(), value);
            }
        }
    }
    if !faults.is_empty() {
        return Err(faults);
    }
    customer.name = name.unwrap_or_else(|| {
        [first, last]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
    });
    let consents = decisions
        .into_iter()
        .map(|(purpose, granted)| Decision {
            purpose: purpose.to_owned(),
            granted,
            evidence: evidence.remove(purpose),
        })
        .collect();
    Ok(Assembled {
        customer,
        notes,
        consents,
    })
}

impl Assembled {
    /// Gives each custom field value the JSON type its field's kind takes,
    /// as the validation expects: a number for a number field ("42",
    /// "-0.5"), true or false for a yes/no field (any yes-like or no-like
    /// word). Other values stay text, and the validation says what is wrong.
    pub fn type_fields(&mut self, defs: &[FieldDef]) {
        for (key, value) in &mut self.customer.fields {
            let (Some(def), Value::String(text)) = (defs.iter().find(|d| d.key == *key), &*value)
            else {
                continue;
            };
            let typed = match def.kind {
                Kind::Number => number(text).map(Value::Number),
                Kind::Bool => yes_or_no(text).map(Value::Bool),
                Kind::Text | Kind::Date | Kind::Select => None,
            };
            if let Some(typed) = typed {
                *value = typed;
            }
        }
    }
}

fn number(text: &str) -> Option<serde_json::Number> {
    text.parse::<i64>()
        .ok()
        .map(serde_json::Number::from)
        .or_else(|| {
            text.parse::<f64>()
                .ok()
                .and_then(serde_json::Number::from_f64)
        })
}

const NEITHER_YES_NOR_NO: &str = "is neither yes nor no (write yes or no, ja or nein, oui or non, sí or no, sì or no, ja or nee, tak or nie, 1 or 0, x for yes, or leave it blank for no decision)";

/// Yes-like words in Steward's languages, folded as [`squash`] folds them.
const YES: &str = "yes y true 1 x ja oui si tak granted optin optedin subscribed wahr vrai \
     verdadero vero waar prawda erteilt abonniert";

/// No-like words, folded as [`squash`] folds them.
const NO: &str = "no n false 0 nein non nee nie withdrawn optout optedout unsubscribed falsch \
     faux falso onwaar falsz widerrufen abgemeldet";

/// Whether a non-blank cell says yes or no, in any of Steward's languages.
fn yes_or_no(cell: &str) -> Option<bool> {
    let cell = cell.trim();
    if ["✓", "✔"].contains(&cell) {
        return Some(true);
    }
    if ["✗", "✘"].contains(&cell) {
        return Some(false);
    }
    let word = squash(cell);
    match (listed(YES, &word), listed(NO, &word)) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// "a, b, c" as cells or headers.
    fn cells(row: &str) -> Vec<String> {
        row.split(", ").map(str::to_owned).collect()
    }

    /// "name email field:tier" as targets.
    fn targets(words: &str) -> Vec<Target> {
        words
            .split_whitespace()
            .map(|w| w.parse().unwrap())
            .collect()
    }

    fn mapping(words: &str) -> Mapping {
        Mapping {
            columns: targets(words),
            basis: Basis::Consent,
        }
    }

    fn plain(headers: &str) -> Vec<Target> {
        suggest(&cells(headers), &[], &[])
    }

    fn field(key: &str, label: &str) -> FieldChoice {
        FieldChoice {
            key: key.into(),
            label: label.into(),
        }
    }

    fn purpose(key: &str, labels: &[&str]) -> PurposeChoice {
        PurposeChoice {
            key: key.into(),
            labels: labels.iter().map(|l| (*l).to_owned()).collect(),
        }
    }

    #[test]
    fn a_language_cell_may_name_the_language_in_words() {
        let m = mapping("name language");
        let tag = |cell: &str| {
            let row = assemble(&m, &cells(&format!("Ada, {cell}"))).unwrap();
            row.customer.language
        };
        assert_eq!(tag("Deutsch").as_deref(), Some("de"));
        assert_eq!(tag("fr-BE").as_deref(), Some("fr"));
        // What names no language is left for the validation to refuse.
        assert_eq!(tag("Klingon").as_deref(), Some("Klingon"));
    }

    #[test]
    fn targets_read_and_write_as_plain_words() {
        let words = "ignore name first_name last_name email phone company address language note \
                     field:tier consent:marketing_email evidence:marketing_email";
        for word in words.split_whitespace() {
            let t: Target = word.parse().unwrap();
            assert_eq!(t.to_string(), word);
            let json = serde_json::to_string(&t).unwrap();
            assert_eq!(json, format!("\"{word}\""));
            assert_eq!(serde_json::from_str::<Target>(&json).unwrap(), t);
        }
        assert_eq!("field:tier".parse(), Ok(Target::Field("tier".into())));
        for bad in ["Email", "field:", "consent", "mobile", ""] {
            let err = bad.parse::<Target>().unwrap_err();
            assert!(
                err.contains("first_name") && err.contains("field:<key>"),
                "{bad}: {err}"
            );
        }
        assert!(serde_json::from_str::<Target>("\"surname\"").is_err());
    }

    #[test]
    fn a_mapping_reads_its_basis_as_a_word_and_defaults_to_consent() {
        let m: Mapping = serde_json::from_str(r#"{"columns": ["name", "consent:news"]}"#).unwrap();
        assert_eq!(m.basis, Basis::Consent);
        assert_eq!(m.columns, targets("name consent:news"));
        let m: Mapping =
            serde_json::from_str(r#"{"columns": [], "basis": "legitimate_interests"}"#).unwrap();
        assert_eq!(m.basis, Basis::LegitimateInterests);
        assert_eq!(
            serde_json::to_value(&m).unwrap()["basis"],
            "legitimate_interests"
        );
        let err = serde_json::from_str::<Mapping>(r#"{"columns": [], "basis": "whim"}"#)
            .unwrap_err()
            .to_string();
        assert!(err.contains("legal_obligation"), "{err}");
    }

    #[test]
    fn german_headers_are_understood() {
        assert_eq!(
            plain(
                "Kundennummer, Vorname, Nachname, E-Mail-Adresse, Telefon geschäftlich, Handy, \
                 Firma, Anschrift, Sprache, Bemerkung, Notiz"
            ),
            targets(
                "ignore first_name last_name email phone ignore company address language note \
                 ignore"
            )
        );
    }

    #[test]
    fn french_headers_are_understood() {
        assert_eq!(
            plain(
                "Prénom, Nom, Courriel, Téléphone, Portable, Société, Adresse, Langue, Remarques"
            ),
            targets("first_name last_name email phone ignore company address language note")
        );
    }

    #[test]
    fn polish_headers_are_understood() {
        assert_eq!(
            plain("Imię, Nazwisko, Adres e-mail, Telefon komórkowy, Firma, Adres, Język, Uwagi"),
            targets("first_name last_name email phone company address language note")
        );
    }

    #[test]
    fn crm_export_headers_are_understood() {
        let hubspot = plain(
            "Record ID, First Name, Last Name, Email, Phone Number, Mobile Phone Number, \
             Company Name, Street Address, City, Preferred language, Contact owner",
        );
        assert_eq!(
            hubspot,
            targets(
                "ignore first_name last_name email phone ignore company address ignore language \
                 ignore"
            )
        );
        let google = plain(
            "Name, Given Name, Family Name, E-mail 1 - Type, E-mail 1 - Value, Phone 1 - Value, \
             Organization 1 - Name, Address 1 - Formatted, Notes",
        );
        assert_eq!(
            google,
            targets("name first_name last_name ignore email phone company address note")
        );
        let outlook = plain(
            "First Name, Last Name, Company, Business Street, Business Phone, Mobile Phone, \
             E-mail Address, E-mail Display Name",
        );
        assert_eq!(
            outlook,
            targets("first_name last_name company address phone ignore email ignore")
        );
        let pipedrive = plain("Person - Name, Person - Email - Work, Person - Organization");
        assert_eq!(pipedrive, targets("name email company"));
    }

    #[test]
    fn a_bare_name_is_settled_by_the_other_name_columns() {
        assert_eq!(plain("Name, Email"), targets("name email"));
        assert_eq!(plain("Vorname, Name"), targets("first_name last_name"));
        assert_eq!(
            plain("Nombre, Apellidos, Correo electrónico, Móvil, Empresa, Dirección"),
            targets("first_name last_name email phone company address")
        );
        assert_eq!(
            plain("Nome, Cognome, Telefono, Cellulare, Azienda, Indirizzo"),
            targets("first_name last_name phone ignore company address")
        );
        assert_eq!(
            plain("Voornaam, Achternaam, Telefoon, Mobiel, Bedrijf, Adres"),
            targets("first_name last_name phone ignore company address")
        );
    }

    #[test]
    fn custom_fields_and_purposes_are_found_by_key_or_label() {
        let fields = [
            field("customer_since", "Kunde seit"),
            field("tier", "Tarif"),
            field("work_phone", "Work phone"),
        ];
        let purposes = [
            purpose("marketing_email", &["Newsletter", "Rundbrief"]),
            purpose("phone_calls", &["Telefonwerbung"]),
        ];
        let headers = cells(
            "Name, E-Mail, Kunde seit, TIER, Work Phone, Newsletter, Rundbrief Einwilligung, \
             Nachweis Rundbrief, Telefonwerbung - evidence, Phone_Calls",
        );
        assert_eq!(
            suggest(&headers, &fields, &purposes),
            targets(
                "name email field:customer_since field:tier field:work_phone \
                 consent:marketing_email ignore evidence:marketing_email evidence:phone_calls \
                 consent:phone_calls"
            )
        );
        let without_decision = suggest(&cells("Name, Newsletter proof"), &[], &purposes);
        assert_eq!(without_decision, targets("name ignore"));
    }

    #[test]
    fn headers_match_without_case_accents_spaces_hyphens_or_underscores() {
        assert_eq!(squash("E-Mail-Adresse"), squash("email adresse"));
        assert_eq!(squash("Téléphone_Portable"), "telephoneportable");
        let lists = [
            PLAIN_NAMES,
            QUALIFIERS,
            CONSENT_WORDS,
            EVIDENCE_WORDS,
            YES,
            NO,
        ];
        let synonyms = SYNONYMS.iter().map(|(_, list)| *list);
        for word in lists
            .into_iter()
            .chain(synonyms)
            .flat_map(str::split_whitespace)
        {
            assert_eq!(squash(word), word, "{word} is written as headers fold");
        }
        for (target, list) in SYNONYMS {
            assert!(built_in(target).is_some(), "{target}");
            for word in list.split_whitespace() {
                let named = SYNONYMS.iter().filter(|(_, l)| listed(l, word)).count();
                assert_eq!(named, 1, "{word} names one target");
                assert!(!listed(PLAIN_NAMES, word), "{word}");
            }
        }
        for word in YES.split_whitespace() {
            assert!(!listed(NO, word), "{word} is both yes and no");
        }
    }

    #[test]
    fn check_accepts_a_good_mapping() {
        let fields = [field("tier", "Tarif")];
        let purposes = [purpose("news", &["Newsletter"])];
        let m = mapping(
            "first_name last_name email field:tier consent:news evidence:news note note ignore \
             ignore",
        );
        assert!(check(&m, 10, &fields, &purposes).is_empty());
        assert!(check(&mapping("last_name"), 1, &[], &[]).is_empty());
    }

    #[test]
    fn check_names_each_mistake() {
        let fields = [field("tier", "Tarif")];
        let purposes = [purpose("news", &["Newsletter"]), purpose("calls", &[])];
        let fault = |words: &str, headers: usize| {
            let faults = check(&mapping(words), headers, &fields, &purposes);
            assert_eq!(faults.len(), 1, "{faults:?}");
            faults.into_iter().next().unwrap()
        };
        let (at, why) = fault("name email", 3);
        assert_eq!(at, "columns");
        assert!(why.contains("has 2 targets where the file has 3 columns"));
        assert_eq!(
            fault("name email phone email", 4),
            (
                "columns[3]".into(),
                "is mapped to email, as column 1 is".into()
            )
        );
        assert_eq!(
            fault("name field:tier field:tier", 3),
            (
                "columns[2]".into(),
                "is mapped to field:tier, as column 1 is".into()
            )
        );
        let (at, why) = fault("name field:size", 2);
        assert_eq!(at, "columns[1]");
        assert!(why.contains("custom field \"size\""), "{why}");
        let (at, why) = fault("name consent:sms", 2);
        assert_eq!(at, "columns[1]");
        assert!(why.contains("purpose \"sms\""), "{why}");
        let (at, why) = fault("name consent:news evidence:calls", 3);
        assert_eq!(at, "columns[2]");
        assert!(why.contains("consent:calls"), "{why}");
        let (at, why) = fault("email company", 2);
        assert_eq!(at, "columns");
        assert!(why.contains("first_name"), "{why}");
    }

    #[test]
    fn a_row_becomes_a_customer_with_notes_and_consent() {
        let m = mapping(
            "first_name last_name email phone company field:tier note note consent:news \
             evidence:news consent:calls consent:post ignore",
        );
        let row = cells(
            " Zoë , Łukasiewicz, zoe@example.org,   , , pro, Met at the fair, , Ja, \
             Signed form 2024-03, non, , whatever",
        );
        let a = assemble(&m, &row).unwrap();
        let c = &a.customer;
        assert_eq!(c.name, "Zoë Łukasiewicz");
        assert_eq!(c.email.as_deref(), Some("zoe@example.org"));
        assert_eq!((&c.phone, &c.company, &c.address), (&None, &None, &None));
        assert_eq!(c.fields, BTreeMap::from([("tier".into(), json!("pro"))]));
        assert_eq!(a.notes, ["Met at the fair"]);
        assert_eq!(
            a.consents,
            [
                Decision {
                    purpose: "news".into(),
                    granted: true,
                    evidence: Some("Signed form 2024-03".into()),
                },
                Decision {
                    purpose: "calls".into(),
                    granted: false,
                    evidence: None,
                },
            ]
        );
    }

    #[test]
    fn a_name_column_wins_over_first_and_last_names_and_either_alone_will_do() {
        let m = mapping("name first_name last_name");
        let name = |row: &str| assemble(&m, &cells(row)).unwrap().customer.name;
        assert_eq!(name("Ada Lovelace, Ada, King"), "Ada Lovelace");
        assert_eq!(name(", Ada, King"), "Ada King");
        assert_eq!(name(", , King"), "King");
        assert_eq!(name(", , "), "");
    }

    #[test]
    fn consent_words_are_read_in_every_language() {
        let m = mapping("name consent:news");
        let said = |word: &str| {
            let row = vec!["A".to_owned(), word.to_owned()];
            let consents = assemble(&m, &row).unwrap().consents;
            consents.first().map(|d| d.granted)
        };
        for yes in [
            "yes",
            "TRUE",
            "1",
            "x",
            "ja",
            "Oui",
            "sí",
            "si",
            "sì",
            "tak",
            "granted",
            "Opt-in",
            "subscribed",
            "✓",
        ] {
            assert_eq!(said(yes), Some(true), "{yes}");
        }
        for no in [
            "no",
            "false",
            "0",
            "Nein",
            "non",
            "nee",
            "NIE",
            "withdrawn",
            "opt-out",
            "unsubscribed",
        ] {
            assert_eq!(said(no), Some(false), "{no}");
        }
        assert_eq!(said(" "), None);
    }

    #[test]
    fn a_consent_cell_that_is_neither_yes_nor_no_is_a_fault() {
        let m = mapping("name consent:news consent:calls");
        let faults = assemble(&m, &cells("A, maybe, yes")).err().unwrap();
        assert_eq!(faults.len(), 1);
        assert_eq!(faults[0].0, "consent:news");
        assert!(faults[0].1.starts_with("is neither yes nor no ("));
        assert!(!faults[0].1.contains("maybe"), "cells stay out of faults");
    }

    #[test]
    fn cells_beyond_the_mapped_columns_are_a_fault_unless_blank() {
        let m = mapping("name email");
        assert!(assemble(&m, &cells("A, a@example.org, ")).is_ok());
        assert!(assemble(&m, &cells("A")).is_ok());
        let faults = assemble(&m, &cells("A, a@example.org, x")).err().unwrap();
        assert_eq!(
            faults,
            [(
                "cells".to_owned(),
                "has 3 cells where the file has 2 columns".to_owned()
            )]
        );
    }

    #[test]
    fn field_values_take_the_type_of_their_field() {
        let def = |key: &str, kind: Kind| FieldDef {
            id: uuid::Uuid::now_v7(),
            key: key.into(),
            label: key.into(),
            kind,
            options: vec![],
            required: false,
            visible_to: crate::auth::Role::Viewer,
            personal: false,
            correctable: false,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        };
        let defs = [
            def("seats", Kind::Number),
            def("ratio", Kind::Number),
            def("vip", Kind::Bool),
            def("since", Kind::Date),
            def("odd", Kind::Number),
        ];
        let m = mapping("name field:seats field:ratio field:vip field:since field:odd");
        let mut a = assemble(&m, &cells("A, 42, -0.5, Ja, 2024-03-01, 1,5")).unwrap();
        a.type_fields(&defs);
        let want =
            json!({"seats": 42, "ratio": -0.5, "vip": true, "since": "2024-03-01", "odd": "1,5"});
        assert_eq!(serde_json::to_value(&a.customer.fields).unwrap(), want);
    }
}
