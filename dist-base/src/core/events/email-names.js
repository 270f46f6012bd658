/** The Segment Email Spec's event names (reference B5), by what each says about a message. */
export const EMAIL_EVENTS = {
    delivered: 'Email Delivered',
    opened: 'Email Opened',
    clicked: 'Email Link Clicked',
    bounced: 'Email Bounced',
    spam: 'Email Marked as Spam',
    unsubscribed: 'Unsubscribed',
};
//# sourceMappingURL=email-names.js.map