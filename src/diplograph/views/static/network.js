/* diplograph network view. Data comes from #view-data (escaped JSON); every string from the data is put
   into the page with textContent, drawn on the canvas with fillText, or serialised by XMLSerializer:
   never parsed as HTML. */
(function () {
  "use strict";
  performance.mark("diplograph:start");
  var data = JSON.parse(document.getElementById("view-data").textContent);
  performance.mark("diplograph:parsed");
  var COUNTRY = data.level === "country";
  /* fill in what the page leaves out to stay small (see network_payload) */
  var styleOf = {}, colourOf = {};
  data.legend.forEach(function (c) { styleOf[c.cls] = c; });
  data.relations.forEach(function (r) { colourOf[r.name] = r.color; });
  function fillNode(n, extra) {
    if (!n.iri) n.iri = data.base + n.slug;
    if (!n.alt) n.alt = [];
    var st = styleOf[n.cls] || { color: "#999999", shape: "dot" };
    n.color = st.color; n.shape = st.shape;
    if (extra) { n.size = 12; n.degree = 0; n.weight = 0; }
  }
  data.nodes.forEach(function (n) { fillNode(n, false); });
  data.edges.forEach(function (e, i) {
    e.id = i; e.both = !!e.both; e.bend = e.bend || 0; e.color = colourOf[e.relation] || "#888888";
    e.width = COUNTRY ? 2 + 1.6 * Math.log2(Math.max(1, e.facts.length)) : 1.5;
  });
  data.facts.forEach(function (f) {
    ["start", "end", "from", "to"].forEach(function (k) { if (f[k] === undefined) f[k] = null; });
    f.kind = f.kind || "event"; f.attested = !!f.attested;
    f.src.forEach(function (s) { if (s.s === undefined) s.s = null; if (s.e === undefined) s.e = null; });
  });
  var LABEL_PX = 13, FOCUS_PX = 15, MIN_PX = 12;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function fold(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^0-9a-z]+/g, " ").trim();
  }
  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  /* ---------- facts and their dates ---------- */
  var facts = data.facts, docs = data.docs;
  function factDates(f) {
    if (!f.start) return "undated";
    if (f.kind === "status") {
      var since = (f.attested ? "first attested " : "since ") + f.start;
      return f.end ? f.start + " to " + f.end : since;
    }
    return f.end && f.end !== f.start ? f.start + " to " + f.end : f.start;
  }
  function sortKey(f) { return f.start || ""; }
  /* a fact's label without the dates it ends with, which the panel shows in front of it */
  function shortLabel(f) {
    return f.start ? f.label.replace(/, \d{4}(-\d\d){0,2}( to \d{4}(-\d\d){0,2})?$/, "").replace(/ \(\d{4}\)$/, "") : f.label;
  }
  function newestFirst(a, b) { var x = sortKey(facts[a]), y = sortKey(facts[b]); return x < y ? 1 : x > y ? -1 : 0; }
  function yearSpan(list) {
    var lo = null, hi = null;
    list.forEach(function (i) {
      var f = facts[i];
      if (f.from === null) return;
      if (lo === null || f.from < lo) lo = f.from;
      var to = f.to === null ? f.from : f.to;
      if (hi === null || to > hi) hi = to;
    });
    return lo === null ? "" : (lo === hi ? String(lo) : lo + "–" + hi);
  }

  /* ---------- state ---------- */
  var allNodes = data.nodes.slice();
  var allEdges = data.edges.slice();
  var nodeById = {}, edgeById = {}, edgesOfNode = {};
  allNodes.forEach(function (n) { nodeById[n.id] = n; edgesOfNode[n.id] = []; });
  allEdges.forEach(function (e) { edgeById[e.id] = e; edgesOfNode[e.from].push(e); edgesOfNode[e.to].push(e); });
  var isExtra = {};
  /* The entities folded into the map's nodes (#view-extra) are read when first needed: opening a country,
     searching, or a script asking for data.extra. A large map draws without parsing them. */
  var extraElement = document.getElementById("view-extra"), extra = { nodes: [], edges: [] }, extraRead = !extraElement;
  function readExtra() {
    if (extraRead) return extra;
    extraRead = true;
    extra = JSON.parse(extraElement.textContent);
    extra.nodes.forEach(function (n) {
      fillNode(n, true);
      nodeById[n.id] = n; edgesOfNode[n.id] = []; isExtra[n.id] = true; allNodes.push(n);
    });
    extra.edges.forEach(function (e, i) {
      e.id = data.edges.length + i; e.both = false; e.bend = 0; e.color = colourOf[e.relation] || "#888888"; e.width = 1.2;
      edgeById[e.id] = e; edgesOfNode[e.from].push(e); edgesOfNode[e.to].push(e); isExtra["e" + e.id] = true; allEdges.push(e);
    });
    sortLabels();
    return extra;
  }
  Object.defineProperty(data, "extra", { get: readExtra, enumerable: true });
  var relInfo = {};
  data.relations.forEach(function (r) { relInfo[r.name] = r; });
  function relLabel(name) { return relInfo[name] ? relInfo[name].label : name; }
  var relationOn = {}, classOn = {}, expanded = {};
  data.relations.forEach(function (r) { relationOn[r.name] = true; });
  data.legend.forEach(function (c) { classOn[c.cls] = true; });
  var yearFrom = data.years ? data.years.min : null, yearTo = data.years ? data.years.max : null;

  function factInRange(i) {
    var f = facts[i];
    if (f.from === null || yearFrom === null) return true;
    var to = f.to === null ? 1e6 : f.to; // an open status is still valid
    return to >= yearFrom && f.from <= yearTo;
  }
  function visibleFacts(e) { return e.facts.filter(factInRange); }
  function nodeShown(n) {
    if (!classOn[n.cls]) return false;
    if (isExtra[n.id]) return n.homes.some(function (h) { return expanded[h]; });
    return true;
  }
  function edgeShown(e, anyCount) {
    if (!relationOn[e.relation]) return false;
    if (!nodeShown(nodeById[e.from]) || !nodeShown(nodeById[e.to])) return false;
    if (e.facts.length === 0) return true;
    var n = 0;
    for (var i = 0; i < e.facts.length; i++) if (factInRange(e.facts[i])) n++;
    return n > 0 && (anyCount || isExtra["e" + e.id] || n >= minCount);
  }

  /* ---------- vis-network ---------- */
  function tipFor(n) {
    var tip = el("div", null, "tip");
    tip.appendChild(el("strong", n.label));
    tip.appendChild(el("div", n.cls + (n.members ? " · " + n.members + " persons, places and events folded in" : "")));
    return tip;
  }
  function edgeTitle(e) {
    var a = nodeById[e.from].label, b = nodeById[e.to].label;
    return a + (e.both ? " ↔ " : " → ") + b + ": " + relLabel(e.relation);
  }
  function tipForEdge(e) {
    var tip = el("div", null, "tip");
    tip.appendChild(el("strong", edgeTitle(e)));
    var y = yearSpan(e.facts);
    tip.appendChild(el("div", plural(e.facts.length, "fact") + (y ? ", " + y : "")));
    return tip;
  }
  function visNode(n) {
    var focus = data.focus === n.id;
    return {
      id: n.id, x: n.x, y: n.y, shape: n.shape, size: focus ? n.size * 1.3 : n.size,
      color: { background: n.color, border: focus ? "#d62728" : "#333333", highlight: { background: n.color, border: "#d62728" } },
      borderWidth: focus ? 4 : 1, hidden: !nodeShown(n)
    };
  }
  function visEdge(e) {
    var bend = 0.06 + 0.07 * e.bend;
    return {
      id: e.id, from: e.from, to: e.to, width: e.width,
      arrows: e.both ? "" : "to",  /* no dashes: vis-network draws dashed lines segment by segment, 300x slower */
      color: { color: e.color, highlight: "#d62728", hover: e.color, opacity: isExtra["e" + e.id] ? 0.6 : 0.75 },
      smooth: big ? false : { enabled: true, type: "curvedCW", roundness: bend }
    };
  }
  /* A large map starts with its strongest lines: at most MAX_LINES, the others come with a lower "at least" count. */
  var MAX_LINES = 2500;
  var minCount = 1;
  if (data.edges.length > MAX_LINES) {
    var sizes = data.edges.map(function (e) { return e.facts.length; }).sort(function (a, b) { return b - a; });
    minCount = sizes[MAX_LINES - 1] + 1;
  }
  var big = data.edges.length > 3000;
  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet([]);
  var inSet = {};
  var options = {
    physics: { enabled: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false, selectConnectedEdges: false },
    nodes: { font: { size: 0 }, borderWidth: 1 },
    edges: { selectionWidth: function (w) { return w + 3; }, hoverWidth: function (w) { return w + 2; } },
    layout: { improvedLayout: false }
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  performance.mark("diplograph:network");

  /* ---------- labels: fixed screen size, drawn by importance, never overlapping ---------- */
  var drawnLabels = [];
  function importance(n) {
    if (data.focus === n.id) return 1e12;
    return (isExtra[n.id] ? 0 : 1e9) + (n.weight || 0) * 1000 + (n.degree || 0);
  }
  var labelOrder = [];
  var drawOrder = null;  /* the nodes of the DataSet in importance order; null: to be recomputed */
  function sortLabels() {
    labelOrder = allNodes.slice().sort(function (a, b) { return importance(b) - importance(a); });
    drawOrder = null;
  }
  sortLabels();
  nodes.on("*", function () { drawOrder = null; });
  var firstDraw = true;
  network.on("afterDrawing", function (ctx) {
    if (firstDraw) { firstDraw = false; performance.mark("diplograph:first-draw"); }
    var canvas = container.querySelector("canvas");
    var ratio = canvas.width / canvas.clientWidth;
    var w = canvas.clientWidth, h = canvas.clientHeight, scale = network.getScale();
    var boxes = [];
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    if (drawOrder === null) {
      var here = {};
      nodes.forEach(function (v) { if (!v.hidden) here[v.id] = true; });
      drawOrder = labelOrder.filter(function (n) { return here[n.id]; });
    }
    drawOrder.forEach(function (n) {
      var p = network.canvasToDOM({ x: n.x, y: n.y });
      if (p.x < -200 || p.y < -50 || p.x > w + 200 || p.y > h + 50) return;
      var focus = data.focus === n.id;
      var px = focus ? FOCUS_PX : (isExtra[n.id] ? MIN_PX : LABEL_PX);
      ctx.font = (focus || !isExtra[n.id] ? "600 " : "") + px + "px system-ui, 'DejaVu Sans', sans-serif";
      var tw = ctx.measureText(n.label).width;
      var r = (focus ? n.size * 1.3 : n.size) * scale;
      var box = { x: Math.min(Math.max(2, p.x - tw / 2 - 2), w - tw - 6), y: p.y + r + 2, w: tw + 4, h: px + 4 };
      if (box.y < 0 || box.y + box.h > h) return; /* kept inside the canvas, so that a label is never cut */
      for (var i = 0; i < boxes.length; i++) {
        var b = boxes[i];
        if (box.x < b.x + b.w && b.x < box.x + box.w && box.y < b.y + b.h && b.y < box.y + box.h) return;
      }
      boxes.push(box);
      ctx.lineWidth = 4;
      ctx.strokeStyle = focus ? "#fff3a0" : "rgba(255,255,255,0.92)";
      ctx.lineJoin = "round";
      var cx = box.x + box.w / 2;
      ctx.strokeText(n.label, cx, box.y + 2);
      ctx.fillStyle = focus ? "#a00000" : "#1a1a1a";
      ctx.fillText(n.label, cx, box.y + 2);
      box.id = n.id; box.px = px; box.label = n.label;
    });
    ctx.restore();
    drawnLabels = boxes;
  });

  function fitVisible() {
    var ids = nodes.getIds({ filter: function (n) { return !n.hidden; } });
    if (!ids.length) return;
    network.fit({ nodes: ids, animation: false, minZoomLevel: 0.02, maxZoomLevel: 1.6 });
    /* room around the outer nodes for their labels */
    network.moveTo({ scale: network.getScale() * 0.85, animation: false });
  }

  /* ---------- filters ---------- */
  function applyFilters(refit) {
    /* the edges DataSet holds the shown edges only (vis-network builds an object for every edge it holds) */
    var add = [], remove = [], liveNodes = {};
    var scope = data.edges.slice();
    Object.keys(expanded).forEach(function (h) {
      if (!expanded[h]) return;
      readExtra().nodes.forEach(function (m) { if (m.homes.indexOf(+h) >= 0) Array.prototype.push.apply(scope, edgesOfNode[m.id]); });
    });
    Object.keys(inSet).forEach(function (id) { scope.push(edgeById[id]); });
    scope.forEach(function (e) {
      var show = edgeShown(e);
      if (show) { liveNodes[e.from] = true; liveNodes[e.to] = true; }
      if (show && !inSet[e.id]) { add.push(visEdge(e)); inSet[e.id] = true; }
      else if (!show && inSet[e.id]) { remove.push(e.id); delete inSet[e.id]; }
    });
    if (remove.length) edges.remove(remove);
    if (add.length) edges.add(add);
    var nodeUpdates = [];
    nodes.forEach(function (v) {
      var n = nodeById[v.id];
      var hasEdges = edgesOfNode[n.id].some(function (e) { return relationOn[e.relation] && (isExtra[n.id] || !isExtra["e" + e.id]); });
      var show = nodeShown(n) && (liveNodes[n.id] || !hasEdges || data.focus === n.id || expanded[n.id] || minCount > 1);
      if (!!v.hidden === show) nodeUpdates.push({ id: v.id, hidden: !show });
    });
    if (nodeUpdates.length) nodes.update(nodeUpdates);
    if (refit !== false) fitVisible();
    refreshSide();
  }

  /* lines with at least N facts */
  var minBox = document.getElementById("min-count");
  minBox.value = minCount;
  minBox.max = Math.max(1, data.edges.reduce(function (m, e) { return Math.max(m, e.facts.length); }, 1));
  minBox.addEventListener("change", function () {
    var v = parseInt(minBox.value, 10);
    minCount = isNaN(v) || v < 1 ? 1 : v;
    minBox.value = minCount;
    applyFilters();
  });
  if (minCount > 1) {
    var note = document.getElementById("min-note");
    note.textContent = "A large map: lines with fewer facts are left out; lower the number to see them.";
    note.hidden = false;
  }

  /* tooltips, made when the pointer rests on a node or a line, kept inside the graph */
  var tip = el("div", null, "tip-box");
  tip.hidden = true;
  container.appendChild(tip);
  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var x = Math.min(pointer.x + 12, container.clientWidth - tip.offsetWidth - 4);
    var y = Math.min(pointer.y + 12, container.clientHeight - tip.offsetHeight - 4);
    tip.style.left = Math.max(0, x) + "px";
    tip.style.top = Math.max(0, y) + "px";
  }
  network.on("hoverNode", function (p) { showTip(tipFor(nodeById[p.node]), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(tipForEdge(edgeById[p.edge]), p.pointer.DOM); });
  network.on("blurNode", function () { tip.hidden = true; });
  network.on("blurEdge", function () { tip.hidden = true; });
  network.on("dragStart", function () { tip.hidden = true; });

  /* relation checkboxes (coloured like their edges) */
  var relBox = document.getElementById("relations");
  data.relations.forEach(function (r) {
    var label = el("label", null, "check");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = r.name;
    box.setAttribute("data-relation", r.name);
    box.addEventListener("change", function () { relationOn[r.name] = box.checked; applyFilters(); });
    var sw = el("span", null, "line");
    sw.style.backgroundColor = r.color;
    label.appendChild(box);
    label.appendChild(sw);
    label.appendChild(el("span", r.label + " (" + r.count + ")"));
    relBox.appendChild(label);
  });

  /* year sliders */
  var from = document.getElementById("year-from"), to = document.getElementById("year-to");
  var fromOut = document.getElementById("year-from-out"), toOut = document.getElementById("year-to-out");
  if (data.years) {
    [from, to].forEach(function (s) { s.min = data.years.min; s.max = data.years.max; s.step = 1; });
    from.value = data.years.min; to.value = data.years.max;
    fromOut.textContent = data.years.min; toOut.textContent = data.years.max;
    var onYears = function (ev) {
      var a = parseInt(from.value, 10), b = parseInt(to.value, 10);
      if (a > b) { if (ev && ev.target === from) { to.value = a; b = a; } else { from.value = b; a = b; } }
      yearFrom = a; yearTo = b;
      fromOut.textContent = a; toOut.textContent = b;
      applyFilters();
    };
    from.addEventListener("input", onYears);
    to.addEventListener("input", onYears);
  } else {
    document.getElementById("years-box").hidden = true;
  }

  /* legend: a click hides or shows a class */
  var legend = document.getElementById("legend");
  data.legend.forEach(function (c) {
    var li = el("li", null, "legend-item");
    var button = el("button", null, "legend-button");
    button.type = "button";
    button.setAttribute("data-class", c.cls);
    button.setAttribute("aria-pressed", "true");
    var sw = el("span", null, "swatch shape-" + c.shape);
    sw.style.backgroundColor = c.color;
    button.appendChild(sw);
    button.appendChild(el("span", " " + c.cls + " (" + c.count + ")"));
    button.addEventListener("click", function () {
      classOn[c.cls] = !classOn[c.cls];
      button.setAttribute("aria-pressed", String(classOn[c.cls]));
      li.classList.toggle("off", !classOn[c.cls]);
      applyFilters();
    });
    li.appendChild(button);
    legend.appendChild(li);
  });

  /* links: timeline, back to the network, the country pages */
  var links = document.getElementById("links");
  if (data.network) { var back = el("a", "Network", "link"); back.setAttribute("href", data.network); links.appendChild(back); }
  if (data.timeline) { var tl = el("a", "Timeline of visits", "link"); tl.id = "timeline-link"; tl.setAttribute("href", data.timeline); links.appendChild(tl); }
  if (data.pages.length) {
    var pages = document.getElementById("pages");
    data.pages.forEach(function (p) {
      var li = el("li"), a = el("a", p.label);
      a.setAttribute("href", p.href);
      li.appendChild(a);
      pages.appendChild(li);
    });
    document.getElementById("pages-box").hidden = false;
  }
  if (data.notice) {
    var notice = document.getElementById("notice");
    notice.textContent = data.notice;
    notice.hidden = false;
  }

  /* ---------- drill-down: a country's persons, places and events ---------- */
  function setExpanded(id, on) {
    if (!!expanded[id] === on) return;
    expanded[id] = on;
    var members = readExtra().nodes.filter(function (m) { return m.homes.indexOf(id) >= 0; });
    if (on) nodes.update(members.map(visNode));
    applyFilters(false);
    var ids = [id].concat(members.map(function (m) { return m.id; }));
    if (on) network.fit({ nodes: ids, animation: false, maxZoomLevel: 1.6 });
  }

  /* ---------- side: details panel and table ---------- */
  var panel = document.getElementById("panel"), body = document.getElementById("panel-body");
  var tabDetails = document.getElementById("tab-details"), tabTable = document.getElementById("tab-table");
  var tableBox = document.getElementById("table-box");
  function showTab(which) {
    var table = which === "table";
    tabDetails.setAttribute("aria-selected", String(!table));
    tabTable.setAttribute("aria-selected", String(table));
    panel.hidden = table;
    tableBox.hidden = !table;
    if (table) renderTable();
  }
  tabDetails.addEventListener("click", function () { showTab("details"); });
  tabTable.addEventListener("click", function () { showTab("table"); });

  function sourceItem(s) {
    var d = docs[s.d];
    var item = el("li", null, "source");
    item.appendChild(el("cite", d.title));
    var where = " (" + (d.file || d.id) + (s.s !== null ? ", characters " + s.s + "–" + s.e + ")" : ")");
    item.appendChild(el("span", where, "offsets"));
    if (s.t) item.appendChild(el("blockquote", s.t, "passage"));
    return item;
  }
  function factItem(i) {
    var f = facts[i];
    var li = el("li", null, "fact");
    var det = el("details");
    var sum = el("summary");
    sum.appendChild(el("span", factDates(f), "fact-date"));
    sum.appendChild(el("span", " " + shortLabel(f), "fact-label"));
    if (f.contested) {
      /* documents disagree on this fact: say so, and which claim the graph prefers */
      sum.appendChild(el("span", f.contested === "preferred" ? " contested: preferred value" : " contested: another document disagrees", "contested"));
    }
    det.appendChild(sum);
    var src = el("ul", null, "sources");
    src.appendChild(el("li", f.type + (f.kind === "status" ? (f.end ? "" : " · still valid as far as the sources say") : ""), "fact-meta"));
    f.src.forEach(function (s) { src.appendChild(sourceItem(s)); });
    det.appendChild(src);
    li.appendChild(det);
    return li;
  }
  function group(title, list, open, attrs) {
    var det = el("details", null, "group");
    if (open) det.open = true;
    Object.keys(attrs || {}).forEach(function (k) { det.setAttribute(k, attrs[k]); });
    var sum = el("summary");
    sum.appendChild(el("span", title, "group-title"));
    var y = yearSpan(list);
    sum.appendChild(el("span", " " + list.length + (y ? " · " + y : ""), "group-meta"));
    det.appendChild(sum);
    var ul = el("ul", null, "facts");
    function fill() {
      if (ul.childElementCount) return;
      list.slice().sort(newestFirst).slice(0, 200).forEach(function (i) { ul.appendChild(factItem(i)); });
      if (list.length > 200) ul.appendChild(el("li", (list.length - 200) + " more in the Table tab", "hint"));
    }
    if (open) fill(); else det.addEventListener("toggle", fill);  /* a closed group is filled when opened */
    det.appendChild(ul);
    return det;
  }
  function summaryLine(byRel, outIn) {
    var parts = Object.keys(byRel).sort(function (a, b) { return byRel[b] - byRel[a]; }).map(function (r) {
      var io = outIn[r];
      return relLabel(r) + " " + byRel[r] + (io && io.out && io["in"] ? " (" + io.out + " out, " + io["in"] + " in)" : "");
    });
    return parts.length ? parts.join(" · ") : "No fact in the years chosen.";
  }
  function counterpartGroups(id, edgeList) {
    /* relation -> counterpart -> facts; directions kept apart for directed relations */
    var rel = {}, byRel = {}, outIn = {};
    edgeList.forEach(function (e) {
      if (!edgeShown(e, true)) return;
      if (isExtra["e" + e.id] && !isExtra[id]) return;  /* a country's panel counts its own lines, not its members' */
      var list = visibleFacts(e);
      if (!list.length) return;
      var other = e.from === id ? e.to : e.from;
      var dir = e.both ? "" : (e.from === id ? "→ " : "← ");
      rel[e.relation] = rel[e.relation] || {};
      var key = dir + nodeById[other].label;
      rel[e.relation][key] = (rel[e.relation][key] || []).concat(list);
      byRel[e.relation] = (byRel[e.relation] || 0) + list.length;
      outIn[e.relation] = outIn[e.relation] || { out: 0, "in": 0 };
      if (!e.both) outIn[e.relation][e.from === id ? "out" : "in"] += list.length;
    });
    return { rel: rel, byRel: byRel, outIn: outIn };
  }
  var current = null;
  function showNode(id, keepTab) {
    var n = nodeById[id];
    current = { kind: "node", id: id };
    body.replaceChildren();
    body.appendChild(el("h2", n.label, "panel-title"));
    body.appendChild(el("p", n.cls + (n.alt && n.alt.length ? " · also " + n.alt.join("; ") : ""), "panel-meta"));
    var g = counterpartGroups(id, edgesOfNode[id]);
    body.appendChild(el("p", summaryLine(g.byRel, g.outIn), "summary"));
    if (n.members) {
      var b = el("button", (expanded[id] ? "Fold the " : "Show the ") + n.members + " persons, places and events of " + n.label, "expand");
      b.type = "button";
      b.id = "expand";
      b.addEventListener("click", function () { setExpanded(id, !expanded[id]); showNode(id, true); });
      body.appendChild(b);
    }
    Object.keys(g.rel).sort(function (a, b) { return g.byRel[b] - g.byRel[a]; }).forEach(function (r, k) {
      var sec = el("details", null, "relation");
      sec.open = k < 2;
      sec.setAttribute("data-relation", r);
      var sum = el("summary");
      sum.appendChild(el("span", relLabel(r), "rel-title"));
      sum.appendChild(el("span", " " + g.byRel[r], "group-meta"));
      sec.appendChild(sum);
      var parts = Object.keys(g.rel[r]).map(function (c) { return [c, g.rel[r][c]]; });
      parts.sort(function (a, b) { return sortKey(facts[b[1].slice().sort(newestFirst)[0]]) < sortKey(facts[a[1].slice().sort(newestFirst)[0]]) ? -1 : 1; });
      parts.forEach(function (p) { sec.appendChild(group(p[0], p[1], parts.length === 1)); });
      body.appendChild(sec);
    });
    var iri = el("details", null, "iri-box");
    iri.appendChild(el("summary", "IRI"));
    iri.appendChild(el("p", n.iri, "iri"));
    body.appendChild(iri);
    panel.setAttribute("data-kind", "node");
    panel.setAttribute("data-id", String(id));
    if (!keepTab) showTab("details");
  }
  function showEdge(id, keepTab) {
    var e = edgeById[id];
    current = { kind: "edge", id: id };
    var a = nodeById[e.from], b = nodeById[e.to];
    body.replaceChildren();
    body.appendChild(el("h2", a.label + " – " + b.label, "panel-title"));
    /* every relation between the two, both directions; the clicked one first and open */
    var between = edgesOfNode[e.from].filter(function (x) { return (x.from === e.to || x.to === e.to) && edgeShown(x, true); });
    var byRel = {}, outIn = {};
    between.forEach(function (x) {
      var n = visibleFacts(x).length;
      byRel[x.relation] = (byRel[x.relation] || 0) + n;
      if (!x.both) { outIn[x.relation] = outIn[x.relation] || { out: 0, "in": 0 }; outIn[x.relation][x.from === e.from ? "out" : "in"] += n; }
    });
    body.appendChild(el("p", summaryLine(byRel, {}), "summary"));
    var rels = Object.keys(byRel).sort(function (x, y) { return x === e.relation ? -1 : y === e.relation ? 1 : byRel[y] - byRel[x]; });
    rels.forEach(function (r) {
      var sec = el("section", null, "relation");
      sec.setAttribute("data-relation", r);
      sec.appendChild(el("h3", relLabel(r)));
      between.filter(function (x) { return x.relation === r; }).forEach(function (x) {
        var title = nodeById[x.from].label + (x.both ? " ↔ " : " → ") + nodeById[x.to].label;
        sec.appendChild(group(title, visibleFacts(x), r === e.relation, { "data-direction": x.both ? "both" : (x.from === e.from ? "forward" : "backward") }));
      });
      body.appendChild(sec);
    });
    panel.setAttribute("data-kind", "edge");
    panel.setAttribute("data-id", String(id));
    if (!keepTab) showTab("details");
  }
  function showHelp() {
    current = null;
    body.replaceChildren();
    body.appendChild(el("h2", COUNTRY ? "Countries and organisations" : "Entities", "panel-title"));
    body.appendChild(el("p", (COUNTRY
      ? "Each line is the relations of one kind between two countries or organisations, as wide as it has facts. Click a country for its facts grouped by relation and counterpart, or a line for the facts behind it (both directions). Persons, places and events are folded into their country: open a country to show them."
      : "Click an entity or a relation for the facts behind it, with their sources.")
      + " The Table tab lists the facts shown, for sorting and CSV export.", "hint"));
    panel.setAttribute("data-kind", "none");
  }
  function refreshSide() {
    if (!tableBox.hidden) renderTable();
    if (current && current.kind === "node") showNode(current.id, true);
    else if (current && current.kind === "edge") showEdge(current.id, true);
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });
  network.on("doubleClick", function (params) {
    if (params.nodes.length && nodeById[params.nodes[0]].members) setExpanded(params.nodes[0], !expanded[params.nodes[0]]);
  });

  /* ---------- the table of visible facts ---------- */
  var COLUMNS = [["date", "Date"], ["relation", "Relation"], ["from", "From"], ["to", "To"], ["fact", "Fact"], ["type", "Type"], ["sources", "Sources"]];
  var sortBy = "date", sortDesc = true;
  function tableRows() {
    var rows = [], seen = {};
    edges.forEach(function (v) {
      var e = edgeById[v.id];
      visibleFacts(e).forEach(function (i) {
        var key = i + "|" + e.relation + "|" + e.from + "|" + e.to;
        if (seen[key]) return;
        seen[key] = true;
        var f = facts[i];
        rows.push({
          date: f.start || "", relation: relLabel(e.relation), from: nodeById[e.from].label, to: nodeById[e.to].label,
          fact: f.label, type: f.type, end: f.end || "",
          sources: f.src.map(function (s) { var d = docs[s.d]; return (d.file || d.id) + (s.s !== null ? " " + s.s + "–" + s.e : ""); }).join("; ")
        });
      });
    });
    rows.sort(function (a, b) {
      var x = a[sortBy], y = b[sortBy];
      var c = x < y ? -1 : x > y ? 1 : 0;
      return sortDesc ? -c : c;
    });
    return rows;
  }
  var thead = document.querySelector("#facts-table thead"), tbody = document.querySelector("#facts-table tbody");
  var headRow = el("tr");
  COLUMNS.forEach(function (c) {
    var th = el("th");
    var b = el("button", c[1], "sort");
    b.type = "button";
    b.setAttribute("data-column", c[0]);
    b.addEventListener("click", function () {
      if (sortBy === c[0]) sortDesc = !sortDesc; else { sortBy = c[0]; sortDesc = c[0] === "date"; }
      renderTable();
    });
    th.appendChild(b);
    headRow.appendChild(th);
  });
  thead.appendChild(headRow);
  function renderTable() {
    var rows = tableRows();
    tbody.replaceChildren();
    rows.slice(0, 1000).forEach(function (r) {
      var tr = el("tr");
      COLUMNS.forEach(function (c) { tr.appendChild(el("td", r[c[0]])); });
      tbody.appendChild(tr);
    });
    thead.querySelectorAll("th").forEach(function (th, k) {
      th.setAttribute("aria-sort", COLUMNS[k][0] === sortBy ? (sortDesc ? "descending" : "ascending") : "none");
    });
    document.getElementById("table-count").textContent = plural(rows.length, "fact") + (rows.length > 1000 ? " (first 1000 shown; the CSV has all)" : "");
  }
  function csvCell(s) {
    s = String(s);
    if (/^[=+\-@\t\r]/.test(s)) s = "'" + s; // no formulas when opened in a spreadsheet
    return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  function download(name, blob) {
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  function fileStem() { return (document.title || "diplograph").replace(/[^0-9A-Za-z]+/g, "-").replace(/^-|-$/g, "").toLowerCase() || "diplograph"; }
  function toCsv() {
    var cols = ["date", "end", "relation", "from", "to", "fact", "type", "sources"];
    var lines = [cols.join(",")];
    tableRows().forEach(function (r) { lines.push(cols.map(function (c) { return csvCell(r[c]); }).join(",")); });
    return lines.join("\r\n") + "\r\n";
  }
  document.getElementById("export-csv").addEventListener("click", function () {
    download(fileStem() + ".csv", new Blob([toCsv()], { type: "text/csv;charset=utf-8" }));
  });

  /* ---------- PNG and SVG export ---------- */
  function toPng(callback) {
    var canvas = container.querySelector("canvas");
    var out = document.createElement("canvas");
    out.width = canvas.width; out.height = canvas.height;
    var ctx = out.getContext("2d");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    ctx.drawImage(canvas, 0, 0);
    out.toBlob(callback, "image/png");
  }
  document.getElementById("export-png").addEventListener("click", function () {
    toPng(function (blob) { download(fileStem() + ".png", blob); });
  });
  var SVGNS = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs, text) {
    var e = document.createElementNS(SVGNS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = String(text);
    return e;
  }
  function toSvg() {
    var w = container.clientWidth, h = container.clientHeight;
    var svg = svgEl("svg", { xmlns: SVGNS, width: w, height: h, viewBox: "0 0 " + w + " " + h, "font-family": "DejaVu Sans, sans-serif" });
    svg.appendChild(svgEl("rect", { x: 0, y: 0, width: w, height: h, fill: "#ffffff" }));
    var scale = network.getScale();
    edges.forEach(function (v) {
      var e = edgeById[v.id];
      var a = network.canvasToDOM(network.getPosition(e.from)), b = network.canvasToDOM(network.getPosition(e.to));
      svg.appendChild(svgEl("line", { x1: a.x.toFixed(1), y1: a.y.toFixed(1), x2: b.x.toFixed(1), y2: b.y.toFixed(1), stroke: e.color,
        "stroke-width": Math.max(1, e.width * scale).toFixed(2), "stroke-opacity": 0.75, "data-relation": e.relation }));
    });
    nodes.forEach(function (v) {
      if (v.hidden) return;
      var n = nodeById[v.id], p = network.canvasToDOM(network.getPosition(n.id));
      svg.appendChild(svgEl("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: Math.max(2, v.size * scale).toFixed(1), fill: n.color, stroke: "#333" }));
    });
    drawnLabels.forEach(function (b) {
      var t = svgEl("text", { x: (b.x + b.w / 2).toFixed(1), y: (b.y + b.px).toFixed(1), "font-size": b.px, "text-anchor": "middle",
        stroke: "#ffffff", "stroke-width": 3, "paint-order": "stroke", fill: "#1a1a1a" }, b.label);
      svg.appendChild(t);
    });
    return new XMLSerializer().serializeToString(svg);
  }
  document.getElementById("export-svg").addEventListener("click", function () {
    download(fileStem() + ".svg", new Blob([toSvg()], { type: "image/svg+xml" }));
  });

  /* ---------- search: slug, label or any alternative name, without accents ---------- */
  var search = document.getElementById("search"), status = document.getElementById("search-status");
  var datalist = document.getElementById("labels");
  data.nodes.slice().sort(function (a, b) { return a.label < b.label ? -1 : 1; }).forEach(function (n) {
    var opt = document.createElement("option");
    opt.value = n.label;
    datalist.appendChild(opt);
  });
  function find(text) {
    var q = fold(text);
    if (!q) return null;
    readExtra();
    var exact = null, part = null;
    labelOrder.forEach(function (n) {
      var names = [n.label, n.slug].concat(n.alt || []).map(fold);
      if (!exact && names.indexOf(q) >= 0) exact = n;
      if (!part && names.some(function (s) { return s.indexOf(q) >= 0; })) part = n;
    });
    return exact || part;
  }
  function focusNode(n) {
    if (isExtra[n.id] && !nodeShown(n)) setExpanded(n.homes[0], true);
    if (!classOn[n.cls]) { classOn[n.cls] = true; applyFilters(false); }
    network.selectNodes([n.id], false);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showNode(n.id);
  }
  function onSearch() {
    var n = find(search.value);
    status.textContent = n ? "" : (search.value.trim() ? "not found" : "");
    if (n) focusNode(n);
  }
  search.addEventListener("change", onSearch);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") onSearch(); });

  /* ---------- start ---------- */
  performance.mark("diplograph:controls");
  applyFilters(true);
  performance.mark("diplograph:filtered");
  if (data.focus !== null && data.focus !== undefined) { network.selectNodes([data.focus], false); showNode(data.focus); } else showHelp();
  network.redraw();

  window.diplographView = {
    network: network, nodes: nodes, edges: edges, data: data,
    visibleEdges: function () {
      return edges.get().map(function (v) {
        var e = edgeById[v.id];
        return { id: e.id, from: e.from, to: e.to, relation: e.relation, both: e.both, facts: e.facts.map(function (i) { return facts[i]; }) };
      });
    },
    visibleNodes: function () { return nodes.get({ filter: function (n) { return !n.hidden; } }).map(function (v) { return nodeById[v.id]; }); },
    labels: function () { return drawnLabels.slice(); },
    find: find, focusNode: focusNode, showNode: showNode, showEdge: showEdge, expand: setExpanded, toCsv: toCsv, toSvg: toSvg
  };
  performance.mark("diplograph:ready");
  document.body.setAttribute("data-ready", "true");
})();
