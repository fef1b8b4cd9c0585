// Part of npm run bench: the least a page on our stack does per keystroke (one react-hook-form input whose value a
// watcher writes into a text node), measured by the same harness as the wizard, so the keystroke figure can be
// read against what React and react-hook-form cost on this machine.
import { createRoot } from 'react-dom/client';
import { type Control, useForm, useWatch } from 'react-hook-form';

interface Values {
  cidr: string;
}

function Echo({ control }: { control: Control<Values> }) {
  return <pre className="code">{useWatch({ control, name: 'cidr' })}</pre>;
}

function Floor() {
  const { register, control } = useForm<Values>({ defaultValues: { cidr: '10.244.0.0/16' }, mode: 'onChange' });
  return (
    <main>
      {/* The harness opens the "Pod network" step first, as in the wizard. */}
      <button type="button">Pod network</button>
      <label htmlFor="cidr">IPv4 pod CIDR</label>
      <input id="cidr" {...register('cidr')} />
      <Echo control={control} />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<Floor />);
