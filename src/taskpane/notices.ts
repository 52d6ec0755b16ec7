/**
 * Results and errors the ribbon commands report to the planner. In the shared runtime the commands
 * and the pane live in one JS context, so a command posts here and the pane (opened by the command)
 * shows it as a message bar. Also keeps the last notice for a pane that mounts afterwards.
 */
export interface Notice {
  readonly intent: "success" | "error" | "warning" | "info";
  readonly text: string;
  /** Where to jump from the message, when it is about a cell. */
  readonly sheet?: string;
  readonly cell?: string;
  /** The pane step to show with it (the ribbon's email copy opens the pane at the export action). */
  readonly stage?: StageId;
}

import type { StageId } from "../core/progress";

type Listener = (n: Notice) => void;
const listeners = new Set<Listener>();
const pending: Notice[] = [];

export function postNotice(n: Notice): void {
  if (listeners.size === 0) pending.push(n);
  for (const l of listeners) l(n);
}

/** Subscribe; notices posted before anyone listened are delivered first. Returns the unsubscribe. */
export function onNotice(l: Listener): () => void {
  listeners.add(l);
  for (const n of pending.splice(0)) l(n);
  return () => listeners.delete(l);
}
