/**
 * Ribbon commands (ExecuteFunction buttons in manifest.xml). Each runs the shared services, then
 * reports its result or error as a message in the task pane (opened for it: Excel has no toast API
 * for add-ins) and always completes the event so the ribbon button is released.
 * The names given to Office.actions.associate are checked against manifest.xml by `npm run validate`.
 */
import { sharedServices } from "../taskpane/runtime";
import { postNotice } from "../taskpane/notices";
import { STRINGS, format, type Strings } from "../taskpane/strings";
import { ExcelUserError } from "../excel/messages";
import { PaneError, type PaneServices } from "../taskpane/services";
import type { StageId } from "../core/progress";

type Command = (services: PaneServices, t: Strings) => Promise<string>;

/** Runs a command and reports; exported for tests (with their own services and showPane). */
export async function runCommand(command: Command, services: PaneServices, showPane: () => Promise<void>): Promise<void> {
  let t: Strings = STRINGS.id;
  try {
    t = STRINGS[(await services.load()).settings.language];
    const detail = await command(services, t);
    const stage = STAGE_OF.get(command);
    postNotice({ intent: "success", text: format(t.commandDone, { detail }), ...(stage ? { stage } : {}) });
  } catch (e) {
    const text = e instanceof PaneError ? format(t[e.key], e.values) : e instanceof ExcelUserError ? (t === STRINGS.en ? e.english : e.message) : e instanceof Error ? e.message : String(e);
    postNotice({ intent: "error", text });
  }
  try {
    await showPane();
  } catch {
    // Hosts without Office.addin (no shared runtime): the notice waits for the pane's next opening.
  }
}

export const COMMANDS: Readonly<Record<string, Command>> = {
  regenerateBooks: async (s, t) => {
    // "Buat ulang buku": the Roadmap & Buku stage (roadmap, books, Monev), not the upstream sheets.
    const r = await s.regenerate(undefined, [], "roadmap");
    return r.written.length ? format(t.resultWritten, { count: r.written.length }) : t.resultNoSheets;
  },
  mapSelectedRows: async (s, t) => {
    const r = await s.mapSelectedRows();
    if (!r) throw new Error(t.commandMapNoSelection);
    return format(t.resultWritten, { count: r.written.length });
  },
  exportEmailCopy: async (s, t) => {
    await s.exportEmailCopy();
    return t.resultExported;
  },
};

/** The pane step a command's result opens at: after the email copy, the step holding the download action. */
const STAGE_OF = new Map<Command, StageId>([[COMMANDS.exportEmailCopy!, "roadmap"]]);

function handler(name: string) {
  return (event: Office.AddinCommands.Event) => {
    void runCommand(COMMANDS[name]!, sharedServices(), () => Office.addin.showAsTaskpane()).finally(() => event.completed());
  };
}

Office.onReady(() => {
  Office.actions.associate("regenerateBooks", handler("regenerateBooks"));
  Office.actions.associate("mapSelectedRows", handler("mapSelectedRows"));
  Office.actions.associate("exportEmailCopy", handler("exportEmailCopy"));
});
