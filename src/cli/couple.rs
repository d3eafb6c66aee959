//! Reading what a person typed about the couple: a partner's name, an
//! event's id (or a piece of it), two names for a new garden.

use crate::cli::error::{CliError, CliResult};
use trust_garden::garden::Ledger;
use trust_garden::journal::{Event, Hurt, Partner};
use trust_garden::t;

/// The ledger of a save that has been set up, or a clear error.
pub fn set_up(ledger: &Ledger) -> CliResult<()> {
    if ledger.couple().is_set_up() {
        return Ok(());
    }
    Err(CliError(t!("cli-not-set-up")))
}

/// The partner a typed name means, ignoring case and surrounding space.
pub fn partner_named(ledger: &Ledger, typed: &str) -> CliResult<Partner> {
    let names = &ledger.couple().names;
    let typed = typed.trim();
    Partner::BOTH
        .into_iter()
        .find(|p| names[p.index()].to_lowercase() == typed.to_lowercase())
        .ok_or_else(|| {
            CliError(t!(
                "cli-not-a-partner",
                typed = format!("{typed:?}"),
                first = &names[0],
                second = &names[1]
            ))
        })
}

/// `--hurt`: a partner's name, `both` or `unsaid`, among `names`.
pub fn hurt_named(names: [&str; 2], typed: &str) -> CliResult<Hurt> {
    let typed = typed.trim();
    match typed.to_lowercase().as_str() {
        "both" => return Ok(Hurt::Both),
        "unsaid" | "not-said" => return Ok(Hurt::NotSaid),
        _ => {}
    }
    Partner::BOTH
        .into_iter()
        .find(|p| names[p.index()].to_lowercase() == typed.to_lowercase())
        .map(Hurt::One)
        .ok_or_else(|| {
            CliError(t!(
                "cli-hurt-not-a-partner",
                typed = format!("{typed:?}"),
                first = names[0],
                second = names[1]
            ))
        })
}

/// Checks two partner names for `init` and `demo`: non-empty, and different
/// even ignoring case (so `--by` is never ambiguous).
pub fn check_names(names: &[String]) -> CliResult<(String, String)> {
    let [a, b] = names else {
        return Err(CliError(t!("cli-partners-two")));
    };
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() || b.is_empty() {
        return Err(CliError(t!("cli-partners-empty")));
    }
    if a.to_lowercase() == b.to_lowercase() {
        return Err(CliError(t!("cli-partners-same", name = format!("{a:?}"))));
    }
    Ok((a.to_owned(), b.to_owned()))
}

/// Finds an event by its full id or a unique prefix or suffix of it (hyphens
/// optional, any case). UUIDv7 ids start with their creation time, so events
/// logged in the same minute share long prefixes, while the last few digits are
/// random: a suffix such as `c4d80f` is the short way to name one. An ambiguous
/// piece names the candidates.
pub fn find_event<'a>(events: &'a [Event], typed: &str) -> CliResult<&'a Event> {
    let wanted = typed.trim().to_lowercase();
    if wanted.is_empty() {
        return Err(CliError(t!("cli-id-empty")));
    }
    let compact = !wanted.contains('-');
    let matches: Vec<&Event> = events
        .iter()
        .filter(|e| {
            let id = if compact {
                e.id.0.simple().to_string()
            } else {
                e.id.to_string()
            };
            id.starts_with(&wanted) || id.ends_with(&wanted)
        })
        .collect();
    match matches.as_slice() {
        [] => Err(CliError(t!("cli-no-such-id", typed = format!("{typed:?}")))),
        [one] => Ok(one),
        many => {
            const SHOWN: usize = 5;
            let listed: Vec<String> = many.iter().take(SHOWN).map(|e| e.id.to_string()).collect();
            let more = if many.len() > SHOWN {
                t!("cli-ambiguous-id-more", count = many.len() - SHOWN)
            } else {
                String::new()
            };
            Err(CliError(t!(
                "cli-ambiguous-id",
                typed = format!("{typed:?}"),
                candidates = listed.join(", "),
                more = more
            )))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, NaiveTime};
    use trust_garden::journal::{EventId, Kind};
    use uuid::Uuid;

    fn event(n: u128, minute: u32, kind: Kind) -> Event {
        Event {
            id: EventId(Uuid::from_u128(n)),
            by: Partner::A,
            at: DateTime::parse_from_rfc3339(&format!("2026-05-01T10:{minute:02}:00+02:00"))
                .unwrap(),
            kind,
            note: None,
        }
    }

    fn setup(n: u128, minute: u32, a: &str, b: &str) -> Event {
        event(
            n,
            minute,
            Kind::Setup {
                partners: (a.into(), b.into()),
                zone: "Europe/Berlin".into(),
                day_start: NaiveTime::MIN,
                hurt: Hurt::NotSaid,
                from_now_on: false,
            },
        )
    }

    #[test]
    fn the_latest_setup_and_renames_give_the_names() {
        let log = [
            setup(1, 0, "Alex", "Sam"),
            event(
                2,
                1,
                Kind::Rename {
                    partner: Partner::B,
                    name: "Samira".into(),
                },
            ),
        ];
        let ledger = Ledger::from_events(log);
        assert_eq!(partner_named(&ledger, " samira ").unwrap(), Partner::B);
        assert!(partner_named(&ledger, "Sam").is_err());
        let err = partner_named(&ledger, "Kim").unwrap_err();
        assert!(err.0.contains("Alex") && err.0.contains("Samira"), "{err}");
    }

    #[test]
    fn a_log_without_setup_is_an_error() {
        assert!(set_up(&Ledger::from_events([event(1, 0, Kind::HonestTalk)])).is_err());
    }

    #[test]
    fn ids_resolve_by_unique_prefix() {
        let log = [
            event(0x1111_0000, 0, Kind::HonestTalk),
            event(0x1112_0000, 1, Kind::Kindness),
            event(0x2222_0000, 2, Kind::Gratitude),
        ];
        let full = log[2].id.to_string();
        assert_eq!(find_event(&log, &full).unwrap().id, log[2].id);
        assert_eq!(
            find_event(&log, &full.to_uppercase()).unwrap().id,
            log[2].id
        );
        let compact = log[0].id.0.simple().to_string();
        assert_eq!(find_event(&log, &compact[..28]).unwrap().id, log[0].id);
        let err = find_event(&log, &compact[..26]).unwrap_err();
        assert!(err.0.contains("ambiguous"), "{err}");
        assert!(err.0.contains(&log[1].id.to_string()), "{err}");
        assert!(find_event(&log, "ffff").unwrap_err().0.contains("no event"));
    }

    #[test]
    fn ids_resolve_by_unique_suffix() {
        let log = [
            event(
                0x1111_0000_0000_0000_0000_0000_00ab_cdef,
                0,
                Kind::HonestTalk,
            ),
            event(0x1111_0000_0000_0000_0000_0000_0012_3456, 1, Kind::Kindness),
        ];
        assert_eq!(find_event(&log, "abcdef").unwrap().id, log[0].id);
        assert_eq!(find_event(&log, "123456").unwrap().id, log[1].id);
    }

    #[test]
    fn names_must_differ_ignoring_case() {
        assert!(check_names(&["Alex".into(), "alex".into()]).is_err());
        assert!(check_names(&["Alex".into(), " ".into()]).is_err());
        assert_eq!(
            check_names(&["Alex".into(), "Sam".into()]).unwrap(),
            ("Alex".to_owned(), "Sam".to_owned())
        );
    }
}
