'use strict';
// The floor map's behaviour: language switch, search, sector filters, cards, supply chains,
// zoom and pan. Everything it needs is in the page; it makes no request.
(function () {
  const DATA = JSON.parse(document.getElementById('data').textContent);
  const $ = (id) => document.getElementById(id);
  const byId = new Map(DATA.stands.map((s) => [s.id, s]));
  const sectors = new Map(DATA.sectors.map((s) => [s.id, s]));
  const halls = new Map(DATA.halls.map((h) => [h.id, h]));
  const shownSectors = new Set(DATA.sectors.map((s) => s.id));
  let lang = DATA.lang;
  let query = '';
  let chainOf = null;
  let cardOf = null;

  // -- words ---------------------------------------------------------------------------------
  const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
  function digits(text) {
    return lang === 'fa' ? String(text).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[d]) : String(text);
  }
  function word(key, params) {
    let text = DATA.words[lang][key] || DATA.words.en[key] || key;
    for (const [name, value] of Object.entries(params || {})) {
      text = text.split('{' + name + '}').join(typeof value === 'number' ? digits(value) : value);
    }
    return text;
  }
  function listOf(items) { return items.join(lang === 'fa' ? '، ' : ', '); }
  const nameOf = (thing) => thing[lang] || thing.en || thing.fa;

  // -- search keys: the same rules as qods_planner.text.normalise_key ----------------------------
  const PRESENTATION = /[\uFB50-\uFDFF\uFE70-\uFEFE]/g;
  function searchKey(text) {
    let s = String(text).normalize('NFC').replace(PRESENTATION, (c) => c.normalize('NFKC'));
    s = s.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک')
      .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06F0))
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      .replace(/\u066B/g, '.').replace(/\u066C/g, ',')
      .replace(/[\u200B\u200D\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD\u0640]/g, '');
    s = s.toLowerCase().replace(/[أإآٱ]/g, 'ا').replace(/ؤ/g, 'و').replace(/ئ/g, 'ی')
      .replace(/[ةۀە]/g, 'ه');
    s = s.replace(/[\s\u200C\u064B-\u065F\u0670\-_.,،؛;:/\\()[\]{}'"«»`*]+/g, '');
    return s.normalize('NFC');
  }
  window.qodsSearchKey = searchKey; // for the tests that compare it with the Python key

  function matches(stand) {
    if (!query) return true;
    return stand.keys.some((k) => k.includes(query)) || stand.labelKeys.some((k) => k.includes(query));
  }

  // -- the list view and the sector filters ------------------------------------------------------
  function buildSectors() {
    const box = $('sector-list');
    box.textContent = '';
    for (const s of DATA.sectors) {
      const label = document.createElement('label');
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.value = s.id;
      input.checked = shownSectors.has(s.id);
      input.addEventListener('change', () => {
        if (input.checked) shownSectors.add(s.id); else shownSectors.delete(s.id);
        update();
      });
      const swatch = document.createElement('span');
      swatch.className = 'swatch';
      swatch.style.background = s.colour;
      swatch.setAttribute('aria-hidden', 'true');
      label.append(input, swatch, document.createTextNode(nameOf(s)));
      box.append(label);
    }
  }

  function buildRows() {
    const body = $('rows');
    body.textContent = '';
    for (const s of DATA.stands) {
      const tr = document.createElement('tr');
      tr.dataset.ex = s.id;
      const name = document.createElement('td');
      const open = document.createElement('button');
      open.type = 'button';
      open.textContent = nameOf(s);
      open.setAttribute('aria-label', word('open_card', { name: nameOf(s), booths: listOf(s.labels) }));
      open.addEventListener('click', () => openCard(s.id, open));
      name.append(open);
      const booths = document.createElement('td');
      booths.textContent = listOf(s.labels);
      booths.dir = 'ltr';
      const hall = document.createElement('td');
      hall.textContent = nameOf(halls.get(s.hall));
      const sector = document.createElement('td');
      sector.textContent = nameOf(sectors.get(s.sector));
      tr.append(name, booths, hall, sector);
      body.append(tr);
    }
  }

  function visible(stand) { return shownSectors.has(stand.sector) && matches(stand); }

  function update() {
    let count = 0;
    for (const s of DATA.stands) {
      const on = visible(s);
      if (on) count += 1;
      document.querySelectorAll('[data-ex="' + s.id + '"]').forEach((el) => {
        if (el.tagName === 'TR' || el.classList.contains('stand')) el.classList.toggle('off', !on);
        else el.classList.toggle('dim', !on);
      });
    }
    for (const box of document.querySelectorAll('#sector-list input')) {
      box.checked = shownSectors.has(box.value);
    }
    $('q-count').textContent = query ? (count ? word('found', { n: count }) : word('nothing')) : '';
    $('shown').textContent = word('shown', { n: count, total: DATA.stands.length });
    paintChain();
  }

  // -- supply chains ----------------------------------------------------------------------------
  function paintChain() {
    const box = $('chain');
    document.querySelectorAll('.stand').forEach((g) => {
      const s = byId.get(g.dataset.ex);
      const inChain = chainOf && (s.sector === chainOf || sectors.get(chainOf).chain.includes(s.sector));
      g.classList.toggle('chained', Boolean(chainOf && inChain));
      if (chainOf) g.classList.toggle('dim', !inChain);
      else g.classList.remove('dim');
    });
    if (!chainOf) { box.hidden = true; return; }
    const sector = sectors.get(chainOf);
    const names = sector.chain.filter((id) => sectors.has(id)).map((id) => nameOf(sectors.get(id)));
    $('chain-text').textContent = names.length
      ? word('chain_on', { sector: nameOf(sector), sectors: listOf(names) })
      : word('chain_none', { sector: nameOf(sector) });
    box.hidden = false;
  }

  // -- the card ---------------------------------------------------------------------------------
  let returnFocus = null;
  function openCard(id, from) {
    const s = byId.get(id);
    cardOf = id;
    returnFocus = from || null;
    const other = lang === 'fa' ? s.en : s.fa;
    $('card-name').textContent = nameOf(s);
    $('card-other').textContent = other !== nameOf(s) ? other : '';
    $('card-other').lang = lang === 'fa' ? 'en' : 'fa';
    $('card-other').dir = lang === 'fa' ? 'ltr' : 'rtl';
    $('card-booths').textContent = listOf(s.labels);
    $('card-hall').textContent = nameOf(halls.get(s.hall));
    $('card-sector').textContent = nameOf(sectors.get(s.sector));
    document.querySelectorAll('.stand.lit').forEach((g) => g.classList.remove('lit'));
    document.querySelectorAll('.stand[data-ex="' + id + '"]').forEach((g) => g.classList.add('lit'));
    const card = $('card');
    if (!card.open) card.showModal();
  }
  $('card-close').addEventListener('click', () => $('card').close());
  $('card').addEventListener('close', () => {
    cardOf = null;
    if (returnFocus) returnFocus.focus();
  });
  $('card-chain').addEventListener('click', () => {
    chainOf = byId.get(cardOf).sector;
    $('card').close();
    paintChain();
  });
  $('chain-clear').addEventListener('click', () => { chainOf = null; paintChain(); });

  // -- language ---------------------------------------------------------------------------------
  function applyLanguage(next) {
    lang = next;
    const root = document.documentElement;
    root.lang = lang;
    root.dir = lang === 'fa' ? 'rtl' : 'ltr';
    document.title = word('title', { event: nameOf(DATA.event) });
    $('event').textContent = nameOf(DATA.event);
    $('dates').textContent = DATA.event.dates[lang];
    document.querySelectorAll('[data-word]').forEach((el) => {
      const text = word(el.dataset.word);
      if (el.getAttribute('aria-label') !== null) { el.setAttribute('aria-label', text); el.title = text; }
      else el.textContent = text;
    });
    document.querySelectorAll('[data-fa]').forEach((el) => {
      el.textContent = el.dataset[lang] || el.dataset.fa;
    });
    document.querySelectorAll('.label').forEach((el) => {
      el.setAttribute('x', lang === 'fa' ? el.dataset.xr : el.dataset.xl);
      el.setAttribute('text-anchor', lang === 'fa' ? 'end' : 'start');
    });
    document.querySelectorAll('.viewport').forEach((vp) => {
      vp.setAttribute('aria-label', word('plan_of', { hall: nameOf(halls.get(vp.dataset.hall)) }));
    });
    document.querySelectorAll('.lang button').forEach((b) => {
      b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
    });
    buildSectors();
    buildRows();
    update();
    fitNames();
  }
  document.querySelectorAll('.lang button').forEach((b) => {
    b.addEventListener('click', () => applyLanguage(b.dataset.lang));
  });

  // -- names fitted to their stands ------------------------------------------------------------
  function fitNames() {
    document.querySelectorAll('.stand .name').forEach((t) => {
      const w = Number(t.dataset.w) * 0.9;
      const h = Number(t.dataset.h);
      const text = t.dataset[lang] || t.dataset.fa;
      t.textContent = text;
      t.style.display = ''; // a hidden text measures 0: show it to measure it
      t.style.fontSize = '100px';
      const natural = t.getComputedTextLength();
      if (!natural) { t.style.display = 'none'; return; }
      const size = Math.min(90, h * 0.28, (100 * w) / natural);
      t.style.fontSize = size.toFixed(1) + 'px';
      t.style.display = size < 16 ? 'none' : '';
      const top = Number(t.dataset.top);
      t.setAttribute('y', (top + h / 2 + size * 0.35 + 14).toFixed(1));
    });
  }

  // -- zoom and pan -----------------------------------------------------------------------------
  function viewBox(svg) { return svg.getAttribute('viewBox').split(' ').map(Number); }
  function setViewBox(svg, box) { svg.setAttribute('viewBox', box.map((v) => v.toFixed(1)).join(' ')); }
  function zoom(svg, factor, cx, cy) {
    const [x, y, w, h] = viewBox(svg);
    const home = svg.dataset.home.split(' ').map(Number);
    const nw = Math.min(home[2] * 1.5, Math.max(home[2] / 40, w / factor));
    const k = nw / w;
    const px = cx === undefined ? x + w / 2 : cx;
    const py = cy === undefined ? y + h / 2 : cy;
    setViewBox(svg, [px - (px - x) * k, py - (py - y) * k, w * k, h * k]);
  }
  function pan(svg, dx, dy) {
    const [x, y, w, h] = viewBox(svg);
    setViewBox(svg, [x + dx * w, y + dy * h, w, h]);
  }
  function svgPoint(svg, clientX, clientY) {
    const r = svg.getBoundingClientRect();
    const [x, y, w, h] = viewBox(svg);
    const scale = Math.max(w / r.width, h / r.height);
    const ox = x + w / 2 - (r.width * scale) / 2;
    const oy = y + h / 2 - (r.height * scale) / 2;
    return [ox + (clientX - r.left) * scale, oy + (clientY - r.top) * scale, scale];
  }
  document.querySelectorAll('.hall').forEach((section) => {
    const svg = section.querySelector('svg');
    const vp = section.querySelector('.viewport');
    section.querySelector('.zin').addEventListener('click', () => zoom(svg, 1.5));
    section.querySelector('.zout').addEventListener('click', () => zoom(svg, 1 / 1.5));
    section.querySelector('.zhome').addEventListener('click', () => svg.setAttribute('viewBox', svg.dataset.home));
    vp.addEventListener('keydown', (e) => {
      const moves = { ArrowLeft: [-0.1, 0], ArrowRight: [0.1, 0], ArrowUp: [0, -0.1], ArrowDown: [0, 0.1] };
      if (e.key === '+' || e.key === '=') zoom(svg, 1.5);
      else if (e.key === '-' || e.key === '_') zoom(svg, 1 / 1.5);
      else if (e.key === '0' || e.key === 'Home') svg.setAttribute('viewBox', svg.dataset.home);
      else if (moves[e.key]) pan(svg, ...moves[e.key]);
      else return;
      e.preventDefault();
    });
    vp.addEventListener('wheel', (e) => {
      e.preventDefault();
      const [px, py] = svgPoint(svg, e.clientX, e.clientY);
      zoom(svg, e.deltaY < 0 ? 1.25 : 0.8, px, py);
    }, { passive: false });
    const pointers = new Map();
    let moved = false;
    let pinch = 0;
    vp.addEventListener('pointerdown', (e) => {
      pointers.set(e.pointerId, [e.clientX, e.clientY]);
      moved = false;
      if (pointers.size === 2) {
        const [a, b] = [...pointers.values()];
        pinch = Math.hypot(a[0] - b[0], a[1] - b[1]);
      }
    });
    vp.addEventListener('pointermove', (e) => {
      if (!pointers.has(e.pointerId)) return;
      const [lx, ly] = pointers.get(e.pointerId);
      if (Math.abs(e.clientX - lx) + Math.abs(e.clientY - ly) > 3) moved = true;
      if (!moved) return;
      if (pointers.size === 2) {
        pointers.set(e.pointerId, [e.clientX, e.clientY]);
        const [a, b] = [...pointers.values()];
        const d = Math.hypot(a[0] - b[0], a[1] - b[1]);
        if (pinch) {
          const [px, py] = svgPoint(svg, (a[0] + b[0]) / 2, (a[1] + b[1]) / 2);
          zoom(svg, d / pinch, px, py);
        }
        pinch = d;
        return;
      }
      if (!vp.hasPointerCapture(e.pointerId)) vp.setPointerCapture(e.pointerId);
      const [, , scale] = svgPoint(svg, 0, 0);
      const [x, y, w, h] = viewBox(svg);
      setViewBox(svg, [x - (e.clientX - lx) * scale, y - (e.clientY - ly) * scale, w, h]);
      pointers.set(e.pointerId, [e.clientX, e.clientY]);
    });
    const end = (e) => { pointers.delete(e.pointerId); if (pointers.size < 2) pinch = 0; };
    vp.addEventListener('pointerup', end);
    vp.addEventListener('pointercancel', end);
    svg.addEventListener('click', (e) => {
      if (moved) return;
      const g = e.target.closest('.stand') || (e.target.dataset && e.target.dataset.ex
        ? svg.querySelector('.stand[data-ex="' + e.target.dataset.ex + '"]') : null);
      if (g) openCard(g.dataset.ex, vp);
    });
  });

  // -- search and sector buttons ----------------------------------------------------------------
  $('q').addEventListener('input', () => { query = searchKey($('q').value); update(); });
  $('all').addEventListener('click', () => { DATA.sectors.forEach((s) => shownSectors.add(s.id)); update(); });
  $('none').addEventListener('click', () => { shownSectors.clear(); update(); });

  applyLanguage(lang);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(fitNames);
})();
