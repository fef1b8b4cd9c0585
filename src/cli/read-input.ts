// Bounded reads for the CLI: regular files, devices, FIFOs and standard input all stop at a byte limit, counted while
// reading (a device or a pipe has no size to stat), and a FIFO nobody writes to is given up on after a short wait.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { decodeFileText } from '../domain/parse/encoding';

/** A source of bytes read synchronously: the count read into `buffer`, 0 at the end, null while none has arrived. */
export interface ByteSource {
  read(buffer: Uint8Array): number | null;
}

/** Input the CLI cannot read, or that passed its limit: the message names it and says why. */
export class InputError extends Error {}

/** Thrown by readChunks when the input passes the limit; what fit was delivered already. */
export class InputTooLargeError extends InputError {}

export interface ReadLimits {
  /** Bytes at most; one more is an error. */
  limit: number;
  /** The input's name in messages: a path, or "standard input". */
  name: string;
  /** A FIFO: before its first byte an end of input means no writer has opened it yet; wait this long for one. */
  writerWaitMs?: number;
}

const CHUNK = 64 * 1024;
const POLL_MS = 10;
/** How long `check` waits for a program to open a FIFO it was given (`check <(kubectl get nodes -o json)`). */
export const FIFO_WRITER_WAIT_MS = 3000;

const sleep = (ms: number): void => void Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const mib = (bytes: number): string => `${bytes / 1024 / 1024} MiB`;

/** Reads a source to its end, or to the limit, handing each chunk over as it arrives. */
export function readChunks(source: ByteSource, limits: ReadLimits, onChunk: (bytes: Uint8Array) => void): number {
  const buffer = new Uint8Array(CHUNK);
  const started = Date.now();
  let total = 0;
  let writerSeen = false;
  for (;;) {
    const count = source.read(buffer);
    if (count === null) {
      // A writer holds the other end open but has sent nothing yet.
      writerSeen = true;
      sleep(POLL_MS);
      continue;
    }
    if (count === 0) {
      if (limits.writerWaitMs === undefined || writerSeen) return total;
      if (Date.now() - started >= limits.writerWaitMs)
        throw new InputError(`nothing to read from ${limits.name}: it is a FIFO, and no program opened it for writing within ${limits.writerWaitMs / 1000} s`);
      sleep(POLL_MS);
      continue;
    }
    writerSeen = true;
    if (total + count > limits.limit) {
      const fits = limits.limit - total;
      if (fits > 0) onChunk(buffer.slice(0, fits));
      throw new InputTooLargeError(`${limits.name} is larger than ${mib(limits.limit)}; stopped reading there`);
    }
    total += count;
    onChunk(buffer.slice(0, count));
  }
}

/** A file descriptor as a ByteSource; EAGAIN (a non-blocking FIFO or terminal with nothing yet) reads as null. */
export function descriptorSource(fd: number): ByteSource {
  return {
    read(buffer) {
      try {
        return readSync(fd, buffer, 0, buffer.length, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EAGAIN' || code === 'EWOULDBLOCK') return null;
        if (code === 'EOF') return 0;
        throw error;
      }
    },
  };
}

/** All bytes of a source, within the limit. */
export function readAllBytes(source: ByteSource, limits: ReadLimits): Uint8Array {
  const chunks: Uint8Array[] = [];
  const total = readChunks(source, limits, (bytes) => void chunks.push(bytes));
  const all = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/**
 * A file's text, read with a byte limit whatever it is: a regular file, a device (/dev/zero), a FIFO or a
 * process substitution. A FIFO is opened without blocking, so one that no program writes to ends with a message.
 */
export function readTextFile(path: string, limit: number): string {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${reason(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`cannot read ${path}: is a directory`);
    if (stat.isFile() && stat.size > limit) throw new InputError(`${path} is larger than ${mib(limit)}`);
    const bytes = readAllBytes(descriptorSource(fd), { limit, name: path, ...(stat.isFIFO() ? { writerWaitMs: FIFO_WRITER_WAIT_MS } : {}) });
    return decodeFileText(bytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${path}: ${reason(error)}`);
  } finally {
    closeSync(fd);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'ENXIO') return 'no such device';
  return code ?? (error instanceof Error ? error.message : String(error));
}
