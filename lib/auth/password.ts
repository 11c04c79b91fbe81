import bcrypt from "bcryptjs";
import { env } from "@/lib/env";

export const hashPassword = (plain: string) => bcrypt.hash(plain, env.BCRYPT_COST);
export const verifyPassword = (plain: string, hash: string) => bcrypt.compare(plain, hash);

// Compared against when the e-mail is unknown, so both paths take the same time.
export const DUMMY_HASH = "$2b$12$C6UzMDM.H6dfI/f/IKxGhuH7tQZ.5gEodZvy2uVwOyLzAGv1o1r6a";
