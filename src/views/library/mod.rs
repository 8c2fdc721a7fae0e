//! Library: every document with its kind, date, meeting, signatories and reference.
//!
//! Its URL state, the order of the list, is in [`state`].

pub mod state;

use crate::context::{follow_view_state, UiLang};
use crate::data::corpus;
use crate::i18n::{format_date, kind_name, meeting_name};
use crate::route::{ReaderState, Route, Target, View};
use leptos::prelude::*;
use state::SortOrder;

/// The library, in the order the URL asks for.
#[component]
pub fn Library() -> impl IntoView {
    follow_view_state(View::Library, |route| match route {
        Route::Library(sort) => view! { <LetterList sort=*sort/> }.into_inner(),
        _ => ().into_any(),
    })
}

/// The list of letters, sorted by date.
#[component]
pub fn LetterList(
    /// Newest or oldest first.
    sort: SortOrder,
) -> AnyView {
    let ui = UiLang::current();
    let t = ui.t();
    let Ok(c) = corpus() else {
        return ().into_any();
    };
    let letters = sort.sorted(c);
    let count = letters.len();
    let items = letters
        .into_iter()
        .map(|l| {
            let href = Route::Reader(ReaderState::at(&l.id, Target::Top)).href();
            let meeting = c.meeting(&l.meeting);
            let date = l.date.as_ref().map(|d| d.value);
            let signers = l
                .signatories
                .iter()
                .map(|s| s.name.clone().unwrap_or_else(|| s.role.clone()))
                .collect::<Vec<_>>()
                .join(", ");
            let refs = l
                .references
                .iter()
                .map(|r| r.value.clone())
                .collect::<Vec<_>>()
                .join(", ");
            let kind = kind_name(c, &l.kind, ui).to_string();
            let title = l.title.value.clone();
            let iso = c.order_date(l).map(|d| d.to_string()).unwrap_or_default();
            view! {
                <li class="letter-card" data-testid="letter-item" data-letter=l.id.clone()>
                    <p class="letter-kind">{kind}</p>
                    <h2 class="letter-title"><a href=href>{title}</a></h2>
                    <dl class="letter-meta">
                        <div>
                            <dt>{t.label_date}</dt>
                            <dd><time datetime=iso>{match date {
                                Some(d) => format_date(d, ui),
                                None => t.date_unknown.to_string(),
                            }}</time></dd>
                        </div>
                        {meeting.map(|m| view! {
                            <div>
                                <dt>{t.label_meeting}</dt>
                                <dd>
                                    {meeting_name(m, ui).to_string()}
                                    <span class="muted">{format!(" · {}–{}",
                                        format_date(m.start, ui), format_date(m.end, ui))}</span>
                                </dd>
                            </div>
                        })}
                        {(!signers.is_empty()).then(|| view! {
                            <div>
                                <dt>{t.label_signed}</dt>
                                <dd>{signers}</dd>
                            </div>
                        })}
                        {(!refs.is_empty()).then(|| view! {
                            <div>
                                <dt>{t.label_reference}</dt>
                                <dd>{refs}</dd>
                            </div>
                        })}
                    </dl>
                </li>
            }
        })
        .collect_view();
    let sort_link = move |order: SortOrder, label: &'static str| {
        let active = order == sort;
        view! {
            <a href=Route::Library(order).href()
                class=if active { "sort-link is-active" } else { "sort-link" }
                aria-current=active.then_some("true")>
                {label}
            </a>
        }
    };
    view! {
        <section class="library">
            <div class="section-head">
                <h1>{t.library_title}</h1>
                <p class="muted">{format!("{count} {}", t.documents)}</p>
            </div>
            <p class="intro">{t.library_intro}</p>
            <nav class="sort" data-testid="sort-date" aria-label=t.sort_label>
                <span class="muted">{t.sort_label}": "</span>
                {sort_link(SortOrder::Newest, t.sort_newest)}
                {sort_link(SortOrder::Oldest, t.sort_oldest)}
            </nav>
            <ol class="letter-list" data-testid="letter-list">{items}</ol>
        </section>
    }
    .into_any()
}
