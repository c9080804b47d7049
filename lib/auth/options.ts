import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { prisma } from "@/lib/db/prisma";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { checkSignInThrottle, recordSignInAttempt } from "@/lib/auth/throttle";
import { authSecret } from "@/lib/auth/secret";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().email("Enter the email address of your console account."),
  password: z.string().min(1, "Enter your password.").max(200),
});

export const SIGN_IN_FAILED = "Wrong email or password.";

function clientIp(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || null;
}

export const authOptions: NextAuthOptions = {
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
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
        const ip = clientIp(req?.headers as Record<string, unknown> | undefined);

        const throttle = await checkSignInThrottle(email, ip);
        if (throttle.blocked) {
          const minutes = Math.ceil(throttle.retryAfterSeconds / 60);
          throw new Error(`Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`);
        }

        const user = await prisma.consoleUser.findUnique({ where: { email } });
        const ok = user
          ? await verifyPassword(user.passwordHash, password)
          : (await burnPasswordCheck(password), false);
        if (!user || !ok) {
          await recordSignInAttempt(email, ip, false);
          throw new Error(SIGN_IN_FAILED);
        }
        if (!user.active) {
          await recordSignInAttempt(email, ip, false);
          throw new Error("This console account is deactivated. Ask an admin to reactivate it.");
        }
        await recordSignInAttempt(email, ip, true);
        await prisma.consoleUser.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  callbacks: {
    // Only the user id goes into the token: role and active flag are read
    // from the database on every request, so a change applies at once.
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) (session.user as { id?: string }).id = token.sub;
      return session;
    },
  },
};
