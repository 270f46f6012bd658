import { EMAIL_EVENTS } from '../../events/index.js';
/** Property paths the message fold reads. */
export const EMAIL_PROPERTIES = [
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
};
const MACHINE_USER_AGENT = 'mozilla/5.0';
/** Per string code of a column: 1 when the value passes `test`. */
function flagStrings(column, test) {
    const flags = new Uint8Array(column?.strings.length ?? 0);
    column?.strings.forEach((value, code) => (flags[code] = test(value.trim().toLowerCase()) ? 1 : 0));
    return flags;
}
/** A row predicate "this open was a machine's" from the columns named in the file header. */
function compileMachineOpen(table) {
    const tests = [
        ...['machine_open', 'is_machine_open'].map((path) => ({
            path,
            test: (v) => v === 'true' || v === '1',
        })),
        ...['user_agent', 'context.userAgent'].map((path) => ({
            path,
            test: (v) => v === MACHINE_USER_AGENT,
        })),
    ].map(({ path, test }) => {
        const column = table.column(path);
        return { codes: column?.codes, flags: flagStrings(column, test) };
    });
    return (row) => tests.some(({ codes, flags }) => codes !== undefined && codes[row] >= 0 && flags[codes[row]] === 1);
}
/** Event code → message flag (0 = not an e-mail event). */
function eventFlags(table) {
    const flags = new Uint8Array(table.eventKeys.length);
    const set = (name, flag) => {
        const code = table.eventKeys.indexOf(name);
        if (code >= 0)
            flags[code] = flag;
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
export function foldEmailMessages(table, mask) {
    const flagOf = eventFlags(table);
    const isMachineOpen = compileMachineOpen(table);
    const emailIds = table.column('email_id')?.codes;
    const campaignColumn = table.column('campaign_id');
    const nameColumn = table.column('campaign_name');
    const actor = [];
    const firstAt = [];
    const flags = [];
    const campaign = [];
    const campaignName = [];
    const byEmail = new Map(); // per actor: email_id code → message
    const byCampaign = new Map(); // per actor: campaign_id code → latest message
    for (let a = 0; a < table.actorCount; a++) {
        if (mask && mask[a] !== 1)
            continue;
        byEmail.clear();
        byCampaign.clear();
        let latest = -1;
        for (let row = table.actorStart[a], end = table.actorStart[a + 1]; row < end; row++) {
            let flag = flagOf[table.events[row]];
            if (flag === 0)
                continue;
            if (flag === MESSAGE_FLAG.humanOpen && isMachineOpen(row))
                flag = MESSAGE_FLAG.machineOpen;
            const emailCode = emailIds ? emailIds[row] : -1;
            const campaignCode = campaignColumn ? campaignColumn.codes[row] : -1;
            let message = emailCode >= 0 ? byEmail.get(emailCode) : campaignCode >= 0 ? byCampaign.get(campaignCode) : latest;
            if (message === undefined) {
                message = actor.length;
                if (emailCode >= 0)
                    byEmail.set(emailCode, message);
                actor.push(a);
                firstAt.push(table.timestamps[row]);
                flags.push(0);
                campaign.push(-1);
                campaignName.push(-1);
            }
            if (message < 0)
                continue; // no ids and no earlier message to attach to
            latest = message;
            flags[message] |= flag;
            if (campaign[message] === -1 && campaignCode >= 0)
                campaign[message] = campaignCode;
            if (campaign[message] >= 0)
                byCampaign.set(campaign[message], message);
            const nameCode = nameColumn ? nameColumn.codes[row] : -1;
            if (campaignName[message] === -1 && nameCode >= 0)
                campaignName[message] = nameCode;
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
//# sourceMappingURL=email-messages.js.map