//! The seeds' metadata: `meetings.toml`, `kinds.toml` and one `<stem>.toml` per text, read and
//! checked against each other.
//!
//! Metadata fills the gaps the text leaves: whatever can be read from the text itself (dates,
//! titles, references, signatories) is read from it by the other stages; a `title` or `date`
//! given here wins over the text's, to correct it. Unknown fields
//! are errors, so a typo never silently loses a value.

use super::{SeedError, TomlFile};
use crate::model::{DocumentKind, Meeting, PartialDate};
use crate::text_position::TextPosition;
use serde::Deserialize;
use toml::Spanned;

/// The contents of `meetings.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeetingsFile {
    /// One entry per meeting.
    meeting: Vec<MeetingEntry>,
}

/// The contents of `kinds.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KindsFile {
    /// One entry per kind of document.
    kind: Vec<KindEntry>,
}

/// One `[[kind]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct KindEntry {
    id: Spanned<String>,
    name: String,
    name_en: String,
    #[serde(default)]
    reports_outcome: bool,
}

/// One `[[meeting]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct MeetingEntry {
    id: Spanned<String>,
    name: String,
    name_en: String,
    place: String,
    start: Spanned<String>,
    end: Spanned<String>,
}

/// The contents of a seed's `<stem>.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedFile {
    /// One entry per document in the text, in order.
    document: Vec<DocumentEntry>,
}

/// One `[[document]]` entry as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DocumentEntry {
    // Values that are checked later keep their place in the file, so a message can point at it.
    id: Spanned<String>,
    kind: Spanned<String>,
    meeting: Spanned<String>,
    language: Spanned<String>,
    title: Option<String>,
    date: Option<Spanned<String>>,
    #[serde(default)]
    signatories: Vec<SignatoryEntry>,
    #[serde(default)]
    references: Vec<String>,
    begins_at: Option<Spanned<String>>,
}

/// A signatory given by metadata, for texts whose signature block was lost.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignatoryEntry {
    /// The office, e.g. `De minister van Buitenlandse Zaken`.
    pub role: String,
    /// The name.
    pub name: Option<String>,
}

/// A document's metadata, checked.
#[derive(Debug, Clone)]
pub struct DocumentMeta {
    /// Stable id used in links.
    pub id: String,
    /// Kind of document: the id of a kind of `kinds.toml`.
    pub kind: String,
    /// Meeting id (checked against `meetings.toml`).
    pub meeting: String,
    /// ISO 639-1 language code.
    pub language: String,
    /// Title; wins over the one read from the text.
    pub title: Option<String>,
    /// Date; wins over the one read from the text.
    pub date: Option<PartialDate>,
    /// Signatories, used when the text has no signature block.
    pub signatories: Vec<SignatoryEntry>,
    /// Reference numbers the text does not state.
    pub references: Vec<String>,
    /// The first line of this document in the text (for a second document in one file).
    pub begins_at: Option<String>,
    /// The metadata file as named in messages (the path it was read from).
    pub file: String,
    /// Where this entry's `id` value stands in the metadata file.
    pub id_at: TextPosition,
    /// Where the `begins_at` value stands, if given.
    pub begins_at_at: Option<TextPosition>,
}

/// A place in a metadata file, for messages: the file and a byte offset of its text.
struct Place<'a>(&'a TomlFile, usize);

impl Place<'_> {
    /// Where the place stands, as line and column.
    fn position(&self) -> TextPosition {
        self.0.position(self.1)
    }

    /// A fault at this place.
    fn error(&self, message: String) -> SeedError {
        self.0.error_at(self.1, message)
    }
}

/// Reads and checks `meetings.toml`.
pub fn read_meetings(toml: &TomlFile) -> Result<Vec<Meeting>, SeedError> {
    let file: MeetingsFile = toml.parse()?;
    let at = |s: &Spanned<String>| Place(toml, s.span().start);
    let mut meetings: Vec<Meeting> = Vec::new();
    for m in file.meeting {
        let id = m.id.get_ref();
        if !is_slug(id) {
            return Err(at(&m.id).error(format!(
                "meeting id {id:?}: use lowercase letters, digits and '-'"
            )));
        }
        if meetings.iter().any(|x| x.id == *id) {
            return Err(at(&m.id).error(format!("meeting id {id:?} is used twice")));
        }
        let date = |s: &Spanned<String>, field: &str| {
            PartialDate::parse_iso(s.get_ref()).ok_or_else(|| {
                at(s).error(format!(
                    "meeting {id:?}: {field} {:?} is not a date (YYYY-MM-DD)",
                    s.get_ref()
                ))
            })
        };
        let (start, end) = (date(&m.start, "start")?, date(&m.end, "end")?);
        if end < start {
            return Err(at(&m.end).error(format!(
                "meeting {id:?} ends ({end}) before it starts ({start})"
            )));
        }
        meetings.push(Meeting {
            id: m.id.into_inner(),
            name: m.name,
            name_en: m.name_en,
            place: m.place,
            start,
            end,
        });
    }
    meetings.sort_by(|a, b| a.start.cmp(&b.start).then_with(|| a.id.cmp(&b.id)));
    Ok(meetings)
}

/// Reads and checks `kinds.toml`: ids usable in links, each once.
pub fn read_kinds(toml: &TomlFile) -> Result<Vec<DocumentKind>, SeedError> {
    let file: KindsFile = toml.parse()?;
    let mut kinds: Vec<DocumentKind> = Vec::new();
    for k in file.kind {
        let at = Place(toml, k.id.span().start);
        let id = k.id.get_ref();
        if !is_slug(id) {
            return Err(at.error(format!(
                "kind id {id:?}: use lowercase letters, digits and '-'"
            )));
        }
        if kinds.iter().any(|x| x.id == *id) {
            return Err(at.error(format!("kind id {id:?} is used twice")));
        }
        kinds.push(DocumentKind {
            id: k.id.into_inner(),
            name: k.name,
            name_en: k.name_en,
            reports_outcome: k.reports_outcome,
        });
    }
    Ok(kinds)
}

/// Reads and checks a seed's metadata file against the known meetings and kinds.
pub fn read_seed_meta(
    toml: &TomlFile,
    meetings: &[Meeting],
    kinds: &[DocumentKind],
) -> Result<Vec<DocumentMeta>, SeedError> {
    let file: SeedFile = toml.parse()?;
    if file.document.is_empty() {
        return Err(toml.error_at(0, "no [[document]] entry"));
    }
    let at = |s: &Spanned<String>| Place(toml, s.span().start);
    let mut docs: Vec<DocumentMeta> = Vec::new();
    for (i, d) in file.document.into_iter().enumerate() {
        let id = d.id.get_ref();
        if !is_slug(id) {
            return Err(
                at(&d.id).error(format!("id {id:?}: use lowercase letters, digits and '-'"))
            );
        }
        if docs.iter().any(|x| x.id == *id) {
            return Err(at(&d.id).error(format!("document id {id:?} is used twice in this file")));
        }
        if !kinds.iter().any(|k| k.id == *d.kind.get_ref()) {
            let known: Vec<_> = kinds.iter().map(|k| k.id.as_str()).collect();
            return Err(at(&d.kind).error(format!(
                "unknown kind {:?}, expected one of {} (see kinds.toml)",
                d.kind.get_ref(),
                known.join(", ")
            )));
        }
        if !meetings.iter().any(|m| m.id == *d.meeting.get_ref()) {
            let known: Vec<_> = meetings.iter().map(|m| m.id.as_str()).collect();
            return Err(at(&d.meeting).error(format!(
                "unknown meeting {:?}, expected one of {} (see meetings.toml)",
                d.meeting.get_ref(),
                known.join(", ")
            )));
        }
        let language = d.language.get_ref();
        if !(language.len() == 2 && language.bytes().all(|b| b.is_ascii_lowercase())) {
            return Err(at(&d.language).error(format!(
                "language {language:?}: use an ISO 639-1 code such as \"nl\""
            )));
        }
        let date = match &d.date {
            Some(s) => Some(PartialDate::parse_iso(s.get_ref()).ok_or_else(|| {
                at(s).error(format!(
                    "date {:?} is not a date (YYYY[-MM[-DD]])",
                    s.get_ref()
                ))
            })?),
            None => None,
        };
        if i > 0 && d.begins_at.is_none() {
            return Err(at(&d.id).error(format!(
                "document {id:?} needs `begins_at`: the first line of this document in the text"
            )));
        }
        docs.push(DocumentMeta {
            id_at: at(&d.id).position(),
            begins_at_at: d.begins_at.as_ref().map(|s| at(s).position()),
            id: d.id.into_inner(),
            kind: d.kind.into_inner(),
            meeting: d.meeting.into_inner(),
            language: d.language.into_inner(),
            title: d.title,
            date,
            signatories: d.signatories,
            references: d.references,
            begins_at: d.begins_at.map(Spanned::into_inner),
            file: toml.name.clone(),
        });
    }
    Ok(docs)
}

/// True for ids usable in a link: lowercase ASCII letters, digits and single dashes.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
}
