//! `export --csv [-o FILE]`.

use std::path::Path;

use crate::cli::args::ExportArgs;
use crate::cli::couple::Couple;
use crate::cli::error::{CliError, CliResult, fail};
use crate::cli::out;
use crate::cli::save::Save;
use trust_garden::export::to_csv;

pub fn export(save: &Save, args: &ExportArgs) -> CliResult<()> {
    let journal = save.open()?;
    let events = journal.events();
    let couple = Couple::from_events(events)?;
    let csv = to_csv(events, &couple.names);
    match &args.output {
        None => out::print(&csv),
        Some(file) => {
            refuse_the_save(save.path(), file)?;
            std::fs::write(file, csv).map_err(|e| CliError::io("write", file, &e))?;
            eprintln!("Wrote {} events to {}", events.len(), file.display());
            Ok(())
        }
    }
}

/// `-o` pointing at the save itself would replace the log with a CSV.
fn refuse_the_save(save: &Path, output: &Path) -> CliResult<()> {
    let same = match (save.canonicalize(), output.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    if same {
        return Err(fail!(
            "-o {} is the save file itself; choose another file for the export",
            output.display()
        ));
    }
    Ok(())
}
