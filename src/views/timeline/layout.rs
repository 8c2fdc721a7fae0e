//! Where events go on the chart: days to pixels, the events of each lane as single labelled marks
//! or counted clusters so that no two labels overlap, and the ticks of the time axis.
//!
//! Pure: the view draws what [`lay_out`] and [`ticks`] return.

use summit_core::extract::calendar::date_of_day;
use summit_core::extract::{Event, Lane};

/// Width of one character of a label, in pixels (the chart's font size is fixed).
const CHAR_PX: f64 = 6.6;
/// Longest label drawn, in characters; longer ones are cut with `…`.
pub const MAX_DRAWN_LABEL_CHARS: usize = 26;
/// Space between a mark and the next label, in pixels.
const GAP_PX: f64 = 10.0;
/// Width a cluster's badge takes, in pixels.
const CLUSTER_PX: f64 = 34.0;

/// A visible stretch of days mapped onto a width of pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scale {
    /// First visible day.
    pub first: i32,
    /// Last visible day.
    pub last: i32,
    /// Pixels from the first to the last day.
    pub width: f64,
}

impl Scale {
    /// The x of the start of day `day`.
    pub fn x(&self, day: i32) -> f64 {
        f64::from(day - self.first) / f64::from((self.last - self.first).max(1)) * self.width
    }

    /// The day at x.
    pub fn day_at(&self, x: f64) -> f64 {
        f64::from(self.first) + x / self.width.max(1.0) * f64::from(self.last - self.first)
    }
}

/// A mark on a lane.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    /// The events (indices into the events), in time and text order; one for a single event.
    pub events: Vec<usize>,
    /// x of the first event's start.
    pub x: f64,
    /// x of the end of the longest stretch (a range or a period draws as a bar).
    pub x_end: f64,
    /// The lane.
    pub lane: Lane,
}

impl Mark {
    /// True for a counted cluster.
    pub fn is_cluster(&self) -> bool {
        self.events.len() > 1
    }
}

/// The label drawn for an event: at most [`MAX_DRAWN_LABEL_CHARS`] characters.
pub fn drawn_label(label: &str) -> String {
    if label.chars().count() <= MAX_DRAWN_LABEL_CHARS {
        label.to_string()
    } else {
        let cut: String = label.chars().take(MAX_DRAWN_LABEL_CHARS - 1).collect();
        let mut s = cut.trim_end().to_string();
        s.push('…');
        s
    }
}

/// Width a single mark's label takes.
fn label_px(label: &str) -> f64 {
    drawn_label(label).chars().count() as f64 * CHAR_PX + GAP_PX + 8.0
}

/// The marks of the visible events `shown` (indices into `events`, in event order), lane by lane
/// in [`Lane::ALL`] order, each lane's marks from left to right. An event whose mark would
/// start before the previous mark's label ends joins that mark, which becomes a cluster.
pub fn lay_out(events: &[Event], shown: &[usize], scale: Scale) -> Vec<Mark> {
    let mut out = Vec::new();
    for lane in Lane::ALL {
        let mut lane_marks: Vec<(Mark, f64)> = Vec::new();
        for &i in shown.iter().filter(|&&i| events[i].lane == lane) {
            let e = &events[i];
            let x = scale.x(e.first_day).max(0.0);
            let x_end = scale.x(e.last_day + 1).min(scale.width);
            match lane_marks.last_mut() {
                Some((mark, taken_to)) if x < *taken_to => {
                    mark.events.push(i);
                    mark.x_end = mark.x_end.max(x_end);
                    // A cluster's badge is narrower than a label: what follows may come closer.
                    *taken_to = (mark.x + CLUSTER_PX + GAP_PX).max(x + 4.0);
                }
                _ => lane_marks.push((
                    Mark {
                        events: vec![i],
                        x,
                        x_end,
                        lane,
                    },
                    x + label_px(&e.label),
                )),
            }
        }
        out.extend(lane_marks.into_iter().map(|(m, _)| m));
    }
    out
}

/// A tick of the time axis: its day and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    /// The day it stands at.
    pub day: i32,
    /// Its text (`2025`, `jun 2025`, `24 jun`).
    pub text: String,
}

/// `before` and the number `n`, with spaces between (`2025`, `jan 2025`).
fn words(before: &[&str], n: i64) -> String {
    let mut s = String::new();
    for w in before {
        s.push_str(w);
        s.push(' ');
    }
    crate::markup::number(&mut s, n);
    s
}

/// Ticks for the visible range: decades, years, months or days, as many as fit the width.
pub fn ticks(scale: Scale, short_months: &[&str; 12]) -> Vec<Tick> {
    let days = f64::from(scale.last - scale.first);
    let fits = (scale.width / 80.0).max(2.0);
    let (first, last) = (date_of_day(scale.first), date_of_day(scale.last));
    let day = |y: u16, m: u8, d: u8| summit_core::extract::calendar::day_number(y, m, d);
    let mut out = Vec::new();
    if days / 365.0 > fits {
        let step = [5u16, 10, 20, 50]
            .into_iter()
            .find(|s| days / 365.0 / f64::from(*s) <= fits)
            .unwrap_or(50);
        let mut y = first.year.div_ceil(step) * step;
        while y <= last.year {
            out.push(Tick {
                day: day(y, 1, 1),
                text: words(&[], y.into()),
            });
            y += step;
        }
    } else if days / 30.0 > fits {
        let step = [1u16, 2]
            .into_iter()
            .find(|s| days / 365.0 / f64::from(*s) <= fits)
            .unwrap_or(2);
        let mut y = first.year + 1;
        while y <= last.year {
            out.push(Tick {
                day: day(y, 1, 1),
                text: words(&[], y.into()),
            });
            y += step;
        }
        // Quarters when there is room for them.
        if days / 91.0 <= fits {
            for y in first.year..=last.year {
                for m in [4u8, 7, 10] {
                    out.push(Tick {
                        day: day(y, m, 1),
                        text: short_months[m as usize - 1].to_string(),
                    });
                }
            }
        }
    } else if days > fits * 1.5 {
        let step = [1u8, 2, 3, 6]
            .into_iter()
            .find(|s| days / 30.0 / f64::from(*s) <= fits)
            .unwrap_or(6);
        let (mut y, mut m) = (first.year, first.month.unwrap_or(1));
        loop {
            let d = day(y, m, 1);
            if d > scale.last {
                break;
            }
            if (m - 1) % step == 0 {
                let text = if m == 1 {
                    words(&[short_months[0]], y.into())
                } else {
                    short_months[m as usize - 1].to_string()
                };
                out.push(Tick { day: d, text });
            }
            m += 1;
            if m > 12 {
                (y, m) = (y + 1, 1);
            }
        }
    } else {
        let step = [1i32, 2, 7, 14]
            .into_iter()
            .find(|s| days / f64::from(*s) <= fits)
            .unwrap_or(14);
        let mut d = scale.first;
        while d <= scale.last {
            let date = date_of_day(d);
            let m = date.month.unwrap_or(1);
            out.push(Tick {
                day: d,
                text: {
                    let mut s = words(&[], date.day.unwrap_or(1).into());
                    s.push(' ');
                    s.push_str(short_months[(m as usize + 11) % 12]);
                    s
                },
            });
            d += step;
        }
    }
    out.retain(|t| t.day >= scale.first && t.day <= scale.last);
    summit_core::order::sort_by_key(&mut out, |t| t.day);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::events;

    /// Every event.
    fn all() -> Vec<usize> {
        (0..events().unwrap().len()).collect()
    }

    #[test]
    fn labels_of_single_marks_never_overlap_in_a_lane() {
        let ev = events().unwrap();
        for width in [320.0, 800.0, 1600.0] {
            let scale = Scale {
                first: ev[0].first_day - 30,
                last: ev[ev.len() - 1].last_day + 30,
                width,
            };
            let marks = lay_out(ev, &all(), scale);
            let placed: usize = marks.iter().map(|m| m.events.len()).sum();
            assert_eq!(placed, ev.len(), "every event is in a mark");
            for lane in Lane::ALL {
                let in_lane: Vec<&Mark> = marks.iter().filter(|m| m.lane == lane).collect();
                for w in in_lane.windows(2) {
                    let first_width = if w[0].is_cluster() {
                        CLUSTER_PX
                    } else {
                        label_px(&ev[w[0].events[0]].label)
                    };
                    assert!(w[1].x >= w[0].x + first_width.min(CLUSTER_PX), "{width}");
                }
            }
        }
    }

    #[test]
    fn zoomed_in_on_june_2025_the_hague_events_stand_alone_more_often() {
        let ev = events().unwrap();
        let d = summit_core::extract::calendar::day_number;
        let wide = Scale {
            first: d(1945, 1, 1),
            last: d(2036, 1, 1),
            width: 1000.0,
        };
        let june = Scale {
            first: d(2025, 6, 20),
            last: d(2025, 6, 28),
            width: 1000.0,
        };
        let singles = |s: Scale| {
            lay_out(ev, &all(), s)
                .iter()
                .filter(|m| !m.is_cluster())
                .count()
        };
        assert!(singles(june) > 0);
        assert!(lay_out(ev, &all(), wide).iter().any(Mark::is_cluster));
    }

    #[test]
    fn ticks_stay_in_range_and_in_order() {
        let months = [
            "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
        ];
        let d = summit_core::extract::calendar::day_number;
        for (a, b) in [
            (d(1949, 1, 1), d(2035, 12, 31)),
            (d(2024, 1, 1), d(2026, 12, 31)),
            (d(2025, 6, 1), d(2025, 6, 30)),
            (d(2025, 6, 20), d(2025, 6, 28)),
        ] {
            let t = ticks(
                Scale {
                    first: a,
                    last: b,
                    width: 1000.0,
                },
                &months,
            );
            assert!(!t.is_empty());
            assert!(t.windows(2).all(|w| w[0].day <= w[1].day));
        }
    }
}
