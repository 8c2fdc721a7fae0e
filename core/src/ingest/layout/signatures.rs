//! Signature blocks: the signatories' roles (`De minister van Defensie,`), side by side in columns
//! or one after the other, and their names on the following lines.

use super::lines::{clean_field, ends_clause, line_text, split_columns, RawBlock};
use super::{DocReader, MAX_HEADING_CHARS};
use crate::model::{Signatory, Span};

/// Longest name in a signature block, in characters.
const MAX_NAME_CHARS: usize = 60;

/// How a signatory's role opens, compared without case.
const ROLE_OPENINGS: &[&str] = &[
    "De minister",
    "De staatssecretaris",
    "De minister-president",
    "The minister",
    "The Minister",
];

/// Lowercase particles that may stand inside a name (`Van der Wal`, `Ter Laak`).
const NAME_PARTICLES: &[&str] = &[
    "van", "de", "der", "den", "ter", "ten", "'t", "’t", "la", "le",
];

/// True when `s` opens like a signatory's role.
fn opens_role(s: &str) -> bool {
    ROLE_OPENINGS.iter().any(|o| {
        s.get(..o.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(o))
    })
}

/// True when a trimmed line is a role alone (`De Minister van Defensie,`).
pub(super) fn is_role_line(s: &str) -> bool {
    let r = s.trim();
    opens_role(r) && r.ends_with(',') && r.chars().count() <= MAX_HEADING_CHARS
}

/// True when `s` reads as a person's name: short, capitalised words (initials, particles).
fn is_name(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty()
        && s.chars().count() <= MAX_NAME_CHARS
        && !opens_role(s)
        && !s.ends_with([',', ':', ';', '!', '?'])
        && s.split_whitespace().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) || NAME_PARTICLES.contains(&w)
        })
        && s.split_whitespace().count() <= 6
}

/// A role and a name on one line (`De Minister van Buitenlandse Zaken, W.B. Hoekstra`): the byte
/// length of the role (without its comma) and the byte offset where the name starts.
pub(super) fn one_line_signature(s: &str) -> Option<(usize, usize)> {
    if !opens_role(s) || s.chars().count() > MAX_HEADING_CHARS {
        return None;
    }
    let comma = s.rfind(", ")?;
    is_name(&s[comma + 2..]).then_some((comma, comma + 2))
}

impl DocReader<'_> {
    /// Reads a signature block (roles, then names) starting at `blocks[0]`; returns how many
    /// blocks it used.
    pub(super) fn read_signature(&mut self, blocks: &[RawBlock]) -> Option<usize> {
        if let Some(used) = self.read_one_line_signatures(blocks) {
            return Some(used);
        }
        let first = &blocks[0];
        let role_line = first.lines[0];
        let s = line_text(self.text, &role_line);
        let t = s.trim();
        let is_role = is_role_line;
        if !is_role(t) {
            return None;
        }
        // Roles side by side: separated by tabs, or by ", De ".
        let mut roles: Vec<Span> = Vec::new();
        for piece in split_columns(s, role_line.start) {
            let text = &self.text[piece.range()];
            let mut from = piece.start as usize;
            let mut rest = text;
            while let Some(i) = rest.find(", De ") {
                roles.push(Span::new(from, from + i + 1));
                from += i + 2;
                rest = &rest[i + 2..];
            }
            roles.push(Span::new(from, piece.end as usize));
        }
        if !roles.iter().all(|r| is_role(&self.text[r.range()])) {
            return None;
        }
        let mut names: Vec<Span> = Vec::new();
        let mut used = 1;
        for l in &first.lines[1..] {
            names.extend(split_columns(line_text(self.text, l), l.start));
        }
        let mut k = 1;
        while names.len() < roles.len() && k < blocks.len() {
            let b = &blocks[k];
            let l = b.lines[0];
            let columns = split_columns(line_text(self.text, &l), l.start);
            let looks_like_names = b.lines.len() == 1
                && columns.len() <= roles.len() - names.len()
                && columns.iter().all(|c| {
                    let t = &self.text[c.range()];
                    t.chars().count() <= MAX_NAME_CHARS && !ends_clause(t) && !t.contains(", ")
                });
            if !looks_like_names {
                break;
            }
            names.extend(columns);
            used += 1;
            k += 1;
        }
        // Two signatories one after the other: role, name, role, name.
        if roles.len() == 1 && names.len() == 1 {
            self.push_signatories(&roles, &names);
            let rest = &blocks[used..];
            if !rest.is_empty() {
                if let Some(more) = self.read_signature(rest) {
                    return Some(used + more);
                }
            }
            return Some(used);
        }
        self.push_signatories(&roles, &names);
        Some(used)
    }

    /// Records roles with the names in the same order.
    fn push_signatories(&mut self, roles: &[Span], names: &[Span]) {
        for (i, role) in roles.iter().enumerate() {
            let role_text = self.text[role.range()]
                .trim_end_matches(',')
                .trim()
                .to_string();
            let name = names.get(i).copied();
            self.signatories.push(Signatory {
                role: role_text,
                name: name.map(|n| clean_field(&self.text[n.range()])),
                role_span: *role,
                name_span: name,
            });
        }
    }

    /// Reads signatures written on one line each (`De Minister van Defensie, K.H. Ollongren`),
    /// one block after the other; returns how many blocks they used.
    fn read_one_line_signatures(&mut self, blocks: &[RawBlock]) -> Option<usize> {
        let mut used = 0;
        for block in blocks {
            if block.lines.len() != 1 {
                break;
            }
            let l = block.lines[0];
            let span = super::lines::trimmed(self.text, &l);
            let s = &self.text[span.range()];
            let Some((role_len, name_at)) = one_line_signature(s) else {
                break;
            };
            let start = span.start as usize;
            self.signatories.push(Signatory {
                role: clean_field(&s[..role_len]),
                name: Some(clean_field(&s[name_at..])),
                role_span: Span::new(start, start + role_len + 1),
                name_span: Some(Span::new(start + name_at, span.end as usize)),
            });
            used += 1;
        }
        (used > 0).then_some(used)
    }
}
