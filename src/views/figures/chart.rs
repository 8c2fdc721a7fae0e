//! The chart of the key figures: percentages of GDP per meeting, one line per subject (the NATO
//! norm for core defence spending from 2 % in Washington to 3,5 % in Den Haag, the total of 5 %,
//! the Netherlands' own spending reported for Ankara), drawn as SVG in whole pixels. The tables
//! below it hold the same figures and are its text alternative.

use super::{figure_text, is_share_percent, label_name};
use crate::i18n::{Lang, Strings};
use crate::markup::{self, el, el_text, Attr};
use summit_core::extract::compact::{FigureTable, KeyFigure};
use summit_core::Corpus;

/// Width of the drawing (it scales to the page).
const WIDTH: i32 = 640;
/// Height of the drawing.
const HEIGHT: i32 = 260;
/// Room left of the plot for the axis labels.
const LEFT: i32 = 44;
/// Room right of the plot (the last column's labels lean left).
const RIGHT: i32 = 16;
/// Room above the plot.
const TOP: i32 = 28;
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
        let shares: Vec<&KeyFigure> = figures
            .iter()
            .copied()
            .filter(|f| is_share_percent(f))
            .collect();
        let meetings = super::meetings_of(c, &shares);
        if meetings.len() < 2 {
            return None;
        }
        let mut series: Vec<(u16, Vec<Point>)> = Vec::new();
        for f in &shares {
            if !series.iter().any(|(s, _)| *s == f.subject) {
                series.push((f.subject, Vec::new()));
            }
        }
        // Column by column, so the points of a line are in time order; one point per meeting:
        // the first figure the letters give for it.
        for (column, &m) in meetings.iter().enumerate() {
            for (subject, points) in &mut series {
                let first = shares
                    .iter()
                    .find(|f| f.subject == *subject && super::meeting_of(c, f) == Some(m));
                if let Some(f) = first {
                    points.push(Point {
                        column,
                        value: f.value,
                        text: figure_text(c, f),
                    });
                }
            }
        }
        let top = shares.iter().map(|f| f.value).fold(1.0, f64::max);
        Some(PercentChart {
            columns: meetings
                .iter()
                .map(|&m| {
                    let meeting = &c.meetings[m];
                    let mut name = meeting.place.clone();
                    name.push(' ');
                    markup::number(&mut name, i64::from(meeting.start.year));
                    name
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

    /// Writes the chart as a figure: title, SVG and legend.
    pub fn write(self, html: &mut String, t: &Strings) {
        el(
            html,
            "figure class=\"fig-chart\" data-testid=\"figures-chart\"",
            &[],
            &mut |html| {
                el_text(html, "figcaption", &[], t.figures_chart_title);
                let mut view_box = String::from("0 0 ");
                markup::number(&mut view_box, i64::from(WIDTH));
                view_box.push(' ');
                markup::number(&mut view_box, i64::from(HEIGHT));
                let svg = [
                    Attr::Value("viewBox", &view_box),
                    Attr::Fixed("role=\"img\""),
                    Attr::Value("aria-label", t.figures_chart_label),
                ];
                el(html, "svg", &svg, &mut |html| self.draw(html));
                el(html, "ul class=\"fc-legend\"", &[], &mut |html| {
                    for (s, (name, _)) in self.series.iter().enumerate() {
                        el(html, "li", &[], &mut |html| {
                            let mut class = String::from("fc-swatch ");
                            class.push_str(&series_class(s));
                            let swatch = [Attr::Value("class", &class)];
                            el_text(html, "span aria-hidden=\"true\"", &swatch, "");
                            markup::text(html, name);
                        });
                    }
                });
            },
        );
    }

    /// Writes the inside of the SVG: grid, axis labels, a line and points per series, and the
    /// points' labels.
    fn draw(&self, html: &mut String) {
        /// A coordinate.
        fn at(name: &'static str, v: i32) -> Attr<'static> {
            Attr::Number(name, i64::from(v))
        }
        /// How a label stands to its x.
        fn anchor(a: &'static str) -> Attr<'static> {
            Attr::Fixed(a)
        }
        const START: &str = "text-anchor=\"start\"";
        const MIDDLE: &str = "text-anchor=\"middle\"";
        const END: &str = "text-anchor=\"end\"";
        for v in 0..=self.max {
            let y = self.y(f64::from(v));
            let grid = [
                at("x1", LEFT),
                at("x2", WIDTH - RIGHT),
                at("y1", y),
                at("y2", y),
            ];
            el(html, "line class=\"fc-grid\"", &grid, &mut |_| {});
            let axis = [at("x", LEFT - 8), at("y", y + 4), anchor(END)];
            el(html, "text class=\"fc-axis\"", &axis, &mut |html| {
                markup::number(html, i64::from(v));
                html.push_str(" %");
            });
        }
        let last = self.columns.len().saturating_sub(1);
        for (i, name) in self.columns.iter().enumerate() {
            // The outer names lean inwards so they stay inside the drawing.
            let side = match i {
                0 => START,
                i if i == last => END,
                _ => MIDDLE,
            };
            let axis = [at("x", self.x(i)), at("y", HEIGHT - 12), anchor(side)];
            el_text(html, "text class=\"fc-axis\"", &axis, name);
        }
        for (s, (name, points)) in self.series.iter().enumerate() {
            let class = series_class(s);
            el(html, "g", &[Attr::Value("class", &class)], &mut |html| {
                let mut line = String::new();
                for p in points {
                    markup::number(&mut line, i64::from(self.x(p.column)));
                    line.push(',');
                    markup::number(&mut line, i64::from(self.y(p.value)));
                    line.push(' ');
                }
                let polyline = [Attr::Value("points", &line)];
                el(html, "polyline class=\"fc-line\"", &polyline, &mut |_| {});
                for p in points {
                    let circle = [
                        at("cx", self.x(p.column)),
                        at("cy", self.y(p.value)),
                        at("r", 5),
                    ];
                    el(html, "circle", &circle, &mut |html| {
                        el(html, "title", &[], &mut |html| {
                            markup::text(html, name);
                            html.push_str(": ");
                            markup::text(html, p.text);
                            html.push_str(" (");
                            markup::text(html, &self.columns[p.column]);
                            html.push(')');
                        });
                    });
                }
            });
        }
        // Point labels above their point, in each column from the top down, pushed apart where
        // they would touch.
        let mut labels: Vec<(usize, i32, i32, &'static str, usize)> = Vec::new();
        for (s, (_, points)) in self.series.iter().enumerate() {
            for p in points {
                labels.push((p.column, self.y(p.value) - 8, self.x(p.column), p.text, s));
            }
        }
        markup::sort_short(&mut labels, &|a, b| (a.0, a.1) < (b.0, b.1));
        for i in 1..labels.len() {
            if labels[i].0 == labels[i - 1].0 && labels[i].1 - labels[i - 1].1 < LABEL_GAP {
                labels[i].1 = labels[i - 1].1 + LABEL_GAP;
            }
        }
        for (column, y, x, text, s) in labels {
            let mut class = String::from("fc-label ");
            class.push_str(&series_class(s));
            let label = [
                Attr::Value("class", &class),
                at("x", x),
                at("y", y),
                anchor(if column == last { END } else { "" }),
            ];
            el_text(html, "text", &label, text);
        }
    }
}

/// The colour class of series `s` (`series-0` …, repeating).
fn series_class(s: usize) -> String {
    let mut class = String::from("series-");
    markup::number(&mut class, (s % SERIES_COLOURS) as i64);
    class
}
