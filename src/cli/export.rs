//! `export --csv [-o FILE]`.

use crate::cli::args::ExportArgs;
use crate::cli::couple::set_up;
use crate::cli::error::{CliResult, fail};
use crate::cli::out;
use crate::cli::save::Save;
use trust_garden::export::{to_csv, write_csv_file};
use trust_garden::garden::Ledger;

pub fn export(save: &Save, args: &ExportArgs) -> CliResult<()> {
    let journal = save.open()?;
    if journal.is_sealed() && !args.plain_text {
        return Err(fail!(
            "{} is encrypted, and a CSV export is plain text: anyone who can read the \
             file reads every note in it. Nothing was written; add --plain-text to \
             export anyway",
            save.path().display()
        ));
    }
    let ledger = Ledger::from_events(journal.into_events());
    set_up(&ledger)?;
    let csv = to_csv(&ledger);
    match &args.output {
        None => out::print(&csv),
        Some(file) => {
            write_csv_file(save.path(), file, &csv).map_err(|e| fail!("-o: {e}"))?;
            eprintln!("Wrote {} events to {}", ledger.len(), file.display());
            Ok(())
        }
    }
}
