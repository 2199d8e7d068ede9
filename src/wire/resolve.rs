//! Looking up a host name with the system resolver, on its own thread so it can time out.

use std::net::{IpAddr, ToSocketAddrs};
use std::time::Duration;

use super::clock::{Clock, Deadline};
use super::error::FetchError;
use super::progress::Phase;

/// The answer of the name lookup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DnsAnswer {
    /// Every address returned, in the resolver's order.
    pub addresses: Vec<IpAddr>,
    /// How long the lookup took (zero when the host was already an IP address).
    pub elapsed: Duration,
}

/// Every address of `host` (punycode), in the resolver's order, without repeats.
pub(crate) fn lookup(
    host: &str,
    clock: &Clock,
    deadline: &Deadline,
) -> Result<Vec<IpAddr>, FetchError> {
    let name = host.to_owned();
    let answer = clock.run_on_thread("dns", deadline, Phase::Resolving, move || {
        (name.as_str(), 0u16)
            .to_socket_addrs()
            .map(|addrs| addrs.map(|a| a.ip()).collect::<Vec<_>>())
    })?;
    let addresses = answer.map_err(|e| FetchError::NoSuchHost {
        host: host.to_owned(),
        os_said: Some(e.to_string()),
    })?;
    let mut unique: Vec<IpAddr> = Vec::with_capacity(addresses.len());
    for address in addresses {
        if !unique.contains(&address) {
            unique.push(address);
        }
    }
    if unique.is_empty() {
        return Err(FetchError::NoSuchHost {
            host: host.to_owned(),
            os_said: None,
        });
    }
    Ok(unique)
}
