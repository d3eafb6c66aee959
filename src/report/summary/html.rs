//! The summary as one self-contained HTML page: no scripts, no fonts or
//! images fetched, charts inline as SVG with a table of the same figures
//! behind each, and print rules for A4 and Letter.

use std::fmt::Write;

use super::charts;
use super::data::{SummaryData, Week};
use super::words::{percent, span, trust_moved, week_paragraph};
use crate::i18n::{self, date_long, date_short};
use crate::t;

const STYLE: &str = include_str!("summary.css");

/// What every summary page begins with: how an earlier summary is known
/// (and may be replaced by a new one) where a file is about to be written.
pub const SUMMARY_START: &str = "<!DOCTYPE html>\n<!-- Trust Garden: a summary for counselling -->";

/// `text` safe inside HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn week_name(week: &Week) -> String {
    span(week.from, week.to)
}

/// A table: caption, header cells, rows of cells (already escaped).
fn table(caption: &str, head: &[String], rows: &[Vec<String>]) -> String {
    let mut out = format!("<table><caption>{}</caption><thead><tr>", escape(caption));
    for cell in head {
        let _ = write!(out, "<th scope=\"col\">{cell}</th>");
    }
    out.push_str("</tr></thead><tbody>");
    for row in rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            if i == 0 {
                let _ = write!(out, "<th scope=\"row\">{cell}</th>");
            } else {
                let _ = write!(out, "<td>{cell}</td>");
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

fn figure(chart: &str, description: &str, table: &str) -> String {
    format!(
        "<figure>{chart}<figcaption>{}</figcaption></figure>{table}",
        escape(description)
    )
}

/// A sentence made safe for HTML, with `marked` (a placeholder's value that
/// stood in for `html` while the message was filled) replaced by `html`.
/// This lets a translation place bold words wherever its grammar wants them.
fn with_markup(sentence: &str, marked: &str, html: &str) -> String {
    escape(sentence).replacen(marked, html, 1)
}

/// Stands in for markup while a message is filled; no language writes it.
const MARK: &str = "\u{E000}";

/// The summary page.
pub fn to_html(data: &SummaryData) -> String {
    let [a, b] = &data.names;
    let (ea, eb) = (escape(a), escape(b));
    let totals = data.totals();
    let title = t!("summary-title", a = a, b = b);
    let mut page = String::new();
    let _ = write!(
        page,
        "{SUMMARY_START}\n<html lang=\"{}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex\">\
         <title>{}</title><style>{STYLE}</style></head><body><main>",
        i18n::current().tag(),
        escape(&title)
    );
    let notes_said = if data.period.with_notes {
        t!("summary-notes-included")
    } else {
        t!("summary-notes-left-out")
    };
    let _ = write!(
        page,
        "<header><h1>{}</h1><p class=\"period\">{}</p><p class=\"private\">{} {}</p></header>",
        escape(&title),
        escape(&t!(
            "summary-period",
            from = date_long(data.period.from),
            to = date_long(data.period.to),
            weeks = data.weeks.len()
        )),
        escape(&t!(
            "summary-private",
            made = date_long(data.made.date_naive())
        )),
        escape(&notes_said),
    );

    // At a glance.
    let mean_mood =
        |mood: Option<f32>| mood.map_or_else(|| "–".to_owned(), |m| crate::i18n::decimal(m, 1));
    let glance = [
        t!(
            "summary-glance-actions",
            together = totals.actions[0] + totals.actions[1],
            by_a = totals.actions[0],
            by_b = totals.actions[1],
            a = a,
            b = b
        ),
        t!(
            "summary-glance-promises",
            made = totals.promises.made,
            kept = totals.promises.kept,
            broken = totals.promises.admitted_broken,
            overdue = totals.promises.overdue
        ),
        t!(
            "summary-glance-check-ins",
            count = totals.check_ins.count,
            mood = mean_mood(totals.check_ins.mood)
        ),
        t!(
            "summary-glance-acknowledged",
            a = a,
            b = b,
            by_a = totals.acknowledged[0],
            by_b = totals.acknowledged[1]
        ),
    ];
    let _ = write!(
        page,
        "<section aria-labelledby=\"glance\"><h2 id=\"glance\">{}</h2><p>{}</p><p>{}</p></section>",
        escape(&t!("summary-glance")),
        escape(&trust_moved(totals.trust.0, totals.trust.1)),
        escape(&glance.join(" ")),
    );

    // The chapter.
    let _ = write!(
        page,
        "<section aria-labelledby=\"chapter\"><h2 id=\"chapter\">{}</h2>",
        escape(&t!("summary-where"))
    );
    match &data.chapter {
        Some(chapter) => {
            let sentence = t!("summary-chapter", title = MARK, days = chapter.days_in);
            let title = format!("<strong>{}</strong>", escape(&chapter.title));
            let _ = write!(page, "<p>{}</p>", with_markup(&sentence, MARK, &title));
            let rows: Vec<Vec<String>> = chapter
                .goals
                .iter()
                .map(|(goal, done, needed)| {
                    vec![
                        escape(goal),
                        escape(&t!("summary-goal-progress", done = *done, needed = *needed)),
                    ]
                })
                .collect();
            page.push_str(&table(
                &t!("summary-goals"),
                &[
                    escape(&t!("summary-goal")),
                    escape(&t!("summary-goal-done")),
                ],
                &rows,
            ));
        }
        None => {
            let _ = write!(page, "<p>{}</p>", escape(&t!("summary-no-chapter")));
        }
    }
    page.push_str("</section>");

    // Trust.
    let trust_rows: Vec<Vec<String>> = data
        .weeks
        .iter()
        .map(|week| {
            let mut row = vec![escape(&week_name(week))];
            row.extend(
                data.trust
                    .iter()
                    .filter(|(d, _)| *d >= week.from && *d <= week.to)
                    .map(|(_, t)| escape(&percent(*t))),
            );
            row
        })
        .collect();
    let mut head = vec![escape(&t!("summary-week"))];
    head.extend((1..=7u32).map(|n| escape(&t!("summary-day-number", day = n))));
    let chart_title = t!("summary-trust-chart");
    let description = format!(
        "{} {}",
        t!(
            "summary-trust-chart-span",
            from = date_short(data.period.from),
            to = date_short(data.period.to)
        ),
        trust_moved(totals.trust.0, totals.trust.1)
    );
    let _ = write!(
        page,
        "<section aria-labelledby=\"trust\"><h2 id=\"trust\">{}</h2>{}</section>",
        escape(&t!("summary-trust")),
        figure(
            &charts::trust(data, &chart_title).svg,
            &description,
            &table(&t!("summary-trust-table"), &head, &trust_rows),
        )
    );

    // Actions.
    let action_rows: Vec<Vec<String>> = data
        .weeks
        .iter()
        .map(|w| {
            vec![
                escape(&week_name(w)),
                w.actions[0].to_string(),
                w.actions[1].to_string(),
                (w.actions[0] + w.actions[1]).to_string(),
                escape(
                    &w.by_action
                        .iter()
                        .take(3)
                        .map(|(action, n)| {
                            t!("summary-action-times", action = action.label(), count = *n)
                        })
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ]
        })
        .collect();
    let chart_title = t!("summary-actions-chart", a = a, b = b);
    let _ = write!(
        page,
        "<section aria-labelledby=\"actions\"><h2 id=\"actions\">{}</h2>{}</section>",
        escape(&t!("summary-actions")),
        figure(
            &charts::actions(data, &chart_title).svg,
            &chart_title,
            &table(
                &t!("summary-actions-table"),
                &[
                    escape(&t!("summary-week")),
                    ea.clone(),
                    eb.clone(),
                    escape(&t!("summary-together")),
                    escape(&t!("summary-most-often")),
                ],
                &action_rows,
            ),
        )
    );

    // Promises.
    let mut promise_rows: Vec<Vec<String>> = data
        .weeks
        .iter()
        .map(|w| {
            let p = w.promises;
            vec![
                escape(&week_name(w)),
                p.made.to_string(),
                p.kept.to_string(),
                p.admitted_broken.to_string(),
                p.overdue.to_string(),
            ]
        })
        .collect();
    let p = totals.promises;
    promise_rows.push(vec![
        escape(&t!("summary-all-weeks")),
        p.made.to_string(),
        p.kept.to_string(),
        p.admitted_broken.to_string(),
        p.overdue.to_string(),
    ]);
    let _ = write!(
        page,
        "<section aria-labelledby=\"promises\"><h2 id=\"promises\">{}</h2><p>{}</p>{}</section>",
        escape(&t!("summary-promises")),
        escape(&t!("summary-promises-explained")),
        table(
            &t!("summary-promises-table"),
            &[
                escape(&t!("summary-week")),
                escape(&t!("summary-promises-made")),
                escape(&t!("summary-promises-kept")),
                escape(&t!("summary-promises-admitted-broken")),
                escape(&t!("summary-promises-overdue")),
            ],
            &promise_rows,
        )
    );

    // Check-ins.
    let mood_rows: Vec<Vec<String>> = data
        .weeks
        .iter()
        .map(|w| {
            let c = w.check_ins;
            vec![
                escape(&week_name(w)),
                c.count.to_string(),
                c.calm.to_string(),
                c.tense.to_string(),
                escape(&mean_mood(c.mood)),
            ]
        })
        .collect();
    let chart_title = t!("summary-moods-chart", a = a, b = b);
    let _ = write!(
        page,
        "<section aria-labelledby=\"moods\"><h2 id=\"moods\">{}</h2>{}</section>",
        escape(&t!("summary-moods")),
        figure(
            &charts::moods(data, &chart_title).svg,
            &chart_title,
            &table(
                &t!("summary-moods-table"),
                &[
                    escape(&t!("summary-week")),
                    escape(&t!("summary-check-ins")),
                    escape(&t!("summary-calm")),
                    escape(&t!("summary-tense")),
                    escape(&t!("summary-mean-mood")),
                ],
                &mood_rows,
            ),
        )
    );

    // Acknowledgements.
    let ack_rows: Vec<Vec<String>> = data
        .weeks
        .iter()
        .map(|w| {
            vec![
                escape(&week_name(w)),
                w.acknowledged[0].to_string(),
                w.acknowledged[1].to_string(),
            ]
        })
        .collect();
    let _ = write!(
        page,
        "<section aria-labelledby=\"seen\"><h2 id=\"seen\">{}</h2><p>{}</p>{}</section>",
        escape(&t!("summary-seen")),
        escape(&t!("summary-seen-explained")),
        table(
            &t!("summary-seen-table"),
            &[
                escape(&t!("summary-week")),
                escape(&t!("summary-noticed", a = a, b = b)),
                escape(&t!("summary-noticed", a = b, b = a)),
            ],
            &ack_rows,
        )
    );

    // Pauses.
    let _ = write!(
        page,
        "<section aria-labelledby=\"pauses\"><h2 id=\"pauses\">{}</h2>",
        escape(&t!("summary-pauses"))
    );
    let pauses = if data.pause_days.is_empty() {
        t!("summary-no-pauses")
    } else {
        t!(
            "summary-pause-days",
            count = data.pause_days.len(),
            dates = data
                .pause_days
                .iter()
                .map(|d| date_short(*d))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let _ = write!(page, "<p>{}</p></section>", escape(&pauses));

    // In words.
    let _ = write!(
        page,
        "<section aria-labelledby=\"words\"><h2 id=\"words\">{}</h2>",
        escape(&t!("summary-in-words"))
    );
    for week in &data.weeks {
        let _ = write!(
            page,
            "<h3>{}</h3><p>{}</p>",
            escape(&week_name(week)),
            escape(&week_paragraph(week, &data.names))
        );
    }
    page.push_str("</section>");

    if data.period.with_notes {
        let _ = write!(
            page,
            "<section aria-labelledby=\"notes\"><h2 id=\"notes\">{}</h2>",
            escape(&t!("summary-notes"))
        );
        if data.notes.is_empty() {
            let _ = write!(page, "<p>{}</p>", escape(&t!("summary-no-notes")));
        } else {
            page.push_str("<ul class=\"notes\">");
            for note in &data.notes {
                let _ = write!(
                    page,
                    "<li><span class=\"when\">{} · {} · {}</span> {}</li>",
                    escape(&date_short(note.day)),
                    escape(&data.names[note.by.index()]),
                    escape(&note.action.map(|a| a.label()).unwrap_or_default()),
                    escape(&note.text)
                );
            }
            page.push_str("</ul>");
        }
        page.push_str("</section>");
    }
    page.push_str("</main></body></html>\n");
    page
}
