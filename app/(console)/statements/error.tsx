"use client";

import { pageError } from "@/components/ui/page-error";

export default pageError(
  "This page could not be loaded",
  "The console or its database did not answer. Nothing you decided was lost. Try again; if it keeps failing, tell the console's admins.",
);
