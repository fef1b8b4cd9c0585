// The lines the explain panel shows around a match.
import { describe, expect, it } from 'vitest';
import { linesAround, shortenLine, stripAnsi } from '../../../../src/app/features/explain/context';

const LOG = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'].join('\n');

describe('linesAround', () => {
  it('gives three lines either side of the matched one', () => {
    expect(linesAround(LOG, 5)).toEqual({ first: 2, lines: ['two', 'three', 'four', 'five', 'six', 'seven', 'eight'] });
  });

  it('stops at the start and at the end of the log', () => {
    expect(linesAround(LOG, 1)).toEqual({ first: 1, lines: ['one', 'two', 'three', 'four'] });
    expect(linesAround(LOG, 9)).toEqual({ first: 6, lines: ['six', 'seven', 'eight', 'nine'] });
    expect(linesAround('only', 1)).toEqual({ first: 1, lines: ['only'] });
    expect(linesAround('one\ntwo\n', 2)).toEqual({ first: 1, lines: ['one', 'two'] });
    expect(linesAround('one\n\n', 2)).toEqual({ first: 1, lines: ['one', ''] });
    expect(linesAround('', 1)).toEqual({ first: 1, lines: [''] });
  });

  it('drops carriage returns and colour codes', () => {
    expect(linesAround('a\r\n\u001b[31mE0805 panic\u001b[0m\r\nb', 2, '', 0)).toEqual({ first: 2, lines: ['E0805 panic'] });
    expect(stripAnsi('\u001b[1;33mwarn\u001b[0m')).toBe('warn');
  });

  it('keeps the matched text of an over-long line with 200 characters either side', () => {
    const line = `${'x'.repeat(5000)}Observed a panic: Address is not an IPv4 address${'y'.repeat(5000)}`;
    const shown = linesAround(line, 1, 'Observed a panic: Address is not an IPv4 address', 0).lines[0]!;
    expect(shown).toBe(`…${'x'.repeat(200)}Observed a panic: Address is not an IPv4 address${'y'.repeat(200)}…`);
  });

  it('cuts an over-long line without the matched text at 600 characters', () => {
    expect(shortenLine('z'.repeat(601))).toBe(`${'z'.repeat(600)}…`);
    expect(shortenLine('z'.repeat(600))).toBe('z'.repeat(600));
    expect(shortenLine(`ab${'z'.repeat(700)}`, 'ab')).toBe(`ab${'z'.repeat(200)}…`);
  });
});
