import { foldEmailMessages } from './email-messages.js';
import { addEmailMessage, emptyEmailCounts, isInMessageGroup, readEmailMetrics, } from './email-metrics.js';
/** Calls `visit` with each message first sent in range (and of the asked campaign). */
function forEachMessageInRange(messages, query, visit) {
    const { from, to } = query.dateRange;
    const wantedCampaign = query.campaignId === undefined ? -2 : messages.campaignIds.indexOf(query.campaignId);
    if (wantedCampaign === -1)
        return; // a campaign no event names: nothing was sent
    for (let m = 0; m < messages.count; m++) {
        const at = messages.firstAt[m];
        if (at < from || at > to)
            continue;
        if (wantedCampaign >= 0 && messages.campaign[m] !== wantedCampaign)
            continue;
        visit(m);
    }
}
/** Sent, delivered, opens (human and machine apart), clicks, bounces, unsubscribes and spam, with their rates. */
export function runEmailMetrics(table, query, options) {
    const messages = foldEmailMessages(table, options.mask);
    const total = emptyEmailCounts();
    const byCampaign = new Map();
    forEachMessageInRange(messages, query, (m) => {
        const flags = messages.flags[m];
        addEmailMessage(total, flags);
        const campaign = messages.campaign[m];
        let group = byCampaign.get(campaign);
        if (!group)
            byCampaign.set(campaign, (group = { counts: emptyEmailCounts(), name: -1 }));
        addEmailMessage(group.counts, flags);
        if (group.name === -1)
            group.name = messages.campaignName[m];
    });
    const campaigns = [...byCampaign].map(([campaign, group]) => ({
        campaignId: campaign >= 0 ? messages.campaignIds[campaign] : null,
        campaignName: group.name >= 0 ? messages.campaignNames[group.name] : null,
        ...readEmailMetrics(group.counts),
    }));
    campaigns.sort((a, b) => b.sent - a.sent || String(a.campaignId ?? '').localeCompare(String(b.campaignId ?? '')));
    return { total: readEmailMetrics(total), campaigns };
}
/** Actor indices of the recipients of the messages in one group (and campaign); ascending, each once. */
export function emailActors(table, query, cell, options) {
    const messages = foldEmailMessages(table, options.mask);
    const campaignCode = cell.campaignId === undefined
        ? -2
        : cell.campaignId === null
            ? -1
            : messages.campaignIds.indexOf(cell.campaignId);
    if (cell.campaignId !== undefined && cell.campaignId !== null && campaignCode === -1)
        return [];
    const actors = new Set();
    forEachMessageInRange(messages, query, (m) => {
        if (campaignCode !== -2 && messages.campaign[m] !== campaignCode)
            return;
        if (isInMessageGroup(messages.flags[m], cell.metric))
            actors.add(messages.actor[m]);
    });
    return [...actors].sort((a, b) => a - b);
}
//# sourceMappingURL=run-email-metrics.js.map