//! The pieces of a hash link that every view's URL state shares: percent-encoding, reading the
//! query parameters, and writing a link segment by segment.
//!
//! Reading never fails as a whole: a parameter whose name or value is not valid percent-encoded
//! UTF-8 is dropped, so a damaged link still opens the view it names.

/// The query parameters of a link, decoded, in the order they appear (`+` reads as a space).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params(Vec<(String, String)>);

impl Params {
    /// Reads `a=1&b=2&b=3` (without the `?`); pairs that do not decode are left out.
    pub fn parse(query: &str) -> Params {
        Params(
            query
                .split('&')
                .filter(|p| !p.is_empty())
                .filter_map(|pair| {
                    let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                    Some((percent_decode(k)?, percent_decode(&v.replace('+', " "))?))
                })
                .collect(),
        )
    }

    /// The first value of `name`, if present (possibly empty).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// Every non-empty value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<String> {
        self.0
            .iter()
            .filter(|(k, v)| k == name && !v.is_empty())
            .map(|(_, v)| v.clone())
            .collect()
    }
}

/// A link being written: `#/` and the first segment, then more segments, then parameters.
#[derive(Debug)]
pub struct Href {
    /// The link so far.
    out: String,
    /// Whether a parameter was written (the next one follows `&`, not `?`).
    has_params: bool,
}

impl Href {
    /// A link to the view at `first` (already in link form, e.g. `zoeken`; empty for `#/`).
    pub fn new(first: &str) -> Href {
        Href {
            out: format!("#/{first}"),
            has_params: false,
        }
    }

    /// Adds `/segment`, percent-encoded (so a `/` in an id stays inside the segment).
    pub fn segment(&mut self, segment: &str) {
        self.out.push('/');
        self.out.push_str(&percent_encode(segment));
    }

    /// Adds the parameter `key=value`, the value percent-encoded.
    pub fn param(&mut self, key: &str, value: &str) {
        self.out.push(if self.has_params { '&' } else { '?' });
        self.has_params = true;
        self.out.push_str(key);
        self.out.push('=');
        self.out.push_str(&percent_encode(value));
    }

    /// The finished link.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Decodes `%XX` escapes; `None` for malformed escapes or invalid UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Encodes everything but unreserved characters as `%XX`.
pub fn percent_encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_keep_order_drop_undecodable_pairs_and_read_plus_as_space() {
        let p = Params::parse("q=a+b&x&brief=1&&brief=&brief=2&bad=%E0&%ZZ=1");
        assert_eq!(p.get("q"), Some("a b"));
        assert_eq!(p.get("x"), Some(""));
        assert_eq!(p.all("brief"), ["1", "2"]);
        assert_eq!(p.get("bad"), None);
    }

    #[test]
    fn links_encode_segments_and_values_and_join_params() {
        let mut h = Href::new("brief");
        h.segment("a/b");
        h.param("q", "Oekraïne & co");
        h.param("sort", "datum");
        assert_eq!(
            h.finish(),
            "#/brief/a%2Fb?q=Oekra%C3%AFne%20%26%20co&sort=datum"
        );
        assert_eq!(Href::new("").finish(), "#/");
    }

    #[test]
    fn percent_encoding_round_trips_and_rejects_broken_escapes() {
        let s = "defensie-uitgaven \"3,5 procent\" ĳ";
        assert_eq!(percent_decode(&percent_encode(s)).as_deref(), Some(s));
        for bad in ["%", "%A", "%GG", "%FF"] {
            assert_eq!(percent_decode(bad), None, "{bad:?}");
        }
    }
}
