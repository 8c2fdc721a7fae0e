//! The timeline as a list: the same events in time order, grouped by year and month, for small
//! screens, screen readers and print.

use super::events::{event_href, event_label};
use crate::context::UiLang;
use crate::data::{corpus, events};
use crate::i18n::event_date;
use leptos::prelude::*;

/// The events of one month (`None`: known only to the year), as indices into the events.
type MonthGroup = (Option<u8>, Vec<usize>);

/// The events `shown` (indices into the events, in time order) as a list by year and month.
#[component]
pub fn EventList(
    /// The events to list.
    shown: Vec<usize>,
    /// Whether an event's paragraph matches the search shown on the timeline.
    is_match: Callback<usize, bool>,
) -> impl IntoView {
    let lang = UiLang::current();
    let (Ok(all), Ok(c)) = (events(), corpus()) else {
        return ().into_any();
    };
    // Groups: year, then month (None for events known only to the year).
    let mut years: Vec<(u16, Vec<MonthGroup>)> = Vec::new();
    for i in shown {
        let e = &all[i];
        let (y, m) = (e.start.year, e.start.month);
        if years.last().is_none_or(|(yy, _)| *yy != y) {
            years.push((y, Vec::new()));
        }
        let months = &mut years.last_mut().expect("pushed above").1;
        if months.last().is_none_or(|(mm, _)| *mm != m) {
            months.push((m, Vec::new()));
        }
        months.last_mut().expect("pushed above").1.push(i);
    }
    let month_names = match lang {
        crate::i18n::Lang::Nl => &summit_core::DUTCH_MONTHS,
        crate::i18n::Lang::En => &crate::i18n::MONTHS_EN,
    };
    years
        .into_iter()
        .map(|(year, months)| {
            let groups = months
                .into_iter()
                .map(|(month, items)| {
                    let heading = month.map(|m| {
                        let name = month_names[(m as usize - 1) % 12];
                        view! { <h3 class="tl-list-month">{format!("{name} {year}")}</h3> }
                    });
                    let rows = items
                        .into_iter()
                        .map(|i| {
                            let e = &all[i];
                            let letter = e
                                .place
                                .as_ref()
                                .and_then(|p| c.letters.get(p.letter as usize))
                                .map(|l| l.title.value.clone());
                            let label = event_label(e, lang);
                            let class = if is_match.run(i) { "tl-item is-match" } else { "tl-item" };
                            let main = match event_href(e) {
                                Some(h) => view! { <a href=h>{label}</a> }.into_any(),
                                None => view! { <strong>{label}</strong> }.into_any(),
                            };
                            view! {
                                <li class=class data-testid="timeline-item">
                                    <span class="tl-item-date">{event_date(e, lang)}</span>" "
                                    {main}
                                    {letter.map(|l| view! { <span class="tl-item-letter">{l}</span> })}
                                </li>
                            }
                        })
                        .collect_view();
                    view! { {heading}<ul class="tl-list-items">{rows}</ul> }
                })
                .collect_view();
            view! {
                <section class="tl-list-year">
                    <h2>{year}</h2>
                    {groups}
                </section>
            }
        })
        .collect_view()
        .into_any()
}
