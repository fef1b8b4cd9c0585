// Which text encoding a file's bytes are in, as kubeadm's YAML reader decides it: go-yaml's
// yaml_parser_determine_encoding (readerc.go) looks for a UTF-16 byte-order mark and reads anything else as UTF-8.
// PowerShell's `>` writes UTF-16LE with a BOM, so a file saved that way is a kubeadm config all the same.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export function textEncodingOf(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return 'utf-8';
}

/** The Encoding API's TextDecoder, global in browsers, workers and Node alike (it is not in ES2022's lib). */
interface TextDecoderLike {
  decode(input: Uint8Array): string;
}
const Decoder = (globalThis as unknown as { TextDecoder: new (label: TextEncoding) => TextDecoderLike }).TextDecoder;

/**
 * A file's text from its bytes, for the CLI and the page alike: UTF-16 by its byte-order mark, else UTF-8, and no BOM
 * kept (the decoder drops the mark of the encoding it decodes). Bytes that are not valid in it become U+FFFD.
 */
export const decodeFileText = (bytes: Uint8Array): string => new Decoder(textEncodingOf(bytes)).decode(bytes);

/** Text without a leading UTF-8 byte-order mark (U+FEFF), which a pasted or decoded file may still start with. */
export const withoutByteOrderMark = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
