/**
 * index.html's script (inline, ES2017): sort by any column (numbers descending first, empty values last) and
 * filter by text, severity, region, year and status.
 */
export const SCRIPT_INDEX = `
(function () {
  'use strict';
  var table = document.getElementById('reports');
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var q = document.getElementById('q');
  var sev = document.getElementById('f-sev');
  var region = document.getElementById('f-region');
  var year = document.getElementById('f-year');
  var status = document.getElementById('f-status');
  var count = document.getElementById('count');
  var collator = window.Intl ? new Intl.Collator(document.documentElement.lang, { numeric: true }) : null;

  function apply() {
    var text = q.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (tr) {
      var d = tr.dataset;
      var ok = (!text || d.q.indexOf(text) >= 0) &&
        (!region.value || d.region === region.value) &&
        (!year.value || d.year === year.value) &&
        (!status.value || d.status === status.value) &&
        (!sev.value ||
          (sev.value === 'error' && d.e !== '0') ||
          (sev.value === 'warning' && (d.e !== '0' || d.w !== '0')) ||
          (sev.value === 'any' && d.n !== '0') ||
          (sev.value === 'none' && d.n === '0'));
      tr.hidden = !ok;
      if (ok) shown++;
    });
    count.textContent = count.getAttribute('data-template').replace('{shown}', shown).replace('{total}', rows.length);
  }
  [q, sev, region, year, status].forEach(function (el) { el.addEventListener('input', apply); });

  var ths = Array.prototype.slice.call(table.tHead.rows[0].cells);
  ths.forEach(function (th, col) {
    th.querySelector('button').addEventListener('click', function () {
      var num = th.getAttribute('data-type') === 'num';
      var was = th.getAttribute('aria-sort');
      var dir = was ? (was === 'descending' ? 1 : -1) : (num ? -1 : 1);
      ths.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir < 0 ? 'descending' : 'ascending');
      var keyed = rows.map(function (tr, i) { return { tr: tr, v: tr.cells[col].getAttribute('data-v'), i: i }; });
      keyed.sort(function (a, b) {
        if (a.v === '' || b.v === '') return (a.v === '') - (b.v === '') || a.i - b.i;
        var c = num ? Number(a.v) - Number(b.v) : (collator ? collator.compare(a.v, b.v) : (a.v < b.v ? -1 : a.v > b.v ? 1 : 0));
        return c * dir || a.i - b.i;
      });
      rows = keyed.map(function (k) { return k.tr; });
      rows.forEach(function (tr) { tbody.appendChild(tr); });
    });
  });
  apply();
})();
`;
