//! Who the couple is, read from the log: names from the latest setup and
//! renames, their clock, and looking up partners and events by what a person types.

use chrono::NaiveTime;

use crate::cli::error::{CliResult, fail};
use trust_garden::garden::CoupleClock;
use trust_garden::garden::effective::{replay_order, retracted};
use trust_garden::journal::{Event, Kind, Partner};

#[derive(Clone, Debug, PartialEq)]
pub struct Couple {
    pub names: [String; 2],
    pub clock: CoupleClock,
}

impl Couple {
    /// Reads the couple from the log. The latest setup wins, later renames
    /// apply on top, and retracted ones are ignored.
    pub fn from_events(events: &[Event]) -> CliResult<Couple> {
        let retracted = retracted(events);
        let mut bookkeeping: Vec<&Event> = events
            .iter()
            .filter(|e| matches!(e.kind, Kind::Setup { .. } | Kind::Rename { .. }))
            .filter(|e| !retracted.contains(&e.id))
            .collect();
        bookkeeping.sort_by(|a, b| replay_order(a, b));
        let mut couple: Option<Couple> = None;
        for event in bookkeeping {
            match &event.kind {
                Kind::Setup {
                    partners,
                    zone,
                    day_start,
                } => {
                    let clock = CoupleClock::new(zone, *day_start)
                        .map_err(|e| fail!("the setup event {}: {e}", event.id))?;
                    couple = Some(Couple {
                        names: [partners.0.clone(), partners.1.clone()],
                        clock,
                    });
                }
                Kind::Rename { partner, name } => {
                    if let Some(couple) = couple.as_mut() {
                        couple.names[partner.index()] = name.clone();
                    }
                }
                _ => {}
            }
        }
        couple.ok_or_else(|| {
            fail!("the save has no setup event (names, time zone); was it created with `init`?")
        })
    }

    pub fn name(&self, partner: Partner) -> &str {
        &self.names[partner.index()]
    }

    /// The partner a typed name means, ignoring case and surrounding space.
    pub fn partner_named(&self, typed: &str) -> CliResult<Partner> {
        let typed = typed.trim();
        Partner::BOTH
            .into_iter()
            .find(|p| self.name(*p).to_lowercase() == typed.to_lowercase())
            .ok_or_else(|| {
                fail!(
                    "--by {typed:?} is neither partner (the partners are {} and {})",
                    self.names[0],
                    self.names[1]
                )
            })
    }
}

/// Checks two partner names for `init` and `demo`: non-empty, and different
/// even ignoring case (so `--by` is never ambiguous).
pub fn check_names(names: &[String]) -> CliResult<(String, String)> {
    let [a, b] = names else {
        return Err(fail!("--partners takes exactly two names"));
    };
    let (a, b) = (a.trim(), b.trim());
    if a.is_empty() || b.is_empty() {
        return Err(fail!("--partners: a name cannot be empty"));
    }
    if a.to_lowercase() == b.to_lowercase() {
        return Err(fail!(
            "--partners: the two names must differ (got {a:?} twice)"
        ));
    }
    Ok((a.to_owned(), b.to_owned()))
}

pub fn setup_kind(names: (String, String), zone: &str, day_start: NaiveTime) -> CliResult<Kind> {
    CoupleClock::new(zone, day_start).map_err(|e| fail!("--tz: {e}"))?;
    Ok(Kind::Setup {
        partners: names,
        zone: zone.to_owned(),
        day_start,
    })
}

/// Finds an event by its full id or a unique prefix or suffix of it (hyphens
/// optional, any case). UUIDv7 ids start with their creation time, so events
/// logged in the same minute share long prefixes, while the last few digits are
/// random: a suffix such as `c4d80f` is the short way to name one. An ambiguous
/// piece names the candidates.
pub fn find_event<'a>(events: &'a [Event], typed: &str) -> CliResult<&'a Event> {
    let wanted = typed.trim().to_lowercase();
    if wanted.is_empty() {
        return Err(fail!("an event id cannot be empty"));
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
        [] => Err(fail!(
            "no event has an id starting or ending with {typed:?}"
        )),
        [one] => Ok(one),
        many => {
            const SHOWN: usize = 5;
            let listed: Vec<String> = many.iter().take(SHOWN).map(|e| e.id.to_string()).collect();
            let more = if many.len() > SHOWN {
                format!(" and {} more", many.len() - SHOWN)
            } else {
                String::new()
            };
            Err(fail!(
                "the id {typed:?} is ambiguous: it could be {}{more}; type more of it",
                listed.join(", ")
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;
    use trust_garden::journal::EventId;
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
        let couple = Couple::from_events(&log).unwrap();
        assert_eq!(couple.names, ["Alex".to_owned(), "Samira".to_owned()]);
        assert_eq!(couple.partner_named(" samira ").unwrap(), Partner::B);
        assert!(couple.partner_named("Sam").is_err());
        let err = couple.partner_named("Kim").unwrap_err();
        assert!(err.0.contains("Alex") && err.0.contains("Samira"), "{err}");
    }

    #[test]
    fn a_log_without_setup_is_an_error() {
        assert!(Couple::from_events(&[event(1, 0, Kind::HonestTalk)]).is_err());
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
