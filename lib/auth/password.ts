import { hash, verify } from "@node-rs/argon2";

// Argon2id with the library's defaults (OWASP-recommended memory and time
// costs); the parameters travel inside the hash, so they can be raised
// later without breaking existing passwords.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash must not let anyone in
  }
}

// Verifying against a real hash when the user does not exist keeps the
// response time the same, so timing does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hash("not-a-real-password");
  await verifyPassword(await dummyHash, password);
}
