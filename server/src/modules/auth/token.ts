/** Session tokens: HS256 JWTs signed with jose, carrying the user id and token version, expiring. */
import { SignJWT, jwtVerify } from 'jose';

export const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

export interface TokenClaims {
  userId: number;
  tokenVersion: number;
}

export async function signToken(secret: Uint8Array, claims: TokenClaims, now = new Date()): Promise<string> {
  return new SignJWT({ tv: claims.tokenVersion })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.userId))
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(now.getTime() / 1000) + TOKEN_LIFETIME_SECONDS)
    .setIssuer('cunce')
    .sign(secret);
}

/** The claims of a valid token, or null when it is malformed, forged or expired. */
export async function verifyToken(secret: Uint8Array, token: string): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], issuer: 'cunce' });
    const userId = Number(payload.sub);
    const tokenVersion = payload.tv;
    if (!Number.isInteger(userId) || typeof tokenVersion !== 'number') return null;
    return { userId, tokenVersion };
  } catch {
    return null;
  }
}
