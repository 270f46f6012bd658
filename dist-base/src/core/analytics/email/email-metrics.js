// E-mail engagement counts of messages, and the rates read from them (reference A7 "Email
// engagement", SendGrid's "÷ delivered" definitions). What each message counts as:
// - delivered: an `Email Delivered`, or any open, click, spam report or unsubscribe (engagement
//   proves delivery); bounced: an `Email Bounced` and not delivered; sent = delivered + bounced;
// - unique open (human): a non-machine open, or a click (a click proves a person read it, so
//   CTOR ≤ 1 even when images were blocked); machine open: machine opens only, kept apart;
// - unique click, unsubscribe, spam report: at least one such event.
import { MESSAGE_FLAG } from './email-messages.js';
const ENGAGED = MESSAGE_FLAG.humanOpen |
    MESSAGE_FLAG.machineOpen |
    MESSAGE_FLAG.clicked |
    MESSAGE_FLAG.unsubscribed |
    MESSAGE_FLAG.spam;
/** Whether a message with `flags` is in `group` (see the file header). */
export function isInMessageGroup(flags, group) {
    const isDelivered = (flags & (MESSAGE_FLAG.delivered | ENGAGED)) !== 0;
    const isHumanOpen = (flags & (MESSAGE_FLAG.humanOpen | MESSAGE_FLAG.clicked)) !== 0;
    switch (group) {
        case 'delivered':
            return isDelivered;
        case 'bounced':
            return !isDelivered && (flags & MESSAGE_FLAG.bounced) !== 0;
        case 'sent':
            return isDelivered || (flags & MESSAGE_FLAG.bounced) !== 0;
        case 'opened':
            return isHumanOpen;
        case 'machineOpened':
            return !isHumanOpen && (flags & MESSAGE_FLAG.machineOpen) !== 0;
        case 'clicked':
            return (flags & MESSAGE_FLAG.clicked) !== 0;
        case 'unsubscribed':
            return (flags & MESSAGE_FLAG.unsubscribed) !== 0;
        case 'spam':
            return (flags & MESSAGE_FLAG.spam) !== 0;
    }
}
/** Zero counts. */
export function emptyEmailCounts() {
    return {
        sent: 0,
        delivered: 0,
        bounced: 0,
        uniqueOpens: 0,
        machineOpens: 0,
        uniqueClicks: 0,
        unsubscribes: 0,
        spamReports: 0,
    };
}
/** Adds one message with `flags` to `counts`. */
export function addEmailMessage(counts, flags) {
    if (isInMessageGroup(flags, 'sent'))
        counts.sent++;
    if (isInMessageGroup(flags, 'delivered'))
        counts.delivered++;
    if (isInMessageGroup(flags, 'bounced'))
        counts.bounced++;
    if (isInMessageGroup(flags, 'opened'))
        counts.uniqueOpens++;
    if (isInMessageGroup(flags, 'machineOpened'))
        counts.machineOpens++;
    if (isInMessageGroup(flags, 'clicked'))
        counts.uniqueClicks++;
    if (isInMessageGroup(flags, 'unsubscribed'))
        counts.unsubscribes++;
    if (isInMessageGroup(flags, 'spam'))
        counts.spamReports++;
}
const ratio = (numerator, denominator) => denominator === 0 ? null : numerator / denominator;
/** Reads counts as metrics. */
export function readEmailMetrics(counts) {
    return {
        ...counts,
        openRate: ratio(counts.uniqueOpens, counts.delivered),
        clickRate: ratio(counts.uniqueClicks, counts.delivered),
        clickToOpenRate: ratio(counts.uniqueClicks, counts.uniqueOpens),
        bounceRate: ratio(counts.bounced, counts.sent),
        unsubscribeRate: ratio(counts.unsubscribes, counts.delivered),
        spamRate: ratio(counts.spamReports, counts.delivered),
    };
}
//# sourceMappingURL=email-metrics.js.map