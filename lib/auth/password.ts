// Passwords are stored only as argon2id hashes, with OWASP's recommended minimum cost (19 MiB, 2 passes).
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = {
  // 2 is Algorithm.Argon2id: the library declares it as a const enum, which isolated modules cannot read.
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** False for a wrong password and for a malformed stored hash alike: sign-in must not tell them apart. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}
