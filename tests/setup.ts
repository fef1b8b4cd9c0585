// Every property runs from the same seed unless it names its own, so a failure reproduces on any machine.
import fc from 'fast-check';

fc.configureGlobal({ seed: 20261126 });
