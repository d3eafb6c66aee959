// The garden's files in this site's IndexedDB: one record per file, holding
// its whole content. Every change the journal calls durable (a synced append,
// a rename over the save) is one transaction with strict durability, so the
// browser commits it to disk before it completes, and a crash leaves either
// the old or the new file.

const DB_NAME = "trust-garden";
const STORE = "files";

let db = null;
const stored = new Map();
let unsettled = 0;
let trouble = null;

function done(request) {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

export async function openStorage() {
  const opening = indexedDB.open(DB_NAME, 1);
  opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
  db = await done(opening);
  const store = db.transaction(STORE, "readonly").objectStore(STORE);
  const [paths, contents] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
  paths.forEach((path, i) => stored.set(path, contents[i]));
  // Without this a browser may clear the site's storage when the device runs
  // short of space (Safari also after seven days unused, unless installed).
  if (navigator.storage && navigator.storage.persist) {
    navigator.storage.persist().catch(() => {});
  }
  // Leaving while a change is still being committed asks first.
  addEventListener("beforeunload", (event) => {
    if (unsettled > 0) event.preventDefault();
  });
}

export function storedPaths() {
  return [...stored.keys()].join("\n");
}

// Handed over once: the copy in memory is the app's from now on.
export function storedBytes(path) {
  const bytes = stored.get(path);
  stored.delete(path);
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes ?? []);
}

function change(steps) {
  unsettled += 1;
  let settled = false;
  const settle = (why) => {
    if (settled) return;
    settled = true;
    unsettled -= 1;
    if (why) trouble = String(why);
  };
  try {
    const tx = db.transaction(STORE, "readwrite", { durability: "strict" });
    steps(tx.objectStore(STORE));
    tx.oncomplete = () => settle(null);
    tx.onabort = () => settle(tx.error || "the browser did not keep the change");
  } catch (why) {
    settle(why);
  }
}

// `bytes` is a view into the app's memory: copied before the call returns.
export function keepFile(path, bytes) {
  const copy = bytes.slice();
  change((store) => store.put(copy, path));
}

export function forgetFile(path) {
  change((store) => store.delete(path));
}

export function moveFile(from, to, bytes) {
  const copy = bytes.slice();
  change((store) => {
    store.delete(from);
    store.put(copy, to);
  });
}

// Why the last change failed, once.
export function storageTrouble() {
  const why = trouble;
  trouble = null;
  return why;
}
