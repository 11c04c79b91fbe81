import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { emailSchema, z } from "@/lib/fields";
import { clientIp } from "./client-ip";
import { authenticate } from "./signin";

const credentials = z.object({ email: emailSchema, password: z.string().min(1).max(200) });

// JWT sessions carry only the user id and the account's sessionVersion at sign-in; role, status and
// the current sessionVersion are read from the database on every request (lib/auth/session.ts), so an
// approval or a suspension takes effect at once, and a suspension ends every older session for good.
export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET ?? (env.NODE_ENV === "production" ? undefined : "dev-only-secret-change-me"),
  session: { strategy: "jwt", maxAge: 60 * 60 * 12 },
  pages: { signIn: "/signin" },
  // Session cookie: HttpOnly and SameSite=Lax (NextAuth's defaults, kept), Secure with the
  // __Secure- prefix in production. Only a production build that is explicitly served over plain
  // http (NEXTAUTH_URL http://…, e.g. the e2e server on localhost) goes without Secure.
  useSecureCookies: env.NODE_ENV === "production" && !env.NEXTAUTH_URL?.startsWith("http://"),
  providers: [
    CredentialsProvider({
      name: "email",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      // A thrown error reaches the form as `error` (SignInRateLimited → "RateLimited"); null is
      // the one answer for every other failure.
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        return authenticate(parsed.data.email, parsed.data.password, clientIp(req?.headers));
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      (session as { uid?: string }).uid = token.uid as string | undefined;
      // Sessions signed in before sessionVersion existed carry none: version 0, the column's default.
      (session as { sv?: number }).sv = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
};
