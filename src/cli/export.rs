//! `export --csv [-o FILE]`.

use crate::cli::args::ExportArgs;
use crate::cli::couple::Couple;
use crate::cli::error::{CliResult, fail};
use crate::cli::out;
use crate::cli::save::Save;
use trust_garden::export::{to_csv, write_csv_file};

pub fn export(save: &Save, args: &ExportArgs) -> CliResult<()> {
    let journal = save.open()?;
    let events = journal.events();
    let couple = Couple::from_events(events)?;
    let csv = to_csv(events, &couple.names);
    match &args.output {
        None => out::print(&csv),
        Some(file) => {
            write_csv_file(save.path(), file, &csv).map_err(|e| fail!("-o: {e}"))?;
            eprintln!("Wrote {} events to {}", events.len(), file.display());
            Ok(())
        }
    }
}
