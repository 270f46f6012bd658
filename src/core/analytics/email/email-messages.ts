// Folds Segment Email Spec events (reference B5) into messages: one message per (actor, email_id),
// so every count below is unique per recipient and e-mail. Rules:
// - key: `email_id`; an event without one belongs to the actor's latest message of its
//   `campaign_id` (a new message when there is none); without both ids, to the actor's latest
//   message (e.g. a bare `Unsubscribed` after a newsletter), or to none;
// - a message belongs to the date range of its FIRST event (its send), and every later engagement
//   counts with it, so a rate never mixes opens of one period with deliveries of another;
// - machine opens: `machine_open` or `is_machine_open` true, or the bare `Mozilla/5.0` user agent
//   (`user_agent` or `context.userAgent`) with which Apple Mail Privacy Protection prefetches.
import type { ActorEvents, PropertyColumn } from '../actor-events.js';
import type { ActorMask } from '../actor-mask.js';
import { EMAIL_EVENTS } from '../../events/index.js';

/** Property paths the message fold reads. */
export const EMAIL_PROPERTIES: readonly string[] = [
  'email_id',
  'campaign_id',
  'campaign_name',
  'machine_open',
  'is_machine_open',
  'user_agent',
  'context.userAgent',
];

/** Bits of a message's flags, one per kind of event seen. */
export const MESSAGE_FLAG = {
  delivered: 1,
  bounced: 2,
  humanOpen: 4,
  machineOpen: 8,
  clicked: 16,
  unsubscribed: 32,
  spam: 64,
} as const;

/** Messages as columns; campaign and name are codes into `campaignIds` / `campaignNames` (-1 = none). */
export interface EmailMessages {
  readonly count: number;
  readonly actor: Int32Array;
  readonly firstAt: Float64Array;
  readonly flags: Uint8Array;
  readonly campaign: Int32Array;
  readonly campaignName: Int32Array;
  readonly campaignIds: readonly string[];
  readonly campaignNames: readonly string[];
}

const MACHINE_USER_AGENT = 'mozilla/5.0';

/** Per string code of a column: 1 when the value passes `test`. */
function flagStrings(column: PropertyColumn | undefined, test: (value: string) => boolean): Uint8Array {
  const flags = new Uint8Array(column?.strings.length ?? 0);
  column?.strings.forEach((value, code) => (flags[code] = test(value.trim().toLowerCase()) ? 1 : 0));
  return flags;
}

/** A row predicate "this open was a machine's" from the columns named in the file header. */
function compileMachineOpen(table: ActorEvents): (row: number) => boolean {
  const tests = [
    ...['machine_open', 'is_machine_open'].map((path) => ({
      path,
      test: (v: string) => v === 'true' || v === '1',
    })),
    ...['user_agent', 'context.userAgent'].map((path) => ({
      path,
      test: (v: string) => v === MACHINE_USER_AGENT,
    })),
  ].map(({ path, test }) => {
    const column = table.column(path);
    return { codes: column?.codes, flags: flagStrings(column, test) };
  });
  return (row) =>
    tests.some(({ codes, flags }) => codes !== undefined && codes[row]! >= 0 && flags[codes[row]!] === 1);
}

/** Event code → message flag (0 = not an e-mail event). */
function eventFlags(table: ActorEvents): Uint8Array {
  const flags = new Uint8Array(table.eventKeys.length);
  const set = (name: string, flag: number) => {
    const code = table.eventKeys.indexOf(name);
    if (code >= 0) flags[code] = flag;
  };
  set(EMAIL_EVENTS.delivered, MESSAGE_FLAG.delivered);
  set(EMAIL_EVENTS.opened, MESSAGE_FLAG.humanOpen);
  set(EMAIL_EVENTS.clicked, MESSAGE_FLAG.clicked);
  set(EMAIL_EVENTS.bounced, MESSAGE_FLAG.bounced);
  set(EMAIL_EVENTS.spam, MESSAGE_FLAG.spam);
  set(EMAIL_EVENTS.unsubscribed, MESSAGE_FLAG.unsubscribed);
  return flags;
}

/** Folds every unmasked actor's e-mail events into messages (all time; callers pick by `firstAt`). */
export function foldEmailMessages(table: ActorEvents, mask?: ActorMask): EmailMessages {
  const flagOf = eventFlags(table);
  const isMachineOpen = compileMachineOpen(table);
  const emailIds = table.column('email_id')?.codes;
  const campaignColumn = table.column('campaign_id');
  const nameColumn = table.column('campaign_name');
  const actor: number[] = [];
  const firstAt: number[] = [];
  const flags: number[] = [];
  const campaign: number[] = [];
  const campaignName: number[] = [];
  const byEmail = new Map<number, number>(); // per actor: email_id code → message
  const byCampaign = new Map<number, number>(); // per actor: campaign_id code → latest message
  for (let a = 0; a < table.actorCount; a++) {
    if (mask && mask[a] !== 1) continue;
    byEmail.clear();
    byCampaign.clear();
    let latest = -1;
    for (let row = table.actorStart[a]!, end = table.actorStart[a + 1]!; row < end; row++) {
      let flag = flagOf[table.events[row]!]!;
      if (flag === 0) continue;
      if (flag === MESSAGE_FLAG.humanOpen && isMachineOpen(row)) flag = MESSAGE_FLAG.machineOpen;
      const emailCode = emailIds ? emailIds[row]! : -1;
      const campaignCode = campaignColumn ? campaignColumn.codes[row]! : -1;
      let message =
        emailCode >= 0 ? byEmail.get(emailCode) : campaignCode >= 0 ? byCampaign.get(campaignCode) : latest;
      if (message === undefined) {
        message = actor.length;
        if (emailCode >= 0) byEmail.set(emailCode, message);
        actor.push(a);
        firstAt.push(table.timestamps[row]!);
        flags.push(0);
        campaign.push(-1);
        campaignName.push(-1);
      }
      if (message < 0) continue; // no ids and no earlier message to attach to
      latest = message;
      flags[message]! |= flag;
      if (campaign[message] === -1 && campaignCode >= 0) campaign[message] = campaignCode;
      if (campaign[message]! >= 0) byCampaign.set(campaign[message]!, message);
      const nameCode = nameColumn ? nameColumn.codes[row]! : -1;
      if (campaignName[message] === -1 && nameCode >= 0) campaignName[message] = nameCode;
    }
  }
  return {
    count: actor.length,
    actor: Int32Array.from(actor),
    firstAt: Float64Array.from(firstAt),
    flags: Uint8Array.from(flags),
    campaign: Int32Array.from(campaign),
    campaignName: Int32Array.from(campaignName),
    campaignIds: campaignColumn?.strings ?? [],
    campaignNames: nameColumn?.strings ?? [],
  };
}
