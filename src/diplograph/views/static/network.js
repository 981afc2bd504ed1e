/* diplograph network view. Data comes from #view-data (escaped JSON); every string from the data is put
   into the page with textContent or as a canvas label, never as HTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("view-data").textContent);

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function dates(f) {
    if (!f.start) return "undated";
    return f.end && f.end !== f.start ? f.start + " to " + f.end : f.start;
  }
  function yearsOf(facts) {
    var lo = null, hi = null;
    facts.forEach(function (f) {
      if (f.yearFrom === null) return;
      if (lo === null || f.yearFrom < lo) lo = f.yearFrom;
      var to = f.yearTo === null ? f.yearFrom : f.yearTo;
      if (hi === null || to > hi) hi = to;
    });
    return lo === null ? "" : (lo === hi ? String(lo) : lo + "–" + hi);
  }

  document.title = data.title;
  document.getElementById("title").textContent = data.title;
  if (data.notice) {
    var notice = document.getElementById("notice");
    notice.textContent = data.notice;
    notice.hidden = false;
  }
  if (data.timeline) {
    var link = document.getElementById("timeline-link");
    link.setAttribute("href", data.timeline);
    link.hidden = false;
  }

  var nodeById = {};
  var edgesOfNode = {};
  data.nodes.forEach(function (n) {
    nodeById[n.id] = n;
    edgesOfNode[n.id] = [];
    var tip = el("div", null, "tip");
    tip.appendChild(el("strong", n.label));
    tip.appendChild(el("div", n.cls + " · " + n.degree + " relation(s)"));
    n.title = tip;
  });
  data.edges.forEach(function (e) {
    edgesOfNode[e.from].push(e);
    edgesOfNode[e.to].push(e);
    var tip = el("div", null, "tip");
    tip.appendChild(el("strong", nodeById[e.from].label + " → " + e.relation + " → " + nodeById[e.to].label));
    var y = yearsOf(e.facts);
    tip.appendChild(el("div", e.facts.length + " fact(s)" + (y ? ", " + y : "")));
    e.title = tip;
    e.arrows = "to";
  });

  /* controls state */
  var relationOn = {};
  data.relations.forEach(function (r) { relationOn[r.name] = true; });
  var yearFrom = data.years ? data.years.min : null;
  var yearTo = data.years ? data.years.max : null;

  function factInRange(f) {
    if (f.yearFrom === null || yearFrom === null) return true;
    var to = f.yearTo === null ? 1e6 : f.yearTo;
    return to >= yearFrom && f.yearFrom <= yearTo;
  }
  function edgeVisible(e) {
    if (!relationOn[e.relation]) return false;
    if (e.facts.length === 0) return true;
    return e.facts.some(factInRange);
  }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var big = data.edges.length > 3000;
  var options = {
    physics: { enabled: false },
    interaction: { hover: true, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big },
    nodes: { font: { size: 14, strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1 },
    edges: {
      smooth: big ? false : { enabled: true, type: "curvedCW", roundness: 0.12 },
      font: { size: 10, align: "middle", strokeWidth: 3, strokeColor: "#ffffff", color: "#555555" },
      color: { color: "#9aa5b1", highlight: "#d62728", hover: "#444444" },
      width: 1.2, selectionWidth: 2
    },
    layout: { improvedLayout: false }
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);

  function applyFilters() {
    var edgeUpdates = [], visibleNodes = {};
    data.edges.forEach(function (e) {
      var show = edgeVisible(e);
      if (show) { visibleNodes[e.from] = true; visibleNodes[e.to] = true; }
      if (e.hidden === show) { e.hidden = !show; edgeUpdates.push({ id: e.id, hidden: !show }); }
    });
    var nodeUpdates = [];
    data.nodes.forEach(function (n) {
      var show = edgesOfNode[n.id].length === 0 || !!visibleNodes[n.id];
      if (!!n.hidden === show) { n.hidden = !show; nodeUpdates.push({ id: n.id, hidden: !show }); }
    });
    if (edgeUpdates.length) edges.update(edgeUpdates);
    if (nodeUpdates.length) nodes.update(nodeUpdates);
  }
  data.edges.forEach(function (e) { e.hidden = false; });
  data.nodes.forEach(function (n) { n.hidden = false; });

  /* relation checkboxes */
  var relBox = document.getElementById("relations");
  data.relations.forEach(function (r) {
    var label = el("label", null, "check");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = r.name;
    box.setAttribute("data-relation", r.name);
    box.addEventListener("change", function () { relationOn[r.name] = box.checked; applyFilters(); });
    label.appendChild(box);
    label.appendChild(el("span", " " + r.name + " (" + r.count + ")"));
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

  /* legend */
  var legend = document.getElementById("legend");
  data.legend.forEach(function (c) {
    var li = el("li");
    var sw = el("span", null, "swatch shape-" + c.shape);
    sw.style.backgroundColor = c.color;
    li.appendChild(sw);
    li.appendChild(el("span", " " + c.cls + " (" + c.count + ")"));
    legend.appendChild(li);
  });

  /* side panel */
  var panel = document.getElementById("panel"), body = document.getElementById("panel-body");
  document.getElementById("panel-close").addEventListener("click", function () { panel.hidden = true; });

  function factItem(f) {
    var li = el("li", null, "fact");
    li.appendChild(el("div", f.label, "fact-label"));
    li.appendChild(el("div", f.type + " · " + dates(f), "fact-meta"));
    var src = el("ul", null, "sources");
    f.sources.forEach(function (s) {
      var item = el("li", null, "source");
      item.appendChild(el("span", "Source: ", "k"));
      item.appendChild(el("cite", s.title));
      var where = s.file ? " (" + s.file : " (" + s.document;
      where += s.start !== null ? ", characters " + s.start + "–" + s.end + ")" : ")";
      item.appendChild(el("span", where, "offsets"));
      if (s.text) item.appendChild(el("blockquote", s.text, "passage"));
      src.appendChild(item);
    });
    li.appendChild(src);
    return li;
  }
  function edgeSection(e, heading) {
    var sec = el("section", null, "relation");
    sec.appendChild(el("h3", heading));
    var ul = el("ul", null, "facts");
    e.facts.forEach(function (f) { ul.appendChild(factItem(f)); });
    if (e.facts.length === 0) ul.appendChild(el("li", "No fact node found for this relation."));
    sec.appendChild(ul);
    return sec;
  }
  function showNode(id) {
    var n = nodeById[id];
    body.replaceChildren();
    body.appendChild(el("h2", n.label, "panel-title"));
    body.appendChild(el("p", n.cls + " · " + n.degree + " relation(s)", "panel-meta"));
    if (n.alt && n.alt.length) body.appendChild(el("p", "Also: " + n.alt.join("; "), "panel-meta"));
    body.appendChild(el("p", n.iri, "iri"));
    edgesOfNode[id].forEach(function (e) {
      if (e.hidden) return;
      body.appendChild(edgeSection(e, nodeById[e.from].label + " → " + e.relation + " → " + nodeById[e.to].label));
    });
    panel.hidden = false;
    panel.setAttribute("data-kind", "node");
    panel.setAttribute("data-id", String(id));
  }
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  function showEdge(id) {
    var e = edgeById[id];
    body.replaceChildren();
    body.appendChild(el("h2", nodeById[e.from].label + " → " + nodeById[e.to].label, "panel-title"));
    body.appendChild(el("p", e.relation, "panel-meta"));
    body.appendChild(edgeSection(e, e.facts.length + " fact(s)"));
    panel.hidden = false;
    panel.setAttribute("data-kind", "edge");
    panel.setAttribute("data-id", String(id));
  }
  network.on("click", function (params) {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  /* search */
  var search = document.getElementById("search"), status = document.getElementById("search-status");
  var datalist = document.getElementById("labels");
  data.nodes.slice().sort(function (a, b) { return a.label < b.label ? -1 : 1; }).forEach(function (n) {
    var opt = document.createElement("option");
    opt.value = n.label;
    datalist.appendChild(opt);
  });
  function find(text) {
    var q = text.trim().toLowerCase();
    if (!q) return null;
    var exact = null, part = null;
    data.nodes.forEach(function (n) {
      var names = [n.label, n.slug].concat(n.alt || []).map(function (s) { return String(s).toLowerCase(); });
      if (!exact && names.indexOf(q) >= 0) exact = n;
      if (!part && names.some(function (s) { return s.indexOf(q) >= 0; })) part = n;
    });
    return exact || part;
  }
  function focusNode(n) {
    if (n.hidden) { nodes.update({ id: n.id, hidden: false }); n.hidden = false; }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: 1.2, animation: false });
    showNode(n.id);
  }
  function onSearch() {
    var n = find(search.value);
    status.textContent = n ? "" : (search.value.trim() ? "not found" : "");
    if (n) focusNode(n);
  }
  search.addEventListener("change", onSearch);
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") onSearch(); });

  window.diplographView = {
    network: network, nodes: nodes, edges: edges, data: data,
    visibleEdges: function () { return edges.get({ filter: function (e) { return !e.hidden; } }); },
    visibleNodes: function () { return nodes.get({ filter: function (n) { return !n.hidden; } }); },
    find: find, focusNode: focusNode, showNode: showNode, showEdge: showEdge
  };
  document.body.setAttribute("data-ready", "true");
})();
