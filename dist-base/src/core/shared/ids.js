/** Brands a string read from storage or generated as a profile id. */
export const asProfileId = (value) => value;
/** Brands a string as a message id. */
export const asMessageId = (value) => value;
//# sourceMappingURL=ids.js.map