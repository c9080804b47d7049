import { defineRoute, notFound } from "@/lib/http/route";
import { getAccountForPlatform } from "@/lib/platform/accounts";
import { otherMethods } from "@/lib/http/methods";

export const GET = defineRoute({ auth: "token" }, async ({ params }) => {
  const account = await getAccountForPlatform(params.id ?? "");
  if (!account)
    return notFound(
      `No account has the id "${params.id}". Use the platform's own account id, as sent with the account.`,
    );
  return account;
});

export const { POST, PUT, PATCH, DELETE } = otherMethods({ GET });
