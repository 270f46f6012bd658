// The e-mail metrics query: request schema, response shape, click-through cell, properties.
import { z } from 'zod';
import { dateRangeSchema, timeZoneSchema } from '../date-range.js';
import { EMAIL_PROPERTIES } from './email-messages.js';
import type { EmailMetrics } from './email-metrics.js';

/** Request body: messages first sent in `dateRange`, optionally of one campaign. */
export const emailQuerySchema = z.object({
  dateRange: dateRangeSchema,
  segmentId: z.string().min(1).optional(),
  timezone: timeZoneSchema,
  campaignId: z.string().min(1).optional(),
});

export type EmailQuery = z.infer<typeof emailQuerySchema>;

/** One campaign's metrics; a null id groups messages sent without a campaign_id. */
export type EmailCampaignMetrics = EmailMetrics & {
  readonly campaignId: string | null;
  readonly campaignName: string | null;
};

/** Response: the total, then each campaign (most sent first, then by id). */
export interface EmailResult {
  readonly total: EmailMetrics;
  readonly campaigns: readonly EmailCampaignMetrics[];
}

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
export type EmailCell = z.infer<typeof emailCellSchema>;

/** Property paths the e-mail query reads. */
export function emailProperties(_query?: EmailQuery): string[] {
  return [...EMAIL_PROPERTIES];
}
