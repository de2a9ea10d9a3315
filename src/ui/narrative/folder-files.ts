/**
 * A model folder the person picked or dropped, as the files transformers.js asks for, keyed by
 * their path inside the folder ("config.json", "onnx/model_q4.onnx"). Files stay Blobs: they cross
 * to the worker without being read on the UI thread.
 */

export interface PickedFolder {
  name: string;
  files: Record<string, File>;
}

/** From an `<input type="file" webkitdirectory>`: paths are "folder/…"; the folder's name is dropped. */
export function folderFromInput(list: FileList): PickedFolder | null {
  const files: Record<string, File> = {};
  let name = '';
  for (const file of Array.from(list)) {
    const parts = (file.webkitRelativePath || file.name).split('/');
    if (parts.length > 1) name ||= parts[0];
    files[parts.length > 1 ? parts.slice(1).join('/') : file.name] = file;
  }
  return Object.keys(files).length ? { name: name || 'picked files', files } : null;
}

function readEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, prefix: string, files: Record<string, File>): Promise<void> {
  if (entry.isFile) {
    files[prefix + entry.name] = await fileOf(entry as FileSystemFileEntry);
    return;
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  // readEntries returns a batch at a time; an empty batch means the folder is read.
  for (let batch = await readEntries(reader); batch.length; batch = await readEntries(reader)) {
    for (const child of batch) await walk(child, `${prefix}${entry.name}/`, files);
  }
}

/** From a drop: one folder (its contents keyed inside it) or loose files (keyed by name). */
export async function folderFromDrop(items: DataTransferItemList): Promise<PickedFolder | null> {
  const entries = Array.from(items)
    .map((item) => item.webkitGetAsEntry())
    .filter((entry): entry is FileSystemEntry => !!entry);
  const files: Record<string, File> = {};
  if (entries.length === 1 && entries[0].isDirectory) {
    const folder = entries[0];
    const inside: Record<string, File> = {};
    await walk(folder, '', inside);
    for (const [path, file] of Object.entries(inside)) files[path.slice(folder.name.length + 1)] = file;
    return Object.keys(files).length ? { name: folder.name, files } : null;
  }
  for (const entry of entries) await walk(entry, '', files);
  return Object.keys(files).length ? { name: 'dropped files', files } : null;
}
