/**
 * XML text for SpreadsheetML parts: escaping (including characters XML 1.0 forbids and Excel's own `_xHHHH_`
 * escapes), cell references, and the fixed package parts (content types, relationships, workbook, styles).
 */

// Characters XML 1.0 cannot carry, lone surrogates, and U+0001 (reserved as the row-number placeholder).
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Excel's longest cell text. */
export const MAX_CELL_TEXT = 32767;

export function xmlEscape(s: string): string {
  return s
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Text for a `<t>` element: as printed, so Excel's `_x0041_`-style escapes in the text are escaped themselves. */
export function cellText(s: string): string {
  const clipped = s.length > MAX_CELL_TEXT ? `${s.slice(0, MAX_CELL_TEXT - 1)}…` : s;
  return xmlEscape(clipped.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1'));
}

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** `'汇总'!$A$1:$K$20` for defined names. */
export function absoluteRange(sheet: string, cols: number, rows: number): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1:$${columnName(cols - 1)}$${Math.max(rows, 1)}`;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function contentTypes(sheets: number): string {
  const sheetTypes = Array.from(
    { length: sheets },
    (_, i) =>
      `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    sheetTypes +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
    '</Types>'
  );
}

export function rootRels(): string {
  return (
    `${HEAD}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    `<Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/>` +
    '</Relationships>'
  );
}

export function coreProps(title: string, created: Date): string {
  const when = created.toISOString().replace(/\.\d+Z$/, 'Z');
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(title)}</dc:title><dc:creator>jixiao</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appProps(): string {
  return (
    `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    '<Application>jixiao</Application></Properties>'
  );
}

export interface SheetEntry {
  name: string;
  cols: number;
  rows: number;
}

export function workbookXml(sheets: SheetEntry[]): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const filters = sheets
    .map((s, i) => `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlEscape(absoluteRange(s.name, s.cols, s.rows))}</definedName>`)
    .join('');
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${list}</sheets><definedNames>${filters}</definedNames>` +
    '<calcPr calcId="191029"/></workbook>'
  );
}

export function workbookRels(sheets: number): string {
  const list = Array.from(
    { length: sheets },
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return (
    `${HEAD}<Relationships xmlns="${PKG_REL}">${list}` +
    `<Relationship Id="rId${sheets + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
  );
}

/** Hyperlink targets without their `#fragment`, which goes to the hyperlink's `location` (as Excel writes it). */
export function sheetRels(links: string[]): string {
  const list = links
    .map((link, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/hyperlink" Target="${xmlEscape(link.split('#')[0]!)}" TargetMode="External"/>`)
    .join('');
  return `${HEAD}<Relationships xmlns="${PKG_REL}">${list}</Relationships>`;
}

export interface SheetLayout {
  cols: number;
  rows: number;
  widths: number[];
  /** Columns kept in view on the left, besides the frozen header row. */
  freezeCols: number;
  selected: boolean;
}

export function sheetHead(layout: SheetLayout): string {
  const last = `${columnName(layout.cols - 1)}${Math.max(layout.rows, 1)}`;
  const topLeft = `${columnName(layout.freezeCols)}2`;
  const pane =
    layout.freezeCols > 0
      ? `<pane xSplit="${layout.freezeCols}" ySplit="1" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/>` +
        `<selection pane="topRight"/><selection pane="bottomLeft"/><selection pane="bottomRight" activeCell="${topLeft}" sqref="${topLeft}"/>`
      : `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>`;
  const cols = layout.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w.toFixed(1)}" customWidth="1"/>`)
    .join('');
  return (
    `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${layout.selected ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="16.5"/><cols>${cols}</cols><sheetData>`
  );
}

export function sheetTail(layout: SheetLayout, links: { ref: string; target: string }[]): string {
  const filter = `<autoFilter ref="A1:${columnName(layout.cols - 1)}${Math.max(layout.rows, 1)}"/>`;
  const link = (l: { ref: string; target: string }, i: number) => {
    const hash = l.target.indexOf('#');
    return `<hyperlink ref="${l.ref}" r:id="rId${i + 1}"${hash >= 0 ? ` location="${xmlEscape(l.target.slice(hash + 1))}"` : ''}/>`;
  };
  const list = links.length ? `<hyperlinks>${links.map(link).join('')}</hyperlinks>` : '';
  return `</sheetData>${filter}${list}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
}
