import type { Instant, MessageId, ProfileId } from '../core/shared/index.js';
import type { DroppedEvent, EncodedEvent, TrackedEvent } from '../core/events/index.js';
import type { Group, IdentityKey, IngestPlan, KnownIdentities, Profile } from '../core/profiles/index.js';
import type { AnalyticsSource, ProfileListStore } from './analytics-source.js';

/** An event as stored: its place in the log and the profile it resolves to now. */
export interface StoredEvent extends TrackedEvent {
  /** Position in the event log; increases with every accepted event. */
  readonly seq: number;
  readonly profileId: ProfileId;
}

/** The reads and writes of one ingest transaction. Nothing is visible to readers before it commits. */
export interface IngestTransaction {
  /** The subset of `messageIds` never stored before, as a new set the caller owns. */
  unseenMessageIds(messageIds: readonly MessageId[]): Promise<Set<MessageId>>;
  /** The profiles and groups the given identity keys and group ids point at. */
  loadKnown(keys: readonly IdentityKey[], groupIds: readonly string[]): Promise<KnownIdentities>;
  /** Writes a plan: merges, links, profiles, groups, then the events (their bodies as given). */
  apply(plan: IngestPlan<EncodedEvent>): Promise<void>;
  recordDrops(drops: readonly DroppedEvent[]): Promise<void>;
}

/** The write side of the event log. */
export interface IngestStore {
  /**
   * Runs `work` in one transaction that is durable when the returned promise resolves.
   * Transactions never overlap; a failed one leaves no trace.
   */
  write<T>(work: (tx: IngestTransaction) => Promise<T>): Promise<T>;
}

/** One request's validated events and the events it dropped, as handed to an EventWriter. */
export interface WriteRequest {
  readonly events: readonly EncodedEvent[];
  readonly dropped: readonly DroppedEvent[];
}

/** What a write did with one request's events. */
export interface WriteOutcome {
  readonly accepted: number;
  /** Events whose messageId was stored before (or earlier in the same write). */
  readonly duplicates: number;
}

/**
 * Stores requests durably: deduplicates, resolves identities and writes their events and drops,
 * all requests of one call in one transaction. Resolves once that transaction is durable. Calls
 * may overlap: they are applied in call order. It may run the work on another thread.
 */
export interface EventWriter {
  write(requests: readonly WriteRequest[]): Promise<WriteOutcome[]>;
  close(): Promise<void>;
}

/** Options for reading the live stream of events. */
export interface RecentEventsOptions {
  readonly limit: number;
  /** Only events stored after this position (for polling a live stream). */
  readonly afterSeq?: number;
}

/** The read side of events and profiles used by the admin API and the web app. */
export interface ProfileStore {
  /** Resolves a userId, anonymousId or profile id (also of a merged-away profile) to the merged profile. */
  findProfile(ref: string): Promise<Profile | undefined>;
  /** Profiles whose ids or trait values contain `query`, most recently seen first. */
  searchProfiles(query: string, limit: number): Promise<Profile[]>;
  /** Events of a profile across all its merged identities, newest first. */
  profileEvents(profileId: ProfileId, limit: number): Promise<StoredEvent[]>;
  findGroup(groupId: string): Promise<Group | undefined>;
}

export interface EventStore {
  /** Newest first. */
  recentEvents(options: RecentEventsOptions): Promise<StoredEvent[]>;
  /** The next `limit` events after position `afterSeq`, oldest first: for following the log without gaps. */
  eventsAfter(afterSeq: number, limit: number): Promise<StoredEvent[]>;
  /** How many events and (unmerged) profiles are stored. */
  stats(): Promise<{ events: number; profiles: number }>;
  /** Dropped events, newest first. */
  recentDrops(limit: number): Promise<DroppedEvent[]>;
}

/** Small named values that must survive restarts: write key, admin token. */
export interface SettingStore {
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
}

/** A person who signs in to the web app. */
export interface User {
  readonly id: string;
  readonly email: string;
  readonly passwordHash: string;
  readonly createdAt: Instant;
}

export interface UserStore {
  countUsers(): Promise<number>;
  createUser(user: User): Promise<void>;
  findUserByEmail(email: string): Promise<User | undefined>;
  createSession(tokenHash: string, userId: string, expiresAt: Instant): Promise<void>;
  /** The user of a live session, or undefined when unknown or expired at `now`. */
  findSessionUser(tokenHash: string, now: Instant): Promise<User | undefined>;
}

/** Everything a storage backend provides. */
export interface Storage {
  readonly ingest: IngestStore;
  readonly events: EventStore;
  readonly profiles: ProfileStore;
  readonly settings: SettingStore;
  readonly users: UserStore;
  readonly analytics: AnalyticsSource;
  readonly lists: ProfileListStore;
  close(): Promise<void>;
}
