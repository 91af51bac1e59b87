/**
 * A vitest reporter beside the default one: at the end of the run it prints every skipped test, grouped by why it
 * was skipped (the reason a test gives with `ctx.skip(reason)`, or the one describeWhen/itWhen put in its name,
 * test/harness/needs.ts). A skipped test that gives no reason fails the run: nobody should have to guess.
 */
import type { Reporter, TestModule, TestCase, TestSuite } from 'vitest/node';
import { SKIP_MARK } from './needs.js';

const NO_REASON = '(no reason given)';

function reasonOf(test: TestCase): string {
  const result = test.result();
  if (result.state === 'skipped' && result.note) return result.note;
  for (let node: TestCase | TestSuite | TestModule = test; node.type !== 'module'; node = node.parent) {
    const at = node.name.indexOf(SKIP_MARK);
    if (at >= 0) return node.name.slice(at + SKIP_MARK.length);
  }
  return NO_REASON;
}

export default class SkipReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const byReason = new Map<string, Map<string, number>>();
    let total = 0;
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        if (test.result().state !== 'skipped') continue;
        total++;
        const reason = reasonOf(test);
        const files = byReason.get(reason) ?? new Map<string, number>();
        files.set(module.relativeModuleId, (files.get(module.relativeModuleId) ?? 0) + 1);
        byReason.set(reason, files);
      }
    }
    if (!total) return;
    const lines = [`\n${total} skipped test${total === 1 ? '' : 's'}, and why:`];
    for (const [reason, files] of [...byReason].sort((a, b) => a[0].localeCompare(b[0]))) {
      const count = [...files.values()].reduce((a, b) => a + b, 0);
      lines.push(`  ${reason} — ${count} test${count === 1 ? '' : 's'}`);
      for (const [file, n] of [...files].sort()) lines.push(`      ${file} (${n})`);
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    if (byReason.has(NO_REASON)) {
      process.stdout.write(`Tests skipped without a reason (${NO_REASON} above): give one with describeWhen/itWhen or ctx.skip(reason).\n`);
      process.exitCode = 1;
    }
  }
}
