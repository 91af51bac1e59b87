/** The one stylesheet of index.html and the report pages, inlined into each (pages open from file://). */
export const CSS = `
:root {
  --bg: #f5f6f8; --panel: #fff; --ink: #1c2330; --muted: #5d6778; --faint: #8b94a3; --line: #e2e6ec; --line2: #eef1f5;
  --accent: #2b59c3; --accent-bg: #eaf0fc;
  --err: #b42318; --err-bg: #fdeceb; --err-line: #f4b8b3;
  --warn: #9a5b00; --warn-bg: #fff4dc; --warn-line: #f3d28f;
  --info: #1d5fae; --info-bg: #e8f1fb; --info-line: #b5d0f0;
  --fact: #edf2fd; --fact-line: #a9bdeb; --detail: #f4f6f9; --detail-line: #c8cfda;
  --ev: #ffe792; --ev-line: #e0a800; --ev-focus: #ffd04a;
  --mono: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, monospace;
}
* { box-sizing: border-box; }
html { scroll-padding-top: 4rem; }
body {
  margin: 0; background: var(--bg); color: var(--ink); font-size: 15px; line-height: 1.6;
  font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", sans-serif;
  font-variant-numeric: tabular-nums; -webkit-font-smoothing: antialiased;
}
a { color: var(--accent); text-decoration: none; }
a:hover { text-decoration: underline; }
button { font: inherit; color: inherit; }
h1, h2, h3 { font-weight: 600; letter-spacing: .01em; }
.muted { color: var(--muted); }
.num { text-align: right; white-space: nowrap; }

/* Report page bar (stays in view) */
.bar { position: sticky; top: 0; z-index: 5; height: 2.75rem; display: flex; align-items: center; gap: 1rem; padding: 0 2rem;
  background: #fff; border-bottom: 1px solid var(--line); font-size: 14px; }
.bar a { white-space: nowrap; }
.bar-file { font-weight: 600; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bar-dept { margin-left: .8em; font-weight: 400; color: var(--muted); }
.bar-flags { margin-left: auto; display: flex; gap: .35rem; }

/* Header */
.top { background: var(--panel); border-bottom: 1px solid var(--line); padding: 1.1rem 2rem 1rem; }
.top h1 { margin: 0; font-size: 22px; line-height: 1.35; word-break: break-all; }
.top .path { margin: .15rem 0 0; font-size: 12.5px; color: var(--faint); word-break: break-all; }
.top .meta { margin: .45rem 0 0; color: var(--muted); font-size: 14px; }
.top .meta span + span::before { content: "·"; margin: 0 .5em; color: var(--faint); }
.cards { display: flex; flex-wrap: wrap; gap: .6rem; margin-top: .9rem; }
.card { background: var(--bg); border: 1px solid var(--line); border-radius: 8px; padding: .4rem .8rem; min-width: 6.5rem; }
.card .k { display: block; font-size: 12px; color: var(--muted); }
.card .v { display: block; font-size: 18px; font-weight: 600; line-height: 1.4; }
.card.error { background: var(--err-bg); border-color: var(--err-line); } .card.error .v { color: var(--err); }
.card.warning { background: var(--warn-bg); border-color: var(--warn-line); } .card.warning .v { color: var(--warn); }
.card.info { background: var(--info-bg); border-color: var(--info-line); } .card.info .v { color: var(--info); }
.notice { margin: .8rem 0 0; padding: .55rem .8rem; border-radius: 6px; background: var(--warn-bg); border: 1px solid var(--warn-line); color: #5c3b00; }
.notes { margin: .5rem 0 0; padding-left: 1.2rem; color: var(--muted); font-size: 13px; }

/* Badges */
.badge { display: inline-block; min-width: 2.6em; padding: 0 .45em; border-radius: 4px; font-size: 12px; line-height: 1.7;
  text-align: center; font-weight: 600; border: 1px solid transparent; white-space: nowrap; }
.badge.error { color: var(--err); background: var(--err-bg); border-color: var(--err-line); }
.badge.warning { color: var(--warn); background: var(--warn-bg); border-color: var(--warn-line); }
.badge.info { color: var(--info); background: var(--info-bg); border-color: var(--info-line); }
.badge.zero { color: var(--faint); background: transparent; border-color: var(--line); font-weight: 400; }

/* Report page layout */
.layout { display: grid; grid-template-columns: minmax(0, 1fr) clamp(20rem, 34vw, 30rem); align-items: start; }
.doc { padding: 1.2rem 2rem 40vh; min-width: 0; }
.side { position: sticky; top: 2.75rem; height: calc(100vh - 2.75rem); overflow: auto; background: var(--panel); border-left: 1px solid var(--line); }
@media (max-width: 900px) {
  .layout { grid-template-columns: 1fr; }
  .side { position: static; height: auto; border-left: 0; border-bottom: 1px solid var(--line); order: -1; }
  .doc { padding: 1rem; }
  .bar { padding: 0 1rem; gap: .7rem; }
  .bar-dept { display: none; }
  .top, .wrap { padding-left: 1rem; padding-right: 1rem; }
}
.legend { font-size: 13px; color: var(--muted); margin: 0 0 1rem; }
.legend .fact, .legend .figure, .legend .ev-on { padding: 0 .3em; }

/* Extracted text */
.page { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; margin: 0 0 1.2rem; padding: .6rem 1.4rem .9rem 0; }
.page-no { margin: 0 0 .4rem 3.8rem; font-size: 12.5px; font-weight: 400; color: var(--faint); }
.ln { display: flex; align-items: baseline; scroll-margin: 40vh; }
.ln .no { flex: 0 0 3.2rem; padding-right: .9rem; text-align: right; color: #aab1bd; font-size: 11.5px; user-select: none; }
.ln .tx { flex: 1; min-width: 0; white-space: pre-wrap; overflow-wrap: anywhere; line-height: 1.85; }
.ln.blank { height: .7em; } .ln.blank .no { visibility: hidden; }
.ln.k-heading .tx { font-weight: 600; font-size: 16px; }
.ln.k-running .tx { color: var(--faint); font-size: 12.5px; }
.tbl-wrap { overflow-x: auto; margin: .35rem 0 .6rem; }
.tbl { border-collapse: collapse; font-size: 13.5px; line-height: 1.55; }
.tbl td { border: 1px solid var(--line); padding: .25rem .55rem; vertical-align: top; white-space: pre-wrap; }
.tbl td.n { text-align: right; }
.tbl td.no { border: 0; width: 3.2rem; min-width: 3.2rem; padding: .25rem .9rem .25rem 0; text-align: right; color: #aab1bd; font-size: 11.5px; user-select: none; }
.tbl tr:first-child td:not(.no) { background: #f7f8fa; font-weight: 600; }
.line-ev { background: #fff8d6; box-shadow: inset 3px 0 0 var(--ev-line); }

.fact { background: var(--fact); border-bottom: 1.5px solid var(--fact-line); border-radius: 2px; cursor: pointer; }
.fact.detail { background: var(--detail); border-bottom: 1.5px dotted var(--detail-line); }
.fact:hover { background: #dde7fb; }
.figure { border-bottom: 1.5px dotted var(--detail-line); }
.ev-on { background: var(--ev) !important; border-bottom: 2px solid var(--ev-line) !important; border-radius: 2px; }
.ev-focus { background: var(--ev-focus) !important; outline: 2px solid var(--ev-line); outline-offset: 1px; }
.ln.ev-on .tx, tr.ln.ev-on td:not(.no) { background: #fff6cf; }
.ln.ev-on, tr.ln.ev-on { background: none !important; border-bottom: 0 !important; box-shadow: inset 3px 0 0 var(--ev-line); }
.flash { animation: flash 1.2s ease-out 1; }
@keyframes flash { 0% { outline: 3px solid var(--ev-line); outline-offset: 3px; } 100% { outline: 3px solid transparent; outline-offset: 6px; } }
@media (prefers-reduced-motion: reduce) { .ln.ev-on .tx, tr.ln.ev-on td:not(.no) { background: #fff6cf; }
.ln.ev-on, tr.ln.ev-on { background: none !important; border-bottom: 0 !important; box-shadow: inset 3px 0 0 var(--ev-line); }
.flash { animation: none; } }

/* Side panel */
.tabs { position: sticky; top: 0; z-index: 2; display: flex; gap: .2rem; padding: .6rem .9rem 0; background: var(--panel); border-bottom: 1px solid var(--line); }
.tabs button { border: 0; background: none; padding: .45rem .7rem .55rem; cursor: pointer; color: var(--muted); border-bottom: 2px solid transparent; }
.tabs button[aria-selected="true"] { color: var(--ink); border-bottom-color: var(--accent); font-weight: 600; }
.tabs .n { font-size: 12px; color: var(--faint); margin-left: .2em; font-weight: 400; }
.panel { padding: .8rem .9rem 2rem; }
.empty { color: var(--muted); padding: 1rem .3rem; }
.flags { list-style: none; margin: 0; padding: 0; }
.flag { border: 1px solid var(--line); border-left: 4px solid var(--faint); border-radius: 6px; margin: 0 0 .6rem; background: var(--panel); }
.flag.sev-error { border-left-color: var(--err); } .flag.sev-warning { border-left-color: var(--warn); } .flag.sev-info { border-left-color: var(--info); }
.flag.selected { box-shadow: 0 1px 8px rgba(30, 45, 80, .13); border-color: #c9d2e0; }
.flag-head { display: block; width: 100%; text-align: left; border: 0; background: none; padding: .6rem .75rem; cursor: pointer; }
.flag-head:hover { background: #fafbfc; }
.flag-title { display: flex; gap: .45rem; align-items: center; flex-wrap: wrap; }
.flag-title .check { font-weight: 600; }
.flag-metric { margin-top: .15rem; color: var(--muted); font-size: 13.5px; }
.flag-nums { margin-top: .2rem; font-size: 13.5px; }
.flag-nums b { font-weight: 600; }
.flag-nums .arrow { color: var(--faint); margin: 0 .35em; }
.flag-body { padding: 0 .75rem .75rem; border-top: 1px dashed var(--line); }
.flag:not(.selected):not(:target) .flag-body { display: none; }
.msg { margin: .6rem 0; }
.numbers { display: grid; grid-template-columns: auto 1fr; gap: .1rem .9rem; margin: .4rem 0 .6rem; font-size: 13.5px; }
.numbers dt { color: var(--muted); }
.numbers dd { margin: 0; font-weight: 600; }
.formula { font-size: 13px; color: var(--muted); }
.formula code { display: block; margin-top: .15rem; padding: .35rem .55rem; background: #f4f6f9; border-radius: 4px; color: var(--ink);
  font-family: var(--mono); font-size: 12.5px; white-space: pre-wrap; overflow-wrap: anywhere; }
.evidence { list-style: none; margin: .7rem 0 0; padding: 0; }
.evidence li { display: grid; grid-template-columns: 1fr auto; gap: .1rem .5rem; padding: .45rem 0; border-top: 1px solid var(--line2); font-size: 13.5px; }
.evidence .what { min-width: 0; }
.evidence .role { color: var(--muted); margin-right: .35em; }
.evidence .loc { color: var(--faint); font-size: 12.5px; white-space: nowrap; }
.evidence q { grid-column: 1 / -1; display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; overflow: hidden;
  color: var(--muted); font-size: 12.5px; quotes: none; overflow-wrap: anywhere; }
.jump { border: 1px solid var(--line); background: var(--panel); border-radius: 4px; font-size: 12px; padding: .05rem .5rem; cursor: pointer; color: var(--accent); }
.jump:hover { background: var(--accent-bg); }
.jump[disabled] { color: var(--faint); cursor: default; background: none; }
.filter { width: 100%; padding: .4rem .6rem; border: 1px solid var(--line); border-radius: 6px; font: inherit; font-size: 14px; margin-bottom: .6rem; }
.facts-list { width: 100%; border-collapse: collapse; font-size: 13.5px; }
.facts-list td { padding: .3rem .25rem; border-top: 1px solid var(--line2); vertical-align: top; }
.facts-list tr { cursor: pointer; }
.facts-list tr:hover td { background: #f7f9fc; }
.facts-list .key { display: block; color: var(--faint); font-size: 12px; overflow-wrap: anywhere; }
.facts-list .loc { color: var(--faint); font-size: 12px; white-space: nowrap; }
.tier { margin: .8rem 0 .2rem; font-size: 12.5px; color: var(--muted); font-weight: 600; }

/* Fact popover */
.pop { position: absolute; z-index: 10; max-width: 22rem; background: #1f2633; color: #f2f4f8; border-radius: 6px; padding: .55rem .75rem;
  font-size: 13px; line-height: 1.55; box-shadow: 0 4px 18px rgba(0, 0, 0, .22); }
.pop hr { border: 0; border-top: 1px solid #3a4456; margin: .45rem 0; }
.pop .m { font-weight: 600; }
.pop .v { font-size: 16px; font-weight: 600; }
.pop .s { color: #b9c1cf; font-size: 12px; overflow-wrap: anywhere; }
.pop button { display: block; margin-top: .3rem; background: none; border: 0; padding: 0; color: #9cc0ff; cursor: pointer; text-align: left; }

/* Index page */
.wrap { max-width: 90rem; margin: 0 auto; padding: 1.2rem 2rem 3rem; }
.controls { display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; margin: 0 0 .8rem; }
.controls input, .controls select { font: inherit; font-size: 14px; padding: .35rem .55rem; border: 1px solid var(--line); border-radius: 6px; background: var(--panel); }
.controls input[type="search"] { min-width: 16rem; flex: 1 1 16rem; max-width: 26rem; }
.controls .count { margin-left: auto; color: var(--muted); font-size: 13.5px; }
.list-wrap { background: var(--panel); border: 1px solid var(--line); border-radius: 8px; overflow-x: auto; }
table.reports { width: 100%; border-collapse: collapse; font-size: 14px; }
.reports th { position: sticky; top: 0; background: #f7f8fa; text-align: left; font-weight: 600; font-size: 13px; color: var(--muted);
  padding: .55rem .7rem; border-bottom: 1px solid var(--line); white-space: nowrap; }
.reports th button { border: 0; background: none; padding: 0; cursor: pointer; font-weight: 600; color: inherit; }
.reports th button::after { content: "↕"; margin-left: .3em; color: #c3c9d3; font-weight: 400; }
.reports th[aria-sort="ascending"] button::after { content: "↑"; color: var(--accent); }
.reports th[aria-sort="descending"] button::after { content: "↓"; color: var(--accent); }
.reports th.num { text-align: right; }
.reports td { padding: .5rem .7rem; border-bottom: 1px solid var(--line2); vertical-align: top; }
.reports tr:hover td { background: #fafbfd; }
.reports .file a { font-weight: 600; word-break: break-all; }
.reports td.file { min-width: 11rem; }
.reports .file .dir { display: block; font-size: 12px; color: var(--faint); overflow-wrap: anywhere; }
.reports .gap-pos { color: var(--err); font-weight: 600; }
.reports .gap-neg { color: var(--info); }
.status-bad { color: var(--warn); }
.section-title { font-size: 16px; margin: 1.6rem 0 .6rem; }
.suspect { display: block; font-size: 12px; color: var(--warn); }
.score-chart { margin: 0; max-width: 460px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; padding: .6rem; }
.score-chart svg { display: block; width: 100%; height: auto; }
.score-chart .grid { stroke: var(--line2); }
.score-chart .diagonal { stroke: var(--faint); stroke-dasharray: 4 3; }
.score-chart .tick { font-size: 10px; fill: var(--muted); }
.score-chart .axis { font-size: 11px; fill: var(--ink); }
.score-chart .pt circle { fill: var(--faint); fill-opacity: .75; stroke: #fff; }
.score-chart .pt .range { stroke: var(--faint); stroke-width: 2.5; }
.score-chart .pt .hit { stroke: transparent; stroke-width: 12; }
.score-chart .over circle { fill: var(--err); } .score-chart .over .range { stroke: var(--err); }
.score-chart .under circle { fill: var(--info); } .score-chart .under .range { stroke: var(--info); }
.score-chart a:hover circle, .score-chart a:focus circle { r: 6.5; }
.score-chart a:hover .range, .score-chart a:focus .range { stroke-width: 4; }
.score-chart figcaption { font-size: 12.5px; color: var(--muted); margin-top: .3rem; }
.gaps { width: 100%; border-collapse: collapse; font-size: 13.5px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; }
.gaps td, .gaps th { padding: .4rem .7rem; border-bottom: 1px solid var(--line2); text-align: left; }
.gaps th { color: var(--muted); font-weight: 600; font-size: 12.5px; background: #f7f8fa; }
.gaps tr.kind th { color: var(--ink); background: var(--line2); }
footer.foot { color: var(--faint); font-size: 12.5px; margin-top: 1.4rem; }
`;
