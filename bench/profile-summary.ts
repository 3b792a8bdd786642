// Where a CPU profile's time went: self time by function and by package (or Parta folder), for a profile written
// with --cpu-prof (the server writes one when started with PARTA_CPU_PROFILE_DIR set; see scripts/next-process.ts).
//
//   npx tsx bench/profile-summary.ts <file.cpuprofile> [--top 40]
import fs from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '40' } } });
if (positionals.length !== 1) {
  console.error('Usage: npx tsx bench/profile-summary.ts <file.cpuprofile> [--top 40]');
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(positionals[0]!, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

/** "next", "@prisma/client", "lib/data", "(program)": who owns the code a frame runs. */
export function ownerOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = url.slice(modules + 'node_modules/'.length).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.startsWith('node:')) return 'node';
  const match = /\/(lib|app|scripts|components)\/([^/]+)/.exec(url);
  return match ? `${match[1]}/${match[2]}` : url;
}

const selfUs = new Map<number, number>();
let totalUs = 0;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
  totalUs += delta;
});

const byFunction = new Map<string, number>();
const byOwner = new Map<string, number>();
/** Time under each Parta function (inclusive), to see which of our calls the library time serves. */
const inclusiveParta = new Map<string, number>();
for (const [id, us] of selfUs) {
  const { callFrame } = byId.get(id)!;
  const name = `${callFrame.functionName || '(anonymous)'} ${ownerOf(callFrame.url, callFrame.functionName)}:${callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  const owner = ownerOf(callFrame.url, callFrame.functionName);
  byOwner.set(owner, (byOwner.get(owner) ?? 0) + us);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const frame = byId.get(at)!.callFrame;
    if (!/\/(lib|scripts)\//.test(frame.url) || frame.url.includes('node_modules')) continue;
    const key = `${frame.functionName || '(anonymous)'} ${ownerOf(frame.url, frame.functionName)}:${frame.lineNumber + 1}`;
    if (seen.has(key)) continue;
    seen.add(key);
    inclusiveParta.set(key, (inclusiveParta.get(key) ?? 0) + us);
  }
}

const top = Number(values.top);
const table = (title: string, rows: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${((us / totalUs) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`);
  }
};
console.log(`${(totalUs / 1e6).toFixed(1)} s profiled`);
table('Self time by owner', byOwner);
table('Self time by function', byFunction);
table('Time under Parta functions (inclusive)', inclusiveParta);
