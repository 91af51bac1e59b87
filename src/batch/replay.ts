/**
 * Turning a stored group (journal/<key>.json.gz) back into the reports of a manifest entry: named after the files
 * as this run names them, with the rows made without a worker put back in their places.
 */
import type { Report } from '../model/audit.js';
import { readStoreJson, type StoredGroup } from './journal.js';
import type { ManifestEntry } from './manifest.js';
import { adoptTemplates } from './messages.js';
import { parseRetargeted } from './reports.js';

/** The files of an entry that the stored reports are for (those without an inline row), in order. */
export function storedFilesOf(entry: ManifestEntry): string[] {
  return entry.files.filter((_, i) => !entry.inline?.[i]);
}

/** Reports of an entry from the stored group's JSON. */
export function reportsFromJson(entry: ManifestEntry, json: string): Report[] {
  const files = storedFilesOf(entry);
  let stored = JSON.parse(json) as StoredGroup;
  if (stored.files.some((f, i) => f !== files[i])) stored = parseRetargeted(json, stored.files, files) as StoredGroup;
  adoptTemplates(stored.messages);
  let next = 0;
  return entry.files.map((_, i) => entry.inline?.[i] ?? stored.reports[next++]!);
}

/** Reports of an entry, reading the store when it has a key; null when the stored group is missing or damaged. */
export async function loadEntry(storeDir: string, entry: ManifestEntry): Promise<Report[] | null> {
  if (!entry.key) return entry.inline && entry.inline.every(Boolean) ? (entry.inline as Report[]) : null;
  const json = await readStoreJson(storeDir, entry.key);
  if (json === null) return null;
  try {
    return reportsFromJson(entry, json);
  } catch {
    return null;
  }
}
