// data/report/report.js — the script of `salvo report` pages (inlined into each page).
//
// Reads three JSON blocks of the page (salvo-events: one array per event, fields as
// salvo-meta.fields lists them; salvo-world: map outlines; salvo-meta) and draws the map,
// the timeline and the table, with filters. Every text from the events is put into the
// page with textContent or setAttribute, never as HTML, and only http(s) URLs become
// links. Up to DOM_MARKER_LIMIT located events are SVG circles carrying data-event-id;
// above that they are drawn on a canvas (one path per colour; clicks found by distance) so
// that 100,000 events stay responsive. docs/REPORT.md describes the page.
(function () {
  'use strict';

  var started = window.performance ? performance.now() : 0;
  var DOM_MARKER_LIMIT = 3000;
  var PAGE_ROWS = 500;
  var F = { id: 0, date: 1, dprec: 2, type: 3, weapon: 4, actor: 5, country: 6, admin1: 7, place: 8, lat: 9,
    lon: 10, lprec: 11, kmin: 12, kmax: 13, imin: 14, imax: 15, url: 16, title: 17, evidence: 18, target: 19,
    ttype: 20, outcome: 21, doc: 22 };
  var TYPES = [
    ['air_drone_strike', 'Air/drone strike', '#d62728'],
    ['shelling_artillery_missile', 'Shelling/artillery/missile', '#ff7f0e'],
    ['remote_explosive', 'Remote explosive/IED', '#7b4fb8'],
    ['suicide_bomb', 'Suicide bomb', '#8c564b'],
    ['grenade', 'Grenade', '#2b8a3e']
  ];
  var OTHER_COLOUR = '#607080';
  var SVGNS = 'http://www.w3.org/2000/svg';

  function byId(id) { return document.getElementById(id); }
  function readJson(id) {
    var el = byId(id);
    return el ? JSON.parse(el.textContent) : null;
  }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    for (var k in attrs) if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]);
    return e;
  }
  function typeInfo(t) {
    for (var i = 0; i < TYPES.length; i++) if (TYPES[i][0] === t) return TYPES[i];
    return [t, t || 'unknown', OTHER_COLOUR];
  }
  // The URL when it is http(s), else null: only these become links.
  function safeHref(u) {
    if (typeof u !== 'string' || u === '') return null;
    var parsed;
    try { parsed = new URL(u); } catch (err) { return null; }
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  }
  function hostOf(href) {
    try { return new URL(href).host.replace(/^www\./, ''); } catch (err) { return 'source'; }
  }
  function bounds(min, max) {
    if (min === null || min === undefined) return '';
    if (max === null || max === undefined) return min + '+';
    return min === max ? String(min) : min + '\u2013' + max;
  }
  function placeText(e) {
    var parts = [];
    if (e[F.place]) parts.push(e[F.place]);
    if (e[F.admin1] && e[F.admin1] !== e[F.place]) parts.push(e[F.admin1]);
    if (e[F.country]) parts.push(e[F.country]);
    return parts.join(', ');
  }
  function located(e) { return typeof e[F.lat] === 'number' && typeof e[F.lon] === 'number'; }
  function radius(e) { return 3.5 + Math.min(14, 2.2 * Math.sqrt(e[F.kmin] || 0)); }

  var events = readJson('salvo-events') || [];
  var world = readJson('salvo-world');
  var meta = readJson('salvo-meta') || {};

  // ---- filters -------------------------------------------------------------------------
  var filter = { country: '', type: '', actor: '' };
  var shown = [];  // indices into events that pass the filters

  function fillSelect(select, key, label) {
    var counts = {};
    events.forEach(function (e) {
      var v = e[key] || '';
      if (v) counts[v] = (counts[v] || 0) + 1;
    });
    Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); })
      .forEach(function (v) {
        var o = el('option', (label ? label(v) : v) + ' (' + counts[v] + ')');
        o.value = v;
        select.appendChild(o);
      });
  }
  function applyFilters() {
    shown = [];
    for (var i = 0; i < events.length; i++) {
      var e = events[i];
      if (filter.country && e[F.country] !== filter.country) continue;
      if (filter.type && e[F.type] !== filter.type) continue;
      if (filter.actor && e[F.actor] !== filter.actor) continue;
      shown.push(i);
    }
  }

  // ---- map -----------------------------------------------------------------------------
  var mapEl = byId('map');
  var base = byId('map-base');
  var dots = byId('map-dots');
  var markerLayer = byId('map-markers');
  var popup = byId('popup');
  var view = { k: 1, tx: 0, ty: 0 };
  var size = { w: 800, h: 520, ratio: 1 };
  var landColour = getComputedStyle(document.documentElement).getPropertyValue('--land').trim() || '#f7f5ef';
  var markers = [];  // the located shown events: {i, x, y, r, colour, node}
  var mode = 'svg';

  function projX(lon) { return (lon + 180) / 360; }
  function projY(lat) {
    var l = Math.max(-85, Math.min(85, lat)) * Math.PI / 180;
    return (1 - Math.log(Math.tan(Math.PI / 4 + l / 2)) / Math.PI) / 2;
  }
  // The outlines as two paths in map units (0..1), built once and scaled by the view when
  // drawn: land (to fill) and borders and coasts (to stroke).
  var landPath = null, borderPath = null;
  function decodeWorld() {
    if (!world || !world.arcs || !window.Path2D) return;
    var step = world.step;
    var arcs = world.arcs.map(function (a) {
      var n = a.length / 2, pts = new Float64Array(a.length), x = 0, y = 0;
      for (var i = 0; i < n; i++) {
        x += a[2 * i];
        y += a[2 * i + 1];
        pts[2 * i] = projX(x * step - 180);
        pts[2 * i + 1] = projY(y * step - 90);
      }
      return pts;
    });
    landPath = new Path2D();
    (world.land || []).forEach(function (ring) {
      var prev = null, shift = 0, first = true;
      ring.forEach(function (ai) {
        var rev = ai < 0, pts = arcs[rev ? ~ai : ai], n = pts.length / 2;
        for (var j = 0; j < n; j++) {
          var p = rev ? n - 1 - j : j, wx = pts[2 * p];
          // A ring that crosses the antimeridian jumps across the map: keep drawing it past the
          // edge (one world over) so that it stays one closed shape, not a band across the world.
          if (prev !== null && wx - prev > 0.5) shift -= 1;
          else if (prev !== null && prev - wx > 0.5) shift += 1;
          prev = wx;
          if (first) { landPath.moveTo(wx + shift, pts[2 * p + 1]); first = false; }
          else if (j > 0) landPath.lineTo(wx + shift, pts[2 * p + 1]);
        }
      });
      landPath.closePath();
    });
    borderPath = new Path2D();
    arcs.forEach(function (pts) {
      var n = pts.length / 2;
      borderPath.moveTo(pts[0], pts[1]);
      for (var j = 1; j < n; j++) {
        // A step across the map's edge (the antimeridian, Antarctica's cut) is no border.
        if (Math.abs(pts[2 * j] - pts[2 * j - 2]) > 0.5) borderPath.moveTo(pts[2 * j], pts[2 * j + 1]);
        else borderPath.lineTo(pts[2 * j], pts[2 * j + 1]);
      }
    });
  }
  function resize() {
    size.ratio = window.devicePixelRatio || 1;
    size.w = mapEl.clientWidth || 800;
    size.h = mapEl.clientHeight || 520;
    [base, dots].forEach(function (c) {
      c.width = Math.round(size.w * size.ratio);
      c.height = Math.round(size.h * size.ratio);
    });
    markerLayer.setAttribute('viewBox', '0 0 ' + size.w + ' ' + size.h);
  }
  function fit() {
    var x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    markers.forEach(function (m) {
      var e = events[m.i];
      var x = projX(e[F.lon]), y = projY(e[F.lat]);
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    });
    if (!isFinite(x0)) { x0 = 0; y0 = 0.12; x1 = 1; y1 = 0.88; }
    var minSpan = 0.012;  // about 4 degrees of longitude
    if (x1 - x0 < minSpan) { var cx = (x0 + x1) / 2; x0 = cx - minSpan / 2; x1 = cx + minSpan / 2; }
    if (y1 - y0 < minSpan) { var cy = (y0 + y1) / 2; y0 = cy - minSpan / 2; y1 = cy + minSpan / 2; }
    var pad = 36;
    view.k = Math.min((size.w - 2 * pad) / (x1 - x0), (size.h - 2 * pad) / (y1 - y0));
    view.tx = size.w / 2 - view.k * (x0 + x1) / 2;
    view.ty = size.h / 2 - view.k * (y0 + y1) / 2;
  }
  function drawBase() {
    var ctx = base.getContext('2d');
    ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
    ctx.clearRect(0, 0, size.w, size.h);
    if (!landPath) return;
    ctx.setTransform(size.ratio * view.k, 0, 0, size.ratio * view.k, size.ratio * view.tx, size.ratio * view.ty);
    ctx.fillStyle = landColour;
    ctx.fill(landPath, 'evenodd');
    ctx.strokeStyle = '#9aa3ad';
    ctx.lineWidth = 0.7 / view.k;
    ctx.stroke(borderPath);
  }
  function buildMarkers() {
    markers = [];
    shown.forEach(function (i) {
      var e = events[i];
      if (!located(e)) return;
      markers.push({ i: i, x: projX(e[F.lon]), y: projY(e[F.lat]), r: radius(e), colour: typeInfo(e[F.type])[2],
        node: null });
    });
    markers.sort(function (a, b) { return b.r - a.r; });  // small ones on top
    mode = markers.length <= DOM_MARKER_LIMIT ? 'svg' : 'canvas';
    while (markerLayer.firstChild) markerLayer.removeChild(markerLayer.firstChild);
    if (mode === 'svg') {
      var frag = document.createDocumentFragment();
      markers.forEach(function (m) {
        var e = events[m.i];
        var c = svg('circle', { r: m.r.toFixed(1), fill: m.colour, 'class': 'marker' });
        c.setAttribute('data-event-id', e[F.id]);
        var t = svg('title', {});
        t.textContent = e[F.date] + ' \u2013 ' + placeText(e);
        c.appendChild(t);
        c.addEventListener('click', function (ev) { ev.stopPropagation(); openPopup(m); });
        m.node = c;
        frag.appendChild(c);
      });
      markerLayer.appendChild(frag);
    }
    mapEl.setAttribute('data-marker-mode', mode);
    mapEl.setAttribute('data-markers', String(markers.length));
  }
  function drawMarkers() {
    var k = view.k, tx = view.tx, ty = view.ty;
    var ctx = dots.getContext('2d');
    ctx.setTransform(size.ratio, 0, 0, size.ratio, 0, 0);
    ctx.clearRect(0, 0, size.w, size.h);
    if (mode === 'svg') {
      markers.forEach(function (m) {
        m.node.setAttribute('cx', (m.x * k + tx).toFixed(1));
        m.node.setAttribute('cy', (m.y * k + ty).toFixed(1));
      });
      return;
    }
    // One path per colour (a fill and a stroke for thousands of circles), and one circle per
    // pixel, radius and colour: repeated places cost nothing. Clicks are found by hit().
    ctx.globalAlpha = 0.75;
    ctx.strokeStyle = '#ffffff';
    ctx.lineWidth = 0.6;
    var groups = {};
    markers.forEach(function (m) { (groups[m.colour] || (groups[m.colour] = [])).push(m); });
    Object.keys(groups).forEach(function (colour) {
      var seen = new Set();
      ctx.beginPath();
      groups[colour].forEach(function (m) {
        var x = m.x * k + tx, y = m.y * k + ty;
        if (x < -20 || y < -20 || x > size.w + 20 || y > size.h + 20) return;
        var key = (Math.round(x) * 8192 + Math.round(y)) * 64 + Math.round(m.r);
        if (seen.has(key)) return;
        seen.add(key);
        ctx.moveTo(x + m.r, y);
        ctx.arc(x, y, m.r, 0, 2 * Math.PI);
      });
      ctx.fillStyle = colour;
      ctx.fill();
      ctx.stroke();
    });
  }
  // The marker under a click (canvas mode): the nearest one within its radius.
  function hit(x, y) {
    var best = null, bestD = Infinity;
    markers.forEach(function (m) {
      var dx = m.x * view.k + view.tx - x, dy = m.y * view.k + view.ty - y;
      var d = Math.sqrt(dx * dx + dy * dy);
      if (d <= m.r + 3 && d < bestD) { best = m; bestD = d; }
    });
    return best;
  }
  // Keep the map's top and bottom (85 degrees north and south) from leaving a gap on screen.
  function clampView() {
    if (view.k >= size.h) view.ty = Math.min(0, Math.max(size.h - view.k, view.ty));
    else view.ty = (size.h - view.k) / 2;
  }
  function redraw() {
    var t0 = window.performance ? performance.now() : 0;
    clampView();
    drawBase();
    drawMarkers();
    placePopup();
    // How long one redraw (pan, zoom) takes, in ms: what keeps a large report responsive.
    if (window.performance) mapEl.setAttribute('data-draw-ms', String(Math.round(performance.now() - t0)));
  }
  var pending = false;
  function schedule() {
    if (pending) return;
    pending = true;
    window.requestAnimationFrame(function () { pending = false; redraw(); });
  }
  function zoomAt(x, y, factor) {
    var k = Math.max(size.w / 2, Math.min(view.k * factor, size.w * 4000));
    factor = k / view.k;
    view.tx = x - (x - view.tx) * factor;
    view.ty = y - (y - view.ty) * factor;
    view.k = k;
    schedule();
  }

  // ---- popup ---------------------------------------------------------------------------
  var popupMarker = null;
  function line(label, value) {
    var p = el('p');
    p.appendChild(el('strong', label + ': '));
    p.appendChild(document.createTextNode(value));
    return p;
  }
  function eventDetails(e) {
    var frag = document.createDocumentFragment();
    frag.appendChild(el('h3', typeInfo(e[F.type])[1] + (e[F.weapon] && e[F.weapon] !== 'unknown' ? ' (' + e[F.weapon] + ')' : '')));
    frag.appendChild(line('Date', e[F.date] + (e[F.dprec] && e[F.dprec] !== 'day' ? ' (' + e[F.dprec] + ')' : '')));
    frag.appendChild(line('Place', placeText(e) || 'unknown'));
    frag.appendChild(line('Actor', e[F.actor] || 'not named'));
    if (e[F.target]) frag.appendChild(line('Target', e[F.target]));
    var toll = [];
    if (e[F.kmin] !== null) toll.push(bounds(e[F.kmin], e[F.kmax]) + ' killed');
    if (e[F.imin] !== null) toll.push(bounds(e[F.imin], e[F.imax]) + ' injured');
    frag.appendChild(line('Toll', toll.length ? toll.join(', ') : 'not reported'));
    if (e[F.evidence]) frag.appendChild(el('p', e[F.evidence], 'evidence'));
    var href = safeHref(e[F.url]);
    var src = el('p');
    if (href) {
      var a = el('a', e[F.title] || hostOf(href));
      a.href = href;
      a.target = '_blank';
      a.rel = 'noopener noreferrer';
      src.appendChild(el('strong', 'Source: '));
      src.appendChild(a);
    } else {
      src.appendChild(el('strong', 'Source: '));
      src.appendChild(document.createTextNode((e[F.title] || e[F.doc] || '') + (e[F.url] ? ' \u2013 ' + e[F.url] : '')));
    }
    frag.appendChild(src);
    return frag;
  }
  function openPopup(m) {
    popupMarker = m;
    while (popup.firstChild) popup.removeChild(popup.firstChild);
    var close = el('button', '\u00d7', 'close');
    close.type = 'button';
    close.title = 'close';
    close.addEventListener('click', function (ev) { ev.stopPropagation(); closePopup(); });
    popup.appendChild(close);
    popup.appendChild(eventDetails(events[m.i]));
    popup.setAttribute('data-event-id', events[m.i][F.id]);
    popup.hidden = false;
    placePopup();
  }
  function closePopup() { popupMarker = null; popup.hidden = true; }
  function placePopup() {
    if (!popupMarker || popup.hidden) return;
    var x = popupMarker.x * view.k + view.tx, y = popupMarker.y * view.k + view.ty;
    var w = popup.offsetWidth || 340, h = popup.offsetHeight || 200;
    var left = x + 12 + w > size.w ? x - 12 - w : x + 12;
    var top = Math.max(4, Math.min(size.h - h - 4, y - h / 2));
    popup.style.left = Math.max(4, left) + 'px';
    popup.style.top = top + 'px';
  }

  // ---- map interaction -----------------------------------------------------------------
  var drag = null;
  mapEl.addEventListener('mousedown', function (ev) {
    if (ev.button !== 0 || popup.contains(ev.target) || byId('map-controls').contains(ev.target)) return;
    drag = { x: ev.clientX, y: ev.clientY, tx: view.tx, ty: view.ty, moved: false };
    mapEl.classList.add('dragging');
  });
  window.addEventListener('mousemove', function (ev) {
    if (!drag) return;
    var dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
    view.tx = drag.tx + dx;
    view.ty = drag.ty + dy;
    schedule();
  });
  window.addEventListener('mouseup', function (ev) {
    if (!drag) return;
    var wasClick = !drag.moved;
    drag = null;
    mapEl.classList.remove('dragging');
    if (wasClick && mode === 'canvas' && !popup.contains(ev.target)) {
      var r = mapEl.getBoundingClientRect();
      var m = hit(ev.clientX - r.left, ev.clientY - r.top);
      if (m) openPopup(m); else closePopup();
    }
  });
  mapEl.addEventListener('wheel', function (ev) {
    if (popup.contains(ev.target)) return;
    ev.preventDefault();
    var r = mapEl.getBoundingClientRect();
    zoomAt(ev.clientX - r.left, ev.clientY - r.top, Math.exp(-ev.deltaY * 0.0015));
  }, { passive: false });
  byId('zoom-in').addEventListener('click', function () { zoomAt(size.w / 2, size.h / 2, 1.6); });
  byId('zoom-out').addEventListener('click', function () { zoomAt(size.w / 2, size.h / 2, 1 / 1.6); });
  byId('zoom-fit').addEventListener('click', function () { fit(); schedule(); });
  window.addEventListener('resize', function () { resize(); schedule(); });

  // ---- timeline ------------------------------------------------------------------------
  function dayNumber(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
    return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / 86400000 : null;
  }
  function isoOf(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }
  function drawTimeline() {
    var chart = byId('timeline-chart');
    while (chart.firstChild) chart.removeChild(chart.firstChild);
    var perDay = {}, first = Infinity, last = -Infinity;
    shown.forEach(function (i) {
      var d = dayNumber(events[i][F.date]);
      if (d === null) return;
      var row = perDay[d] || (perDay[d] = {});
      row[events[i][F.type]] = (row[events[i][F.type]] || 0) + 1;
      if (d < first) first = d;
      if (d > last) last = d;
    });
    var box = byId('timeline-box');
    var days = isFinite(first) ? last - first + 1 : 0;
    var left = 36, right = 10, top = 10, bottom = 24, height = 170;
    var width = Math.max(box.clientWidth || 800, Math.min(days * 3 + left + right, 9000));
    chart.setAttribute('width', String(width));
    chart.setAttribute('height', String(height));
    chart.setAttribute('data-days', String(days));
    if (!days) return;
    var max = 0;
    Object.keys(perDay).forEach(function (d) {
      var t = 0;
      for (var k in perDay[d]) t += perDay[d][k];
      if (t > max) max = t;
    });
    var bw = (width - left - right) / days, plotH = height - top - bottom;
    var frag = document.createDocumentFragment();
    Object.keys(perDay).forEach(function (d) {
      var y = height - bottom;
      var x = left + (d - first) * bw;
      TYPES.map(function (t) { return t[0]; }).concat(Object.keys(perDay[d]).filter(function (t) {
        return !TYPES.some(function (x) { return x[0] === t; });
      })).forEach(function (t) {
        var n = perDay[d][t];
        if (!n) return;
        var h = n / max * plotH;
        y -= h;
        var barW = Math.min(Math.max(bw - 0.5, 0.8), 24);  // a few days: narrow bars, not blocks
        var r = svg('rect', { x: (x + (bw - barW) / 2).toFixed(2), y: y.toFixed(2), width: barW.toFixed(2),
          height: h.toFixed(2), fill: typeInfo(t)[2] });
        var title = svg('title', {});
        title.textContent = isoOf(+d) + ' \u2013 ' + typeInfo(t)[1] + ': ' + n;
        r.appendChild(title);
        frag.appendChild(r);
      });
    });
    frag.appendChild(svg('line', { x1: left, x2: width - right, y1: height - bottom, y2: height - bottom, stroke: '#9aa3ad' }));
    var maxLabel = svg('text', { x: 4, y: top + 9 });
    maxLabel.textContent = String(max);
    frag.appendChild(maxLabel);
    var ticks = Math.min(days, Math.max(2, Math.floor((width - left - right) / 110)));
    for (var i = 0; i < ticks; i++) {
      var day = first + Math.round(i * (days - 1) / Math.max(1, ticks - 1));
      var label = svg('text', { x: (left + (day - first + 0.5) * bw).toFixed(1), y: height - 8,
        'text-anchor': i === 0 ? 'start' : (i === ticks - 1 ? 'end' : 'middle') });
      label.textContent = isoOf(day);
      frag.appendChild(label);
    }
    chart.appendChild(frag);
    byId('timeline-note').textContent = 'Events per day, by type: ' + isoOf(first) + ' to ' + isoOf(last) +
      ' (the highest day: ' + max + ').';
  }

  // ---- table ---------------------------------------------------------------------------
  var COLUMNS = [
    { key: 'date', label: 'Date', get: function (e) { return e[F.date] || ''; } },
    { key: 'type', label: 'Type', get: function (e) { return typeInfo(e[F.type])[1]; } },
    { key: 'actor', label: 'Actor', get: function (e) { return e[F.actor] || ''; } },
    { key: 'place', label: 'Place', get: function (e) { return e[F.place] || ''; } },
    { key: 'admin1', label: 'Admin1', get: function (e) { return e[F.admin1] || ''; } },
    { key: 'country', label: 'Country', get: function (e) { return e[F.country] || ''; } },
    { key: 'killed', label: 'Killed', num: true, get: function (e) { return e[F.kmin]; },
      show: function (e) { return bounds(e[F.kmin], e[F.kmax]); } },
    { key: 'injured', label: 'Injured', num: true, get: function (e) { return e[F.imin]; },
      show: function (e) { return bounds(e[F.imin], e[F.imax]); } },
    { key: 'source', label: 'Source', get: function (e) { return e[F.url] || ''; } },
    { key: 'evidence', label: 'Evidence', get: function (e) { return e[F.evidence] || ''; } }
  ];
  var sort = { col: 0, dir: -1 };
  var page = 0;

  function compare(a, b) {
    var c = COLUMNS[sort.col], x = c.get(events[a]), y = c.get(events[b]);
    if (c.num) {
      x = x === null || x === undefined ? -1 : x;
      y = y === null || y === undefined ? -1 : y;
    }
    var r = x < y ? -1 : x > y ? 1 : 0;
    return r * sort.dir || a - b;
  }
  function buildHeader() {
    var tr = el('tr');
    COLUMNS.forEach(function (c, n) {
      var th = el('th', c.label);
      th.setAttribute('data-key', c.key);
      th.setAttribute('scope', 'col');
      th.addEventListener('click', function () {
        sort.dir = sort.col === n ? -sort.dir : (c.num || c.key === 'date' ? -1 : 1);
        sort.col = n;
        page = 0;
        renderTable();
      });
      tr.appendChild(th);
    });
    byId('event-table').tHead.appendChild(tr);
  }
  function renderTable() {
    var order = shown.slice().sort(compare);
    var pages = Math.max(1, Math.ceil(order.length / PAGE_ROWS));
    page = Math.min(page, pages - 1);
    var ths = byId('event-table').tHead.rows[0].cells;
    for (var i = 0; i < ths.length; i++) {
      if (i === sort.col) ths[i].setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
      else ths[i].removeAttribute('aria-sort');
    }
    var body = byId('event-table').tBodies[0];
    var fresh = document.createElement('tbody');
    order.slice(page * PAGE_ROWS, (page + 1) * PAGE_ROWS).forEach(function (idx) {
      var e = events[idx];
      var tr = el('tr');
      tr.setAttribute('data-event-id', e[F.id]);
      COLUMNS.forEach(function (c) {
        var td;
        if (c.key === 'source') {
          td = el('td');
          var href = safeHref(e[F.url]);
          if (href) {
            var a = el('a', hostOf(href));
            a.href = href;
            a.target = '_blank';
            a.rel = 'noopener noreferrer';
            td.appendChild(a);
          } else if (e[F.url]) {
            td.textContent = e[F.url];
          }
        } else if (c.key === 'evidence') {
          var text = e[F.evidence] || '';
          td = el('td', text.length > 220 ? text.slice(0, 220) + '\u2026' : text, 'evidence');
        } else {
          td = el('td', c.show ? c.show(e) : c.get(e), c.num ? 'num' : '');
        }
        tr.appendChild(td);
      });
      tr.cells[1].insertBefore(swatch(typeInfo(e[F.type])[2]), tr.cells[1].firstChild);
      tr.addEventListener('click', function (ev) {
        if (ev.target.tagName === 'A') return;
        var m = markers.filter(function (x) { return x.i === idx; })[0];
        if (!m) return;
        view.tx = size.w / 2 - m.x * view.k;
        view.ty = size.h / 2 - m.y * view.k;
        redraw();
        openPopup(m);
        mapEl.scrollIntoView({ behavior: 'smooth', block: 'center' });
      });
      fresh.appendChild(tr);
    });
    body.parentNode.replaceChild(fresh, body);
    var pager = byId('pager');
    while (pager.firstChild) pager.removeChild(pager.firstChild);
    var prev = el('button', '\u2190 previous'), next = el('button', 'next \u2192');
    prev.type = next.type = 'button';
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    prev.addEventListener('click', function () { page--; renderTable(); });
    next.addEventListener('click', function () { page++; renderTable(); });
    var from = order.length ? page * PAGE_ROWS + 1 : 0, to = Math.min(order.length, (page + 1) * PAGE_ROWS);
    pager.appendChild(prev);
    pager.appendChild(el('span', 'rows ' + from + '\u2013' + to + ' of ' + order.length + ' (click a heading to sort, a row to see it on the map)'));
    pager.appendChild(next);
  }
  function swatch(colour) {
    var s = el('span', null, 'swatch');
    s.style.background = colour;
    return s;
  }

  // ---- summary, legend, wiring ---------------------------------------------------------
  function renderSummary() {
    var first = null, last = null;
    shown.forEach(function (i) {
      var d = events[i][F.date];
      if (!d) return;
      if (first === null || d < first) first = d;
      if (last === null || d > last) last = d;
    });
    var s = shown.length + ' of ' + events.length + ' events, ' + markers.length + ' on the map';
    if (first) s += ', ' + first + ' to ' + last;
    if (meta.inputs && meta.inputs.length) s += ' \u2013 from ' + meta.inputs.join(', ');
    if (meta.salvo_version) s += ' \u2013 salvo ' + meta.salvo_version;
    byId('summary').textContent = s;
    var legend = byId('legend');
    while (legend.firstChild) legend.removeChild(legend.firstChild);
    var counts = {};
    shown.forEach(function (i) { counts[events[i][F.type]] = (counts[events[i][F.type]] || 0) + 1; });
    TYPES.forEach(function (t) {
      if (!counts[t[0]]) return;
      var item = el('span');
      item.appendChild(swatch(t[2]));
      item.appendChild(document.createTextNode(t[1] + ' (' + counts[t[0]] + ')'));
      legend.appendChild(item);
    });
    legend.appendChild(el('span', 'circle size: people killed (lower bound)'));
  }
  function update(refit) {
    applyFilters();
    closePopup();
    buildMarkers();
    if (refit) fit();
    redraw();
    drawTimeline();
    page = 0;
    renderTable();
    renderSummary();
  }

  fillSelect(byId('filter-country'), F.country);
  fillSelect(byId('filter-type'), F.type, function (t) { return typeInfo(t)[1]; });
  fillSelect(byId('filter-actor'), F.actor);
  [['filter-country', 'country'], ['filter-type', 'type'], ['filter-actor', 'actor']].forEach(function (p) {
    byId(p[0]).addEventListener('change', function (ev) { filter[p[1]] = ev.target.value; update(true); });
  });
  // page.html#event=ID opens that event on the map (a link to one event of the report).
  function openFromHash() {
    var m = /^#event=(.+)$/.exec(window.location.hash || '');
    if (!m) return;
    var id = decodeURIComponent(m[1]);
    var marker = markers.filter(function (x) { return events[x.i][F.id] === id; })[0];
    if (!marker) return;
    view.tx = size.w / 2 - marker.x * view.k;
    view.ty = size.h / 2 - marker.y * view.k;
    redraw();
    openPopup(marker);
  }

  decodeWorld();
  resize();
  buildHeader();
  update(true);
  openFromHash();
  window.addEventListener('hashchange', openFromHash);
  document.body.setAttribute('data-events', String(events.length));
  document.body.setAttribute('data-ready', 'true');
  // How long reading the events and drawing took (ms): measured by the tests and by hand.
  if (window.performance) {
    document.body.setAttribute('data-render-ms', String(Math.round(performance.now() - started)));
    if (window.console) console.info('salvo report: ' + events.length + ' events, ' + markers.length + ' markers (' + mode +
      '), drawn in ' + document.body.getAttribute('data-render-ms') + ' ms, one redraw ' + mapEl.getAttribute('data-draw-ms') + ' ms');
  }
})();
