import bcrypt from "bcryptjs";
import { env } from "@/lib/env";

export const hashPassword = (plain: string) => bcrypt.hash(plain, env.BCRYPT_COST);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

// Compared against when the e-mail is unknown (or the account is deleted), so both paths take
// the same time. Made at the configured cost, so the timing matches real hashes in every setup.
let dummy: Promise<string> | undefined;
export const dummyHash = () => (dummy ??= bcrypt.hash("no-such-account-dummy-password", env.BCRYPT_COST));
