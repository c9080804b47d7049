/**
 * Realistic marketplace messages for benchmarks: everyday talk (with the
 * hard negatives the detector must let pass) and violations in the forms
 * scammers use. Shared so the detector and ingestion benchmarks measure the
 * same kind of traffic.
 */
export const EVERYDAY_MESSAGES: readonly string[] = [
  "Thanks for the update, the new header looks much cleaner than before.",
  "I pushed the fix for the login redirect, can you check it on staging?",
  "The client wants the blue a bit darker, closer to the logo.",
  "Milestone 2 is done; I attached the source files and a short video walkthrough.",
  "Could you clarify whether the API should return dates in UTC or local time?",
  "I'll have the first draft of the article ready by Thursday afternoon.",
  "Budget is $1,500 for the whole project, split into three milestones.",
  "Upgraded the dependencies to v4.2.1 and all 312 tests pass now.",
  "Let's do a quick call here in the messages tomorrow at 10:30 if that works.",
  "The mobile layout breaks below 360px, I'll add a media query for it.",
  "Please review the copy for the pricing page when you have a moment.",
  "I have experience with Telegram bot development and Stripe integrations.",
  "Invoice #20240518 was paid through the platform, thank you!",
  "Can you export the icons as logo@2x.png and logo@3x.png as well?",
  "The server at 10.0.4.12 restarts every night at 02:00, that's expected.",
  "I'm not able to work outside this platform, so let's keep everything here.",
  "Great work on the onboarding flow, the animations feel smooth.",
  "One more thing: the footer links should open in a new tab.",
  "Is it OK to use Zoom before the contract starts, or should we stay here?",
  "Sounds good. I can start on Monday and share progress every evening.",
];

export const VIOLATING_MESSAGES: readonly string[] = [
  "Let's continue on WhatsApp, my number is +44 7911 123456.",
  "Add me on telegram @design_pro_77 so we can talk faster.",
  "reach me at john dot smith at gmail dot com for the details",
  "Cancel the offer and I'll pay you directly via PayPal, saves fees.",
  "Send your full name, date of birth and a scan of your ID for HR.",
  "Interview link: us05web.zoom.us/j/84123456789 at 4pm.",
  "my num is nine one seven five five five oh one two three",
  "Pay in USDT TRC20 or Wise, whichever you prefer.",
];

/**
 * A message as users write them: one everyday line, a second one with the
 * chance `second`, and a violation slipped in front of or between them with
 * the chance `violating`. Draws from `random`, so a seeded run repeats itself.
 */
export function sampleMessage(random: () => number, chances: { second: number; violating: number }): string {
  const pick = (items: readonly string[]) => items[Math.floor(random() * items.length)]!;
  const parts = [pick(EVERYDAY_MESSAGES)];
  if (random() < chances.second) parts.push(pick(EVERYDAY_MESSAGES));
  if (random() < chances.violating) parts.splice(Math.floor(random() * 2), 0, pick(VIOLATING_MESSAGES));
  return parts.join(" ");
}
