/** The skill's CRC-32 (lambda/aws/crc32.ts) equals zlib's, the checksum DynamoDB's x-amz-crc32 carries. */
import { crc32 as zlibCrc32 } from 'node:zlib';
import { CRC32_TABLE, crc32 } from '../../../lambda/aws/crc32';

it.each([
  ['nothing', Buffer.alloc(0)],
  ['the check string', Buffer.from('123456789')],
  ['an empty JSON object', Buffer.from('{}')],
  ['a DynamoDB answer with non-ASCII text', Buffer.from('{"Item":{"id":{"S":"é ✓"},"version":{"N":"3"}}}')],
  ['every byte value', Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256))],
])('gives zlib’s CRC-32 for %s', (_name, bytes) => {
  expect(crc32(bytes)).toBe(zlibCrc32(bytes));
});

it('gives the standard check value of "123456789"', () => {
  expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
});

it('has the table of the reflected polynomial 0xedb88320, every entry', () => {
  const computed = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  expect([...CRC32_TABLE]).toEqual(computed);
});
