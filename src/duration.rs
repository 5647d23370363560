//! ISO 8601 durations (`P30D`, `PT15M`, `PT2S`) as used in configuration and
//! policies. Years and months are refused: their length varies, and a period
//! that protects people's data must mean the same thing every time.

use std::{fmt, str::FromStr, time::Duration};

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The longest duration accepted, in days: about 100 years. Beyond it
/// nothing Steward schedules makes sense, and chrono's arithmetic stays far
/// from overflow.
pub const MAX_DAYS: u64 = 36_500;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDuration(Duration);

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0}")]
pub struct DurationError(String);

impl IsoDuration {
    pub fn from_secs(secs: u64) -> Self {
        Self(Duration::from_secs(secs))
    }

    pub fn as_std(self) -> Duration {
        self.0
    }

    pub fn as_chrono(self) -> chrono::TimeDelta {
        chrono::TimeDelta::from_std(self.0).unwrap_or(chrono::TimeDelta::MAX)
    }

    pub fn is_zero(self) -> bool {
        self.0.is_zero()
    }

    /// The duration in plain words for people: "365 days", "1 day 12 hours",
    /// "2 seconds".
    pub fn in_words(self) -> String {
        let secs = self.0.as_secs();
        let parts = [
            (secs / 86_400, "day"),
            (secs % 86_400 / 3600, "hour"),
            (secs % 3600 / 60, "minute"),
            (secs % 60, "second"),
        ];
        let words: Vec<String> = parts
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, unit)| format!("{n} {unit}{}", if *n == 1 { "" } else { "s" }))
            .collect();
        if words.is_empty() {
            "0 seconds".into()
        } else {
            words.join(" ")
        }
    }
}

/// A unit of the period pickers on staff pages. A duration has no calendar,
/// so a month counts as 31 days and a year as 366: a period picked in
/// months or years never ends before the same date on the calendar would.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Seconds,
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
    Years,
}

impl Unit {
    /// Largest first, as a stored period is read back into a picker.
    pub const ALL: [Unit; 7] = [
        Unit::Years,
        Unit::Months,
        Unit::Weeks,
        Unit::Days,
        Unit::Hours,
        Unit::Minutes,
        Unit::Seconds,
    ];

    pub fn secs(self) -> u64 {
        match self {
            Unit::Seconds => 1,
            Unit::Minutes => 60,
            Unit::Hours => 3_600,
            Unit::Days => 86_400,
            Unit::Weeks => 7 * 86_400,
            Unit::Months => 31 * 86_400,
            Unit::Years => 366 * 86_400,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Unit::Seconds => "seconds",
            Unit::Minutes => "minutes",
            Unit::Hours => "hours",
            Unit::Days => "days",
            Unit::Weeks => "weeks",
            Unit::Months => "months",
            Unit::Years => "years",
        }
    }

    pub fn parse(word: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.as_str() == word)
    }
}

impl IsoDuration {
    /// `amount` of `unit`, under the same limit as a written duration.
    pub fn of_amount(amount: u64, unit: Unit) -> Result<Self, DurationError> {
        match amount.checked_mul(unit.secs()) {
            Some(secs) if secs <= MAX_DAYS * 86_400 => Ok(Self::from_secs(secs)),
            _ => Err(DurationError(format!(
                "is longer than {MAX_DAYS} days (about 100 years)"
            ))),
        }
    }

    /// The duration as a whole number of the largest unit that holds it
    /// exactly (`P366D` is 1 year, `P365D` 365 days, `PT0S` 0 seconds).
    pub fn as_amount(self) -> (u64, Unit) {
        let secs = self.0.as_secs();
        Unit::ALL
            .into_iter()
            .find(|u| secs > 0 && secs.is_multiple_of(u.secs()))
            .map_or((0, Unit::Seconds), |u| (secs / u.secs(), u))
    }
}

impl FromStr for IsoDuration {
    type Err = DurationError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = |why: &str| DurationError(format!("\"{s}\" is not an ISO 8601 duration: {why}"));
        if s.starts_with('-') {
            return Err(DurationError(format!(
                "\"{s}\": a duration cannot be negative"
            )));
        }
        let rest = s
            .strip_prefix('P')
            .ok_or_else(|| bad("it must start with P, as in P30D or PT15M"))?;
        if rest.is_empty() || rest == "T" {
            return Err(bad("it names no amount"));
        }
        let mut secs: u64 = 0;
        let mut in_time = false;
        let mut number = String::new();
        let mut last_rank = 0;
        for c in rest.chars() {
            match c {
                '0'..='9' => number.push(c),
                'T' if !in_time && number.is_empty() => in_time = true,
                'Y' | 'M' if !in_time => {
                    return Err(bad(
                        "years and months vary in length; use days (P365D) instead",
                    ));
                }
                'W' | 'D' | 'H' | 'M' | 'S' => {
                    let (unit, rank) = match (c, in_time) {
                        ('W', false) => (604_800, 1),
                        ('D', false) => (86_400, 2),
                        ('H', true) => (3_600, 3),
                        ('M', true) => (60, 4),
                        ('S', true) => (1, 5),
                        _ => {
                            return Err(bad(
                                "a unit is in the wrong part (hours, minutes and seconds come after T)",
                            ));
                        }
                    };
                    if number.is_empty() {
                        return Err(bad("a unit has no number before it"));
                    }
                    if rank <= last_rank {
                        return Err(bad("units must appear once each, largest first"));
                    }
                    last_rank = rank;
                    let n: u64 = number.parse().map_err(|_| bad("a number is too large"))?;
                    number.clear();
                    secs = n
                        .checked_mul(unit)
                        .and_then(|v| secs.checked_add(v))
                        .ok_or_else(|| bad("it is too long"))?;
                }
                _ => {
                    return Err(bad(
                        "it contains an unexpected character (fractions are not supported)",
                    ));
                }
            }
        }
        if !number.is_empty() {
            return Err(bad("a number has no unit after it"));
        }
        if in_time && last_rank < 3 {
            return Err(bad("nothing follows the T"));
        }
        if last_rank == 0 {
            return Err(bad("it names no amount"));
        }
        if secs > MAX_DAYS * 86_400 {
            return Err(bad(&format!(
                "it is longer than {MAX_DAYS} days (P{MAX_DAYS}D, about 100 years)"
            )));
        }
        Ok(Self(Duration::from_secs(secs)))
    }
}

impl fmt::Display for IsoDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut secs = self.0.as_secs();
        if secs == 0 {
            return f.write_str("PT0S");
        }
        let days = secs / 86_400;
        secs %= 86_400;
        f.write_str("P")?;
        if days > 0 {
            write!(f, "{days}D")?;
        }
        if secs > 0 {
            f.write_str("T")?;
            let (h, m, s) = (secs / 3600, secs % 3600 / 60, secs % 60);
            if h > 0 {
                write!(f, "{h}H")?;
            }
            if m > 0 {
                write!(f, "{m}M")?;
            }
            if s > 0 {
                write!(f, "{s}S")?;
            }
        }
        Ok(())
    }
}

impl<'de> Deserialize<'de> for IsoDuration {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Serialize for IsoDuration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn durations_read_as_words() {
        let words = |t: &str| t.parse::<IsoDuration>().unwrap().in_words();
        assert_eq!(words("P365D"), "365 days");
        assert_eq!(words("PT2S"), "2 seconds");
        assert_eq!(words("P1DT12H"), "1 day 12 hours");
        assert_eq!(words("PT1M1S"), "1 minute 1 second");
    }
    use super::*;

    fn secs(s: &str) -> u64 {
        s.parse::<IsoDuration>().unwrap().as_std().as_secs()
    }

    #[test]
    fn parses_days_times_and_weeks() {
        assert_eq!(secs("P30D"), 30 * 86_400);
        assert_eq!(secs("PT2S"), 2);
        assert_eq!(secs("PT15M"), 900);
        assert_eq!(secs("P1DT1H1M1S"), 90_061);
        assert_eq!(secs("P2W"), 14 * 86_400);
        assert_eq!(secs("P36500D"), 36_500 * 86_400);
        assert_eq!(secs("PT876000H"), 36_500 * 86_400);
    }

    #[test]
    fn refuses_what_is_ambiguous_or_broken() {
        for bad in [
            "",
            "P",
            "PT",
            "30D",
            "P1Y",
            "P1M",
            "-P1D",
            "P1.5D",
            "PT1D",
            "P1H",
            "P1D1D",
            "PT1S1M",
            "P10",
            "P99999999999999999999D",
            "P36600D0",
            "P36501D",
            "P36600D",
            "PT876000H1S",
            "P40000D",
            " P30D",
            "P30D ",
            "P30D\n",
            "P1DT",
        ] {
            assert!(bad.parse::<IsoDuration>().is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn picked_amounts_convert_exactly_and_read_back() {
        let six_years = IsoDuration::of_amount(6, Unit::Years).unwrap();
        assert_eq!(six_years.to_string(), "P2196D");
        assert_eq!(six_years.as_amount(), (6, Unit::Years));
        assert_eq!(
            IsoDuration::of_amount(3, Unit::Months).unwrap().to_string(),
            "P93D"
        );
        assert_eq!(
            IsoDuration::of_amount(2, Unit::Weeks).unwrap().to_string(),
            "P14D"
        );
        assert_eq!(secs("P365D"), 365 * 86_400);
        assert_eq!(
            "P365D".parse::<IsoDuration>().unwrap().as_amount(),
            (365, Unit::Days)
        );
        assert_eq!(
            "PT90M".parse::<IsoDuration>().unwrap().as_amount(),
            (90, Unit::Minutes)
        );
        assert_eq!(
            "PT0S".parse::<IsoDuration>().unwrap().as_amount(),
            (0, Unit::Seconds)
        );
        assert!(IsoDuration::of_amount(100, Unit::Years).is_err());
        assert!(IsoDuration::of_amount(u64::MAX, Unit::Days).is_err());
    }

    #[test]
    fn prints_what_it_parses() {
        for s in ["P30D", "PT2S", "P1DT1H1M1S", "PT0S"] {
            assert_eq!(s.parse::<IsoDuration>().unwrap().to_string(), s);
        }
    }
}
