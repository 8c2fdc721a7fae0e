//! The key figures' URL state: the filters and the order of the rows.
//!
//! | parameter            | state                                               |
//! |----------------------|-----------------------------------------------------|
//! | `onderwerp=<id>`     | only this topic (an id of `seeds/topics.toml`)       |
//! | `brief=<id>`         | only figures of this document                        |
//! | `soort=<kind>`       | only `amount`, `percentage` or `count`               |
//! | `sorteer=onderwerp`  | rows by subject; `waarde`: highest value first       |

use crate::url::{Href, Params};
use summit_core::extract::FigureKind;

/// How the rows of a topic's table are ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RowOrder {
    /// As the figures first appear, meeting by meeting.
    #[default]
    Text,
    /// By subject, A–Z.
    Subject,
    /// Highest value first.
    Value,
}

impl RowOrder {
    /// Every order, as offered.
    pub const ALL: [RowOrder; 3] = [RowOrder::Text, RowOrder::Subject, RowOrder::Value];

    /// The URL value (`""` for the default).
    pub fn slug(self) -> &'static str {
        match self {
            RowOrder::Text => "",
            RowOrder::Subject => "onderwerp",
            RowOrder::Value => "waarde",
        }
    }
}

/// The key figures as a link describes them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FiguresState {
    /// Only this topic (id).
    pub topic: Option<String>,
    /// Only figures of this document (id).
    pub letter: Option<String>,
    /// Only figures of this kind.
    pub kind: Option<FigureKind>,
    /// The order of the rows.
    pub sort: RowOrder,
}

impl FiguresState {
    /// Reads the parameters; anything unreadable is left at its default.
    pub fn from_params(params: &Params) -> FiguresState {
        let text = |name: &str| {
            params
                .get(name)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        FiguresState {
            topic: text("onderwerp"),
            letter: text("brief"),
            kind: params.get("soort").and_then(FigureKind::from_slug),
            sort: RowOrder::ALL
                .into_iter()
                .find(|o| params.get("sorteer") == Some(o.slug()))
                .unwrap_or_default(),
        }
    }

    /// Writes the parameters that differ from the default.
    pub fn write_params(&self, href: &mut Href) {
        if let Some(t) = &self.topic {
            href.param("onderwerp", t);
        }
        if let Some(l) = &self.letter {
            href.param("brief", l);
        }
        if let Some(k) = self.kind {
            href.param("soort", k.slug());
        }
        if self.sort != RowOrder::Text {
            href.param("sorteer", self.sort.slug());
        }
    }
}
