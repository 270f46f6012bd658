import { createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
// scrypt parameters: N=2^15, r=8, p=1 (OWASP's minimum is N=2^17 at p=1 for
// interactive logins on fast servers; 2^15 keeps sign-in near 50 ms on a small machine).
const N = 32_768;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;
const derive = (password, salt) => new Promise((resolve, reject) => scrypt(password, salt, KEY_LENGTH, { N, r: R, p: P, maxmem: 64 * 1024 * 1024 }, (error, key) => error ? reject(error) : resolve(key)));
/** Secrets backed by node:crypto: scrypt for passwords, SHA-256 for session tokens. */
export const nodeSecrets = {
    async hashPassword(password) {
        const salt = randomBytes(16);
        const key = await derive(password, salt);
        return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${key.toString('base64url')}`;
    },
    async verifyPassword(password, hash) {
        const [scheme, , , , salt, key] = hash.split('$');
        if (scheme !== 'scrypt' || !salt || !key)
            return false;
        const actual = await derive(password, Buffer.from(salt, 'base64url'));
        const expected = Buffer.from(key, 'base64url');
        return actual.length === expected.length && timingSafeEqual(actual, expected);
    },
    hashToken(token) {
        return createHash('sha256').update(token).digest('base64url');
    },
    safeEqual(a, b) {
        const left = createHash('sha256').update(a).digest();
        const right = createHash('sha256').update(b).digest();
        return timingSafeEqual(left, right);
    },
};
//# sourceMappingURL=node-secrets.js.map