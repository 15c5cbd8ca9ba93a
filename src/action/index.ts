// The action's entry point, bundled to dist/bundle-action.js; action.yml runs dist/index.js, which starts
// it. main.ts exports run() without calling it, so @github/local-action can import and run it. run()
// reports every failure itself.
import { run } from './main.ts';

void run();
