/**
 * Cell styles for audit.xlsx: a few fixed looks (header, severity colours, link, muted) combined with number
 * formats, registered as cells ask for them and written to styles.xml at the end.
 */
import { xmlEscape } from './xlsx-xml.js';

export type Tone = 'header' | 'error' | 'warning' | 'info' | 'link' | 'muted';

// font, fill, border index per tone (index 0 = plain).
const TONES: Record<Tone, [font: number, fill: number, border: number]> = {
  header: [1, 2, 1],
  error: [2, 3, 0],
  warning: [3, 4, 0],
  info: [4, 5, 0],
  link: [5, 0, 0],
  muted: [6, 0, 0],
};

const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '@': 49 };

export class StyleRegistry {
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>([['0|', 0]]);

  constructor(private readonly fontName: string) {}

  /** The `s` index for a number format and tone. */
  style(format: string | undefined, tone: Tone | undefined): number {
    const fmt = format ? this.formatId(format) : 0;
    const key = `${fmt}|${tone ?? ''}`;
    let id = this.xfs.get(key);
    if (id === undefined) {
      id = this.xfs.size;
      this.xfs.set(key, id);
    }
    return id;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  xml(): string {
    const name = xmlEscape(this.fontName);
    const cjk = /[^\x00-\x7f]/.test(this.fontName) ? '<charset val="134"/>' : '';
    const font = (extra: string, color = 'FF000000') =>
      `<font>${extra}<sz val="11"/><color rgb="${color}"/><name val="${name}"/><family val="2"/>${cjk}</font>`;
    const fonts = [
      font(''),
      font('<b/>'),
      font('', 'FF9C0006'),
      font('', 'FF9C5700'),
      font('', 'FF1F4E78'),
      font('<u/>', 'FF0563C1'),
      font('', 'FF7F7F7F'),
    ];
    const fill = (rgb: string) => `<fill><patternFill patternType="solid"><fgColor rgb="${rgb}"/><bgColor indexed="64"/></patternFill></fill>`;
    const fills = [
      '<fill><patternFill patternType="none"/></fill>',
      '<fill><patternFill patternType="gray125"/></fill>',
      fill('FFEEF1F5'),
      fill('FFFFC7CE'),
      fill('FFFFEB9C'),
      fill('FFDDEBF7'),
    ];
    const borders = [
      '<border><left/><right/><top/><bottom/><diagonal/></border>',
      '<border><left/><right/><top/><bottom style="thin"><color rgb="FF8EA0B8"/></bottom><diagonal/></border>',
    ];
    const xfs = [...this.xfs.keys()].map((key) => {
      const [fmt, tone] = key.split('|') as [string, Tone | ''];
      const [fontId, fillId, borderId] = tone ? TONES[tone] : [0, 0, 0];
      const align = tone === 'header' ? '<alignment vertical="center" wrapText="1"/>' : '<alignment vertical="top"/>';
      return (
        `<xf numFmtId="${fmt}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
        `${fmt !== '0' ? ' applyNumberFormat="1"' : ''} applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">${align}</xf>`
      );
    });
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEscape(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join('')}</numFmts>` : '') +
      `<fonts count="${fonts.length}">${fonts.join('')}</fonts>` +
      `<fills count="${fills.length}">${fills.join('')}</fills>` +
      `<borders count="${borders.length}">${borders.join('')}</borders>` +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
