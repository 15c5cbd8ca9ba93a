// The one version-order module, as tables: what a target holds against the version published.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compareToExisting, previousVersion, releaseTag } from '../src/version.ts';

test('previousVersion: the greatest SemVer version below the one published', () => {
  const cases: [string, string[], string][] = [
    ['1.2.0', [], ''],
    ['1.2.0', ['1.0.0', '1.1.0', '1.3.0'], '1.1.0'],
    ['1.2.0', ['1.2.0', 'latest', '1.1.9'], '1.1.9'],
    ['2.0.0', ['2.0.0-rc.1', '1.9.0'], '2.0.0-rc.1'],
    ['1.0.0', ['1.0.0'], ''],
  ];
  for (const [version, existing, expected] of cases)
    assert.equal(previousVersion(version, existing), expected, `${version} over ${existing.join(',')}`);
});

test('compareToExisting: new, same or lower, with the highest released', () => {
  assert.deepEqual(compareToExisting('1.2.0', ['1.0.0', 'nightly']), { order: 'new', highest: '1.0.0' });
  assert.deepEqual(compareToExisting('1.0.0', ['1.0.0', '1.1.0']), { order: 'same', highest: '1.1.0' });
  assert.deepEqual(compareToExisting('1.0.0', ['1.1.0']), { order: 'lower', highest: '1.1.0' });
  assert.deepEqual(compareToExisting('0.1.0', []), { order: 'new', highest: undefined });
});

test('releaseTag: the bare version under Slipway conventions, else prefixed', () => {
  assert.equal(releaseTag('1.2.0', { conventions: 'slipway', tagPrefix: 'v' }), '1.2.0');
  assert.equal(releaseTag('1.2.0', { conventions: 'none', tagPrefix: 'v' }), 'v1.2.0');
  assert.equal(releaseTag('1.2.0', { conventions: 'none' }), '1.2.0');
});
