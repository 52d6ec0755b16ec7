/**
 * Messages between the pane and its engine worker (engineWorker.ts): the pane asks for a plan or for
 * picked files to be parsed; the worker answers once per request, and reports each file it starts.
 * Everything crossing is plain data (structured clone): Maps, Sets, Dates and ArrayBuffers survive it.
 */
import type { PlanInputs, PlanOutput } from "../../core/masterplan";
import type { SourceSheet } from "../../core/sheetSnapshot";
import type { ImportFile } from "../services";

export type EngineAsk = { readonly kind: "plan"; readonly inputs: PlanInputs } | { readonly kind: "read"; readonly files: readonly ImportFile[] };
export type EngineRequest = EngineAsk & { readonly id: number };

export type EngineReply =
  | { readonly id: number; readonly kind: "plan"; readonly plan: PlanOutput }
  | { readonly id: number; readonly kind: "read"; readonly sheets: SourceSheet[] }
  | { readonly id: number; readonly kind: "file"; readonly name: string }
  | { readonly id: number; readonly kind: "error"; readonly message: string };
