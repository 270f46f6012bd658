import type { Database, Statement } from 'better-sqlite3';
import { asProfileId, type ProfileId } from '../../../core/shared/index.js';
import type { IdentityKey } from '../../../core/profiles/index.js';
import { ShardedMap } from './sharded-map.js';

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

/**
 * Links read per chunk: ~17 ms each (1.3M links load in 2.2 s), so a warming server keeps serving
 * requests between chunks.
 */
const CHUNK = 10_000;

/** Reads the log in seq order, a chunk at a time, the latest link of each key winning. */
class LinkLogReader {
  readonly links = new ShardedMap<IdentityKey, ProfileId>();
  /** The seq of the last link read; 0 for an empty log. */
  lastSeq = 0;
  isDone = false;
  private readonly chunk: Statement;

  constructor(
    private readonly db: Database,
    private readonly chunkSize = CHUNK,
  ) {
    this.chunk = db
      .prepare('SELECT seq, key, profile_id FROM identity_links WHERE seq > ? ORDER BY seq LIMIT ?')
      .raw();
  }

  /** Reads one chunk; true while more remains. */
  next(): boolean {
    if (this.isDone) return false;
    const rows = this.chunk.all(this.lastSeq, this.chunkSize) as Array<[number, IdentityKey, string]>;
    for (const [seq, key, profileId] of rows) {
      this.links.set(key, asProfileId(profileId));
      this.lastSeq = seq;
    }
    if (rows.length === this.chunkSize) return true;
    followMerges(this.db, this.links);
    this.isDone = true;
    return false;
  }
}

/** Reads the whole log into a map, the latest link of each key winning. */
export function loadIdentityLinks(db: Database): ShardedMap<IdentityKey, ProfileId> {
  const reader = new LinkLogReader(db);
  while (reader.next()) {
    // chunk after chunk
  }
  return reader.links;
}

/**
 * A merge relinks every key of the profile it retires, so the latest links already name live
 * profiles. Following the retired profiles' `merged_into` as well keeps a key found even if one
 * was missed; there are few retired profiles, and their column is indexed.
 */
function followMerges(db: Database, links: ShardedMap<IdentityKey, ProfileId>): void {
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
 * thread). Loaded from the log in chunks while the server warms up, or at once on a lookup that
 * comes first, then kept current by the links each commit reports. Links reported while it loads
 * are ignored: a later chunk reads them from the file. Ones the load already read are recognised
 * by their seq.
 */
export class IdentityIndex {
  private readonly reader: LinkLogReader;

  constructor(db: Database, chunkSize = CHUNK) {
    this.reader = new LinkLogReader(db, chunkSize);
  }

  lookup(key: IdentityKey): ProfileId | undefined {
    while (this.reader.next()) {
      // an answer from part of the log could be wrong: finish loading first
    }
    return this.reader.links.get(key);
  }

  /** Loads one chunk of the log; true while more remains. */
  warmStep(): boolean {
    return this.reader.next();
  }

  /** Takes links just committed; until the log is loaded, the load will read them. */
  apply(links: readonly CommittedLink[]): void {
    const { reader } = this;
    if (!reader.isDone) return;
    for (const link of links) if (link.seq > reader.lastSeq) reader.links.set(link.key, link.profileId);
  }
}
