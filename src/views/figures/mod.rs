//! Key figures: every amount, percentage and key count of the letters, per topic in a table
//! across the meetings (a row per subject, a column per meeting), each figure as written and
//! linked to its sentence; a chart of the percentages of GDP over the meetings; filters, row
//! order and a CSV of what is shown.
//!
//! The filters and the order live in the URL ([`state`]); the page is drawn once and its tables
//! follow the URL, so a select keeps its focus while the tables change. [`chart`] draws the
//! chart, with the table as its text alternative.

pub mod chart;
pub mod state;

use crate::context::{CurrentRoute, Nav, UiLang};
use crate::data::{corpus, figures};
use crate::i18n::{figure_count, Lang};
use crate::markup::{self, el, el_text, link, Attr, Href};
use crate::route::{ReaderState, Route, Target};
use leptos::prelude::*;
use state::{FiguresState, RowOrder};
use summit_core::extract::compact::{FigureTable, KeyFigure, Label};
use summit_core::extract::{FigureKind, FigureUnit};
use summit_core::Corpus;

/// A label in the interface language.
pub fn label_name(label: &Label, lang: Lang) -> &str {
    match lang {
        Lang::Nl => &label.name,
        Lang::En => &label.name_en,
    }
}

/// The words of a figure as written in its block.
pub fn figure_text<'c>(c: &'c Corpus, f: &KeyFigure) -> &'c str {
    c.letters
        .get(f.place.letter as usize)
        .and_then(|l| l.block(f.place.block))
        .and_then(|b| b.text.get(f.place.span.range()))
        .unwrap_or_default()
}

/// The link to a figure's sentence in the reader.
pub fn figure_href(c: &Corpus, f: &KeyFigure) -> Href {
    let id = c
        .letters
        .get(f.place.letter as usize)
        .map_or("", |l| l.id.as_str());
    Href::route(&Route::Reader(ReaderState {
        sentence: Some(f.place.sentence),
        ..ReaderState::at(id, Target::Block(f.place.block))
    }))
}

/// Index in the corpus's meetings of the meeting a figure's letter is about.
pub fn meeting_of(c: &Corpus, f: &KeyFigure) -> Option<usize> {
    let letter = c.letters.get(f.place.letter as usize)?;
    c.meetings.iter().position(|m| m.id == letter.meeting)
}

/// Indexes of the meetings `figures` belong to, in the corpus's (time) order.
pub fn meetings_of(c: &Corpus, figures: &[&KeyFigure]) -> Vec<usize> {
    (0..c.meetings.len())
        .filter(|&m| figures.iter().any(|f| meeting_of(c, f) == Some(m)))
        .collect()
}

/// The figures a state shows, in corpus order.
fn shown<'t>(c: &Corpus, table: &'t FigureTable, s: &FiguresState) -> Vec<&'t KeyFigure> {
    let topic = s
        .topic
        .as_ref()
        .map(|id| table.topics.iter().position(|t| t.id == *id));
    let letter = s
        .letter
        .as_ref()
        .map(|id| c.letters.iter().position(|l| l.id == *id));
    table
        .figures
        .iter()
        .filter(|f| topic.is_none_or(|t| f.topic.map(usize::from) == t))
        .filter(|f| letter.is_none_or(|l| Some(f.place.letter as usize) == l))
        .filter(|f| s.kind.is_none_or(|k| f.unit.kind() == k))
        .collect()
}

/// The shown figures as CSV (quoted fields, CRLF, a byte order mark for spreadsheets): meeting,
/// document, topic, subject, kind, the figure as written, its normal form, the sentence's link.
fn csv(c: &Corpus, table: &FigureTable, figures: &[&KeyFigure], lang: Lang) -> String {
    let quote = |s: &str| {
        let mut q = String::with_capacity(s.len() + 2);
        q.push('"');
        q.push_str(&s.replace('"', "\"\""));
        q.push('"');
        q
    };
    let mut out = String::from("\u{feff}\"meeting\",\"document\",\"topic\",\"subject\",\"kind\",\"text\",\"key\",\"link\"\r\n");
    for f in figures {
        let letter = &c.letters[f.place.letter as usize];
        let topic = f
            .topic
            .and_then(|t| table.topics.get(t as usize))
            .map_or("", |t| label_name(t, lang));
        let subject = table
            .subjects
            .get(f.subject as usize)
            .map_or("", |s| label_name(s, lang));
        let link = figure_href(c, f);
        let fields = [
            letter.meeting.as_str(),
            letter.id.as_str(),
            topic,
            subject,
            f.unit.kind().slug(),
            figure_text(c, f),
            f.key.as_str(),
            link.as_str(),
        ];
        let row: Vec<String> = fields.iter().map(|s| quote(s)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

/// `None` for an empty choice (every topic, every document).
fn some(v: String) -> Option<String> {
    (!v.is_empty()).then_some(v)
}

/// The key figures view.
#[component]
pub fn Figures() -> impl IntoView {
    let lang = UiLang::current();
    let t = lang.t();
    let CurrentRoute(route) = expect_context::<CurrentRoute>();
    let nav = expect_context::<Nav>();
    let (Ok(c), Ok(table)) = (corpus(), figures()) else {
        return ().into_any();
    };
    let state = Memo::new(move |_| match route.get() {
        Route::Figures(s) => s,
        _ => FiguresState::default(),
    });
    let go = move |s: FiguresState| nav.push(&Route::Figures(s).href());

    let select = move |label: &'static str,
                       id: &'static str,
                       all: &'static str,
                       options: Vec<(String, String)>,
                       current: fn(&FiguresState) -> String,
                       apply: fn(&mut FiguresState, String)| {
        view! {
            <span class="fig-filter">
                <label for=id>{label}</label>
                <select id=id data-testid=id
                    on:change=move |ev| {
                        let mut s = state.get_untracked();
                        apply(&mut s, event_target_value(&ev));
                        go(s);
                    }>
                    {(!all.is_empty()).then(|| view! {
                        <option value="" selected=move || state.with(current).is_empty()>{all}</option>
                    })}
                    {options.into_iter().map(|(value, text)| {
                        let v = value.clone();
                        view! { <option value=value selected=move || state.with(current) == v>{text}</option> }
                    }).collect_view()}
                </select>
            </span>
        }
    };
    let topic_options = table
        .topics
        .iter()
        .map(|x| (x.id.clone(), label_name(x, lang).to_string()))
        .collect();
    let letter_options = c
        .letters
        .iter()
        .map(|l| (l.id.clone(), l.title.value.clone()))
        .collect();
    let kind_options = [
        (FigureKind::Amount, t.figures_kind_amount),
        (FigureKind::Percentage, t.figures_kind_percentage),
        (FigureKind::Count, t.figures_kind_count),
    ]
    .iter()
    .map(|(k, name)| (k.slug().to_string(), name.to_string()))
    .collect();
    let sort_options = [
        (RowOrder::Text, t.figures_sort_text),
        (RowOrder::Subject, t.figures_sort_subject),
        (RowOrder::Value, t.figures_sort_value),
    ]
    .iter()
    .map(|(o, name)| (o.slug().to_string(), name.to_string()))
    .collect();

    let body = move || {
        let s = state.get();
        let figs = shown(c, table, &s);
        let mut html = String::new();
        el(&mut html, "div class=\"fig-summary\"", &[], &mut |html| {
            el_text(
                html,
                "span data-testid=\"figure-count\" role=\"status\"",
                &[],
                &figure_count(lang, figs.len()),
            );
            let export = Href::data("text/csv;charset=utf-8", &csv(c, table, &figs, lang));
            link(
                html,
                &export,
                "class=\"fig-export\" data-testid=\"figures-export\" download=\"kerncijfers.csv\"",
                &[],
                t.figures_export,
            );
        });
        if let Some(chart) = chart::PercentChart::of(c, table, &figs, lang) {
            chart.write(&mut html, t);
        }
        if figs.is_empty() {
            el_text(&mut html, "p class=\"notice\"", &[], t.figures_none);
        }
        // Topics in their declared order, the figures without a topic last.
        for topic in (0..table.topics.len()).map(Some).chain([None]) {
            let in_topic: Vec<&KeyFigure> = figs
                .iter()
                .copied()
                .filter(|f| f.topic.map(usize::from) == topic)
                .collect();
            if in_topic.is_empty() {
                continue;
            }
            let (id, name) = match topic {
                Some(i) => (
                    table.topics[i].id.as_str(),
                    label_name(&table.topics[i], lang),
                ),
                None => ("overig", t.figures_other),
            };
            topic_table(&mut html, c, table, id, name, &in_topic, s.sort, lang);
        }
        html
    };

    view! {
        <section class="figures" data-testid="figures">
            <h1>{t.figures_title}</h1>
            <p class="muted">{t.figures_intro}</p>
            <div class="fig-filters">
                {select(t.figures_topic, "figures-topic", t.figures_all_topics, topic_options,
                    |s| s.topic.clone().unwrap_or_default(), |s, v| s.topic = some(v))}
                {select(t.figures_letter, "figures-letter", t.figures_all_letters, letter_options,
                    |s| s.letter.clone().unwrap_or_default(), |s, v| s.letter = some(v))}
                {select(t.figures_kind, "figures-kind", t.figures_all_kinds, kind_options,
                    |s| s.kind.map(|k| k.slug().to_string()).unwrap_or_default(),
                    |s, v| s.kind = FigureKind::from_slug(&v))}
                {select(t.figures_sort, "figures-sort", "", sort_options,
                    |s| s.sort.slug().to_string(),
                    |s, v| s.sort = RowOrder::ALL.into_iter().find(|o| o.slug() == v).unwrap_or_default())}
            </div>
            <div class="fig-body" inner_html=body></div>
        </section>
    }
    .into_any()
}

/// Writes one topic's table: a row per subject, a column per meeting, the figures as written in
/// the cells, each a link to its sentence.
#[allow(clippy::too_many_arguments)]
fn topic_table(
    html: &mut String,
    c: &Corpus,
    table: &FigureTable,
    id: &str,
    name: &str,
    figures: &[&KeyFigure],
    order: RowOrder,
    lang: Lang,
) {
    let t = lang.t();
    let meetings = meetings_of(c, figures);
    // Rows: subjects, with the meeting and place of their first figure and their highest value.
    let mut rows: Vec<(u16, (usize, usize), f64)> = Vec::new();
    for (i, f) in figures.iter().enumerate() {
        let first = (meeting_of(c, f).unwrap_or(usize::MAX), i);
        match rows.iter_mut().find(|r| r.0 == f.subject) {
            Some(r) => {
                r.1 = r.1.min(first);
                r.2 = r.2.max(f.value);
            }
            None => rows.push((f.subject, first, f.value)),
        }
    }
    let subject_name = |s: u16| {
        table
            .subjects
            .get(s as usize)
            .map_or("", |x| label_name(x, lang))
    };
    match order {
        RowOrder::Text => markup::sort_short(&mut rows, &|a, b| a.1 < b.1),
        RowOrder::Subject => markup::sort_short(&mut rows, &|a, b| {
            subject_name(a.0).to_lowercase() < subject_name(b.0).to_lowercase()
        }),
        RowOrder::Value => markup::sort_short(&mut rows, &|a, b| a.2 > b.2),
    }
    let mut heading_id = String::from("fig-topic-");
    heading_id.push_str(id);
    let section = [Attr::Value("data-topic", id)];
    let labelled = Attr::Value("aria-labelledby", &heading_id);
    el(
        html,
        "section class=\"fig-topic\" data-testid=\"figure-topic\"",
        &section,
        &mut |html| {
            el_text(html, "h2", &[Attr::Value("id", &heading_id)], name);
            let scroll = [labelled];
            el(
                html,
                "div class=\"fig-scroll\" tabindex=\"0\" role=\"region\"",
                &scroll,
                &mut |html| {
                    let table_attrs = [labelled];
                    el(
                        html,
                        "table class=\"fig-table\"",
                        &table_attrs,
                        &mut |html| {
                            el(html, "thead", &[], &mut |html| {
                                el(html, "tr", &[], &mut |html| {
                                    el_text(html, "th", &[COLUMN], t.figures_subject);
                                    for &m in &meetings {
                                        let meeting = &c.meetings[m];
                                        el(html, "th", &[COLUMN], &mut |html| {
                                            markup::text(html, &meeting.place);
                                            html.push(' ');
                                            markup::number(html, i64::from(meeting.start.year));
                                        });
                                    }
                                });
                            });
                            el(html, "tbody", &[], &mut |html| {
                                for &(subject, _, _) in &rows {
                                    el(html, "tr", &[], &mut |html| {
                                        el_text(html, "th", &[ROW], subject_name(subject));
                                        for &m in &meetings {
                                            el(html, "td", &[], &mut |html| {
                                                figure_cell(html, c, figures, subject, m, t);
                                            });
                                        }
                                    });
                                }
                            });
                        },
                    );
                },
            );
        },
    );
}

/// A header cell of a column.
const COLUMN: Attr = Attr::Fixed("scope=\"col\"");
/// A header cell of a row.
const ROW: Attr = Attr::Fixed("scope=\"row\"");

/// The figures of `subject` at meeting `m`: a list, each figure a link to its sentence.
fn figure_cell(
    html: &mut String,
    c: &Corpus,
    figures: &[&KeyFigure],
    subject: u16,
    m: usize,
    t: &crate::i18n::Strings,
) {
    el(html, "ul class=\"fig-cell\"", &[], &mut |html| {
        for f in figures
            .iter()
            .filter(|f| f.subject == subject && meeting_of(c, f) == Some(m))
        {
            el(html, "li", &[], &mut |html| {
                let attrs = [Attr::Value("title", t.figures_open)];
                let fixed = "data-testid=\"figure-link\"";
                link(html, &figure_href(c, f), fixed, &attrs, figure_text(c, f));
                if f.share.is_some() {
                    html.push(' ');
                    el_text(html, "span class=\"muted\"", &[], t.figures_of_gdp);
                }
            });
        }
    });
}

/// True when a figure is a percentage of what its share names (for the chart).
pub fn is_share_percent(f: &KeyFigure) -> bool {
    f.unit == FigureUnit::Percent && f.share.is_some()
}
