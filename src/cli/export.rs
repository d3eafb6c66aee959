//! `export --csv [-o FILE]`.

use crate::cli::args::ExportArgs;
use crate::cli::couple::set_up;
use crate::cli::error::{CliError, CliResult, fail};
use crate::cli::out;
use crate::cli::save::Save;
use trust_garden::export::{to_csv, write_csv_file};
use trust_garden::garden::Ledger;
use trust_garden::t;

pub fn export(save: &Save, args: &ExportArgs) -> CliResult<()> {
    let journal = save.open()?;
    if journal.is_sealed() && !args.plain_text {
        return Err(CliError(t!(
            "cli-export-sealed",
            path = save.path().display().to_string()
        )));
    }
    let ledger = Ledger::from_events(journal.into_events());
    set_up(&ledger)?;
    let csv = to_csv(&ledger);
    match &args.output {
        None => out::print(&csv),
        Some(file) => {
            write_csv_file(save.path(), file, &csv).map_err(|e| fail!("-o: {e}"))?;
            eprintln!(
                "{}",
                t!(
                    "cli-export-done",
                    count = ledger.len(),
                    path = file.display().to_string()
                )
            );
            Ok(())
        }
    }
}
