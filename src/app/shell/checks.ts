// The rules' answers for the form: the resolver that asks the engine for them, their words published to the page's
// diagnostics store, the first check once the page is idle, and a whole plan put in the form (an import, a fix).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Resolver, UseFormReturn } from 'react-hook-form';
import { describeDiagnostic } from '../../content/describe';
import type { Plan } from '../../domain/plan';
import type { Diagnostic } from '../../domain/rules/types';
import { DiagnosticsStore } from '../shared/diagnostics';
import { ruleResolver } from '../shared/form';
import { useI18n } from '../shared/i18n';

export function useDiagnosticsStore(): { store: DiagnosticsStore; resolver: Resolver<Plan> } {
  const { rules, requestRules } = useI18n();
  const [store] = useState(() => new DiagnosticsStore());
  const words = useRef(rules);
  words.current = rules;
  const checked = useRef<Diagnostic[]>([]);
  // Diagnostics appear in words only, never as bare rule ids: until the language's words have loaded, the page
  // keeps what it shows (nothing at the start, the other language's words after a switch) and asks for them.
  const publish = useCallback(
    (diagnostics: Diagnostic[]) => {
      checked.current = diagnostics;
      const catalogue = words.current;
      if (catalogue) store.set(diagnostics.map((d) => describeDiagnostic(d, catalogue)));
      else if (diagnostics.length) requestRules();
      else store.set([]);
    },
    [store, requestRules],
  );
  useLayoutEffect(() => {
    if (rules) publish(checked.current);
  }, [rules, publish]);
  const resolver = useMemo(() => ruleResolver(publish), [publish]);
  return { store, resolver };
}

/** The first check waits for an idle moment (at most 300 ms), after the page has become interactive. */
export function useFirstCheck(methods: UseFormReturn<Plan>): void {
  useEffect(() => {
    const check = () => void methods.trigger();
    if (typeof requestIdleCallback !== 'function') return void check();
    const id = requestIdleCallback(check, { timeout: 300 });
    return () => cancelIdleCallback(id);
  }, [methods]);
}

/** Puts a whole plan in the form and checks it at once. */
export function usePlanReplace(methods: UseFormReturn<Plan>): (plan: Plan) => void {
  return useCallback(
    (plan: Plan) => {
      methods.reset(plan);
      void methods.trigger();
    },
    [methods],
  );
}
