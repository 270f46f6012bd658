// The e-mail metrics query: request schema, response shape, click-through cell, properties.
import { z } from 'zod';
import { dateRangeSchema, timeZoneSchema } from '../date-range.js';
import { EMAIL_PROPERTIES } from './email-messages.js';
/** Request body: messages first sent in `dateRange`, optionally of one campaign. */
export const emailQuerySchema = z.object({
    dateRange: dateRangeSchema,
    segmentId: z.string().min(1).optional(),
    timezone: timeZoneSchema,
    campaignId: z.string().min(1).optional(),
});
/** A click-through cell: the recipients of one message group, optionally of one campaign (null = none). */
export const emailCellSchema = z.object({
    metric: z.enum([
        'sent',
        'delivered',
        'bounced',
        'opened',
        'machineOpened',
        'clicked',
        'unsubscribed',
        'spam',
    ]),
    campaignId: z.string().nullable().optional(),
});
/** Property paths the e-mail query reads. */
export function emailProperties(_query) {
    return [...EMAIL_PROPERTIES];
}
//# sourceMappingURL=email-query.js.map