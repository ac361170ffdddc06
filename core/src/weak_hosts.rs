//! Hosts a ministry cannot put its name to: copies of articles on unrelated domains,
//! aggregators, document-sharing and travel sites.
//!
//! The list is data, kept beside the data folder (`public/weak-hosts.json`) so that an
//! editor can extend it with reasons, and built into the app, so that no dataset, not
//! even one loaded with `?data=`, can shorten it. It is not in `public/data/`: nothing
//! there is fetched for it, and it is no dataset. The validator refuses a source on any
//! of these hosts or their subdomains.

use serde::Deserialize;

/// The list as built into this binary.
const WEAK_HOSTS_JSON: &str = include_str!("../../public/weak-hosts.json");

/// A host and why it is weak, as the list states it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WeakHost {
    pub host: String,
    pub why: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WeakHostList {
    hosts: Vec<WeakHost>,
}

/// The built-in list; an error only if the file shipped with the build is malformed,
/// which `cargo test` rules out.
pub fn weak_hosts() -> Result<Vec<WeakHost>, String> {
    serde_json::from_str::<WeakHostList>(WEAK_HOSTS_JSON)
        .map(|list| list.hosts)
        .map_err(|e| e.to_string())
}

/// The entry of `list` that `url`'s host is, or is a subdomain of.
pub(crate) fn weak_host_of<'a>(list: &'a [WeakHost], url: &str) -> Option<&'a WeakHost> {
    let host = host_of(url)?;
    list.iter().find(|weak| {
        let weak_host = weak.host.to_ascii_lowercase();
        host == weak_host
            || host
                .strip_suffix(weak_host.as_str())
                .is_some_and(|prefix| prefix.ends_with('.'))
    })
}

/// The lower-cased host of an `http(s)://` address, without user, port, path or trailing dot.
fn host_of(url: &str) -> Option<String> {
    let (_, rest) = url.trim().split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> Vec<WeakHost> {
        vec![WeakHost {
            host: "vietnam.vn".into(),
            why: "an aggregator".into(),
        }]
    }

    #[test]
    fn the_built_in_list_reads_and_names_hosts_with_reasons() {
        let hosts = weak_hosts().expect("public/weak-hosts.json must read");
        assert!(!hosts.is_empty());
        for h in &hosts {
            assert!(!h.host.contains('/') && !h.host.trim().is_empty(), "{h:?}");
            assert!(!h.why.trim().is_empty(), "{h:?}");
        }
    }

    #[test]
    fn a_host_and_its_subdomains_match_and_nothing_else() {
        let list = list();
        for weak in [
            "https://www.vietnam.vn/en/x",
            "https://vjs.vietnam.vn/en/x",
            "http://VIETNAM.VN./x",
            "https://user@vietnam.vn:8443/x",
            "https://vietnam.vn?x",
        ] {
            assert!(weak_host_of(&list, weak).is_some(), "{weak}");
        }
        for fine in [
            "https://vietnamnet.vn/x",
            "https://notvietnam.vn/x",
            "https://vietnam.vn.example.com/x",
            "https://example.com/vietnam.vn",
        ] {
            assert!(weak_host_of(&list, fine).is_none(), "{fine}");
        }
    }
}
