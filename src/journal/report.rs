//! What opening or merging a save found and did, for the app and the CLI to show.

use std::path::PathBuf;

use super::error::{Problem, ProblemKind, RewriteBlocker};
use super::merge::Conflict;
use super::scan::{NewerLine, SetAside};
use crate::t;

/// A last line cut short by a crash, moved out of the save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TornTail {
    pub line: usize,
    pub bytes: usize,
    /// Where its bytes were copied before the save was cut back to its last whole line.
    pub side_file: PathBuf,
}

/// A sync tool's conflict copy, merged in and moved aside.
#[derive(Clone, Debug)]
pub struct MergedCopy {
    pub copy: PathBuf,
    pub archived_as: PathBuf,
    pub merge: MergeReport,
}

/// A conflict copy that could not be merged; it was left where it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnmergedCopy {
    pub copy: PathBuf,
    pub error: String,
}

#[derive(Clone, Debug, Default)]
pub struct OpenReport {
    /// Damaged lines, left in the file, kept out of the replay.
    pub set_aside: Vec<SetAside>,
    /// A copy of the set-aside lines with their line numbers and reasons.
    pub set_aside_file: Option<PathBuf>,
    pub torn_tails: Vec<TornTail>,
    /// The line that lacked its line end and got one.
    pub completed_line: Option<usize>,
    /// The line whose line end was a damaged byte, restored.
    pub restored_line_end: Option<usize>,
    /// On read-only storage: the last line, unfinished or lacking its line
    /// end, left as it was.
    pub read_only_tail: Option<usize>,
    /// Lines from a newer version of the app: kept, and the file is never rewritten.
    pub newer_lines: Vec<NewerLine>,
    /// The header's format when it is newer than this build's: nothing is written.
    pub newer_format: Option<u32>,
    pub merged_copies: Vec<MergedCopy>,
    pub unmerged_copies: Vec<UnmergedCopy>,
    /// Why the save still holds words a partner erased (it cannot be
    /// rewritten while it holds damaged or newer lines).
    pub words_left: Option<RewriteBlocker>,
    /// Files named like a conflict copy that hold another couple's garden:
    /// left where they are, never merged.
    pub other_gardens: Vec<PathBuf>,
}

impl OpenReport {
    /// Nothing to tell the user.
    pub fn is_clean(&self) -> bool {
        self.set_aside.is_empty()
            && self.torn_tails.is_empty()
            && self.completed_line.is_none()
            && self.restored_line_end.is_none()
            && self.read_only_tail.is_none()
            && self.newer_lines.is_empty()
            && self.newer_format.is_none()
            && self.merged_copies.is_empty()
            && self.unmerged_copies.is_empty()
            && self.other_gardens.is_empty()
            && self.words_left.is_none()
    }

    /// One sentence per finding, for a status line or the CLI's stderr.
    pub fn notices(&self) -> Vec<String> {
        let file = |path: &std::path::Path| path.display().to_string();
        let mut out = Vec::new();
        if let Some(found) = self.newer_format {
            out.push(t!("report-journal-notice-newer-format", found = found));
        }
        for torn in &self.torn_tails {
            out.push(t!(
                "report-journal-notice-torn-tail",
                line = torn.line,
                bytes = torn.bytes,
                path = file(&torn.side_file)
            ));
        }
        if let Some(line) = self.completed_line {
            out.push(t!("report-journal-notice-completed-line", line = line));
        }
        if let Some(line) = self.restored_line_end {
            out.push(t!("report-journal-notice-restored-line-end", line = line));
        }
        if let Some(line) = self.read_only_tail {
            out.push(t!("report-journal-notice-read-only-tail", line = line));
        }
        for set_aside in &self.set_aside {
            out.push(t!(
                "report-journal-notice-set-aside",
                line = set_aside.line,
                damage = set_aside.damage.to_string()
            ));
        }
        if let (false, Some(path)) = (self.set_aside.is_empty(), &self.set_aside_file) {
            out.push(t!(
                "report-journal-notice-set-aside-file",
                path = file(path)
            ));
        }
        for newer in &self.newer_lines {
            out.push(t!("report-journal-notice-newer-line", line = newer.line));
        }
        for merged in &self.merged_copies {
            out.push(t!(
                "report-journal-notice-merged-copy",
                copy = file(&merged.copy),
                added = merged.merge.added,
                conflicts = merged.merge.conflicts.len(),
                archived = file(&merged.archived_as)
            ));
        }
        if let Some(why) = &self.words_left {
            out.push(t!(
                "report-journal-notice-words-left",
                why = why.to_string()
            ));
        }
        for other in &self.other_gardens {
            out.push(t!("report-journal-notice-other-garden", path = file(other)));
        }
        for unmerged in &self.unmerged_copies {
            out.push(t!(
                "report-journal-notice-unmerged-copy",
                copy = file(&unmerged.copy),
                error = unmerged.error.to_string()
            ));
        }
        out
    }
}

/// How a merge changed the save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Written {
    Nothing,
    /// The events new to the save were appended to it.
    Appended,
}

#[derive(Clone, Debug)]
pub struct MergeReport {
    pub other: PathBuf,
    /// Events (ids) new to the save.
    pub added: usize,
    /// Events of the other file the save already had, identical.
    pub already_present: usize,
    /// Same id, different content: the save's version stays.
    pub conflicts: Vec<Conflict>,
    /// Same id, different content, already settled by an entry.
    pub settled: usize,
    /// Both versions of every conflict, for the user to resolve.
    pub conflicts_file: Option<PathBuf>,
    pub written: Written,
    /// Lines of the other file that were not merged (damaged, unreadable).
    pub other_problems: Vec<Problem>,
}

impl MergeReport {
    pub(crate) fn problems_of_other(
        set_aside: &[SetAside],
        newer: &[NewerLine],
        torn: Option<(usize, usize)>,
    ) -> Vec<Problem> {
        let mut problems: Vec<Problem> = set_aside
            .iter()
            .map(|s| Problem {
                line: s.line,
                kind: ProblemKind::Damaged(s.damage.clone()),
            })
            .chain(newer.iter().filter(|n| n.id.is_none()).map(|n| Problem {
                line: n.line,
                kind: ProblemKind::NewerVersion {
                    id: None,
                    why: n.why.clone(),
                },
            }))
            .collect();
        if let Some((line, bytes)) = torn {
            problems.push(Problem {
                line,
                kind: ProblemKind::TornTail { bytes },
            });
        }
        problems.sort_by_key(|p| p.line);
        problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, scoped};

    #[test]
    fn erased_words_left_in_the_file_are_explained_in_the_language_shown() {
        let report = OpenReport {
            words_left: Some(RewriteBlocker::NewerLine { line: 12 }),
            ..OpenReport::default()
        };
        assert_eq!(
            scoped(Lang::En, || report.notices()),
            [
                "erased words are still in the file, which cannot be rewritten while line 12 \
              is from a newer version of trust-garden; they are never shown, and are removed \
              once it can be"
            ]
        );
        assert_eq!(
            scoped(Lang::De, || report.notices()),
            [
                "Gelöschte Worte stehen noch in der Datei, denn sie lässt sich gerade nicht neu \
              schreiben (Zeile 12 stammt aus einer neueren Version von trust-garden); sie \
              werden nie angezeigt und entfernt, sobald es geht"
            ]
        );
        assert!(
            scoped(Lang::Es, || report.notices())[0]
                .contains("mientras la línea 12 es de una versión más nueva de trust-garden")
        );
    }
}
