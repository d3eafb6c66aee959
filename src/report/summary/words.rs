//! The summary's sentences: one short paragraph per week, written from the
//! figures, plain and even-handed (it is read with a counsellor).

use super::data::Week;

/// `n` and the noun, singular or plural.
pub fn count(n: u32, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

pub fn percent(share: f32) -> String {
    format!("{:.0}%", share * 100.0)
}

/// A list read aloud: "a", "a and b", "a, b and c".
fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// How trust moved over a stretch.
pub fn trust_moved(from: f32, to: f32) -> String {
    let (a, b) = (percent(from), percent(to));
    if a == b {
        format!("Trust held at {b}.")
    } else if to > from {
        format!("Trust grew from {a} to {b}.")
    } else {
        format!("Trust eased from {a} to {b}.")
    }
}

/// The paragraph for one week.
pub fn week_paragraph(week: &Week, names: &[String; 2]) -> String {
    let [a, b] = names;
    let mut said = Vec::new();
    let together = week.actions[0] + week.actions[1];
    if together == 0 {
        said.push("No actions were logged this week.".to_owned());
    } else {
        let most: Vec<String> = week
            .by_action
            .iter()
            .take(3)
            .map(|(action, _)| action.label_inline())
            .collect();
        said.push(format!(
            "Together {a} and {b} logged {} ({} by {a}, {} by {b}), most often {}.",
            count(together, "action", "actions"),
            week.actions[0],
            week.actions[1],
            listed(&most)
        ));
    }
    said.push(trust_moved(week.trust.0, week.trust.1));
    let c = &week.check_ins;
    match c.mood {
        Some(mood) => said.push(format!(
            "{}: {} calm, {} tense; the mood was {mood:.1} of 5 on average.",
            count(c.count, "check-in", "check-ins"),
            c.calm,
            c.tense
        )),
        None => said.push("There were no check-ins.".to_owned()),
    }
    let p = &week.promises;
    if p.made + p.kept + p.admitted_broken > 0 {
        said.push(format!(
            "{} made, {} kept and {} admitted broken.",
            count(p.made, "promise", "promises"),
            p.kept,
            p.admitted_broken
        ));
    }
    if p.overdue > 0 {
        said.push(format!(
            "At the week's end {} past its day without a word.",
            if p.overdue == 1 {
                "1 promise was".to_owned()
            } else {
                format!("{} promises were", p.overdue)
            }
        ));
    }
    said.push(format!(
        "{a} acknowledged {} of {b}'s entries, and {b} {} of {a}'s.",
        week.acknowledged[0], week.acknowledged[1]
    ));
    if week.pause_days > 0 {
        said.push(format!(
            "{} a pause the couple chose.",
            if week.pause_days == 1 {
                "1 day was".to_owned()
            } else {
                format!("{} days were", week.pause_days)
            }
        ));
    }
    said.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_and_counts_read_as_sentences() {
        assert_eq!(listed(&[]), "");
        assert_eq!(listed(&["a".into()]), "a");
        assert_eq!(listed(&["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(count(1, "promise", "promises"), "1 promise");
        assert_eq!(count(0, "promise", "promises"), "0 promises");
        assert_eq!(trust_moved(0.41, 0.45), "Trust grew from 41% to 45%.");
        assert_eq!(trust_moved(0.45, 0.449), "Trust held at 45%.");
        assert_eq!(trust_moved(0.5, 0.3), "Trust eased from 50% to 30%.");
    }
}
