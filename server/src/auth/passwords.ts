/**
 * Password hashing with argon2id (@node-rs/argon2, OWASP parameters). When
 * the account does not exist, a dummy hash is still verified so the response
 * time does not reveal which emails have accounts.
 */
import { hash, verify } from '@node-rs/argon2';

const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** False for a wrong password, a missing hash or an unreadable hash. */
  verify(passwordHash: string | null, password: string): Promise<boolean>;
}

export function createPasswordHasher(): PasswordHasher {
  let dummyHash: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, options),
    async verify(passwordHash, password) {
      if (passwordHash === null) {
        dummyHash ??= hash('not-a-real-password', options);
        await verify(await dummyHash, password).catch(() => false);
        return false;
      }
      return verify(passwordHash, password).catch(() => false);
    },
  };
}
