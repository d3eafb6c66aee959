//! A file system in memory with the `std::fs` calls the journal makes, for
//! the browser. Each file is kept whole by a [`Keeper`] (the browser's
//! IndexedDB) when it is synced, renamed, linked or removed, so what the
//! journal calls durable is what the keeper holds: a synced append, a
//! rename over the save, a new file linked into place.
//!
//! One page writes at a time (the page takes a Web Lock before it starts),
//! so locks here only need to exist; file identity (a rewrite replaces the
//! file a path names) works as on a disk, through each file's id.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsString;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

/// Files under this folder live only as long as the page: a partner's file
/// being merged, a summary on its way to the downloads. The keeper never
/// sees them.
pub const UNKEPT: &str = "/unkept";

fn is_kept(path: &Path) -> bool {
    !path.starts_with(UNKEPT)
}

/// Where the files rest between visits: told each change as it becomes
/// durable, in order.
pub trait Keeper: Send {
    /// `path` now holds exactly `bytes`.
    fn keep(&self, path: &str, bytes: &[u8]);
    /// `path` is gone.
    fn forget(&self, path: &str);
    /// `from` became `to` (holding `bytes`), at once: a reader after a crash
    /// finds one or the other, never neither.
    fn moved(&self, from: &str, to: &str, bytes: &[u8]);
}

struct Node {
    id: u64,
    bytes: Mutex<Vec<u8>>,
    /// Written since the keeper last had it.
    dirty: AtomicBool,
}

impl Node {
    fn bytes(&self) -> MutexGuard<'_, Vec<u8>> {
        self.bytes.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

#[derive(Default)]
struct Volume {
    files: BTreeMap<PathBuf, Arc<Node>>,
    folders: BTreeSet<PathBuf>,
    keeper: Option<Box<dyn Keeper>>,
    next_id: u64,
}

static VOLUME: Mutex<Option<Volume>> = Mutex::new(None);

fn with_volume<T>(f: impl FnOnce(&mut Volume) -> T) -> T {
    let mut guard = VOLUME.lock().unwrap_or_else(PoisonError::into_inner);
    f(guard.get_or_insert_with(Volume::default))
}

impl Volume {
    fn new_node(&mut self, bytes: Vec<u8>) -> Arc<Node> {
        self.next_id += 1;
        Arc::new(Node {
            id: self.next_id,
            bytes: Mutex::new(bytes),
            dirty: AtomicBool::new(true),
        })
    }

    fn is_folder(&self, path: &Path) -> bool {
        path == Path::new("/") || self.folders.contains(path)
    }

    fn parent_exists(&self, path: &Path) -> io::Result<()> {
        match path.parent() {
            Some(parent) if !self.is_folder(parent) => Err(not_found(parent)),
            _ => Ok(()),
        }
    }

    fn add_folders(&mut self, folder: &Path) {
        for ancestor in folder.ancestors() {
            if ancestor != Path::new("/") {
                self.folders.insert(ancestor.to_path_buf());
            }
        }
    }

    fn keep(&self, path: &Path, node: &Node) {
        node.dirty.store(false, Ordering::SeqCst);
        if let Some(keeper) = self.keeper.as_ref().filter(|_| is_kept(path)) {
            keeper.keep(&path.to_string_lossy(), &node.bytes());
        }
    }

    /// The path naming `node` now, if any does (a replaced file has none).
    fn path_of(&self, node: &Arc<Node>) -> Option<PathBuf> {
        self.files
            .iter()
            .find(|(_, n)| Arc::ptr_eq(n, node))
            .map(|(path, _)| path.clone())
    }
}

/// Lets `keeper` keep every durable change from now on.
pub fn keep_with(keeper: Box<dyn Keeper>) {
    with_volume(|volume| volume.keeper = Some(keeper));
}

/// Puts back the files a keeper held (at the start of a visit). Files
/// already in memory at those paths are replaced.
pub fn load(files: impl IntoIterator<Item = (PathBuf, Vec<u8>)>) {
    with_volume(|volume| {
        for (path, bytes) in files {
            let path = clean(&path);
            if let Some(parent) = path.parent() {
                volume.add_folders(parent);
            }
            let node = volume.new_node(bytes);
            node.dirty.store(false, Ordering::SeqCst);
            volume.files.insert(path, node);
        }
    });
}

/// An absolute path with `.` and `..` resolved; relative paths start at `/`.
fn clean(path: &Path) -> PathBuf {
    let mut cleaned = PathBuf::from("/");
    for component in path.components() {
        match component {
            Component::ParentDir => {
                cleaned.pop();
            }
            Component::Normal(name) => cleaned.push(name),
            Component::RootDir | Component::CurDir | Component::Prefix(_) => {}
        }
    }
    cleaned
}

fn not_found(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::NotFound,
        format!("{} does not exist", path.display()),
    )
}

fn is_a_folder(path: &Path) -> io::Error {
    io::Error::new(
        io::ErrorKind::IsADirectory,
        format!("{} is a folder", path.display()),
    )
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FileType {
    folder: bool,
}

impl FileType {
    pub fn is_file(&self) -> bool {
        !self.folder
    }
    pub fn is_dir(&self) -> bool {
        self.folder
    }
    pub fn is_symlink(&self) -> bool {
        false
    }
}

#[derive(Clone, Debug)]
pub struct Metadata {
    len: u64,
    kind: FileType,
    id: u64,
}

impl Metadata {
    pub fn len(&self) -> u64 {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
    pub fn is_file(&self) -> bool {
        self.kind.is_file()
    }
    pub fn is_dir(&self) -> bool {
        self.kind.is_dir()
    }
    pub fn file_type(&self) -> FileType {
        self.kind
    }
    /// Which file this is: a file put in its place has another id.
    pub fn id(&self) -> u64 {
        self.id
    }
    /// Files here carry no times (the browser's clock is not the file's).
    pub fn modified(&self) -> io::Result<std::time::SystemTime> {
        Err(io::Error::from(io::ErrorKind::Unsupported))
    }
}

fn folder_metadata() -> Metadata {
    Metadata {
        len: 0,
        kind: FileType { folder: true },
        id: 0,
    }
}

fn file_metadata(node: &Node) -> Metadata {
    Metadata {
        len: node.bytes().len() as u64,
        kind: FileType { folder: false },
        id: node.id,
    }
}

pub fn metadata(path: impl AsRef<Path>) -> io::Result<Metadata> {
    let path = clean(path.as_ref());
    with_volume(|volume| {
        if let Some(node) = volume.files.get(&path) {
            Ok(file_metadata(node))
        } else if volume.is_folder(&path) {
            Ok(folder_metadata())
        } else {
            Err(not_found(&path))
        }
    })
}

/// There are no symbolic links here.
pub fn symlink_metadata(path: impl AsRef<Path>) -> io::Result<Metadata> {
    metadata(path)
}

pub fn canonicalize(path: impl AsRef<Path>) -> io::Result<PathBuf> {
    let path = clean(path.as_ref());
    metadata(&path).map(|_| path)
}

pub fn read(path: impl AsRef<Path>) -> io::Result<Vec<u8>> {
    let path = clean(path.as_ref());
    with_volume(|volume| match volume.files.get(&path) {
        Some(node) => Ok(node.bytes().clone()),
        None if volume.is_folder(&path) => Err(is_a_folder(&path)),
        None => Err(not_found(&path)),
    })
}

pub fn read_to_string(path: impl AsRef<Path>) -> io::Result<String> {
    String::from_utf8(read(path)?).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// As `std::fs::write`; kept at once (there is no handle left to sync).
pub fn write(path: impl AsRef<Path>, bytes: impl AsRef<[u8]>) -> io::Result<()> {
    let mut file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)?;
    file.write_all(bytes.as_ref())?;
    file.sync_all()
}

pub fn copy(from: impl AsRef<Path>, to: impl AsRef<Path>) -> io::Result<u64> {
    let bytes = read(from)?;
    write(to, &bytes)?;
    Ok(bytes.len() as u64)
}

pub fn rename(from: impl AsRef<Path>, to: impl AsRef<Path>) -> io::Result<()> {
    let (from, to) = (clean(from.as_ref()), clean(to.as_ref()));
    with_volume(|volume| {
        if volume.is_folder(&from) {
            return Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "folders are not renamed here",
            ));
        }
        volume.parent_exists(&to)?;
        if volume.is_folder(&to) {
            return Err(is_a_folder(&to));
        }
        let node = volume.files.remove(&from).ok_or_else(|| not_found(&from))?;
        if from == to {
            volume.files.insert(to, node);
            return Ok(());
        }
        node.dirty.store(false, Ordering::SeqCst);
        if let Some(keeper) = &volume.keeper {
            let (from_text, to_text) = (from.to_string_lossy(), to.to_string_lossy());
            match (is_kept(&from), is_kept(&to)) {
                (true, true) => keeper.moved(&from_text, &to_text, &node.bytes()),
                (false, true) => keeper.keep(&to_text, &node.bytes()),
                (true, false) => keeper.forget(&from_text),
                (false, false) => {}
            }
        }
        volume.files.insert(to, node);
        Ok(())
    })
}

pub fn remove_file(path: impl AsRef<Path>) -> io::Result<()> {
    let path = clean(path.as_ref());
    with_volume(|volume| {
        if volume.is_folder(&path) {
            return Err(is_a_folder(&path));
        }
        volume.files.remove(&path).ok_or_else(|| not_found(&path))?;
        if let Some(keeper) = volume.keeper.as_ref().filter(|_| is_kept(&path)) {
            keeper.forget(&path.to_string_lossy());
        }
        Ok(())
    })
}

/// A second name for the same file, as on a disk; kept at once.
pub fn hard_link(from: impl AsRef<Path>, to: impl AsRef<Path>) -> io::Result<()> {
    let (from, to) = (clean(from.as_ref()), clean(to.as_ref()));
    with_volume(|volume| {
        volume.parent_exists(&to)?;
        if volume.files.contains_key(&to) || volume.is_folder(&to) {
            return Err(io::Error::from(io::ErrorKind::AlreadyExists));
        }
        let node = Arc::clone(volume.files.get(&from).ok_or_else(|| not_found(&from))?);
        volume.keep(&to, &node);
        volume.files.insert(to, node);
        Ok(())
    })
}

pub fn create_dir_all(path: impl AsRef<Path>) -> io::Result<()> {
    let path = clean(path.as_ref());
    with_volume(|volume| {
        if let Some(file) = path.ancestors().find(|a| volume.files.contains_key(*a)) {
            return Err(io::Error::new(
                io::ErrorKind::NotADirectory,
                format!("{} is a file", file.display()),
            ));
        }
        volume.add_folders(&path);
        Ok(())
    })
}

#[derive(Default)]
pub struct DirBuilder {
    recursive: bool,
}

impl DirBuilder {
    pub fn new() -> DirBuilder {
        DirBuilder::default()
    }
    pub fn recursive(&mut self, recursive: bool) -> &mut DirBuilder {
        self.recursive = recursive;
        self
    }
    pub fn create(&self, path: impl AsRef<Path>) -> io::Result<()> {
        let path = clean(path.as_ref());
        if !self.recursive {
            let exists = with_volume(|volume| {
                volume.parent_exists(&path)?;
                Ok::<_, io::Error>(volume.is_folder(&path) || volume.files.contains_key(&path))
            })?;
            if exists {
                return Err(io::Error::from(io::ErrorKind::AlreadyExists));
            }
        }
        create_dir_all(path)
    }
}

pub struct DirEntry {
    path: PathBuf,
    metadata: Metadata,
}

impl DirEntry {
    pub fn path(&self) -> PathBuf {
        self.path.clone()
    }
    pub fn file_name(&self) -> OsString {
        self.path.file_name().unwrap_or_default().to_os_string()
    }
    pub fn file_type(&self) -> io::Result<FileType> {
        Ok(self.metadata.kind)
    }
    pub fn metadata(&self) -> io::Result<Metadata> {
        Ok(self.metadata.clone())
    }
}

/// The folder's files and folders, as they were when it was listed.
pub fn read_dir(path: impl AsRef<Path>) -> io::Result<std::vec::IntoIter<io::Result<DirEntry>>> {
    let folder = clean(path.as_ref());
    with_volume(|volume| {
        if volume.files.contains_key(&folder) {
            return Err(io::Error::new(
                io::ErrorKind::NotADirectory,
                format!("{} is a file", folder.display()),
            ));
        }
        if !volume.is_folder(&folder) {
            return Err(not_found(&folder));
        }
        let in_folder = |path: &&PathBuf| path.parent() == Some(folder.as_path());
        let files = volume.files.iter().filter(|(p, _)| in_folder(p));
        let mut entries: Vec<io::Result<DirEntry>> = files
            .map(|(path, node)| {
                Ok(DirEntry {
                    path: path.clone(),
                    metadata: file_metadata(node),
                })
            })
            .collect();
        entries.extend(volume.folders.iter().filter(in_folder).map(|path| {
            Ok(DirEntry {
                path: path.clone(),
                metadata: folder_metadata(),
            })
        }));
        Ok(entries.into_iter())
    })
}

#[derive(Clone, Debug, Default)]
pub struct OpenOptions {
    read: bool,
    write: bool,
    append: bool,
    create: bool,
    create_new: bool,
    truncate: bool,
}

impl OpenOptions {
    pub fn new() -> OpenOptions {
        OpenOptions::default()
    }
    pub fn read(&mut self, on: bool) -> &mut OpenOptions {
        self.read = on;
        self
    }
    pub fn write(&mut self, on: bool) -> &mut OpenOptions {
        self.write = on;
        self
    }
    pub fn append(&mut self, on: bool) -> &mut OpenOptions {
        self.append = on;
        self
    }
    pub fn create(&mut self, on: bool) -> &mut OpenOptions {
        self.create = on;
        self
    }
    pub fn create_new(&mut self, on: bool) -> &mut OpenOptions {
        self.create_new = on;
        self
    }
    pub fn truncate(&mut self, on: bool) -> &mut OpenOptions {
        self.truncate = on;
        self
    }

    pub fn open(&self, path: impl AsRef<Path>) -> io::Result<File> {
        let path = clean(path.as_ref());
        let writes = self.write || self.append;
        let creates = self.create || self.create_new || self.truncate;
        if !writes && (!self.read || creates) {
            return Err(io::Error::from(io::ErrorKind::InvalidInput));
        }
        let node = with_volume(|volume| {
            if volume.is_folder(&path) {
                return Err(is_a_folder(&path));
            }
            match volume.files.get(&path) {
                Some(_) if self.create_new => Err(io::Error::from(io::ErrorKind::AlreadyExists)),
                Some(node) => {
                    if self.truncate {
                        node.bytes().clear();
                        node.dirty.store(true, Ordering::SeqCst);
                    }
                    Ok(Arc::clone(node))
                }
                None if self.create || self.create_new => {
                    volume.parent_exists(&path)?;
                    let node = volume.new_node(Vec::new());
                    volume.files.insert(path.clone(), Arc::clone(&node));
                    Ok(node)
                }
                None => Err(not_found(&path)),
            }
        })?;
        Ok(File {
            node,
            position: AtomicU64::new(0),
            writes,
            append: self.append,
        })
    }
}

/// An open file. Several handles may share one file, as on a disk.
pub struct File {
    node: Arc<Node>,
    position: AtomicU64,
    writes: bool,
    append: bool,
}

impl File {
    pub fn open(path: impl AsRef<Path>) -> io::Result<File> {
        OpenOptions::new().read(true).open(path)
    }

    pub fn create(path: impl AsRef<Path>) -> io::Result<File> {
        OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(path)
    }

    pub fn metadata(&self) -> io::Result<Metadata> {
        Ok(file_metadata(&self.node))
    }

    fn check_writes(&self) -> io::Result<()> {
        if self.writes {
            Ok(())
        } else {
            Err(io::Error::new(
                io::ErrorKind::PermissionDenied,
                "opened for reading",
            ))
        }
    }

    pub fn set_len(&self, len: u64) -> io::Result<()> {
        self.check_writes()?;
        let len = usize::try_from(len).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
        self.node.bytes().resize(len, 0);
        self.node.dirty.store(true, Ordering::SeqCst);
        Ok(())
    }

    /// Hands the file to the keeper if it was written since, and if a path
    /// still names it (a file replaced by a rename is nobody's any more).
    pub fn sync_all(&self) -> io::Result<()> {
        if self.node.dirty.load(Ordering::SeqCst) {
            with_volume(|volume| {
                if let Some(path) = volume.path_of(&self.node) {
                    volume.keep(&path, &self.node);
                }
            });
        }
        Ok(())
    }

    pub fn sync_data(&self) -> io::Result<()> {
        self.sync_all()
    }

    /// One page writes at a time (see the module's comment).
    pub fn lock(&self) -> io::Result<()> {
        Ok(())
    }

    pub fn unlock(&self) -> io::Result<()> {
        Ok(())
    }
}

impl Drop for File {
    fn drop(&mut self) {
        let _ = self.sync_all();
    }
}

impl Read for &File {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let bytes = self.node.bytes();
        let start = usize::try_from(self.position.load(Ordering::SeqCst))
            .unwrap_or(usize::MAX)
            .min(bytes.len());
        let n = buf.len().min(bytes.len() - start);
        buf[..n].copy_from_slice(&bytes[start..start + n]);
        self.position.fetch_add(n as u64, Ordering::SeqCst);
        Ok(n)
    }
}

impl Write for &File {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.check_writes()?;
        let mut bytes = self.node.bytes();
        let start = if self.append {
            bytes.len()
        } else {
            usize::try_from(self.position.load(Ordering::SeqCst))
                .map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?
        };
        let end = start + buf.len();
        if bytes.len() < end {
            bytes.resize(end, 0);
        }
        bytes[start..end].copy_from_slice(buf);
        self.position.store(end as u64, Ordering::SeqCst);
        self.node.dirty.store(true, Ordering::SeqCst);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Seek for &File {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        let len = self.node.bytes().len() as i128;
        let now = i128::from(self.position.load(Ordering::SeqCst));
        let target = match to {
            SeekFrom::Start(n) => i128::from(n),
            SeekFrom::End(d) => len + i128::from(d),
            SeekFrom::Current(d) => now + i128::from(d),
        };
        let target =
            u64::try_from(target).map_err(|_| io::Error::from(io::ErrorKind::InvalidInput))?;
        self.position.store(target, Ordering::SeqCst);
        Ok(target)
    }
}

impl Read for File {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        (&*self).read(buf)
    }
}

impl Write for File {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        (&*self).write(buf)
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Seek for File {
    fn seek(&mut self, to: SeekFrom) -> io::Result<u64> {
        (&*self).seek(to)
    }
}

#[cfg(test)]
mod tests;
