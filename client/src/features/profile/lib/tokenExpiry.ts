// The expiry choices offered when creating an API token, and the moment each one means.

export const tokenExpiryChoices = ['none', 'days30', 'days90', 'year1'] as const;
export type TokenExpiryChoice = (typeof tokenExpiryChoices)[number];

/**
 * The `expiresAt` to send for a choice, counted from `now` in local calendar days (so "30 days"
 * ends at the same clock time even across a daylight-saving change); undefined: no expiry.
 */
export function expiresAtFor(choice: TokenExpiryChoice, now: Date): string | undefined {
  const end = new Date(now.getTime());
  switch (choice) {
    case 'none':
      return undefined;
    case 'days30':
      end.setDate(end.getDate() + 30);
      break;
    case 'days90':
      end.setDate(end.getDate() + 90);
      break;
    case 'year1':
      end.setFullYear(end.getFullYear() + 1);
      break;
  }
  return end.toISOString();
}

/** A token whose expiry has passed is refused by the server but still listed until revoked. */
export function isExpired(expiresAt: string | null, now: Date): boolean {
  return expiresAt !== null && Date.parse(expiresAt) <= now.getTime();
}
