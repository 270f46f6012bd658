/** Builds a QueryKind with its types inferred from the parts. */
export function defineQueryKind(kind) {
    return kind;
}
//# sourceMappingURL=query-kind.js.map