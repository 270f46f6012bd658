import { asProfileId } from '../../../core/shared/index.js';
/**
 * Links read per chunk: ~17 ms each (1.3M links load in 2.2 s), so a warming server keeps serving
 * requests between chunks. A chunk during which the map doubles takes up to ~125 ms.
 */
const CHUNK = 10_000;
/** Reads the log in seq order, a chunk at a time, the latest link of each key winning. */
class LinkLogReader {
    db;
    chunkSize;
    links = new Map();
    /** The seq of the last link read; 0 for an empty log. */
    lastSeq = 0;
    isDone = false;
    chunk;
    constructor(db, chunkSize = CHUNK) {
        this.db = db;
        this.chunkSize = chunkSize;
        this.chunk = db
            .prepare('SELECT seq, key, profile_id FROM identity_links WHERE seq > ? ORDER BY seq LIMIT ?')
            .raw();
    }
    /** Reads one chunk; true while more remains. */
    next() {
        if (this.isDone)
            return false;
        const rows = this.chunk.all(this.lastSeq, this.chunkSize);
        for (const [seq, key, profileId] of rows) {
            this.links.set(key, asProfileId(profileId));
            this.lastSeq = seq;
        }
        if (rows.length === this.chunkSize)
            return true;
        followMerges(this.db, this.links);
        this.isDone = true;
        return false;
    }
}
/** Reads the whole log into a map, the latest link of each key winning. */
export function loadIdentityLinks(db) {
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
function followMerges(db, links) {
    const retired = new Map();
    const rows = db
        .prepare('SELECT id, merged_into FROM profiles WHERE merged_into IS NOT NULL')
        .raw()
        .iterate();
    for (const [id, into] of rows)
        retired.set(id, into);
    if (retired.size === 0)
        return;
    for (const [key, profileId] of links) {
        const into = retired.get(profileId);
        if (into !== undefined)
            links.set(key, asProfileId(into));
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
    reader;
    constructor(db, chunkSize = CHUNK) {
        this.reader = new LinkLogReader(db, chunkSize);
    }
    lookup(key) {
        while (this.reader.next()) {
            // an answer from part of the log could be wrong: finish loading first
        }
        return this.reader.links.get(key);
    }
    /** Loads one chunk of the log; true while more remains. */
    warmStep() {
        return this.reader.next();
    }
    /** Takes links just committed; until the log is loaded, the load will read them. */
    apply(links) {
        const { reader } = this;
        if (!reader.isDone)
            return;
        for (const link of links)
            if (link.seq > reader.lastSeq)
                reader.links.set(link.key, link.profileId);
    }
}
//# sourceMappingURL=identity-links.js.map