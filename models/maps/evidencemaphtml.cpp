#include "maps/evidencemaphtml.h"

#include "maps/evidencemap.h"
#include "maps/mapcodebook.h"
#include "maps/palette.h"
#include "maps/svgcanvas.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace evimap {

namespace {

// The page. @LANG@, @TITLE@ (escaped) and @DATA@ (escaped JSON) are filled in.
const char pageTemplate[] = R"HTML(<!DOCTYPE html>
<html lang="@LANG@">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="EviMap">
<title>@TITLE@</title>
<style>
:root { --ink: #212121; --muted: #5f6368; --rule: #c8ccd0; --gap: #f3f4f6; --band: #e8eef6; --accent: #0072b2; }
* { box-sizing: border-box; }
body { margin: 0; font-family: "DejaVu Sans", Verdana, Arial, Helvetica, sans-serif; color: var(--ink); background: #fff; font-size: 14px; }
header { padding: 18px 24px 8px; }
h1 { font-size: 22px; margin: 0 0 6px; }
p.info { margin: 2px 0; color: var(--muted); font-size: 13px; max-width: 1100px; }
#controls { display: flex; flex-wrap: wrap; gap: 10px 18px; padding: 10px 24px; background: #f7f8fa; border-top: 1px solid #e3e5e8; border-bottom: 1px solid #e3e5e8; align-items: end; }
#controls label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 3px; }
#controls select, #controls input { font: inherit; font-size: 13px; padding: 3px 4px; min-width: 9em; }
#controls input[type=number] { width: 6.5em; min-width: 0; }
#controls button { font: inherit; font-size: 13px; padding: 4px 10px; }
#status { padding: 8px 24px 0; font-size: 13px; color: var(--muted); }
main { display: flex; flex-wrap: wrap; gap: 20px; padding: 10px 24px 24px; align-items: flex-start; }
#mapwrap { overflow: auto; max-width: 100%; flex: 0 1 auto; }
table.map { border-collapse: collapse; }
table.map th, table.map td { border: 1px solid #c8ccd0; }
table.map thead th { font-size: 11.5px; font-weight: normal; vertical-align: bottom; padding: 4px 3px; width: 84px; min-width: 84px; text-align: center; }
table.map thead th.band { background: var(--band); font-weight: bold; vertical-align: middle; max-width: none; }
table.map thead th.parent { font-weight: bold; }
table.map thead th.corner { text-align: left; vertical-align: bottom; font-weight: bold; color: var(--muted); width: auto; max-width: none; min-width: 0; border-top: none; border-left: none; }
table.map thead th.total, table.map td.total { color: var(--muted); width: 56px; min-width: 56px; text-align: center; font-size: 12px; }
table.map tbody th { text-align: left; font-weight: normal; font-size: 13px; padding: 4px 10px 4px 8px; min-width: 180px; max-width: 300px; }
table.map tbody th.parent { font-weight: bold; background: var(--band); }
table.map tbody th.sub { color: var(--muted); }
td.cell { width: 84px; height: 58px; padding: 0; position: relative; cursor: pointer; }
td.cell:hover, td.cell.selected { outline: 2px solid var(--accent); outline-offset: -2px; }
td.gap { background: var(--gap); cursor: default; }
td.cell svg { display: block; margin: 0 auto; }
td.cell .count { position: absolute; right: 4px; top: 2px; font-size: 11px; font-weight: bold; color: var(--muted); }
tfoot th, tfoot td { font-size: 12px; color: var(--muted); text-align: center; padding: 5px 2px; }
tfoot th { text-align: left; padding-left: 8px; }
#legend { padding: 0 24px 6px; display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center; font-size: 13px; }
#legend .title { font-weight: bold; }
#legend .entry { display: inline-flex; align-items: center; gap: 6px; }
aside { flex: 1 1 320px; min-width: 280px; max-width: 520px; border-left: 3px solid var(--band); padding-left: 16px; }
aside h2 { font-size: 16px; margin: 4px 0 8px; }
aside ol { padding-left: 1.4em; margin: 0; }
aside li { margin: 0 0 10px; font-size: 13px; line-height: 1.35; }
aside li .cite { font-weight: bold; }
aside li .where { color: var(--muted); }
aside li .codes { color: var(--muted); font-size: 12px; }
#error { display: none; margin: 12px 24px; padding: 10px; border: 2px solid #d55e00; color: #8a3b00; }
footer { padding: 0 24px 18px; color: var(--muted); font-size: 12px; }
@media print { #controls, aside { display: none; } }
</style>
</head>
<body>
<svg width="0" height="0" style="position:absolute" aria-hidden="true"><defs id="patterns"></defs></svg>
<header>
<h1 id="title"></h1>
<p class="info" id="unit"></p>
<p class="info" id="fixed"></p>
<p class="info">Bubble area is proportional to the number of items; segments show the split by the colour dimension; shaded empty cells are gaps. Click a cell for its items.</p>
</header>
<div id="controls"></div>
<div id="legend"></div>
<div id="status" role="status"></div>
<div id="error" role="alert"></div>
<main>
<div id="mapwrap"></div>
<aside id="items"><h2>Items</h2><p class="where">Click a cell of the map to list its items.</p></aside>
</main>
<footer id="footer"></footer>
<noscript><p style="padding:0 24px">This evidence map needs JavaScript to draw itself.</p></noscript>
<script type="application/json" id="evimap-data">@DATA@</script>
<script>
(function () {
  'use strict';
  var SVGNS = 'http://www.w3.org/2000/svg';
  function showError(message) {
    var box = document.getElementById('error');
    box.style.display = 'block';
    box.textContent = 'The map could not be drawn: ' + message;
  }
  window.addEventListener('error', function (e) { showError(e.message); });
  var data = JSON.parse(document.getElementById('evimap-data').textContent);
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    return e;
  }
  var PATTERNS = { 1: 'M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5', 2: 'M0,0 L6,6 M-1,5 L1,7 M5,-1 L7,1', 3: 'M0,3 L6,3',
                   4: 'M0,6 L6,0 M-1,1 L1,-1 M5,7 L7,5 M0,0 L6,6 M-1,5 L1,7 M5,-1 L7,1', 5: 'M3,0 L3,6' };
  (function () {
    var defs = document.getElementById('patterns');
    Object.keys(PATTERNS).forEach(function (p) {
      ['d', 'l'].forEach(function (tint) {
        var pat = svg('pattern', { id: 'hatch' + p + tint, patternUnits: 'userSpaceOnUse', width: 6, height: 6 });
        pat.appendChild(svg('path', { d: PATTERNS[p], stroke: tint === 'd' ? '#000000' : '#ffffff',
          'stroke-opacity': tint === 'd' ? 0.43 : 0.67, 'stroke-width': 1.2, fill: 'none' }));
        defs.appendChild(pat);
      });
    });
  })();
  function paint(parent, shape, fill) {
    shape.setAttribute('fill', fill.colour);
    parent.appendChild(shape);
    if (fill.pattern > 0) {
      var overlay = shape.cloneNode(false);
      overlay.setAttribute('fill', 'url(#hatch' + fill.pattern + fill.tint + ')');
      overlay.setAttribute('stroke', 'none');
      parent.appendChild(overlay);
    }
  }
  var itemCodes = data.items.map(function (it) { return new Set(it.codes); });
  function hasAny(i, ids) {
    var s = itemCodes[i];
    for (var k = 0; k < ids.length; k++) if (s.has(ids[k])) return true;
    return false;
  }
  var codeById = {};
  data.filters.forEach(function (d) { d.codes.forEach(function (c) { codeById[c.id] = c; }); });
  var state = { filters: {}, from: null, to: null, selected: null };
  (function readHash() {
    var hash = location.hash.replace(/^#/, '');
    hash.split('&').forEach(function (part) {
      var eq = part.indexOf('=');
      if (eq < 0) return;
      var name = decodeURIComponent(part.slice(0, eq)), value = decodeURIComponent(part.slice(eq + 1));
      if (name === 'filter') {
        value.split(';').forEach(function (f) {
          var c = f.indexOf(':');
          if (c < 0) return;
          var dk = f.slice(0, c).toLowerCase(), ck = f.slice(c + 1).toLowerCase();
          data.filters.forEach(function (d, di) {
            if (d.key.toLowerCase() !== dk && d.label.toLowerCase() !== dk) return;
            d.codes.forEach(function (code) {
              if (code.key.toLowerCase() === ck || code.label.toLowerCase() === ck) state.filters[di] = code.id;
            });
          });
        });
      } else if (name === 'years') {
        var m = /^(\d{4})?-(\d{4})?$/.exec(value);
        if (m) { state.from = m[1] ? +m[1] : null; state.to = m[2] ? +m[2] : null; }
      }
    });
  })();
  function writeHash() {
    var f = [];
    Object.keys(state.filters).forEach(function (di) {
      var d = data.filters[di], c = codeById[state.filters[di]];
      if (d && c) f.push(d.key + ':' + c.key);
    });
    var parts = [];
    if (f.length) parts.push('filter=' + encodeURIComponent(f.join(';')));
    if (state.from || state.to) parts.push('years=' + (state.from || '') + '-' + (state.to || ''));
    try { history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname); } catch (e) { /* file: URLs may refuse */ }
  }
  function visibleItems() {
    var out = [];
    for (var i = 0; i < data.items.length; i++) {
      var it = data.items[i];
      if (state.from && !(it.y && it.y >= state.from)) continue;
      if (state.to && !(it.y && it.y <= state.to)) continue;
      var ok = true;
      for (var di in state.filters) {
        var code = codeById[state.filters[di]];
        if (code && !hasAny(i, code.sub)) { ok = false; break; }
      }
      if (ok) out.push(i);
    }
    return out;
  }

  document.getElementById('title').textContent = data.title;
  document.title = data.title;
  document.getElementById('unit').textContent = data.unit;
  document.getElementById('fixed').textContent = data.fixedFilters;
  document.getElementById('footer').textContent = data.footer;

  var controls = document.getElementById('controls');
  data.filters.forEach(function (d, di) {
    var label = el('label', null, d.label);
    var select = el('select');
    select.setAttribute('data-dimension', d.key);
    var any = el('option', null, 'All');
    any.value = '';
    select.appendChild(any);
    d.codes.forEach(function (c) {
      var o = el('option', null, (c.depth > 1 ? '\u2014 '.repeat(c.depth - 1) : '') + c.label);
      o.value = String(c.id);
      if (state.filters[di] === c.id) o.selected = true;
      select.appendChild(o);
    });
    select.addEventListener('change', function () {
      if (select.value) state.filters[di] = +select.value; else delete state.filters[di];
      writeHash();
      render();
    });
    label.appendChild(select);
    controls.appendChild(label);
  });
  function yearInput(text, key) {
    var label = el('label', null, text);
    var input = el('input');
    input.type = 'number';
    input.min = '1800';
    input.max = '2200';
    if (state[key]) input.value = state[key];
    input.addEventListener('change', function () {
      state[key] = input.value ? +input.value : null;
      writeHash();
      render();
    });
    label.appendChild(input);
    controls.appendChild(label);
  }
  yearInput('Year from', 'from');
  yearInput('Year to', 'to');
  var reset = el('button', null, 'Clear filters');
  reset.type = 'button';
  reset.addEventListener('click', function () {
    state.filters = {}; state.from = null; state.to = null;
    controls.querySelectorAll('select').forEach(function (s) { s.value = ''; });
    controls.querySelectorAll('input').forEach(function (s) { s.value = ''; });
    writeHash();
    render();
  });
  controls.appendChild(reset);

  var legend = document.getElementById('legend');
  if (data.colour) {
    legend.appendChild(el('span', 'title', 'Segments: ' + data.colour.label));
    data.colour.codes.concat([data.colour.notCoded]).forEach(function (c) {
      var entry = el('span', 'entry');
      var box = svg('svg', { width: 14, height: 14 });
      paint(box, svg('rect', { x: 0.5, y: 0.5, width: 13, height: 13, stroke: '#333333', 'stroke-width': 0.6 }), c.fill);
      entry.appendChild(box);
      entry.appendChild(el('span', null, c.label));
      legend.appendChild(entry);
    });
  }

  var CELL_W = 84, CELL_H = 58, RMAX = 23;
  function radius(n) { return n > 0 ? Math.max(3.5, RMAX * Math.sqrt(n / Math.max(1, data.maxCount))) : 0; }
  function point(cx, cy, r, deg) { var a = deg * Math.PI / 180; return [cx + r * Math.sin(a), cy - r * Math.cos(a)]; }
  function bubble(counts, n) {
    var box = svg('svg', { width: CELL_W - 14, height: CELL_H, viewBox: '0 0 ' + (CELL_W - 14) + ' ' + CELL_H });
    var g = svg('g', { 'class': 'bubble' });
    var cx = (CELL_W - 14) / 2, cy = CELL_H / 2 + 2, r = radius(n);
    var total = counts.reduce(function (a, b) { return a + b; }, 0);
    if (!data.colour || total === 0) {
      paint(g, svg('circle', { cx: cx, cy: cy, r: r, stroke: '#333333', 'stroke-width': 0.8 }), data.single);
    } else {
      var angle = 0;
      counts.forEach(function (k, i) {
        if (!k) return;
        var span = 360 * k / total;
        var fill = i < data.colour.codes.length ? data.colour.codes[i].fill : data.colour.notCoded.fill;
        var shape;
        if (span >= 359.99) {
          shape = svg('circle', { cx: cx, cy: cy, r: r });
        } else {
          var a = point(cx, cy, r, angle), b = point(cx, cy, r, angle + span);
          shape = svg('path', { d: 'M' + cx + ',' + cy + ' L' + a[0] + ',' + a[1] + ' A' + r + ',' + r + ' 0 ' + (span > 180 ? 1 : 0) + ' 1 ' + b[0] + ',' + b[1] + ' Z' });
        }
        shape.setAttribute('stroke', '#ffffff');
        shape.setAttribute('stroke-width', '0.8');
        paint(g, shape, fill);
        angle += span;
      });
      g.appendChild(svg('circle', { cx: cx, cy: cy, r: r, fill: 'none', stroke: '#333333', 'stroke-width': 0.8 }));
    }
    box.appendChild(g);
    return box;
  }

  function showItems(rowIndex, colIndex, list) {
    var aside = document.getElementById('items');
    aside.textContent = '';
    var row = data.rows.codes[rowIndex], col = data.cols.codes[colIndex];
    aside.appendChild(el('h2', null, row.label + ' \u00d7 ' + col.label + ': ' + list.length + (list.length === 1 ? ' item' : ' items')));
    var ol = el('ol');
    list.slice().sort(function (a, b) {
      var x = data.items[a], y = data.items[b];
      return x.c.localeCompare(y.c) || x.t.localeCompare(y.t) || x.id - y.id;
    }).forEach(function (i) {
      var it = data.items[i];
      var li = el('li');
      li.setAttribute('data-record', it.id);
      li.appendChild(el('span', 'cite', it.c));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('span', 'title', it.t));
      if (it.j) { li.appendChild(el('br')); li.appendChild(el('span', 'where', it.j)); }
      if (it.d) { li.appendChild(el('br')); li.appendChild(el('span', 'where', 'doi: ' + it.d)); }
      if (it.k) { li.appendChild(el('br')); li.appendChild(el('span', 'codes', it.k)); }
      ol.appendChild(li);
    });
    aside.appendChild(ol);
  }

  function render() {
    var visible = visibleItems();
    var rows = data.rows.codes, cols = data.cols.codes;
    var rowSets = rows.map(function (c) { return visible.filter(function (i) { return hasAny(i, c.sub); }); });
    var colMembers = cols.map(function (c) { var s = new Set(); visible.forEach(function (i) { if (hasAny(i, c.sub)) s.add(i); }); return s; });
    var colourSubs = data.colour ? data.colour.codes.map(function (c) { return c.sub; }) : [];
    var anyColour = [].concat.apply([], colourSubs);
    var onMap = new Set(), colTotals = cols.map(function () { return new Set(); }), gaps = 0, bubbles = 0;

    var table = el('table', 'map');
    var thead = el('thead');
    var grouped = cols.some(function (c) { return c.depth === 1 && c.hasChildren; });
    var head1 = el('tr'), head2 = el('tr');
    var corner = el('th', 'corner', data.rows.label + ' \u2193  /  ' + data.cols.label + ' \u2192');
    if (grouped) corner.rowSpan = 2;
    head1.appendChild(corner);
    cols.forEach(function (c, ci) {
      if (!grouped) { head1.appendChild(el('th', c.hasChildren ? 'parent' : null, c.label)); return; }
      if (c.depth === 1 && c.hasChildren) {
        var span = 1;
        while (ci + span < cols.length && cols[ci + span].depth > 1) span++;
        var band = el('th', 'band', c.label);
        band.colSpan = span;
        head1.appendChild(band);
        head2.appendChild(el('th', 'parent', data.includeSubcodes ? '(any)' : '(general)'));
      } else if (c.depth === 1) {
        var th = el('th', null, c.label);
        th.rowSpan = 2;
        head1.appendChild(th);
      } else {
        head2.appendChild(el('th', null, c.label));
      }
    });
    var totalHead = el('th', 'total', 'Items');
    if (grouped) totalHead.rowSpan = 2;
    head1.appendChild(totalHead);
    thead.appendChild(head1);
    if (grouped) thead.appendChild(head2);
    table.appendChild(thead);

    var tbody = el('tbody');
    rows.forEach(function (r, ri) {
      var tr = el('tr');
      var th = el('th', r.hasChildren ? 'parent' : (r.depth > 1 ? 'sub' : null), r.label);
      th.style.paddingLeft = (8 + 16 * (r.depth - 1)) + 'px';
      tr.appendChild(th);
      var rowTotal = new Set();
      cols.forEach(function (c, ci) {
        var list = rowSets[ri].filter(function (i) { return colMembers[ci].has(i); });
        var td = el('td', 'cell');
        if (!list.length) {
          td.className = 'cell gap';
          td.title = r.label + ' \u00d7 ' + c.label + ': no items (a gap)';
          gaps++;
        } else {
          bubbles++;
          list.forEach(function (i) { onMap.add(i); rowTotal.add(i); colTotals[ci].add(i); });
          var counts = [];
          if (data.colour) {
            counts = colourSubs.map(function (sub) { return list.filter(function (i) { return hasAny(i, sub); }).length; });
            counts.push(list.filter(function (i) { return !hasAny(i, anyColour); }).length);
          }
          var parts = [];
          counts.forEach(function (k, i) {
            if (k) parts.push((i < data.colour.codes.length ? data.colour.codes[i].label : 'not coded') + ' ' + k);
          });
          td.title = r.label + ' \u00d7 ' + c.label + ': ' + list.length + (list.length === 1 ? ' item' : ' items') + (parts.length ? ' \u2014 ' + parts.join(', ') : '');
          td.appendChild(bubble(counts, list.length));
          td.appendChild(el('span', 'count', list.length));
          td.addEventListener('click', function () {
            var old = table.querySelector('td.selected');
            if (old) old.classList.remove('selected');
            td.classList.add('selected');
            showItems(ri, ci, list);
          });
        }
        td.setAttribute('data-row', r.key);
        td.setAttribute('data-col', c.key);
        tr.appendChild(td);
      });
      tr.appendChild(el('td', 'total', rowTotal.size));
      tbody.appendChild(tr);
    });
    table.appendChild(tbody);
    var tfoot = el('tfoot');
    var foot = el('tr');
    foot.appendChild(el('th', null, 'Items'));
    colTotals.forEach(function (s) { foot.appendChild(el('td', null, s.size)); });
    foot.appendChild(el('td', null, onMap.size));
    tfoot.appendChild(foot);
    table.appendChild(tfoot);

    var wrap = document.getElementById('mapwrap');
    wrap.textContent = '';
    wrap.appendChild(table);
    var filters = [];
    Object.keys(state.filters).forEach(function (di) {
      var c = codeById[state.filters[di]];
      if (c) filters.push(data.filters[di].label + ': ' + c.label);
    });
    if (state.from || state.to) filters.push('years ' + (state.from || '\u2026') + '\u2013' + (state.to || '\u2026'));
    var status = document.getElementById('status');
    status.textContent = visible.length + ' of ' + data.items.length + ' items pass the filters; ' + onMap.size +
      ' on the map in ' + bubbles + ' cells; ' + gaps + ' empty cells. Filters here: ' + (filters.length ? filters.join('; ') : 'none') + '.';
    status.setAttribute('data-bubbles', bubbles);
    status.setAttribute('data-gaps', gaps);
  }
  render();
  document.body.setAttribute('data-ready', 'true');
})();
</script>
</body>
</html>
)HTML";

QJsonArray subtreeIds(const MapCodebook &codebook, const MapCode &code, bool rollUp)
{
    QJsonArray ids;
    const QList<qint64> tree = rollUp ? codebook.subtree(code.id) : QList<qint64>{code.id};
    for (qint64 id : tree)
        ids.append(id);
    return ids;
}

QJsonObject fillToJson(const Fill &fill)
{
    return QJsonObject{
        {QStringLiteral("colour"), Palette::hex(fill.colour)},
        {QStringLiteral("pattern"), int(fill.pattern)},
        {QStringLiteral("tint"),
         fill.hatchColour().lightness() < 128 ? QStringLiteral("d") : QStringLiteral("l")},
    };
}

QJsonObject axisToJson(const MapCodebook &codebook, const EvidenceMapAxis &axis, bool rollUp)
{
    QJsonArray codes;
    for (const MapCode &code : axis.codes) {
        codes.append(QJsonObject{
            {QStringLiteral("id"), code.id},
            {QStringLiteral("key"), code.key},
            {QStringLiteral("label"), code.label},
            {QStringLiteral("depth"), code.depth},
            {QStringLiteral("hasChildren"), code.hasChildren},
            {QStringLiteral("sub"), subtreeIds(codebook, code, rollUp && code.hasChildren)},
        });
    }
    return QJsonObject{{QStringLiteral("key"), axis.dimension.key},
                       {QStringLiteral("label"), axis.dimension.label},
                       {QStringLiteral("codes"), codes}};
}

} // namespace

QByteArray EvidenceMapHtml::escapeForScript(const QByteArray &json)
{
    QByteArray out;
    out.reserve(json.size() + json.size() / 16);
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '<')
            out += "\\u003c";
        else if (c == '>')
            out += "\\u003e";
        else if (c == '&')
            out += "\\u0026";
        else if (c == '\xE2' && i + 2 < json.size() && json.at(i + 1) == '\x80' &&
                 (json.at(i + 2) == '\xA8' || json.at(i + 2) == '\xA9')) {
            // U+2028 and U+2029 end lines in older JavaScript.
            out += json.at(i + 2) == '\xA8' ? "\\u2028" : "\\u2029";
            i += 2;
        } else
            out += c;
    }
    return out;
}

QJsonObject EvidenceMapHtml::data(const EvidenceMap &map, const MapCodebook &codebook)
{
    QJsonObject root;
    root.insert(QStringLiteral("title"), map.title());
    root.insert(QStringLiteral("unit"), map.unitDescription());
    root.insert(QStringLiteral("fixedFilters"),
                tr("Fixed when the file was made: %1").arg(map.filterDescription()));
    root.insert(QStringLiteral("footer"),
                tr("Made with EviMap from the project “%1”. Self-contained: this file needs no "
                   "network access.")
                    .arg(map.projectName));
    root.insert(QStringLiteral("includeSubcodes"), map.parentsIncludeSubcodes);
    root.insert(QStringLiteral("maxCount"), std::max(1, map.maxCount()));
    root.insert(QStringLiteral("rows"), axisToJson(codebook, map.rows, map.parentsIncludeSubcodes));
    root.insert(QStringLiteral("cols"),
                axisToJson(codebook, map.columns, map.parentsIncludeSubcodes));
    root.insert(QStringLiteral("single"), fillToJson(Palette::category(0)));
    if (map.colour.isValid()) {
        QJsonArray codes;
        for (int i = 0; i < map.colour.size(); ++i) {
            const MapCode &code = map.colour.codes.at(i);
            codes.append(QJsonObject{{QStringLiteral("id"), code.id},
                                     {QStringLiteral("label"), code.label},
                                     {QStringLiteral("fill"), fillToJson(Palette::category(i))},
                                     {QStringLiteral("sub"), subtreeIds(codebook, code, true)}});
        }
        root.insert(
            QStringLiteral("colour"),
            QJsonObject{{QStringLiteral("label"), map.colour.dimension.label},
                        {QStringLiteral("codes"), codes},
                        {QStringLiteral("notCoded"),
                         QJsonObject{{QStringLiteral("label"), tr("Not coded")},
                                     {QStringLiteral("fill"), fillToJson(Palette::notCoded())}}}});
    } else {
        root.insert(QStringLiteral("colour"), QJsonValue::Null);
    }

    // Every dimension but the two axes can filter.
    QJsonArray filters;
    for (const MapDimension &d : codebook.dimensions()) {
        if (d.id == map.rows.dimension.id || d.id == map.columns.dimension.id || d.codes.isEmpty())
            continue;
        QJsonArray codes;
        for (const MapCode &code : d.codes)
            codes.append(QJsonObject{{QStringLiteral("id"), code.id},
                                     {QStringLiteral("key"), code.key},
                                     {QStringLiteral("label"), code.label},
                                     {QStringLiteral("depth"), code.depth},
                                     {QStringLiteral("sub"), subtreeIds(codebook, code, true)}});
        filters.append(QJsonObject{{QStringLiteral("key"), d.key.isEmpty() ? d.label : d.key},
                                   {QStringLiteral("label"), d.label},
                                   {QStringLiteral("codes"), codes}});
    }
    root.insert(QStringLiteral("filters"), filters);

    // Items: what a reader needs to find the record, and the codes the page filters by.
    QJsonArray items;
    for (const EvidenceMapItem &item : map.items) {
        QJsonArray codes;
        for (qint64 id : item.codes)
            codes.append(id);
        QJsonObject o{{QStringLiteral("id"), item.recordId},
                      {QStringLiteral("c"), item.citation()},
                      {QStringLiteral("t"), item.title},
                      {QStringLiteral("y"), item.year},
                      {QStringLiteral("codes"), codes}};
        if (!item.container.isEmpty())
            o.insert(QStringLiteral("j"), item.container);
        if (!item.doi.isEmpty())
            o.insert(QStringLiteral("d"), item.doi);
        if (map.colour.isValid()) {
            const QString k = codebook.describe(item.codes, map.colour.dimension.id);
            if (!k.isEmpty())
                o.insert(QStringLiteral("k"),
                         map.colour.dimension.label + QStringLiteral(": ") + k);
        }
        items.append(o);
    }
    root.insert(QStringLiteral("items"), items);
    return root;
}

QByteArray EvidenceMapHtml::write(const EvidenceMap &map, const MapCodebook &codebook)
{
    const QByteArray json =
        escapeForScript(QJsonDocument(data(map, codebook)).toJson(QJsonDocument::Compact));
    QByteArray page(pageTemplate);
    page.replace("@LANG@", "en");
    page.replace("@TITLE@", SvgCanvas::escape(map.title()).toUtf8());
    // Last, so nothing in the data is taken for a placeholder.
    const qsizetype at = page.indexOf("@DATA@");
    page.replace(at, 6, json);
    return page;
}

} // namespace evimap
