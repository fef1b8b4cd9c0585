// The renderers' shared types, below every renderer and words table so none of them imports another for a type.
import type { Annotation } from './yaml-writer';

export interface RenderedFile {
  name: string;
  content: string;
  mediaType: 'application/yaml' | 'application/json' | 'text/markdown';
  annotations: Annotation[];
}

/** Text with inline code; code holds plan values (names, CIDRs) and is never read as markup. */
export type Inline = string | { code: string };
