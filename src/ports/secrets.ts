/** Password and token hashing; the algorithm lives in an adapter. */
export interface Secrets {
  /** A salted, slow hash of a password, self-describing (algorithm and parameters included). */
  hashPassword(password: string): Promise<string>;
  verifyPassword(password: string, hash: string): Promise<boolean>;
  /** A fast one-way hash of a high-entropy token, for lookups of stored session tokens. */
  hashToken(token: string): string;
  /** Compares two secrets in constant time. */
  safeEqual(a: string, b: string): boolean;
}
