/** `--name 123` from the command line, or the fallback when absent or not a positive number. */
export function numberArg(name: string, fallback: number, argv = process.argv): number {
  const at = argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(argv[at + 1]) : NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

/** `--name` present on the command line. */
export function flagArg(name: string, argv = process.argv): boolean {
  return argv.includes(`--${name}`);
}

/** `--name value` from the command line, or the fallback when absent. */
export function stringArg(name: string, fallback: string, argv = process.argv): string {
  const at = argv.indexOf(`--${name}`);
  const value = at >= 0 ? argv[at + 1] : undefined;
  return value && !value.startsWith("--") ? value : fallback;
}
