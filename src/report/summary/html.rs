//! The summary as one self-contained HTML page: no scripts, no fonts or
//! images fetched, charts inline as SVG with a table of the same figures
//! behind each, and print rules for A4 and Letter.

use std::fmt::Write;

use chrono::NaiveDate;

use super::charts;
use super::data::{SummaryData, Week};
use super::words::{count, percent, trust_moved, week_paragraph};

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

fn day(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

fn short_day(d: NaiveDate) -> String {
    d.format("%-d %b").to_string()
}

fn week_name(week: &Week) -> String {
    format!("{} – {}", short_day(week.from), short_day(week.to))
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

/// The summary page.
pub fn to_html(data: &SummaryData) -> String {
    let [a, b] = &data.names;
    let (ea, eb) = (escape(a), escape(b));
    let totals = data.totals();
    let title = format!("{a} and {b}: our weeks in the Trust Garden");
    let mut page = String::new();
    let _ = write!(
        page,
        "{SUMMARY_START}\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <meta name=\"robots\" content=\"noindex\">\
         <title>{}</title><style>{STYLE}</style></head><body><main>",
        escape(&title)
    );
    let _ = write!(
        page,
        "<header><h1>{}</h1><p class=\"period\">{} to {} · {}</p>\
         <p class=\"private\">Made from the couple's own log on {}. It is private: share it only \
         with whom you choose. {}</p></header>",
        escape(&title),
        day(data.period.from),
        day(data.period.to),
        count(data.weeks.len() as u32, "week", "weeks"),
        day(data.made.date_naive()),
        if data.period.with_notes {
            "The couple chose to include their notes."
        } else {
            "Their notes are left out."
        }
    );

    // At a glance.
    let together = totals.actions[0] + totals.actions[1];
    let _ = write!(
        page,
        "<section aria-labelledby=\"glance\"><h2 id=\"glance\">At a glance</h2><p>{}</p>\
         <p>Together they logged {} ({} by {ea}, {} by {eb}). {} made, {} kept, {} \
         admitted broken, {} overdue at the end. {} (mood {} of 5 on average). {ea} acknowledged \
         {} of {eb}'s entries and {eb} {} of {ea}'s.</p></section>",
        escape(&trust_moved(totals.trust.0, totals.trust.1)),
        count(together, "action", "actions"),
        totals.actions[0],
        totals.actions[1],
        count(totals.promises.made, "promise", "promises"),
        totals.promises.kept,
        totals.promises.admitted_broken,
        totals.promises.overdue,
        count(totals.check_ins.count, "check-in", "check-ins"),
        totals
            .check_ins
            .mood
            .map_or_else(|| "–".to_owned(), |m| format!("{m:.1}")),
        totals.acknowledged[0],
        totals.acknowledged[1],
    );

    // The chapter.
    page.push_str("<section aria-labelledby=\"chapter\"><h2 id=\"chapter\">Where they are</h2>");
    match &data.chapter {
        Some(chapter) => {
            let _ = write!(
                page,
                "<p>Chapter: <strong>{}</strong>, {} in.</p>",
                escape(&chapter.title),
                count(chapter.days_in, "day", "days")
            );
            let rows: Vec<Vec<String>> = chapter
                .goals
                .iter()
                .map(|(goal, done, needed)| vec![escape(goal), format!("{done} of {needed}")])
                .collect();
            page.push_str(&table(
                "The chapter's goals",
                &["Goal".into(), "Done so far".into()],
                &rows,
            ));
        }
        None => page.push_str("<p>The couple has not begun a chapter yet.</p>"),
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
                    .map(|(_, t)| percent(*t)),
            );
            row
        })
        .collect();
    let mut head = vec!["Week".to_owned()];
    head.extend((1..=7).map(|n| format!("Day {n}")));
    let chart_title = "Trust at the end of each day";
    let _ = write!(
        page,
        "<section aria-labelledby=\"trust\"><h2 id=\"trust\">Trust over time</h2>{}</section>",
        figure(
            &charts::trust(data, chart_title).svg,
            &format!(
                "{chart_title}, from {} to {}. {}",
                short_day(data.period.from),
                short_day(data.period.to),
                trust_moved(totals.trust.0, totals.trust.1)
            ),
            &table("Trust at the end of each day, by week", &head, &trust_rows),
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
                        .map(|(action, n)| format!("{} ({n})", action.label()))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ]
        })
        .collect();
    let chart_title = format!(
        "Actions per week, each bar labelled by the week's first day: {a} solid bars, {b} \
         outlined bars"
    );
    let _ = write!(
        page,
        "<section aria-labelledby=\"actions\"><h2 id=\"actions\">What each did, week by \
         week</h2>{}</section>",
        figure(
            &charts::actions(data, &chart_title).svg,
            &chart_title,
            &table(
                "Actions per week (acknowledgements counted apart)",
                &[
                    "Week".into(),
                    ea.clone(),
                    eb.clone(),
                    "Together".into(),
                    "Most often".into()
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
        "All weeks".into(),
        p.made.to_string(),
        p.kept.to_string(),
        p.admitted_broken.to_string(),
        p.overdue.to_string(),
    ]);
    let _ = write!(
        page,
        "<section aria-labelledby=\"promises\"><h2 id=\"promises\">Promises</h2>\
         <p>A promise broken and said so counts as honesty; one left past its day without a \
         word is overdue.</p>{}</section>",
        table(
            "Promises per week",
            &[
                "Week".into(),
                "Made".into(),
                "Kept".into(),
                "Admitted broken".into(),
                "Overdue at the week's end".into()
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
                c.mood.map_or_else(|| "–".to_owned(), |m| format!("{m:.1}")),
            ]
        })
        .collect();
    let chart_title = format!(
        "Each check-in's mood from 1 to 5: {a} as circles, {b} as triangles; filled when calm, \
         hollow when tense"
    );
    let _ = write!(
        page,
        "<section aria-labelledby=\"moods\"><h2 id=\"moods\">Check-ins: mood, calm and \
         tense</h2>{}</section>",
        figure(
            &charts::moods(data, &chart_title).svg,
            &chart_title,
            &table(
                "Check-ins per week",
                &[
                    "Week".into(),
                    "Check-ins".into(),
                    "Calm".into(),
                    "Tense".into(),
                    "Mean mood".into()
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
        "<section aria-labelledby=\"seen\"><h2 id=\"seen\">Noticing each other</h2>\
         <p>An acknowledgement says “I saw what you did”.</p>{}</section>",
        table(
            "Entries acknowledged per week",
            &[
                "Week".into(),
                format!("{ea} noticed {eb}'s"),
                format!("{eb} noticed {ea}'s")
            ],
            &ack_rows,
        )
    );

    // Pauses.
    page.push_str("<section aria-labelledby=\"pauses\"><h2 id=\"pauses\">Pause days</h2>");
    if data.pause_days.is_empty() {
        page.push_str("<p>No pause days in these weeks.</p>");
    } else {
        let _ = write!(
            page,
            "<p>{} the couple chose as a pause: {}.</p>",
            count(data.pause_days.len() as u32, "day", "days"),
            data.pause_days
                .iter()
                .map(|d| short_day(*d))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    page.push_str("</section>");

    // In words.
    page.push_str(
        "<section aria-labelledby=\"words\"><h2 id=\"words\">Week by week, in words</h2>",
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
        page.push_str("<section aria-labelledby=\"notes\"><h2 id=\"notes\">Their notes</h2>");
        if data.notes.is_empty() {
            page.push_str("<p>No notes in these weeks.</p>");
        } else {
            page.push_str("<ul class=\"notes\">");
            for note in &data.notes {
                let _ = write!(
                    page,
                    "<li><span class=\"when\">{} · {} · {}</span> {}</li>",
                    short_day(note.day),
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
