// The action's entry point (action.yml runs dist/index.js, bundled from here). main.ts exports run()
// without calling it, so @github/local-action can import and run it. run() reports every failure itself.
import { run } from './main.ts';

void run();
