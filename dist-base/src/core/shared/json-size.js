/** UTF-8 byte length of a string, without allocating an encoded copy. */
export function utf8Length(text) {
    let bytes = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            bytes += 1;
        else if (code < 0x800)
            bytes += 2;
        else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
            // A surrogate pair is one 4-byte code point.
            bytes += 4;
            i++;
        }
        else
            bytes += 3;
    }
    return bytes;
}
/**
 * True when a JSON value nests objects or arrays deeper than `maxDepth`. The recursion stops at
 * `maxDepth`, so hostile input cannot overflow the stack.
 */
export function jsonDepthExceeds(value, maxDepth) {
    return deeperThan(value, maxDepth);
}
function deeperThan(node, levelsLeft) {
    if (node === null || typeof node !== 'object')
        return false;
    if (levelsLeft <= 0)
        return true;
    if (Array.isArray(node)) {
        for (const child of node)
            if (typeof child === 'object' && deeperThan(child, levelsLeft - 1))
                return true;
        return false;
    }
    for (const key in node) {
        const child = node[key];
        if (typeof child === 'object' && deeperThan(child, levelsLeft - 1))
            return true;
    }
    return false;
}
//# sourceMappingURL=json-size.js.map