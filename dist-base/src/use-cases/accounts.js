import { WaymarkError } from '../core/shared/index.js';
const SESSION_MS = 30 * 86_400_000;
const EMAIL = /^[^\s@]+@[^\s@]+$/;
/** Sign-in for the web app and bearer authentication of the admin API. */
export function createAccounts({ users, secrets, ids, clock, adminToken }) {
    const startSession = async (userId) => {
        const token = `ses_${ids.secret()}`;
        const expiresAt = clock.now() + SESSION_MS;
        await users.createSession(secrets.hashToken(token), userId, expiresAt);
        return token;
    };
    return {
        /** Resolves a bearer token to a caller, or undefined when it is not valid. */
        async authenticate(token) {
            if (secrets.safeEqual(token, adminToken))
                return { kind: 'admin' };
            if (!token.startsWith('ses_'))
                return undefined;
            const user = await users.findSessionUser(secrets.hashToken(token), clock.now());
            return user ? { kind: 'user', email: user.email } : undefined;
        },
        async hasUsers() {
            return (await users.countUsers()) > 0;
        },
        async createUser(email, password) {
            const normalized = email.trim().toLowerCase();
            if (!EMAIL.test(normalized))
                throw new WaymarkError('E_VALIDATION', 'email is not an email address', { field: 'email' });
            if (password.length < 8) {
                throw new WaymarkError('E_VALIDATION', 'password must be at least 8 characters', {
                    field: 'password',
                });
            }
            if (await users.findUserByEmail(normalized)) {
                throw new WaymarkError('E_CONFLICT', `a user with email ${normalized} exists`, { field: 'email' });
            }
            const id = `usr_${ids.secret().slice(0, 16)}`;
            await users.createUser({
                id,
                email: normalized,
                passwordHash: await secrets.hashPassword(password),
                createdAt: clock.now(),
            });
            return { id, email: normalized };
        },
        /** Exchanges an email and password for a session token. */
        async signIn(email, password) {
            const user = await users.findUserByEmail(email.trim().toLowerCase());
            if (!user || !(await secrets.verifyPassword(password, user.passwordHash))) {
                throw new WaymarkError('E_UNAUTHORIZED', 'email or password is wrong');
            }
            return { token: await startSession(user.id), email: user.email };
        },
    };
}
//# sourceMappingURL=accounts.js.map