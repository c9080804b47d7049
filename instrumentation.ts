// Runs once when the server starts. The check lives in a Node-only module
// so the Edge bundle never sees process.exit.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "production") {
    const { checkProductionConfig } = await import("@/lib/config/check-production");
    checkProductionConfig();
  }
}
