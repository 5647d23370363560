//! Where webhooks may go: a receiver's URL is checked when it is saved,
//! and addresses that are not public are refused (unless
//! `integrations.allow_private`), so an integration cannot be pointed at
//! the machine's own network.

use std::net::IpAddr;

use url::Url;

const URL_MAX: usize = 2048;

/// Whether `ip` is an address on the public internet: not loopback,
/// private, link-local, shared, documentation, multicast or unspecified.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_multicast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 198 && (b == 18 || b == 19))
                || (a == 192 && b == 0 && v4.octets()[2] == 0)
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(IpAddr::V4(v4));
            }
            let seg = v6.segments();
            // Addresses that carry an IPv4 address: NAT64, 6to4, IPv4-compatible.
            let embedded = match seg {
                [0x64, 0xff9b, 0, 0, 0, 0, _, _] | [0, 0, 0, 0, 0, 0, _, _] => Some(
                    std::net::Ipv4Addr::from(u32::from(seg[6]) << 16 | u32::from(seg[7])),
                ),
                [0x2002, hi, lo, ..] => Some(std::net::Ipv4Addr::from(
                    u32::from(hi) << 16 | u32::from(lo),
                )),
                _ => None,
            };
            if let Some(v4) = embedded
                && !v6.is_loopback()
                && !v6.is_unspecified()
            {
                return is_public(IpAddr::V4(v4));
            }
            let first = seg[0];
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80
                || (first & 0xffc0) == 0xfec0
                || first == 0x2001 && v6.segments()[1] == 0x0db8)
        }
    }
}

/// Checks a receiver URL: http(s), a host, no credentials; unless
/// `allow_private`, its host must resolve to public addresses only.
pub async fn check_url(raw: &str, allow_private: bool) -> std::result::Result<Url, String> {
    if raw.len() > URL_MAX {
        return Err(format!("must be at most {URL_MAX} characters"));
    }
    let url = Url::parse(raw).map_err(|e| format!("is not a URL: {e}"))?;
    if url.as_str().len() > URL_MAX {
        return Err(format!("must be at most {URL_MAX} characters once encoded"));
    }
    if !matches!(url.scheme(), "http" | "https") {
        return Err("must start with https:// (or http://)".into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(
            "must not hold a user name or password; the signature authenticates Steward".into(),
        );
    }
    let Some(host) = url.host() else {
        return Err("must name a host".into());
    };
    if allow_private {
        return Ok(url);
    }
    let refused = || {
        Err("points to a loopback, private or link-local address; only public receivers are allowed (see integrations.allow_private)".to_owned())
    };
    match host {
        url::Host::Ipv4(ip) if !is_public(IpAddr::V4(ip)) => return refused(),
        url::Host::Ipv6(ip) if !is_public(IpAddr::V6(ip)) => return refused(),
        url::Host::Domain(name) => {
            let port = url.port_or_known_default().unwrap_or(443);
            let lookup = tokio::net::lookup_host((name, port));
            let addrs: Vec<_> = tokio::time::timeout(std::time::Duration::from_secs(3), lookup)
                .await
                .map_err(|_| format!("the host {name} could not be resolved in time"))?
                .map_err(|_| format!("the host {name} cannot be resolved"))?
                .collect();
            if addrs.is_empty() {
                return Err(format!("the host {name} cannot be resolved"));
            }
            if addrs.iter().any(|a| !is_public(a.ip())) {
                return refused();
            }
        }
        _ => {}
    }
    Ok(url)
}

#[cfg(test)]
mod tests {
    use super::is_public;

    #[test]
    fn only_public_addresses_are_public() {
        for ip in [
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "192.0.0.8",
            "198.18.0.1",
            "255.255.255.255",
            "::1",
            "::",
            "fd00::1",
            "fe80::1",
            "fec0::1",
            "::ffff:127.0.0.1",
            "::127.0.0.1",
            "64:ff9b::a00:1",
            "2002:c0a8:0101::1",
        ] {
            assert!(!is_public(ip.parse().unwrap()), "{ip}");
        }
        for ip in ["93.184.215.14", "2606:4700::1111", "64:ff9b::5db8:d70e"] {
            assert!(is_public(ip.parse().unwrap()), "{ip}");
        }
    }
}
