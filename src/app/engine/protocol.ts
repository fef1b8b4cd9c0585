// What the page asks the engine worker and what it answers (engine/handle.ts does the work). Every request carries a
// sequence number; the page keeps only the answer to the newest request of each channel (engine/client.ts). The
// requests of one task go in one message and their answers come back in one, so the page renders them together.
import type { Diagnostic } from '../../domain/rules/types';
import type { AddressSpace, FamilyAddressSpace } from '../../domain/address-space';
import type { FileKind, FilesAnalysis, InputFile } from '../../domain/parse/files';
import type { ImportMerge } from '../../domain/plan-import';
import type { Plan } from '../../domain/plan';
import type { RenderedFile } from '../../domain/render/kubeadm';

export interface RenderRequest {
  plan: Plan;
  /** 'all', or the name of the one file to render. */
  which: string;
  lang: 'en' | 'zh';
  /** Files in English while the page is Chinese (the line notes stay Chinese). */
  filesEnglish: boolean;
}

export interface ImportRequest {
  files: InputFile[];
  assume: { kubernetesVersion: string; flannelVersion: string };
  current: Plan;
  previous?: FilesAnalysis;
}

/** A family of the address-space model with the family's name and the other family's, as the picture writes them. */
export type PictureFamily = FamilyAddressSpace & { label: string; otherLabel: string };
export interface PictureModel extends AddressSpace {
  families: PictureFamily[];
}

/** Each kind of request and its answer. */
export interface EngineCalls {
  rules: { request: Plan; answer: Diagnostic[] };
  render: { request: RenderRequest; answer: { names: string[]; files: RenderedFile[] } };
  picture: { request: Plan; answer: PictureModel };
  detect: { request: string[]; answer: FileKind[] };
  import: { request: ImportRequest; answer: { analysis: FilesAnalysis; merge: ImportMerge } };
}
export type EngineKind = keyof EngineCalls;

export type EngineMessage = { [K in EngineKind]: { id: number; kind: K; request: EngineCalls[K]['request'] } }[EngineKind];
export type EngineReply = { id: number; answer: unknown } | { id: number; failed: string };
export interface EngineBatch {
  batch: EngineMessage[];
}
export interface EngineReplies {
  replies: EngineReply[];
}
