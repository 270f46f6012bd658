// Which events are a visitor's own activity on the shop's site or app, and so make visitors and
// sessions. Calls without behaviour (identify, group, alias), events other systems send about a
// person (e-mail delivery and engagement, refunds, survey tools) and till receipts from a physical
// store would otherwise turn e-mail recipients and store shoppers into one-event "bounced" visits.
import { EMAIL_EVENTS } from '../../events/index.js';
import { CALL_KEYS } from '../actor-events.js';
import { isInStoreAt } from './order-money.js';
/** Event keys that never make a visit (see the file header). */
export const BACKGROUND_EVENTS = [
    CALL_KEYS.identify,
    CALL_KEYS.group,
    CALL_KEYS.alias,
    ...Object.values(EMAIL_EVENTS),
    'Order Refunded',
    'Order Cancelled',
    'Survey Responded',
];
/**
 * Compiles "row is visit activity": not a background event, and not an in-store order
 * (`Order Completed` with `channel: 'pos'`, see `isInStoreAt`).
 */
export function compileVisitActivity(table, money, backgroundEvents = BACKGROUND_EVENTS) {
    const isBackground = new Uint8Array(table.eventKeys.length);
    for (const name of backgroundEvents) {
        const code = table.eventKeys.indexOf(name);
        if (code >= 0)
            isBackground[code] = 1;
    }
    const { events } = table;
    const orderCode = money.orderCode;
    return (row) => {
        const event = events[row];
        if (isBackground[event] === 1)
            return false;
        return event !== orderCode || !isInStoreAt(money, row);
    };
}
//# sourceMappingURL=visit-activity.js.map