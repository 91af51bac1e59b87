/**
 * The report page's script (inline, ES2017, no dependencies): tabs, selecting a flag (highlights its evidence in
 * the text with `ev-on`, the reported figure with `ev-focus`, and scrolls to it), jumping to one evidence item,
 * the fact popover, the fact filter, and `#flag-N` links. Data from the report is only ever set as textContent.
 */
export const REPORT_JS = `
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var reduce = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var pop = document.getElementById('pop');
  function all(sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); }
  function byToken(attr, token) { return all('[' + attr + '~="' + token + '"]', document.querySelector('.doc')); }

  function showTab(id) {
    all('.tabs [role=tab]').forEach(function (t) {
      var on = t.getAttribute('data-tab') === id;
      t.setAttribute('aria-selected', on ? 'true' : 'false');
      document.getElementById('panel-' + t.getAttribute('data-tab')).hidden = !on;
    });
  }
  all('.tabs [role=tab]').forEach(function (t) {
    t.addEventListener('click', function () { showTab(t.getAttribute('data-tab')); });
  });

  function flash(el) {
    if (!el) return;
    el.classList.remove('flash');
    void el.offsetWidth;
    el.classList.add('flash');
  }
  var instant = false;
  function reveal(el) {
    if (!el) return;
    el.scrollIntoView({ block: 'center', behavior: reduce || instant ? 'auto' : 'smooth' });
    flash(el);
  }
  function clearEvidence() {
    all('.ev-on, .ev-focus').forEach(function (el) { el.classList.remove('ev-on', 'ev-focus'); });
  }

  var current = null;
  function selectFlag(k, opts) {
    opts = opts || {};
    var li = document.getElementById('flag-' + k);
    if (!li) return;
    hidePop();
    if (current === k && opts.toggle) { deselect(); return; }
    clearEvidence();
    all('.flag.selected').forEach(function (el) {
      el.classList.remove('selected');
      el.querySelector('.flag-head').setAttribute('aria-expanded', 'false');
    });
    current = k;
    li.classList.add('selected');
    li.querySelector('.flag-head').setAttribute('aria-expanded', 'true');
    var els = byToken('data-ev', 'f' + k);
    els.forEach(function (el) { el.classList.add('ev-on'); });
    var focus = byToken('data-ev', 'e' + k + '-' + data.focus[k]);
    focus.forEach(function (el) { el.classList.add('ev-focus'); });
    showTab('flags');
    if (opts.scrollList) li.scrollIntoView({ block: 'nearest' });
    reveal(focus[0] || els[0]);
    if (history.replaceState) history.replaceState(null, '', '#flag-' + k);
  }
  function deselect() {
    clearEvidence();
    all('.flag.selected').forEach(function (el) {
      el.classList.remove('selected');
      el.querySelector('.flag-head').setAttribute('aria-expanded', 'false');
    });
    current = null;
    if (history.replaceState) history.replaceState(null, '', location.pathname + location.search);
  }
  all('.flag').forEach(function (li) {
    var k = Number(li.getAttribute('data-flag'));
    li.querySelector('.flag-head').addEventListener('click', function () { selectFlag(k, { toggle: true }); });
  });
  all('[data-jump]').forEach(function (b) {
    b.addEventListener('click', function () {
      var els = byToken('data-ev', b.getAttribute('data-jump'));
      els.forEach(function (el) { el.classList.add('ev-on'); });
      reveal(els[0] || document.getElementById('t-' + b.getAttribute('data-line')));
    });
  });

  function hidePop() { pop.hidden = true; pop.textContent = ''; }
  function line(cls, text) {
    var d = document.createElement('div');
    d.className = cls;
    d.textContent = text;
    pop.appendChild(d);
  }
  function showPop(el) {
    var ids = (el.getAttribute('data-f') || '').split(' ').filter(Boolean);
    if (!ids.length) return;
    pop.textContent = '';
    ids.forEach(function (i, n) {
      var f = data.facts[Number(i)];
      if (!f) return;
      if (n) pop.appendChild(document.createElement('hr'));
      line('m', f[0] + (f[2] ? ' · ' + f[2] : ''));
      line('v', f[3]);
      line('s', data.labels.raw + ' ' + f[4] + ' · ' + f[5]);
      line('s', data.labels.metricId + ' ' + f[1]);
    });
    var flags = [];
    (el.getAttribute('data-ev') || '').split(' ').forEach(function (t) {
      if (/^f\\d+$/.test(t)) flags.push(Number(t.slice(1)));
    });
    if (flags.length) {
      line('s', data.labels.flags);
      flags.forEach(function (k) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = data.flags[k];
        b.addEventListener('click', function () { selectFlag(k, { scrollList: true }); });
        pop.appendChild(b);
      });
    }
    pop.hidden = false;
    var r = el.getBoundingClientRect();
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 12);
    pop.style.left = Math.max(8, left) + 'px';
    pop.style.top = (window.scrollY + r.bottom + 6) + 'px';
  }
  document.addEventListener('click', function (e) {
    var el = e.target.closest ? e.target.closest('.doc [data-f]') : null;
    if (el) { showPop(el); e.stopPropagation(); return; }
    if (!pop.contains(e.target)) hidePop();
  });
  document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hidePop(); });

  function showFact(i) {
    var el = byToken('data-f', String(i))[0];
    if (!el) return;
    reveal(el);
    setTimeout(function () { showPop(el); }, reduce ? 0 : 350);
  }
  all('tr[data-fact]').forEach(function (tr) {
    var go = function () { showFact(tr.getAttribute('data-fact')); };
    tr.addEventListener('click', go);
    tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') go(); });
  });
  var filter = document.querySelector('#panel-facts .filter');
  if (filter) filter.addEventListener('input', function () {
    var q = filter.value.trim().toLowerCase();
    all('#panel-facts tr[data-fact]').forEach(function (tr) {
      tr.hidden = q !== '' && tr.textContent.toLowerCase().indexOf(q) < 0;
    });
  });

  function fromHash() {
    var m = /^#flag-(\\d+)$/.exec(location.hash);
    if (m) selectFlag(Number(m[1]), { scrollList: true });
    var f = /^#fact-(\\d+)$/.exec(location.hash);
    if (f) { showTab('facts'); showFact(Number(f[1])); }
  }
  window.addEventListener('hashchange', fromHash);
  // After the browser's own jump to the #flag-N element, so that it does not cancel ours.
  function initial() {
    setTimeout(function () { instant = true; fromHash(); instant = false; }, 0);
  }
  if (document.readyState === 'complete') initial();
  else window.addEventListener('load', initial);
})();
`;
