//! The chart of the key figures: percentages of GDP per meeting, one line per subject (the NATO
//! norm for core defence spending from 2 % in Washington to 3,5 % in Den Haag, the total of 5 %,
//! the Netherlands' own spending reported for Ankara), drawn as SVG in whole pixels. The tables
//! below it hold the same figures and are its text alternative.

use super::{figure_text, is_share_percent, label_name};
use crate::context::UiLang;
use crate::i18n::Lang;
use leptos::prelude::*;
use summit_core::extract::compact::{FigureTable, KeyFigure};
use summit_core::order;
use summit_core::Corpus;

/// Width of the drawing (it scales to the page).
const WIDTH: i32 = 640;
/// Height of the drawing.
const HEIGHT: i32 = 260;
/// Room left of the plot for the axis labels.
const LEFT: i32 = 44;
/// Room right of the plot for the point labels.
const RIGHT: i32 = 56;
/// Room above the plot.
const TOP: i32 = 14;
/// Room below the plot for the meeting names.
const BOTTOM: i32 = 34;
/// Least room between two point labels in one column.
const LABEL_GAP: i32 = 13;
/// Colours of the series (classes `series-0` … of the stylesheet); more series repeat them.
const SERIES_COLOURS: usize = 6;

/// A point: the meeting's column, the value, the figure as written.
struct Point {
    /// Index in the chart's columns.
    column: usize,
    /// The percentage.
    value: f64,
    /// The figure as written (`3,5%`).
    text: &'static str,
}

/// What the chart draws.
pub struct PercentChart {
    /// The meetings' short names, left to right.
    columns: Vec<String>,
    /// Subject name and points, per line.
    series: Vec<(&'static str, Vec<Point>)>,
    /// The top of the value axis (a whole percentage).
    max: i32,
}

impl PercentChart {
    /// The chart of the shares of GDP among `figures`; `None` when they hold fewer than two
    /// meetings' worth (a chart of one column says nothing a table does not).
    pub fn of(
        c: &'static Corpus,
        table: &'static FigureTable,
        figures: &[&'static KeyFigure],
        lang: Lang,
    ) -> Option<PercentChart> {
        let shares: Vec<(&KeyFigure, usize)> = figures
            .iter()
            .filter(|f| is_share_percent(f))
            .filter_map(|f| Some((*f, super::meeting_of(c, f)?)))
            .collect();
        let mut meetings: Vec<usize> = shares.iter().map(|(_, m)| *m).collect();
        meetings.sort_unstable();
        meetings.dedup();
        if meetings.len() < 2 {
            return None;
        }
        let mut series: Vec<(u16, Vec<Point>)> = Vec::new();
        for (f, m) in &shares {
            let column = meetings.iter().position(|x| x == m).unwrap_or_default();
            let points = match series.iter_mut().find(|(s, _)| *s == f.subject) {
                Some((_, points)) => points,
                None => {
                    series.push((f.subject, Vec::new()));
                    &mut series.last_mut().expect("just pushed").1
                }
            };
            // One point per meeting: the first figure the letters give for it.
            if !points.iter().any(|p| p.column == column) {
                points.push(Point {
                    column,
                    value: f.value,
                    text: figure_text(c, f),
                });
            }
        }
        for (_, points) in &mut series {
            order::sort_by_key(points, |p| p.column);
        }
        let top = shares.iter().map(|(f, _)| f.value).fold(1.0, f64::max);
        Some(PercentChart {
            columns: meetings
                .iter()
                .map(|&m| {
                    let meeting = &c.meetings[m];
                    format!("{} {}", meeting.place, meeting.start.year)
                })
                .collect(),
            series: series
                .into_iter()
                .map(|(s, points)| {
                    let name = table
                        .subjects
                        .get(s as usize)
                        .map_or("", |x| label_name(x, lang));
                    (name, points)
                })
                .collect(),
            max: top.ceil() as i32,
        })
    }

    /// The x of a column.
    fn x(&self, column: usize) -> i32 {
        let span = WIDTH - LEFT - RIGHT;
        let n = self.columns.len().max(2) as i32 - 1;
        LEFT + span * column as i32 / n
    }

    /// The y of a value.
    fn y(&self, value: f64) -> i32 {
        let span = f64::from(HEIGHT - TOP - BOTTOM);
        HEIGHT - BOTTOM - (span * value / f64::from(self.max.max(1))).round() as i32
    }

    /// The chart as a figure: title, SVG and legend.
    pub fn view(self) -> AnyView {
        let t = UiLang::current().t();
        let grid = (0..=self.max)
            .map(|v| {
                let y = self.y(f64::from(v));
                view! {
                    <line class="fc-grid" x1=LEFT x2=WIDTH - RIGHT y1=y y2=y />
                    <text class="fc-axis" x=LEFT - 8 y=y + 4 text-anchor="end">{v}" %"</text>
                }
            })
            .collect_view();
        let columns = self
            .columns
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let x = self.x(i);
                view! { <text class="fc-axis" x=x y=HEIGHT - 12 text-anchor="middle">{name.clone()}</text> }
            })
            .collect_view();
        // Point labels: in each column from the top down, pushed apart where they would touch.
        let mut labels: Vec<(usize, i32, i32, &'static str, usize)> = Vec::new();
        for (s, (_, points)) in self.series.iter().enumerate() {
            for p in points {
                labels.push((p.column, self.y(p.value), self.x(p.column), p.text, s));
            }
        }
        order::sort_by_key(&mut labels, |l| (l.0, l.1));
        for i in 1..labels.len() {
            if labels[i].0 == labels[i - 1].0 && labels[i].1 - labels[i - 1].1 < LABEL_GAP {
                labels[i].1 = labels[i - 1].1 + LABEL_GAP;
            }
        }
        let label_view = labels
            .into_iter()
            .map(|(_, y, x, text, s)| {
                let class = format!("fc-label series-{}", s % SERIES_COLOURS);
                view! { <text class=class x=x + 8 y=y + 4>{text}</text> }
            })
            .collect_view();
        let lines = self
            .series
            .iter()
            .enumerate()
            .map(|(s, (name, points))| {
                let class = format!("series-{}", s % SERIES_COLOURS);
                let path: Vec<String> = points
                    .iter()
                    .map(|p| format!("{},{}", self.x(p.column), self.y(p.value)))
                    .collect();
                let dots = points
                    .iter()
                    .map(|p| {
                        let tip = format!("{name}: {} ({})", p.text, self.columns[p.column]);
                        view! { <circle cx=self.x(p.column) cy=self.y(p.value) r=5><title>{tip}</title></circle> }
                    })
                    .collect_view();
                view! {
                    <g class=class>
                        <polyline class="fc-line" points=path.join(" ") />
                        {dots}
                    </g>
                }
            })
            .collect_view();
        let legend = self
            .series
            .iter()
            .enumerate()
            .map(|(s, (name, _))| {
                let class = format!("fc-swatch series-{}", s % SERIES_COLOURS);
                view! { <li><span class=class aria-hidden="true"></span>{*name}</li> }
            })
            .collect_view();
        view! {
            <figure class="fig-chart" data-testid="figures-chart">
                <figcaption>{t.figures_chart_title}</figcaption>
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-label=t.figures_chart_label>
                    {grid}{columns}{lines}{label_view}
                </svg>
                <ul class="fc-legend">{legend}</ul>
            </figure>
        }
        .into_any()
    }
}
