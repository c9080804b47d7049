/**
 * The line a case page shows about who else has it open: "Also viewing:
 * Omar Moderator", with the holder marked, so nobody starts on a case
 * someone else is reading without knowing it.
 */
export function describeViewers(viewers: { name: string; holdsClaim: boolean }[]): string | null {
  if (viewers.length === 0) return null;
  const names = viewers.map((v) => (v.holdsClaim ? `${v.name} (holds the case)` : v.name));
  const list = names.length <= 3 ? joinNames(names) : `${names.slice(0, 2).join(", ")} and ${names.length - 2} others`;
  return `Also viewing: ${list}`;
}

function joinNames(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}
