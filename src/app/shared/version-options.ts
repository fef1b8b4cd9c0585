// The versions the page offers in its selects (the Cluster step, and the import panel's choice of an assumed one).
import { FLANNEL_TAGS, KUBERNETES_MINORS } from '../../domain/versions';

export const KUBERNETES_OPTIONS = [...KUBERNETES_MINORS].reverse().map((minor) => ({ value: `1.${minor}`, label: `1.${minor}` }));
export const FLANNEL_OPTIONS = FLANNEL_TAGS.map((tag) => ({ value: tag, label: `v${tag}` }));
