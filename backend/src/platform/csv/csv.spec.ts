import { describe, expect, it } from '@jest/globals';
import { neutraliseCell, toCsv } from './csv.js';

describe(toCsv.name, () => {
  it('writes a header row and CRLF line ends, quoting commas, quotes and line breaks', () => {
    expect(
      toCsv([
        { a: 'x,y', b: 'say "hi"' },
        { a: 'line\nbreak', b: null },
        { a: 'carriage\rreturn', b: undefined },
      ]),
    ).toBe('a,b\r\n"x,y","say ""hi"""\r\n"line\nbreak",\r\n"carriage\rreturn",\r\n');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])('neutralises a string cell starting with %j by a leading single quote', (prefix) => {
    const text = `${prefix}HYPERLINK("http://x")`;
    const csv = toCsv([{ text }]);
    const cell = csv.slice('text\r\n'.length, -2);
    // The cell holds quotes, so it is quoted (RFC 4180) and the guard sits inside the quotes.
    expect(cell).toBe(`"'${text.replace(/"/g, '""')}"`);
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it('leaves numbers, booleans and numeric strings as they are, a negative number included', () => {
    expect(toCsv([{ n: -3, f: -0.5, big: 10n, yes: true, no: false, text: '-42', decimal: '-1.25' }])).toBe('n,f,big,yes,no,text,decimal\r\n-3,-0.5,10,true,false,-42,-1.25\r\n');
  });

  it('neutralises an unquoted cell too', () => {
    expect(toCsv([{ text: '=1+1' }, { text: '@SUM(A1)' }])).toBe("text\r\n'=1+1\r\n'@SUM(A1)\r\n");
  });

  it('still neutralises a string that starts like a number but is a formula', () => {
    expect(toCsv([{ text: '-1+2' }, { text: '+46701234567' }])).toBe("text\r\n'-1+2\r\n'+46701234567\r\n");
  });

  it('leaves ordinary text, including a quote or minus inside it, untouched', () => {
    expect(toCsv([{ text: 'Grannsamverkan - Märsta' }, { text: "it's fine" }])).toBe("text\r\nGrannsamverkan - Märsta\r\nit's fine\r\n");
  });

  it('writes dates as ISO 8601 and nested values as JSON', () => {
    expect(toCsv([{ at: new Date('2026-01-02T03:04:05Z'), tags: ['a', 'b'] }])).toBe('at,tags\r\n2026-01-02T03:04:05.000Z,"[""a"",""b""]"\r\n');
  });

  it('takes the columns of every row in first-seen order, or the columns given, and writes only a header for no rows', () => {
    expect(toCsv([{ a: 1 }, { b: 2, a: 3 }])).toBe('a,b\r\n1,\r\n3,2\r\n');
    expect(toCsv([], ['measure', 'value'])).toBe('measure,value\r\n');
    expect(toCsv([])).toBe('');
  });
});
