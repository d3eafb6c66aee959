//! The time zones a couple can choose from, found by a few typed letters:
//! "berl" finds Europe/Berlin, "new york" or "new_york" America/New_York,
//! "são" or "sao" America/Sao_Paulo. Pure: the app's searchable list and the
//! command line ask the same function.

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::{TZ_VARIANTS, Tz};

/// The areas of the zones people live in (`Area/City`); the others
/// (`Etc/GMT+5`, `US/Eastern`, `EST`) are old aliases, found too but listed
/// after them.
const AREAS: [&str; 10] = [
    "Africa",
    "America",
    "Antarctica",
    "Arctic",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
];

/// A zone by its IANA name as typed: exactly, else ignoring case, spaces
/// for underscores and surrounding space ("america/new york").
pub fn named(typed: &str) -> Option<Tz> {
    let typed = typed.trim();
    if let Ok(zone) = typed.parse() {
        return Some(zone);
    }
    let wanted = typed.replace(' ', "_").to_lowercase();
    TZ_VARIANTS
        .iter()
        .copied()
        .find(|zone| zone.name().to_lowercase() == wanted)
}

/// Whether a zone is one people live in, named `Area/City`.
pub fn is_canonical(name: &str) -> bool {
    name.split_once('/')
        .is_some_and(|(area, _)| AREAS.contains(&area))
}

/// The zones whose names match `query`, best first: each word typed must
/// begin a word of the zone's name (case, accents, `_`, `/` and `-` aside).
/// A city named as typed comes first, then a city that begins so, then the
/// others; zones people live in before old aliases; then by city, A to Z.
/// An empty query lists every zone people live in, alphabetically.
pub fn search(query: &str) -> Vec<&'static str> {
    let typed = words(query);
    if typed.is_empty() {
        let mut all: Vec<&'static str> = TZ_VARIANTS
            .iter()
            .map(|zone| zone.name())
            .filter(|name| is_canonical(name))
            .collect();
        all.sort_unstable();
        return all;
    }
    let phrase = typed.join(" ");
    let mut found: Vec<(u8, bool, String, &'static str)> = TZ_VARIANTS
        .iter()
        .map(|zone| zone.name())
        .filter_map(|name| {
            let city = words(name.rsplit('/').next().unwrap_or(name)).join(" ");
            let all = words(name);
            let begins_a_word = |w: &String| all.iter().any(|z| z.starts_with(w.as_str()));
            if !typed.iter().all(begins_a_word) {
                return None;
            }
            let rank = if city == phrase {
                0
            } else if city.starts_with(&phrase) {
                1
            } else if typed
                .iter()
                .all(|w| city.split(' ').any(|c| c.starts_with(w.as_str())))
            {
                2
            } else {
                3
            };
            Some((rank, !is_canonical(name), city, name))
        })
        .collect();
    found.sort_unstable();
    found.into_iter().map(|(.., name)| name).collect()
}

/// The words of a name or query: lower case, without accents, split at
/// anything that is not a letter or digit.
fn words(text: &str) -> Vec<String> {
    let folded: String = text
        .chars()
        .flat_map(char::to_lowercase)
        .map(fold)
        .collect();
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// A lower-case letter without its accent, for the letters zone names are
/// typed with (zone names themselves are plain ASCII).
fn fold(c: char) -> char {
    match c {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' => 'a',
        'é' | 'è' | 'ê' | 'ë' | 'ē' => 'e',
        'í' | 'ì' | 'î' | 'ï' | 'ī' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
        'ú' | 'ù' | 'û' | 'ü' | 'ū' => 'u',
        'ç' | 'č' | 'ć' => 'c',
        'ñ' | 'ń' => 'n',
        'ý' | 'ÿ' => 'y',
        'š' | 'ś' => 's',
        'ž' | 'ź' | 'ż' => 'z',
        'ł' => 'l',
        'ř' => 'r',
        other => other,
    }
}

/// The time on the clocks of `zone` at `at`: what a list of zones shows
/// beside each name, so a couple recognises theirs by the hour.
pub fn time_there(zone: &str, at: DateTime<Utc>) -> Option<NaiveTime> {
    named(zone).map(|tz| at.with_timezone(&tz).time())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(query: &str) -> &'static str {
        search(query).first().copied().unwrap_or("(none)")
    }

    #[test]
    fn a_few_letters_find_the_city() {
        assert_eq!(first("berl"), "Europe/Berlin");
        assert_eq!(first("Berlin"), "Europe/Berlin");
        assert_eq!(first("  BERLIN "), "Europe/Berlin");
        assert_eq!(first("lond"), "Europe/London");
    }

    #[test]
    fn spaces_underscores_and_slashes_are_alike() {
        assert_eq!(first("new york"), "America/New_York");
        assert_eq!(first("new_york"), "America/New_York");
        assert_eq!(first("America/New_York"), "America/New_York");
        assert_eq!(first("york"), "America/New_York");
        assert_eq!(first("america new y"), "America/New_York");
    }

    #[test]
    fn accents_do_not_matter() {
        assert_eq!(first("são"), "America/Sao_Paulo");
        assert_eq!(first("sao"), "America/Sao_Paulo");
        assert_eq!(first("São Paulo"), "America/Sao_Paulo");
        assert_eq!(first("zürich"), "Europe/Zurich");
        assert_eq!(first("Bogotá"), "America/Bogota");
    }

    #[test]
    fn zones_people_live_in_come_before_old_aliases() {
        let found = search("eastern");
        assert!(found.contains(&"US/Eastern"), "{found:?}");
        let new_york = search("new york");
        assert_eq!(new_york[0], "America/New_York");
        assert!(new_york.iter().all(|name| name.contains("New_York")));
        let kolkata = search("kolk");
        assert_eq!(kolkata, vec!["Asia/Kolkata"]);
    }

    #[test]
    fn nothing_matches_nonsense_and_an_empty_query_lists_every_city() {
        assert!(search("xyzzy").is_empty());
        let all = search("");
        assert!(all.contains(&"Europe/Berlin") && all.contains(&"America/New_York"));
        assert!(!all.contains(&"EST") && !all.contains(&"Etc/GMT+5"));
        assert!(all.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn every_zone_found_is_one_the_garden_accepts() {
        for name in search("a") {
            assert!(named(name).is_some(), "{name}");
        }
        assert_eq!(named("america/new york"), Some(Tz::America__New_York));
        assert_eq!(named(" Europe/Berlin "), Some(Tz::Europe__Berlin));
        assert_eq!(named("Mars/Olympus"), None);
    }

    #[test]
    fn the_time_there_follows_the_zone_and_its_summer_time() {
        let winter = "2026-12-04T12:00:00Z".parse().unwrap();
        let summer = "2026-07-04T12:00:00Z".parse().unwrap();
        let hm = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap();
        assert_eq!(time_there("Europe/Berlin", winter), Some(hm(13, 0)));
        assert_eq!(time_there("Europe/Berlin", summer), Some(hm(14, 0)));
        assert_eq!(time_there("America/Sao_Paulo", winter), Some(hm(9, 0)));
        assert_eq!(time_there("Asia/Kolkata", winter), Some(hm(17, 30)));
        assert_eq!(time_there("Mars/Olympus", winter), None);
    }
}
