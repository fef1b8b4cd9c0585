// Word helpers several rules' English words share (each rule's words are its words.en.ts).
import type { Params } from '../types';

/** A parameter as text; the key is one of the rule's own (its RuleParams), so a misspelt one does not compile. */
export const s = <P extends object>(p: P, key: keyof P & string): string => String((p as Partial<Params>)[key] ?? '');

// A bindPort of another YAML type (parse/kubeadm.ts bindPortType).
// What a value of the wrong type is, before the value itself: "the number 1.33", "a list".
export const VALUE_TYPE: Record<string, string> = { string: 'the string', boolean: 'the boolean', number: 'the number', list: 'a list', map: 'a map' };

export const foundValue = (p: Params): string => `${VALUE_TYPE[s(p, 'found')] ?? 'a value of another type'}${s(p, 'value') ? ` ${s(p, 'value')}` : ''}`;
