// Words the page shows while the engine worker reads an import; loaded with the import panel. The same keys are in
// ui-engine.zh.ts.
export const uiEngineEn = {
  reading: 'Reading your files…',
};
export type UiEngineMessages = typeof uiEngineEn;
