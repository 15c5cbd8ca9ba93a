// `npm run bench`: the speed and memory targets, measured. Build first (`npm run build`): the bundles
// are what users run. Each bench prints one JSON line.
import { benchPack } from './pack.ts';

const which = process.argv[2] ?? 'all';
const benches: Record<string, () => Promise<unknown>> = {
  pack: () => benchPack(),
  upload: async () => (await import('./upload.ts')).benchUpload(),
  's-yaml': async () => (await import('./s-yaml.ts')).benchSYaml(),
  release: async () => (await import('./release.ts')).benchRelease(),
};

for (const [name, bench] of Object.entries(benches)) {
  if (which !== 'all' && which !== name) continue;
  const result = await bench();
  console.log(JSON.stringify({ bench: name, result }));
}
