// The engine's work for one request: the rules, the renderers, the address-space model and the importers, each
// loaded on its first request. The engine worker (engine-worker.ts) runs it; where there is no Worker (the prerender,
// jsdom tests) the page runs this same function in a task of its own (client.ts).
import { familyLabel } from '../../domain/cidr';
import type { RenderWords } from '../../domain/render/words';
import type { EngineCalls, EngineKind } from './protocol';

let zhWords: Promise<RenderWords> | null = null;
const loadZh = (): Promise<RenderWords> => (zhWords ??= import('../../domain/render/words.zh').then((m) => m.renderWordsZh));

type Handlers = { [K in EngineKind]: (request: EngineCalls[K]['request']) => Promise<EngineCalls[K]['answer']> };

const handlers: Handlers = {
  rules: async (plan) => (await import('../../domain/rules/engine')).runRules(plan),
  render: async ({ plan, which, lang, filesEnglish }) => {
    const [renderers, notes] = await Promise.all([import('../../domain/render/files'), lang === 'zh' ? loadZh() : undefined]);
    const names = renderers.fileNames(plan);
    const render = (words: RenderWords | undefined) => {
      const options = words ? { words } : {};
      if (which === 'all') return renderers.renderAll(plan, undefined, options);
      const file = renderers.renderFile(plan, names.includes(which) ? which : names[0]!, undefined, options);
      return file ? [file] : [];
    };
    // On the Chinese page with "English comments" on, the files are English and the line notes beside them Chinese.
    const files = render(filesEnglish ? undefined : notes);
    if (!filesEnglish || !notes) return { names, files };
    const explained = render(notes);
    return { names, files: files.map((file, i) => ({ ...file, annotations: explained[i]!.annotations })) };
  },
  picture: async (plan) => {
    const { addressSpace } = await import('../../domain/address-space');
    // The labels come with the model: imported by the picture's own code, domain/cidr would leave the first screen's
    // chunk for one of its own (tests/build/first-load-picture.test.ts).
    const families = addressSpace(plan).families.map((f) => ({ ...f, label: familyLabel(f.family), otherLabel: familyLabel(f.family === 'ipv4' ? 'ipv6' : 'ipv4') }));
    return { families };
  },
  detect: async (texts) => {
    const { detectKind } = await import('../../domain/parse/files');
    return texts.map((text) => detectKind(text));
  },
  import: async ({ files, assume, current, previous }) => {
    const [{ analyzeFiles }, { mergeImport }] = await Promise.all([import('../../domain/parse/files'), import('../../domain/plan-import')]);
    const { cluster, ...analysis } = analyzeFiles(files, { assume });
    // The cluster state the runtime rules read (each node and where its values are) stays here: the panel shows the
    // diagnostics made of it, and for 22,000 nodes it is 2 MB the page would take 100 ms to copy in.
    return { analysis, merge: mergeImport(current, analysis, previous) };
  },
};

export function handle<K extends EngineKind>(kind: K, request: EngineCalls[K]['request']): Promise<EngineCalls[K]['answer']> {
  return (handlers[kind] as (request: EngineCalls[K]['request']) => Promise<EngineCalls[K]['answer']>)(request);
}
