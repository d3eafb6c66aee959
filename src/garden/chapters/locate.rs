//! Where each field of a RON document sits, so an error can name both the
//! line and the field path (`goals[1].count`). RON's own errors only carry a
//! position, and semantic checks only know the path; this small scanner
//! connects the two. It understands just enough RON (strings, comments,
//! brackets, `key:`) and never fails: unparseable input simply yields fewer spots.

/// A 1-based line and column, as RON reports them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub line: usize,
    pub col: usize,
}

#[derive(Clone, Debug)]
struct Spot {
    path: String,
    at: Pos,
}

#[derive(Clone, Debug)]
struct Span {
    path: String,
    start: Pos,
    end: Pos,
}

/// Field positions of one document.
#[derive(Clone, Debug, Default)]
pub struct Locator {
    /// Keys and list elements, in document order.
    spots: Vec<Spot>,
    /// Struct bodies `( … )`, to find what encloses a position.
    structs: Vec<Span>,
}

enum Frame {
    Struct {
        path: String,
        start: Pos,
        key: Option<String>,
    },
    List {
        path: String,
        index: usize,
        /// The current element's spot is recorded.
        recorded: bool,
        /// The current element's value has ended; another value starting
        /// before a comma is the next element (with its comma missing).
        ended: bool,
    },
}

struct Cursor<'a> {
    chars: std::iter::Peekable<std::str::Chars<'a>>,
    pos: Pos,
}

impl Cursor<'_> {
    fn bump(&mut self) -> Option<char> {
        let c = self.chars.next()?;
        if c == '\n' {
            self.pos.line += 1;
            self.pos.col = 1;
        } else {
            self.pos.col += 1;
        }
        Some(c)
    }

    fn peek(&mut self) -> Option<char> {
        self.chars.peek().copied()
    }

    /// Skips whitespace and comments; returns the next significant char.
    fn skip_trivia(&mut self) -> Option<char> {
        loop {
            let c = self.peek()?;
            if c.is_whitespace() {
                self.bump();
            } else if c == '/' {
                let mut ahead = self.chars.clone();
                ahead.next();
                match ahead.next() {
                    Some('/') => {
                        while self.peek().is_some_and(|c| c != '\n') {
                            self.bump();
                        }
                    }
                    Some('*') => self.skip_block_comment(),
                    _ => return Some(c),
                }
            } else {
                return Some(c);
            }
        }
    }

    fn skip_block_comment(&mut self) {
        self.bump();
        self.bump();
        let mut depth = 1;
        while depth > 0 {
            match self.bump() {
                None => return,
                Some('*') if self.peek() == Some('/') => {
                    self.bump();
                    depth -= 1;
                }
                Some('/') if self.peek() == Some('*') => {
                    self.bump();
                    depth += 1;
                }
                Some(_) => {}
            }
        }
    }

    fn skip_string(&mut self) {
        self.bump();
        while let Some(c) = self.bump() {
            match c {
                '\\' => {
                    self.bump();
                }
                '"' => return,
                _ => {}
            }
        }
    }

    /// `r"…"` or `r#"…"#`; the leading `r` is already consumed.
    fn skip_raw_string(&mut self) {
        let mut hashes = 0;
        while self.peek() == Some('#') {
            self.bump();
            hashes += 1;
        }
        if self.bump() != Some('"') {
            return;
        }
        'outer: while let Some(c) = self.bump() {
            if c == '"' {
                for _ in 0..hashes {
                    if self.peek() != Some('#') {
                        continue 'outer;
                    }
                    self.bump();
                }
                return;
            }
        }
    }

    fn word(&mut self) -> String {
        let mut word = String::new();
        while let Some(c) = self.peek() {
            if c.is_alphanumeric() || matches!(c, '_' | '.' | '+' | '-') {
                word.push(c);
                self.bump();
            } else {
                break;
            }
        }
        word
    }
}

/// A value inside a list has ended.
fn end_value(stack: &mut [Frame]) {
    if let Some(Frame::List { ended, .. }) = stack.last_mut() {
        *ended = true;
    }
}

fn join(parent: &str, key: &str) -> String {
    if parent.is_empty() {
        key.to_owned()
    } else {
        format!("{parent}.{key}")
    }
}

impl Locator {
    pub fn new(src: &str) -> Locator {
        let mut locator = Locator::default();
        let mut stack: Vec<Frame> = Vec::new();
        let mut cursor = Cursor {
            chars: src.chars().peekable(),
            pos: Pos { line: 1, col: 1 },
        };
        while let Some(c) = cursor.skip_trivia() {
            let at = cursor.pos;
            match c {
                '(' | '{' => {
                    cursor.bump();
                    let path = locator.value_path(&mut stack, at);
                    stack.push(Frame::Struct {
                        path,
                        start: at,
                        key: None,
                    });
                }
                '[' => {
                    cursor.bump();
                    let path = locator.value_path(&mut stack, at);
                    stack.push(Frame::List {
                        path,
                        index: 0,
                        recorded: false,
                        ended: false,
                    });
                }
                ')' | '}' | ']' => {
                    cursor.bump();
                    if let Some(Frame::Struct { path, start, .. }) = stack.pop() {
                        locator.structs.push(Span {
                            path,
                            start,
                            end: cursor.pos,
                        });
                    }
                    end_value(&mut stack);
                }
                ',' => {
                    cursor.bump();
                    match stack.last_mut() {
                        Some(Frame::List {
                            index,
                            recorded,
                            ended,
                            ..
                        }) => {
                            *index += 1;
                            *recorded = false;
                            *ended = false;
                        }
                        Some(Frame::Struct { key, .. }) => *key = None,
                        None => {}
                    }
                }
                '"' => {
                    locator.value_path(&mut stack, at);
                    cursor.skip_string();
                    end_value(&mut stack);
                }
                _ => {
                    let word = cursor.word();
                    if word.is_empty() {
                        // A char RON may reject; step over it so scanning goes on.
                        cursor.bump();
                        continue;
                    }
                    if word == "r" && matches!(cursor.peek(), Some('"' | '#')) {
                        locator.value_path(&mut stack, at);
                        cursor.skip_raw_string();
                        end_value(&mut stack);
                        continue;
                    }
                    let next = cursor.skip_trivia();
                    let is_key = next == Some(':');
                    match stack.last_mut() {
                        Some(Frame::Struct { path, key, .. }) if is_key => {
                            let full = join(path, &word);
                            locator.spots.push(Spot {
                                path: full.clone(),
                                at,
                            });
                            *key = Some(full);
                            cursor.bump();
                        }
                        _ => {
                            locator.value_path(&mut stack, at);
                            // `Goal(` or `Days(`: the value goes on in the brackets.
                            if !matches!(next, Some('(' | '[' | '{')) {
                                end_value(&mut stack);
                            }
                        }
                    }
                }
            }
        }
        locator
    }

    /// The path of the value starting at `at`; records a list element's spot.
    fn value_path(&mut self, stack: &mut [Frame], at: Pos) -> String {
        match stack.last_mut() {
            None => String::new(),
            Some(Frame::Struct { path, key, .. }) => key.clone().unwrap_or_else(|| path.clone()),
            Some(Frame::List {
                path,
                index,
                recorded,
                ended,
            }) => {
                if *ended {
                    *index += 1;
                    *recorded = false;
                    *ended = false;
                }
                let element = format!("{path}[{index}]");
                if !*recorded {
                    *recorded = true;
                    self.spots.push(Spot {
                        path: element.clone(),
                        at,
                    });
                }
                element
            }
        }
    }

    /// Where a field (or list element) is written; for a path that is not in
    /// the text (a missing field), where its nearest written ancestor is.
    pub fn position_of(&self, path: &str) -> Pos {
        let mut wanted = path;
        loop {
            if let Some(spot) = self.spots.iter().find(|s| s.path == wanted) {
                return spot.at;
            }
            match wanted.rfind(['.', '[']) {
                Some(cut) => wanted = &wanted[..cut],
                None => return Pos { line: 1, col: 1 },
            }
        }
    }

    /// The field the text at `at` belongs to: the last key or element that
    /// starts at or before it.
    pub fn path_at(&self, at: Pos) -> String {
        self.spots
            .iter()
            .rev()
            .find(|s| s.at <= at)
            .map(|s| s.path.clone())
            .unwrap_or_default()
    }

    /// The innermost struct body enclosing `at`.
    pub fn struct_at(&self, at: Pos) -> String {
        self.structs
            .iter()
            .filter(|s| s.start <= at && at <= s.end)
            .max_by_key(|s| s.start)
            .map(|s| s.path.clone())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DOC: &str = r##"// a comment with goals: [ and ( in it
Chapter(
    id: "roots", /* block ( comment */
    story: "a (tricky) \"string\", with: colons",
    goals: [
        Goal(action: "check-in", count: 2, within: Days(7)),
        Goal(
            action: r#"honest-talk"#,
            count: 3,
        ),
    ],
)
"##;

    #[test]
    fn finds_keys_and_list_elements_past_comments_and_strings() {
        let locator = Locator::new(DOC);
        assert_eq!(locator.position_of("id"), Pos { line: 3, col: 5 });
        assert_eq!(locator.position_of("goals[0]"), Pos { line: 6, col: 9 });
        assert_eq!(
            locator.position_of("goals[0].count"),
            Pos { line: 6, col: 34 }
        );
        assert_eq!(
            locator.position_of("goals[1].count"),
            Pos { line: 9, col: 13 }
        );
        // Not written: falls back to the enclosing element.
        assert_eq!(locator.position_of("goals[1].who"), Pos { line: 7, col: 9 });
    }

    #[test]
    fn maps_a_position_back_to_its_field() {
        let locator = Locator::new(DOC);
        assert_eq!(locator.path_at(Pos { line: 9, col: 20 }), "goals[1].count");
        assert_eq!(locator.path_at(Pos { line: 6, col: 60 }), "goals[0].within");
        assert_eq!(locator.struct_at(Pos { line: 10, col: 9 }), "goals[1]");
        assert_eq!(locator.struct_at(Pos { line: 11, col: 6 }), "");
    }
}
