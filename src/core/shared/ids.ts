declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** Id of a profile: one person after identity merge. */
export type ProfileId = Brand<string, 'ProfileId'>;
/** Client- or server-generated id of one event, the deduplication key. */
export type MessageId = Brand<string, 'MessageId'>;
/** Id of an event source (one write key). */
export type SourceId = Brand<string, 'SourceId'>;

/** Brands a string read from storage or generated as a profile id. */
export const asProfileId = (value: string): ProfileId => value as ProfileId;
/** Brands a string as a message id. */
export const asMessageId = (value: string): MessageId => value as MessageId;
