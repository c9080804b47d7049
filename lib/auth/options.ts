import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "@/lib/zod";
import { prisma } from "@/lib/db/prisma";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { endSession } from "@/lib/auth/session-version";
import { beginSignInAttempt, throttleMessage } from "@/lib/auth/throttle";
import { clientAddress } from "@/lib/http/client-address";
import { authSecret } from "@/lib/auth/secret";
import { serverEnv } from "@/lib/config/env";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address of your console account."),
  password: z.string().min(1, "Enter your password.").max(200),
});

export const SIGN_IN_FAILED = "Wrong email or password.";

// Over HTTPS the session cookie gets the __Secure- prefix and the Secure flag, as next-auth does by
// default; SameSite=Strict so no other site, not even a sibling origin, sends it along with a request.
const secureCookies = (serverEnv().NEXTAUTH_URL ?? "").startsWith("https://");

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
  useSecureCookies: secureCookies,
  cookies: {
    sessionToken: {
      name: `${secureCookies ? "__Secure-" : ""}next-auth.session-token`,
      options: { httpOnly: true, sameSite: "strict", path: "/", secure: secureCookies },
    },
  },
  pages: { signIn: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse(credentials ?? {});
        if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? SIGN_IN_FAILED);
        const { email, password } = parsed.data;
        const address = clientAddress(req?.headers as Record<string, unknown> | undefined);

        const attempt = await beginSignInAttempt(email, address);
        if (attempt.throttle.blocked) {
          await attempt.discard();
          throw new Error(throttleMessage(attempt.throttle.retryAfterSeconds));
        }

        const user = await prisma.consoleUser.findUnique({ where: { email } });
        const ok = user
          ? await verifyPassword(user.passwordHash, password)
          : (await burnPasswordCheck(password), false);
        // A wrong password needs nothing more: the attempt was written as a failure.
        if (!user || !ok) throw new Error(SIGN_IN_FAILED);
        if (!user.active) throw new Error("This console account is deactivated. Ask an admin to reactivate it.");
        await attempt.succeed();
        await prisma.consoleUser.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Only the user id and the session version go into the token: role and active flag are read from
    // the database on every request, and a bumped version (sign-out, sign out everywhere,
    // deactivation) ends every cookie minted before it (lib/auth/session.ts).
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) {
        Object.assign(session.user, { id: token.sub, sessionVersion: typeof token.sv === "number" ? token.sv : -1 });
      }
      return session;
    },
  },
  events: {
    // Signing out ends this cookie for good, not only in this browser: a copy replayed later is refused.
    async signOut({ token }) {
      if (token?.sub && typeof token.sv === "number") await endSession(token.sub, token.sv);
    },
  },
};
