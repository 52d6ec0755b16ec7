/**
 * The engine off the pane's thread: buildPlan and file parsing (exceljs, SheetJS) run here, so a
 * stage run never freezes the pane and its Cancel button stays clickable. Pure engine code only:
 * no Office.js in a worker; the pane reads and writes the workbook itself.
 */
import { buildPlan } from "../../core/masterplan";
import type { EngineReply, EngineRequest } from "./protocol";

const post = (m: EngineReply) => (self as unknown as { postMessage(m: EngineReply): void }).postMessage(m);

self.onmessage = async (e: MessageEvent<EngineRequest>) => {
  const r = e.data;
  try {
    if (r.kind === "plan") post({ id: r.id, kind: "plan", plan: buildPlan(r.inputs) });
    else {
      // exceljs loads on the first file import only, so a plan request never waits for it.
      const { readSourceFiles } = await import(/* webpackChunkName: "filework-worker" */ "../lazy/fileWork");
      post({ id: r.id, kind: "read", sheets: await readSourceFiles(r.files, (name) => post({ id: r.id, kind: "file", name })) });
    }
  } catch (err) {
    // The message is the engine's (already worded for the planner); the pane shows it as it is.
    post({ id: r.id, kind: "error", message: err instanceof Error ? err.message : String(err) });
  }
};
