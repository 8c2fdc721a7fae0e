//! Signature blocks: the signatories' roles (`De minister van Defensie,`), side by side in columns
//! or one after the other, and their names on the following lines.

use super::lines::{clean_field, ends_clause, line_text, split_columns, RawBlock};
use super::{DocReader, MAX_HEADING_CHARS};
use crate::model::{Signatory, Span};

/// Longest name in a signature block, in characters.
const MAX_NAME_CHARS: usize = 60;

impl DocReader<'_> {
    /// Reads a signature block (roles, then names) starting at `blocks[0]`; returns how many
    /// blocks it used.
    pub(super) fn read_signature(&mut self, blocks: &[RawBlock]) -> Option<usize> {
        let first = &blocks[0];
        let role_line = first.lines[0];
        let s = line_text(self.text, &role_line);
        let t = s.trim();
        let is_role = |r: &str| {
            let r = r.trim();
            (r.starts_with("De minister") || r.starts_with("De staatssecretaris"))
                && r.ends_with(',')
                && r.chars().count() <= MAX_HEADING_CHARS
        };
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
        Some(used)
    }
}
