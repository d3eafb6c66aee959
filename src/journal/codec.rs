//! One line of the save file: a compact RON value followed by a checksum comment,
//! `(id:"…",by:A,…) // crc32c=1a2b3c4d`. The checksum covers every byte before the
//! comment, so a flipped byte is caught instead of replayed as a different event.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::error::{HeaderProblem, JournalError, LineDamage};
use super::event::{Event, EventId, Kind};
use super::seal::{Seal, SealParams};
use crate::t;

/// The newest save-file format this build reads and writes. A file whose
/// header names a higher number is read only here.
pub const FORMAT_VERSION: u32 = SEALED_FORMAT;
/// A plain save's format: what every version reads.
pub const PLAIN_FORMAT: u32 = 1;
/// An encrypted save's format: a version before it never writes to one.
pub const SEALED_FORMAT: u32 = 2;

const CHECKSUM_MARK: &str = " // crc32c=";
const CHECKSUM_HEX_LEN: usize = 8;
const CHECKSUM_SUFFIX_LEN: usize = CHECKSUM_MARK.len() + CHECKSUM_HEX_LEN;

/// The first line of every save: `TrustGarden(format:1,log:"…")`, and for
/// an encrypted one `TrustGarden(format:2,log:"…",seal:Some((…)))`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename = "TrustGarden")]
pub struct Header {
    pub format: u32,
    /// Names this log, so copies of one couple's save can be told from another's.
    pub log: Uuid,
    /// How its lines are sealed, for an encrypted save.
    #[serde(default)]
    pub seal: Option<SealParams>,
}

impl Header {
    /// A new plain save's header.
    pub fn new() -> Header {
        Header {
            format: PLAIN_FORMAT,
            log: Uuid::now_v7(),
            seal: None,
        }
    }

    /// This log's header, plain.
    pub fn plain(&self) -> Header {
        Header {
            format: PLAIN_FORMAT,
            log: self.log,
            seal: None,
        }
    }

    /// This log's header, sealed as `seal` says.
    pub fn sealed(&self, seal: &Seal) -> Header {
        Header {
            format: SEALED_FORMAT,
            log: self.log,
            seal: Some(seal.params().clone()),
        }
    }
}

impl Default for Header {
    fn default() -> Self {
        Header::new()
    }
}

/// The header line, without its line end.
pub fn encode_header(header: &Header) -> String {
    let seal = match &header.seal {
        // Plain strings and numbers only: it cannot fail, nor hold a line end.
        Some(params) => format!(",seal:Some({})", ron::to_string(params).unwrap_or_default()),
        None => String::new(),
    };
    with_checksum(format!(
        "TrustGarden(format:{},log:\"{}\"{seal})",
        header.format,
        header.log.hyphenated()
    ))
}

/// Reads the header line (without its line end). The error says why it is not one.
pub fn decode_header(line: &str) -> Result<Header, HeaderProblem> {
    let payload = verified_payload(line).map_err(HeaderProblem::Damaged)?;
    let header =
        ron::from_str::<Header>(payload).map_err(|e| HeaderProblem::NotAHeader(e.to_string()))?;
    match (&header.seal, header.format) {
        (Some(_), format) if format < SEALED_FORMAT => {
            Err(HeaderProblem::FormatUnsealable { format })
        }
        (None, SEALED_FORMAT) => Err(HeaderProblem::SealMissing),
        _ => Ok(header),
    }
}

/// The years a log's dates may fall in. Anything outside is a typo or
/// damage, and a replay that walked to year 262143 day by day would never end.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=2200;

/// Why an event cannot be kept exactly as it is: a date outside `YEARS`,
/// or a UTC offset with seconds (the text format keeps minutes, so the line
/// would say another moment than the event). Worded when shown, so the
/// words follow the current language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutOfRange {
    Date { date: NaiveDate },
    OffsetSeconds { offset: FixedOffset },
}

impl fmt::Display for OutOfRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            OutOfRange::Date { date } => t!(
                "report-journal-date-outside-years",
                date = date.to_string(),
                first = YEARS.start().to_string(),
                last = YEARS.end().to_string()
            ),
            OutOfRange::OffsetSeconds { offset } => {
                t!("report-journal-offset-seconds", offset = offset.to_string())
            }
        };
        f.write_str(&text)
    }
}

/// Why an event cannot be kept exactly as it is, if so (see [`OutOfRange`]).
pub fn out_of_range(event: &Event) -> Option<OutOfRange> {
    let mut dates = vec![event.at.date_naive()];
    match &event.kind {
        Kind::Pause { from, to } => dates.extend([*from, *to]),
        Kind::PromiseMade { due: Some(due), .. } => dates.push(*due),
        _ => {}
    }
    if let Some(date) = dates.into_iter().find(|d| !YEARS.contains(&d.year())) {
        return Some(OutOfRange::Date { date });
    }
    let offset = *event.at.offset();
    (offset.local_minus_utc() % 60 != 0).then_some(OutOfRange::OffsetSeconds { offset })
}

/// One event as a save-file line, without its line end.
pub fn encode_event(event: &Event) -> Result<String, JournalError> {
    if let Some(why) = out_of_range(event) {
        return Err(JournalError::Encode {
            id: event.id,
            why: why.to_string(),
        });
    }
    let payload = ron::to_string(event).map_err(|e| JournalError::Encode {
        id: event.id,
        why: e.to_string(),
    })?;
    // A line end inside the value would split it into two damaged lines.
    if payload.contains(['\n', '\r']) {
        return Err(JournalError::Encode {
            id: event.id,
            why: "the RON text contains a line break".into(),
        });
    }
    Ok(with_checksum(payload))
}

fn with_checksum(mut payload: String) -> String {
    let crc = crc32c::crc32c(payload.as_bytes());
    payload.reserve(CHECKSUM_SUFFIX_LEN);
    payload.push_str(CHECKSUM_MARK);
    push_hex(&mut payload, crc);
    payload
}

fn push_hex(out: &mut String, value: u32) {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    for shift in (0..8).rev() {
        out.push(DIGITS[((value >> (shift * 4)) & 0xf) as usize] as char);
    }
}

/// The text before the checksum comment, once the checksum matches it.
pub fn verified_payload(line: &str) -> Result<&str, LineDamage> {
    let split = line
        .len()
        .checked_sub(CHECKSUM_SUFFIX_LEN)
        .filter(|&at| line.is_char_boundary(at))
        .ok_or(LineDamage::NoChecksum)?;
    let (payload, suffix) = line.split_at(split);
    let hex = suffix
        .strip_prefix(CHECKSUM_MARK)
        .ok_or(LineDamage::NoChecksum)?;
    let found = parse_lower_hex(hex).ok_or(LineDamage::NoChecksum)?;
    let expected = crc32c::crc32c(payload.as_bytes());
    if expected != found {
        return Err(LineDamage::BadChecksum { expected, found });
    }
    Ok(payload)
}

/// Only lowercase digits, as written: an upper-cased digit is damage too.
fn parse_lower_hex(hex: &str) -> Option<u32> {
    hex.bytes().try_fold(0u32, |acc, b| {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            _ => return None,
        };
        Some(acc << 4 | u32::from(digit))
    })
}

/// The envelope every version of the format keeps, so lines from a newer
/// version can still be merged and ordered.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Envelope {
    pub id: EventId,
    pub at: DateTime<FixedOffset>,
}

/// A line whose checksum matched.
#[derive(Clone, Debug, PartialEq)]
pub enum Decoded {
    Event(Event),
    /// Intact but not an event this build knows (a new kind from a newer version).
    Newer {
        envelope: Option<Envelope>,
        why: String,
    },
}

/// Checks and reads one line of a plain save (without its line end).
pub fn decode_line(line: &str) -> Result<Decoded, LineDamage> {
    decode_payload(verified_payload(line)?)
}

/// Reads a line's RON value, its checksum already checked (and opened, if sealed).
fn decode_payload(payload: &str) -> Result<Decoded, LineDamage> {
    match ron::from_str::<Event>(payload) {
        Ok(event) => match out_of_range(&event) {
            Some(why) => Err(LineDamage::OutOfRange { why }),
            None => Ok(Decoded::Event(event)),
        },
        Err(e) => Ok(Decoded::Newer {
            envelope: ron::from_str::<Envelope>(payload).ok(),
            why: e.to_string(),
        }),
    }
}

/// How a save's lines are read and written: plain RON values, or each one
/// sealed with the save's key, `(id:"…",sealed:"…") // crc32c=…`, so the id
/// and checksum stay visible to merges and recovery and nothing else does.
#[derive(Clone, Default)]
pub enum Codec {
    #[default]
    Plain,
    Sealed(Arc<Seal>),
}

impl fmt::Debug for Codec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Codec::Plain => f.write_str("Plain"),
            Codec::Sealed(seal) => f.debug_tuple("Sealed").field(seal).finish(),
        }
    }
}

/// Two codecs are the same when they read the same lines.
impl PartialEq for Codec {
    fn eq(&self, other: &Codec) -> bool {
        match (self, other) {
            (Codec::Plain, Codec::Plain) => true,
            (Codec::Sealed(a), Codec::Sealed(b)) => a.log() == b.log() && a.params() == b.params(),
            _ => false,
        }
    }
}

const SEALED_PREFIX: &str = "(id:\"";
const SEALED_MIDDLE: &str = "\",sealed:\"";
const SEALED_END: &str = "\")";

/// The id and sealed text of a sealed line's checked payload, if it is one.
pub(crate) fn sealed_parts(payload: &str) -> Option<(EventId, &str)> {
    let rest = payload.strip_prefix(SEALED_PREFIX)?;
    let (id, rest) = rest.split_at_checked(36)?;
    let sealed = rest.strip_prefix(SEALED_MIDDLE)?.strip_suffix(SEALED_END)?;
    let id = Uuid::try_parse(id).ok()?;
    Some((EventId(id), sealed))
}

impl Codec {
    pub fn is_sealed(&self) -> bool {
        matches!(self, Codec::Sealed(_))
    }

    /// Checks and reads one line (without its line end).
    pub fn decode(&self, line: &str) -> Result<Decoded, LineDamage> {
        let Codec::Sealed(seal) = self else {
            return decode_payload(&self.plain_payload(line)?);
        };
        let payload = verified_payload(line)?;
        let (id, sealed) = sealed_parts(payload).ok_or(LineDamage::PlainInSealed)?;
        let opened = seal.open(id.0, sealed).ok_or(LineDamage::Unopened)?;
        let plain = std::str::from_utf8(opened.as_bytes()).map_err(|_| LineDamage::Unopened)?;
        let decoded = decode_payload(plain)?;
        // A sealed value must be the entry its visible id names.
        let inner = match &decoded {
            Decoded::Event(event) => Some(event.id),
            Decoded::Newer { envelope, .. } => envelope.as_ref().map(|e| e.id),
        };
        if inner != Some(id) {
            return Err(LineDamage::Unopened);
        }
        Ok(decoded)
    }

    /// A line's RON value: the text before its checksum, opened if sealed.
    pub fn plain_payload<'a>(
        &self,
        line: &'a str,
    ) -> Result<std::borrow::Cow<'a, str>, LineDamage> {
        let payload = verified_payload(line)?;
        let parts = sealed_parts(payload);
        match (self, parts) {
            (Codec::Plain, None) => Ok(payload.into()),
            (Codec::Plain, Some(_)) => Err(LineDamage::SealedInPlain),
            (Codec::Sealed(_), None) => Err(LineDamage::PlainInSealed),
            (Codec::Sealed(seal), Some((id, sealed))) => {
                let opened = seal.open(id.0, sealed).ok_or(LineDamage::Unopened)?;
                std::str::from_utf8(opened.as_bytes())
                    .map(|text| text.to_owned().into())
                    .map_err(|_| LineDamage::Unopened)
            }
        }
    }

    /// One event as a line of this codec, without its line end.
    pub fn encode(&self, event: &Event) -> Result<String, JournalError> {
        let line = encode_event(event)?;
        Ok(match self {
            Codec::Plain => line,
            Codec::Sealed(_) => self.wrap(event.id, &line[..line.len() - CHECKSUM_SUFFIX_LEN]),
        })
    }

    /// A RON value (a line's payload) as a line of this codec.
    pub fn wrap(&self, id: EventId, payload: &str) -> String {
        match self {
            Codec::Plain => with_checksum(payload.to_owned()),
            Codec::Sealed(seal) => with_checksum(format!(
                "{SEALED_PREFIX}{}{SEALED_MIDDLE}{}{SEALED_END}",
                id.0.hyphenated(),
                seal.seal(id.0, payload.as_bytes())
            )),
        }
    }
}

/// Whether a line is a sealed line with a good checksum (its key unknown).
pub fn looks_sealed(line: &str) -> bool {
    verified_payload(line).is_ok_and(|payload| sealed_parts(payload).is_some())
}

/// One intact line that carries an event id: what merging works on. `text()`
/// is the line exactly as read (without line end), so rewriting it never drops
/// fields that a newer build added. Lines read from one file share its text,
/// so reading a save copies no line and cloning a line copies no text.
#[derive(Clone)]
pub struct Line {
    pub id: EventId,
    pub at: DateTime<FixedOffset>,
    source: Arc<String>,
    span: Range<usize>,
}

impl Line {
    /// An event as a new line.
    pub fn of_event(event: &Event) -> Result<Line, JournalError> {
        let text = encode_event(event)?;
        Ok(Line {
            id: event.id,
            at: event.at,
            span: 0..text.len(),
            source: Arc::new(text),
        })
    }

    /// The line at `span` of `source`, which must cut it at character
    /// boundaries (a line found in it does).
    pub(crate) fn in_source(
        id: EventId,
        at: DateTime<FixedOffset>,
        source: &Arc<String>,
        span: Range<usize>,
    ) -> Line {
        debug_assert!(source.get(span.clone()).is_some());
        Line {
            id,
            at,
            source: Arc::clone(source),
            span,
        }
    }

    /// The line as read or written, without line end.
    pub fn text(&self) -> &str {
        // Every span is a line found in its source (see `in_source`).
        &self.source[self.span.clone()]
    }

    /// What "same content" means: the text without its checksum comment.
    pub fn content(&self) -> &str {
        let text = self.text();
        let end = text.len().saturating_sub(CHECKSUM_SUFFIX_LEN);
        text.get(..end).unwrap_or(text)
    }
}

/// A line's bytes without its checksum comment, as `Line::content`.
pub(crate) fn line_content(line: &[u8]) -> &[u8] {
    &line[..line.len().saturating_sub(CHECKSUM_SUFFIX_LEN)]
}

/// Two lines are equal when they say the same, wherever their text is kept.
impl PartialEq for Line {
    fn eq(&self, other: &Line) -> bool {
        self.id == other.id && self.at == other.at && self.text() == other.text()
    }
}

impl Eq for Line {}

impl fmt::Debug for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Line")
            .field("id", &self.id)
            .field("at", &self.at)
            .field("text", &self.text())
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::event::{Kind, Partner};

    fn sample() -> Event {
        Event {
            id: EventId::new_v7(),
            by: Partner::B,
            at: DateTime::parse_from_rfc3339("2025-03-01T21:15:00+01:00").unwrap(),
            kind: Kind::CheckIn {
                mood: 4,
                calm: true,
            },
            note: Some("I felt heard when you asked \"how was your day\" // twice".into()),
        }
    }

    #[test]
    fn an_event_line_reads_back_as_the_same_event() {
        let event = sample();
        let line = encode_event(&event).unwrap();
        assert!(!line.contains('\n'));
        assert_eq!(decode_line(&line), Ok(Decoded::Event(event)));
    }

    #[test]
    fn the_header_reads_back() {
        let header = Header::new();
        assert_eq!(decode_header(&encode_header(&header)), Ok(header));
    }

    #[test]
    fn an_upper_case_checksum_digit_is_damage() {
        let line = encode_event(&sample()).unwrap();
        let upper = format!(
            "{}{}",
            &line[..line.len() - 8],
            line[line.len() - 8..].to_uppercase()
        );
        if upper != line {
            assert_eq!(decode_line(&upper), Err(LineDamage::NoChecksum));
        }
    }

    #[test]
    fn a_changed_byte_fails_the_checksum() {
        let line = encode_event(&sample()).unwrap();
        let changed = line.replacen("mood:4", "mood:5", 1);
        assert!(matches!(
            decode_line(&changed),
            Err(LineDamage::BadChecksum { .. })
        ));
    }

    #[test]
    fn an_unknown_kind_with_a_good_checksum_is_a_newer_line() {
        let event = sample();
        let payload = ron::to_string(&event)
            .unwrap()
            .replace("CheckIn(mood:4,calm:true)", "Hug(seconds:20)");
        let line = with_checksum(payload);
        match decode_line(&line) {
            Ok(Decoded::Newer {
                envelope: Some(envelope),
                ..
            }) => {
                assert_eq!(envelope.id, event.id);
                assert_eq!(envelope.at, event.at);
            }
            other => panic!("expected a newer-version line, got {other:?}"),
        }
    }

    #[test]
    fn why_an_entry_is_out_of_range_is_worded_in_the_language_it_is_shown_in() {
        use crate::i18n::{Lang, scoped};
        let mut event = sample();
        event.at = DateTime::parse_from_rfc3339("1850-03-01T10:00:00+00:00").unwrap();
        let why = out_of_range(&event).unwrap();
        assert_eq!(
            scoped(Lang::En, || why.to_string()),
            "the date 1850-03-01 is outside the years 1900-2200"
        );
        assert_eq!(
            scoped(Lang::De, || why.to_string()),
            "das Datum 1850-03-01 liegt außerhalb der Jahre 1900–2200"
        );
        let damage = LineDamage::OutOfRange { why };
        assert_eq!(
            scoped(Lang::Es, || damage.to_string()),
            "fuera de rango: la fecha 1850-03-01 está fuera de los años 1900-2200"
        );
        let seconds = OutOfRange::OffsetSeconds {
            offset: FixedOffset::east_opt(3600 + 30).unwrap(),
        };
        assert_eq!(
            scoped(Lang::En, || seconds.to_string()),
            "the UTC offset +01:00:30 has seconds"
        );
        assert!(scoped(Lang::De, || seconds.to_string()).contains("+01:00:30 enthält Sekunden"));
    }
}
