// The page's side of files the person moves in and out of the garden: the
// browser's file picker for a partner's save, and the share sheet or a
// download for a file going out (the save itself, a summary, an export).

let picked = null;

// Resolves to the chosen file's name (its bytes wait in pickedBytes), or
// undefined when the picker was closed without a choice.
export function pickFile(accept) {
  return new Promise((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = accept;
    input.hidden = true;
    const finish = (name) => {
      input.remove();
      resolve(name);
    };
    input.addEventListener("change", async () => {
      const file = input.files && input.files[0];
      if (!file) return finish(undefined);
      try {
        picked = new Uint8Array(await file.arrayBuffer());
        finish(file.name);
      } catch (why) {
        console.error("could not read the chosen file:", why);
        finish(undefined);
      }
    });
    input.addEventListener("cancel", () => finish(undefined));
    document.body.append(input);
    input.click();
  });
}

export function pickedBytes() {
  const bytes = picked ?? new Uint8Array();
  picked = null;
  return bytes;
}

// The share sheet where the browser can share this file (phones), else a
// download. `bytes` is a view into the app's memory: copied at once.
export async function sendFile(name, bytes, type, share) {
  const file = new File([bytes.slice()], name, { type });
  if (share && navigator.canShare && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: name });
      return;
    } catch (why) {
      if (why && why.name === "AbortError") return;
    }
  }
  const url = URL.createObjectURL(file);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
