//! The named actions of the views' controls, the values of their `data-action` attribute. A
//! view's event handler dispatches on these, never on a test id or a class, so renaming a test
//! id or restyling a control changes no behaviour. Each is declared once, here.

/// Timeline: show the chart.
pub const SHOW_CHART: &str = "show-chart";
/// Timeline: show the list.
pub const SHOW_LIST: &str = "show-list";
/// Timeline: zoom out one step.
pub const ZOOM_OUT: &str = "zoom-out";
/// Timeline: zoom in one step.
pub const ZOOM_IN: &str = "zoom-in";
/// Timeline: show every event.
pub const FIT_ALL: &str = "fit-all";
/// Timeline: move to the events before the visible range.
pub const EARLIER: &str = "earlier";
/// Timeline: move to the events after the visible range.
pub const LATER: &str = "later";
/// Timeline: open a mark of the chart (an event or a cluster).
pub const OPEN_MARK: &str = "open-mark";
/// Timeline: filter by letter.
pub const FILTER_LETTER: &str = "filter-letter";
/// Timeline: filter by lane.
pub const FILTER_LANE: &str = "filter-lane";
/// Timeline: filter by meeting.
pub const FILTER_MEETING: &str = "filter-meeting";
/// Timeline: filter by tense.
pub const FILTER_TENSE: &str = "filter-tense";
/// Timeline: mark the events whose paragraph matches a search.
pub const SEARCH_EVENTS: &str = "search-events";
/// Search: show more results.
pub const SHOW_MORE: &str = "show-more";

/// The action of the control `target` is in (the element itself or its nearest ancestor with a
/// `data-action`), if any.
pub fn of(target: &web_sys::Element) -> Option<String> {
    target
        .closest("[data-action]")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("data-action"))
}

/// The CSS selector of the control with `action` (`[data-action="…"]`).
pub fn selector(action: &str) -> String {
    ["[data-action=\"", action, "\"]"].concat()
}
