/**
 * The library as a user gets it: `npm pack`, install the tarball in an empty folder (dependencies from the npm
 * cache, so no network when it is warm), then run the README's library example there and type-check it as
 * TypeScript against the shipped declarations. The example is read from README.md, so the README cannot drift.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './batch/cli.js';

/** The code block that follows the `library-example` marker in README.md. */
function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const m = /<!-- library-example -->\s*```js\n([\s\S]*?)```/.exec(readme);
  if (!m) throw new Error('README.md has no library example (```js after <!-- library-example -->)');
  return m[1]!;
}

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'jixiao-pack-'));
  // npm test has just built dist/; --ignore-scripts keeps `prepack` from building again under other tests.
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', scratch], { cwd: ROOT, stdio: 'pipe' });
  const tarball = readdirSync(scratch).find((n) => n.endsWith('.tgz'))!;
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', join(scratch, tarball)], { cwd: scratch, stdio: 'pipe' });
  writeFileSync(join(scratch, 'example.mjs'), readmeExample());
}, 300_000);

describe('the packed package', () => {
  it('runs the README library example', () => {
    const r = spawnSync(process.execPath, ['example.mjs'], { cwd: scratch, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('node_modules/jixiao/fixtures/examples/')).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
      'node_modules/jixiao/fixtures/examples/000.txt ok',
      'node_modules/jixiao/fixtures/examples/001.lo.pdf ok',
      'node_modules/jixiao/fixtures/examples/002.docx ok',
      'node_modules/jixiao/fixtures/examples/002.scores.xlsx ok',
      'node_modules/jixiao/fixtures/examples/003.html ok',
      'node_modules/jixiao/fixtures/examples/004.gbk.txt ok',
    ]);
    expect(r.stdout).toContain('预算执行率：预算执行率报告为 95.00%，按报告自身数据计算应为 90.00% [89.9905, 90.0096]，扣除四舍五入的误差后仍相差 4.9855 个百分点。');
    expect(r.stdout).toContain('  actual spending ÷ adjusted budget × 100 = 90.00 ÷ 100.00 × 100 = 90.00 [89.9905, 90.0096]');
  });

  it('types its results: the example type-checks as strict TypeScript against the shipped declarations', () => {
    writeFileSync(join(scratch, 'example.mts'), readmeExample());
    writeFileSync(
      join(scratch, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [], skipLibCheck: true }, files: ['example.mts'] }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', scratch], { cwd: scratch, encoding: 'utf8', timeout: 120_000 });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    // And the check has teeth: a report's status is the union of the statuses, not any string.
    writeFileSync(join(scratch, 'example.mts'), `${readmeExample()}\nconst wrong: 'not-a-status' = (await auditFiles([]))[0]!.status;\n`);
    const bad = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', scratch], { cwd: scratch, encoding: 'utf8', timeout: 120_000 });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toMatch(/example\.mts.*Type '"ok" \| "failed" \|.*"interrupted"' is not assignable to type '"not-a-status"'/);
  });

  it('types what a report holds for the functions that show it, under exactOptionalPropertyTypes too', () => {
    writeFileSync(join(scratch, 'types.mts'), TYPES_EXAMPLE);
    writeFileSync(
      join(scratch, 'tsconfig.types.json'),
      JSON.stringify({
        compilerOptions: { strict: true, exactOptionalPropertyTypes: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', types: [], skipLibCheck: true },
        files: ['types.mts'],
      }),
    );
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(scratch, 'tsconfig.types.json')], { cwd: scratch, encoding: 'utf8', timeout: 120_000 });
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    // With teeth: a message is not a string.
    writeFileSync(join(scratch, 'types.mts'), `${TYPES_EXAMPLE}\nrenderMessage('预算执行率');\n`);
    const bad = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(scratch, 'tsconfig.types.json')], { cwd: scratch, encoding: 'utf8', timeout: 120_000 });
    expect(bad.stdout).toMatch(/types\.mts.*Argument of type 'string' is not assignable to parameter of type 'Message'/);
  });
});

/** Every message-like field of a report through the functions that render it, in their shortest form. */
const TYPES_EXAMPLE = `import { auditDocument, auditFiles, renderMessage, renderFormula, renderFlagMessage, metricName, InputError, type Report } from 'jixiao';

const reports: Report[] = await auditFiles('node_modules/jixiao/fixtures/examples/000.txt');
const report = await auditDocument({ name: 'a.txt', data: '预算执行率为95%。' });
const shown: string[] = [];
for (const r of [...reports, report]) {
  for (const flag of r.flags) shown.push(renderMessage(flag.message), renderFlagMessage(flag), renderFormula(flag.formula), metricName(flag.metric));
  for (const note of r.notes) shown.push(renderMessage(note, 'en'));
  if (r.error) shown.push(renderMessage(r.error));
  if (r.score.note) shown.push(renderMessage(r.score.note));
}
try {
  await auditFiles('/');
} catch (error) {
  if (error instanceof InputError) {
    const code: 'not-a-path' | 'not-a-document' | 'file-system-root' | 'too-many-files' | 'bad-option' = error.code;
    shown.push(code, error.message);
  }
}
console.log(shown.length);
`;
