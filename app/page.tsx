import { redirect } from "next/navigation";
import { homeFor } from "@/lib/auth/navigation";
import { currentActor } from "@/lib/auth/session";

export default async function Home() {
  const actor = await currentActor();
  redirect(actor ? homeFor(actor.role) : "/signin");
}
