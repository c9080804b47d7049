/** Presence timings, shared by the server and the case page's heartbeat. */

/** Viewers not heard from for this long have left. */
export const VIEWER_WINDOW_MS = 30_000;

/** How often an open case page sends its heartbeat (well inside the window). */
export const VIEWER_HEARTBEAT_MS = 5_000;
