/** `GET /api/auth/status`: whether an owner account exists yet. */
export interface AuthStatus {
  hasUsers: boolean;
}

/** Either an email and password, or the admin token. */
export type LoginRequest = { email: string; password: string } | { token: string };

export interface LoginResponse {
  token: string;
  user: { email: string } | null;
}

export interface CreatedUser {
  user: { id: string; email: string };
}

/** Who the current token belongs to. */
export type Me = { kind: 'admin' } | { kind: 'user'; email: string };
