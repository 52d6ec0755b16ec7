/**
 * The pane's side of the engine worker: one worker for the pane's lifetime, requests matched to
 * replies by id. Where a browser cannot start a worker, the same work runs on this thread.
 * Only runtime.ts imports this module (webpack bundles engineWorker.ts as its own chunk).
 */
import type { PlanInputs, PlanOutput } from "../../core/masterplan";
import type { SourceSheet } from "../../core/sheetSnapshot";
import type { ImportFile } from "../services";
import type { EngineAsk, EngineReply, EngineRequest } from "./protocol";

type Pending = { resolve(v: unknown): void; reject(e: Error): void; onFile?: (name: string) => void };

let worker: Worker | null | undefined;
const pending = new Map<number, Pending>();
let nextId = 1;

function engine(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL("./engineWorker.ts", import.meta.url));
    worker.onmessage = (e: MessageEvent<EngineReply>) => {
      const m = e.data;
      const p = pending.get(m.id);
      if (!p) return;
      if (m.kind === "file") return p.onFile?.(m.name);
      pending.delete(m.id);
      if (m.kind === "error") p.reject(new Error(m.message));
      else p.resolve(m.kind === "plan" ? m.plan : m.sheets);
    };
    worker.onerror = () => {
      for (const p of pending.values()) p.reject(new Error("engine worker failed"));
      pending.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

function ask<T>(request: EngineAsk, transfer: Transferable[] = [], onFile?: (name: string) => void): Promise<T> | null {
  const w = engine();
  if (!w) return null;
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onFile });
    w.postMessage({ ...request, id } as EngineRequest, transfer);
  });
}

/** buildPlan in the worker (on this thread when no worker can start). */
export async function planInWorker(inputs: PlanInputs): Promise<PlanOutput> {
  const inWorker = ask<PlanOutput>({ kind: "plan", inputs });
  if (inWorker) return inWorker;
  const { buildPlan } = await import("../../core/masterplan");
  return buildPlan(inputs);
}

/** Picked files parsed in the worker; the bytes are copied, so the caller's buffers stay usable. */
export async function readFilesInWorker(files: readonly ImportFile[], onFile: (name: string) => void): Promise<SourceSheet[]> {
  const copies = files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) }));
  const inWorker = ask<SourceSheet[]>({ kind: "read", files: copies }, copies.map((f) => f.bytes), onFile);
  if (inWorker) return inWorker;
  const { readSourceFiles } = await import(/* webpackChunkName: "filework" */ "../lazy/fileWork");
  return readSourceFiles(files, onFile);
}
