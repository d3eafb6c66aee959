//! The journal's storage boundary: every file the journal (and the app's
//! device settings) reads or writes goes through these names.
//!
//! On a desktop or a phone they are `std::fs` itself. In the browser (wasm32)
//! there is no file system: the same calls reach [`memory`], a small file
//! system in memory whose files are kept in the browser's IndexedDB as they
//! are synced. The save's format, checksums, recovery and merge are the same
//! code on both; only where the bytes rest differs.

#[cfg(any(test, target_arch = "wasm32"))]
pub mod memory;

#[cfg(target_arch = "wasm32")]
pub mod browser;

#[cfg(not(target_arch = "wasm32"))]
pub use std::fs::{
    DirBuilder, DirEntry, File, Metadata, OpenOptions, Permissions, canonicalize, copy,
    create_dir_all, hard_link, metadata, read, read_dir, read_to_string, remove_file, rename,
    set_permissions, symlink_metadata, write,
};

#[cfg(target_arch = "wasm32")]
pub use memory::{
    DirBuilder, DirEntry, File, Metadata, OpenOptions, canonicalize, copy, create_dir_all,
    hard_link, metadata, read, read_dir, read_to_string, remove_file, rename, symlink_metadata,
    write,
};

/// This process's id, for naming temp files: in the browser there is one
/// writer per page (the page holds a lock), and no process ids.
pub fn process_id() -> u32 {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::process::id()
    }
    #[cfg(target_arch = "wasm32")]
    {
        1
    }
}
