import type { Database } from 'better-sqlite3';
import { asProfileId, type ProfileId } from '../../../core/shared/index.js';
import type { IdentityKey } from '../../../core/profiles/index.js';

// Identity links are a log (migration 0004): a link is appended whenever a key comes to point at
// a profile, and the latest link of a key wins. Keys are user-chosen and random, so a table keyed
// by them turned each new visitor into a write at a random page; appended rows share the last page.
// Lookups by key are served from memory, rebuilt from the log.

/** A link as committed: its place in the log, the key and the profile it points at. */
export interface CommittedLink {
  readonly seq: number;
  readonly key: IdentityKey;
  readonly profileId: ProfileId;
}

export interface LoadedLinks {
  readonly links: Map<IdentityKey, ProfileId>;
  /** The seq of the last link read; 0 for an empty log. */
  readonly lastSeq: number;
}

/** Reads the whole log into a map, the latest link of each key winning. */
export function loadIdentityLinks(db: Database): LoadedLinks {
  const links = new Map<IdentityKey, ProfileId>();
  let lastSeq = 0;
  const rows = db
    .prepare('SELECT seq, key, profile_id FROM identity_links ORDER BY seq')
    .raw()
    .iterate() as Iterable<[number, IdentityKey, string]>;
  for (const [seq, key, profileId] of rows) {
    links.set(key, asProfileId(profileId));
    lastSeq = seq;
  }
  followMerges(db, links);
  return { links, lastSeq };
}

/**
 * A merge relinks every key of the profile it retires, so the latest links already name live
 * profiles. Following the retired profiles' `merged_into` as well keeps a key found even if one
 * was missed; there are few retired profiles, and their column is indexed.
 */
function followMerges(db: Database, links: Map<IdentityKey, ProfileId>): void {
  const retired = new Map<string, string>();
  const rows = db
    .prepare('SELECT id, merged_into FROM profiles WHERE merged_into IS NOT NULL')
    .raw()
    .iterate() as Iterable<[string, string]>;
  for (const [id, into] of rows) retired.set(id, into);
  if (retired.size === 0) return;
  for (const [key, profileId] of links) {
    const into = retired.get(profileId);
    if (into !== undefined) links.set(key, asProfileId(into));
  }
}

/**
 * The identity lookups of the reading side of a process whose ingest runs elsewhere (a writer
 * thread). Loaded from the log on the first lookup, then kept current by the links each commit
 * reports; links the load already saw are skipped by their seq.
 */
export class IdentityIndex {
  private loaded: LoadedLinks | undefined;

  constructor(private readonly db: Database) {}

  lookup(key: IdentityKey): ProfileId | undefined {
    this.loaded ??= loadIdentityLinks(this.db);
    return this.loaded.links.get(key);
  }

  /** Takes links just committed; before the first lookup there is nothing to keep current. */
  apply(links: readonly CommittedLink[]): void {
    const loaded = this.loaded;
    if (!loaded) return;
    for (const link of links) if (link.seq > loaded.lastSeq) loaded.links.set(link.key, link.profileId);
  }
}
