// The small file helpers every system shares, and the one SOURCE_DATE_EPOCH rule: the tarball and
// the Serverless zip both refuse junk (the zip used to ignore it and stamp 1980).
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { PublishError } from '../src/errors.ts';
import { bomLength, formatBytes, sha256, sha256File, sourceDateEpoch, stripBom } from '../src/files.ts';
import { zipPackage } from '../src/serverless/zip.ts';
import { tempDir, writeTree } from './helpers/fs.ts';

test('sourceDateEpoch: unset or blank → undefined, digits → seconds, anything else → a typed error', () => {
  assert.equal(sourceDateEpoch({}), undefined);
  assert.equal(sourceDateEpoch({ SOURCE_DATE_EPOCH: '  ' }), undefined);
  assert.equal(sourceDateEpoch({ SOURCE_DATE_EPOCH: '1700000000' }), 1700000000);
  assert.equal(sourceDateEpoch({ SOURCE_DATE_EPOCH: ' 0 ' }), 0);
  for (const junk of ['yesterday', '1.5', '-1', '1e9', '0x10']) {
    assert.throws(
      () => sourceDateEpoch({ SOURCE_DATE_EPOCH: junk }),
      (e: unknown) => e instanceof PublishError && e.code === 'source-date-epoch',
      junk,
    );
  }
});

test('the Serverless zip refuses a junk SOURCE_DATE_EPOCH like the tarball does', async () => {
  const dir = await writeTree(await tempDir('zip-epoch'), { 'publish.yaml': 'Name: x\n' });
  const saved = process.env.SOURCE_DATE_EPOCH;
  process.env.SOURCE_DATE_EPOCH = 'last-tuesday';
  try {
    await assert.rejects(
      zipPackage(dir, join(await tempDir('zip-out'), 'x.zip')),
      /SOURCE_DATE_EPOCH="last-tuesday"/,
    );
  } finally {
    if (saved === undefined) delete process.env.SOURCE_DATE_EPOCH;
    else process.env.SOURCE_DATE_EPOCH = saved;
  }
});

test('sha256 of bytes and of a file agree; BOM; byte formatting', async () => {
  const file = join(await tempDir('sha'), 'f');
  await writeFile(file, 'abc');
  assert.equal(sha256('abc'), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  assert.equal(await sha256File(file), sha256(Buffer.from('abc')));
  assert.equal(bomLength('\ufeff{}'), 1);
  assert.equal(stripBom('\ufeff{}'), '{}');
  assert.equal(stripBom('{}'), '{}');
  const sizes: [number, string][] = [
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1.0 KiB'],
    [4096, '4.0 KiB'],
    [10 * 1024 * 1024, '10.0 MiB'],
    [3 * 1024 ** 3, '3.0 GiB'],
  ];
  for (const [n, text] of sizes) assert.equal(formatBytes(n), text);
});
