import { describe, expect, it } from '@jest/globals';
import { sniffFileType } from './file-sniffing.js';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))));

describe(sniffFileType.name, () => {
  it('recognises PDF, PNG, JPEG and WebP by their first bytes', () => {
    expect(sniffFileType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))).toBe('image/png');
    expect(sniffFileType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffFileType(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses executables, SVG, HTML and text whatever they claim to be', () => {
    expect(sniffFileType(bytes('MZ', [0x90, 0, 3, 0], 'This program cannot be run in DOS mode'))).toBeNull();
    expect(sniffFileType(bytes([0x7f], 'ELF'))).toBeNull();
    expect(sniffFileType(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBeNull();
    expect(sniffFileType(bytes('<!doctype html><html>'))).toBeNull();
    expect(sniffFileType(bytes(' %PDF-1.7'))).toBeNull();
    expect(sniffFileType(bytes(''))).toBeNull();
  });
});
