"use client";

import { pageError } from "@/components/ui/page-error";

export default pageError(
  "The figures could not be loaded",
  "The console or its database did not answer. Nothing was changed. Try again; if it keeps failing, tell the console's admins.",
);
