"use client";

import { signOut } from "next-auth/react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  return (
    <Button variant="link" size="sm" onClick={() => signOut({ callbackUrl: "/signin" })} className="lg:mt-3 lg:block">
      Sign out
    </Button>
  );
}
