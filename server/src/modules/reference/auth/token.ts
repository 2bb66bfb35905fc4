/**
 * Session tokens: HS256 JWTs signed with jose, carrying the user id and token version, living 12 hours. A token
 * is refused unless it names its issuer, subject, version, issue time and expiry, and its expiry lies no further
 * than 12 hours after its issue time and after now (a token minted to live longer is refused outright).
 */
import { SignJWT, jwtVerify } from 'jose';

export const TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;
/** Clock skew tolerated between server processes. */
const SKEW_SECONDS = 60;

export interface TokenClaims {
  userId: number;
  tokenVersion: number;
}

export async function signToken(secret: Uint8Array, claims: TokenClaims, now = new Date()): Promise<string> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  return new SignJWT({ tv: claims.tokenVersion })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(String(claims.userId))
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + TOKEN_LIFETIME_SECONDS)
    .setIssuer('cunce')
    .sign(secret);
}

/** The claims of a valid token, or null when it is malformed, forged, expired or meant to live too long. */
export async function verifyToken(secret: Uint8Array, token: string, now = new Date()): Promise<TokenClaims | null> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: 'cunce',
      requiredClaims: ['sub', 'iat', 'exp', 'tv'],
      maxTokenAge: TOKEN_LIFETIME_SECONDS,
      clockTolerance: SKEW_SECONDS,
      currentDate: now,
    });
    const seconds = now.getTime() / 1000;
    if (payload.exp! - payload.iat! > TOKEN_LIFETIME_SECONDS || payload.exp! > seconds + TOKEN_LIFETIME_SECONDS + SKEW_SECONDS) return null;
    const userId = Number(payload.sub);
    const tokenVersion = payload.tv;
    if (!Number.isInteger(userId) || typeof tokenVersion !== 'number') return null;
    return { userId, tokenVersion };
  } catch {
    return null;
  }
}
