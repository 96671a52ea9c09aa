/**
 * Tokens and ids: a token is 32 random bytes (256 bits) in base64url, given once and stored only as its SHA-256;
 * ids are 16 random bytes (128 bits), so that a workshop's or a participant's id reveals nothing and cannot be
 * guessed either (rights never rest on them: every request is checked against its token).
 */
import { createHash, randomBytes } from 'node:crypto';

export type Role = 'facilitator' | 'invitation' | 'participant';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newId(prefix: 'w' | 'p'): string {
  return `${prefix}-${randomBytes(16).toString('base64url')}`;
}

/** A token as the client sends it: base64url, 43 characters for 32 bytes (longer ones allowed, never shorter). */
export const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43,128}$/;
