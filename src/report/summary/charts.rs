//! The summary's charts, drawn by plotters into inline SVG. Colours are the
//! Okabe–Ito palette (safe for colour-blind readers), and partners differ by
//! more than colour: solid against outlined bars, circles against triangles.

use chrono::NaiveDate;
use plotters::prelude::*;

use super::data::SummaryData;
use super::words::percent;
use crate::i18n::date_short;
use crate::t;

/// Small enough that labels stay readable when a phone scales the chart down.
const WIDTH: u32 = 520;
const HEIGHT: u32 = 260;

/// The two partners' colours, and trust's.
pub const PARTNER_COLOURS: [RGBColor; 2] = [RGBColor(0, 114, 178), RGBColor(213, 94, 0)];
pub const TRUST_COLOUR: RGBColor = RGBColor(0, 158, 115);
const INK: RGBColor = RGBColor(40, 40, 40);
const GRID: RGBColor = RGBColor(220, 220, 220);

/// An SVG chart with its accessible name.
pub struct Chart {
    pub svg: String,
}

/// Draws with `draw` into an SVG string; a drawing error leaves a chart
/// that says so (the table beside it still holds every figure).
fn svg(
    title: &str,
    draw: impl FnOnce(
        &DrawingArea<SVGBackend, plotters::coord::Shift>,
    ) -> Result<(), Box<dyn std::error::Error>>,
) -> Chart {
    let mut out = String::new();
    let drawn = {
        let root = SVGBackend::with_string(&mut out, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE)
            .map_err(|e| e.to_string())
            .and_then(|()| draw(&root).map_err(|e| e.to_string()))
            .and_then(|()| root.present().map_err(|e| e.to_string()))
    };
    if let Err(why) = drawn {
        out = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\">\
             <text x=\"8\" y=\"24\">{}</text></svg>",
            super::html::escape(&t!("summary-chart-failed", why = why))
        );
    }
    Chart {
        svg: accessible(&out, title),
    }
}

/// Gives the SVG a role, a title and a scalable size.
fn accessible(svg: &str, title: &str) -> String {
    let Some(start) = svg.find("<svg") else {
        return svg.to_owned();
    };
    let Some(end) = svg[start..].find('>').map(|i| start + i) else {
        return svg.to_owned();
    };
    let open = &svg[start..end];
    let open = open
        .replace(&format!("width=\"{WIDTH}\""), "width=\"100%\"")
        .replace(&format!("height=\"{HEIGHT}\""), "");
    format!(
        "{open} role=\"img\" preserveAspectRatio=\"xMidYMid meet\"><title>{}</title>{}",
        super::html::escape(title),
        &svg[end + 1..]
    )
}

fn style(size: u32) -> TextStyle<'static> {
    ("sans-serif", size).into_font().color(&INK)
}

/// Trust at the end of each day, in percent.
pub fn trust(data: &SummaryData, title: &str) -> Chart {
    let points: Vec<(i32, f32)> = data
        .trust
        .iter()
        .enumerate()
        .map(|(i, (_, t))| (i as i32, t * 100.0))
        .collect();
    let days: Vec<NaiveDate> = data.trust.iter().map(|(d, _)| *d).collect();
    let last = points.len().max(2) as i32 - 1;
    let axis = t!("summary-trust-axis");
    svg(title, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(32)
            .y_label_area_size(52)
            .build_cartesian_2d(0..last, 0f32..100f32)?;
        chart
            .configure_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .x_labels(5)
            .y_labels(6)
            .x_label_formatter(&|i| {
                days.get(*i as usize)
                    .map(|d| date_short(*d))
                    .unwrap_or_default()
            })
            // The axis runs 0 to 100; `percent` takes a share of 1.
            .y_label_formatter(&|v| percent(v / 100.0))
            .label_style(style(16))
            .axis_desc_style(style(16))
            .y_desc(axis)
            .draw()?;
        chart.draw_series(LineSeries::new(
            points.iter().copied(),
            TRUST_COLOUR.stroke_width(3),
        ))?;
        Ok(())
    })
}

/// Actions per partner per week: the first partner solid, the second
/// outlined, side by side.
pub fn actions(data: &SummaryData, title: &str) -> Chart {
    let weeks = data.weeks.len().max(1);
    let top = data
        .weeks
        .iter()
        .flat_map(|w| w.actions)
        .max()
        .unwrap_or(0)
        .max(4) as f64
        * 1.4;
    let axis = t!("summary-actions-axis");
    svg(title, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(32)
            .y_label_area_size(52)
            .build_cartesian_2d(0f64..weeks as f64, 0f64..top)?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .x_labels(weeks * 2 + 1)
            .x_label_formatter(&|x| {
                let i = x.floor() as usize;
                let centred = (x - x.floor() - 0.5).abs() < 1e-6;
                match data.weeks.get(i) {
                    Some(week) if centred => date_short(week.from),
                    _ => String::new(),
                }
            })
            .y_label_formatter(&|v| format!("{v:.0}"))
            .label_style(style(16))
            .axis_desc_style(style(16))
            .y_desc(axis)
            .draw()?;
        for (p, colour) in PARTNER_COLOURS.iter().enumerate() {
            let bars = data.weeks.iter().enumerate().map(|(i, week)| {
                let left = i as f64 + 0.15 + p as f64 * 0.35;
                let corners = [(left, 0.0), (left + 0.32, f64::from(week.actions[p]))];
                if p == 0 {
                    Rectangle::new(corners, colour.filled())
                } else {
                    Rectangle::new(corners, colour.stroke_width(3))
                }
            });
            chart
                .draw_series(bars)?
                .label(data.names[p].clone())
                .legend(move |(x, y)| {
                    let corners = [(x, y - 6), (x + 14, y + 6)];
                    if p == 0 {
                        Rectangle::new(corners, colour.filled())
                    } else {
                        Rectangle::new(corners, colour.stroke_width(2))
                    }
                });
        }
        chart
            .configure_series_labels()
            .background_style(WHITE.mix(0.9))
            .border_style(GRID)
            .label_font(style(16))
            .position(SeriesLabelPosition::UpperLeft)
            .draw()?;
        Ok(())
    })
}

/// Each check-in's mood (1 to 5): circles for the first partner, triangles
/// for the second; filled when calm, hollow when tense.
pub fn moods(data: &SummaryData, title: &str) -> Chart {
    let days: Vec<NaiveDate> = data.trust.iter().map(|(d, _)| *d).collect();
    let last = days.len().max(2) as f64 - 1.0;
    let x_of = |day: NaiveDate| (day - data.period.from).num_days() as f64;
    let axis = t!("summary-moods-axis");
    svg(title, |root| {
        let mut chart = ChartBuilder::on(root)
            .margin(12)
            .x_label_area_size(32)
            .y_label_area_size(52)
            .build_cartesian_2d(-0.5f64..last + 0.5, 0.5f64..5.5f64)?;
        chart
            .configure_mesh()
            .light_line_style(TRANSPARENT)
            .bold_line_style(GRID)
            .x_labels(5)
            .y_labels(5)
            .x_label_formatter(&|x| {
                days.get(x.round().max(0.0) as usize)
                    .map(|d| date_short(*d))
                    .unwrap_or_default()
            })
            .y_label_formatter(&|v| format!("{v:.0}"))
            .label_style(style(16))
            .axis_desc_style(style(16))
            .y_desc(axis)
            .draw()?;
        for (p, colour) in PARTNER_COLOURS.iter().enumerate() {
            let points: Vec<_> = data
                .moods
                .iter()
                .filter(|m| m.by.index() == p)
                .map(|m| ((x_of(m.day), f64::from(m.mood)), m.calm))
                .collect();
            let look = |calm: bool| {
                if calm {
                    colour.filled()
                } else {
                    colour.stroke_width(2)
                }
            };
            if p == 0 {
                chart.draw_series(
                    points
                        .iter()
                        .map(|&(at, calm)| Circle::new(at, 6, look(calm))),
                )?;
            } else {
                chart.draw_series(
                    points
                        .iter()
                        .map(|&(at, calm)| TriangleMarker::new(at, 8, look(calm))),
                )?;
            }
        }
        Ok(())
    })
}
