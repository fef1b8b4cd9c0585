// Review step: all files as one zip; fflate is loaded only when the button is clicked.
import type { RenderedFile } from '../../../../domain/render/kubeadm';
import { forDownload } from '../../../components/file-preview';

export async function zipFiles(files: RenderedFile[]): Promise<Uint8Array> {
  const { zipSync, strToU8 } = await import('fflate');
  return zipSync(Object.fromEntries(files.map(forDownload).map((f) => [`dualstack-wizard/${f.name}`, strToU8(f.content)])));
}
