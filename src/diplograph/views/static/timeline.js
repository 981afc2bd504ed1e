/* diplograph timeline of visits: data from #view-data, DOM built with textContent only. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("view-data").textContent);
  var SVG = "http://www.w3.org/2000/svg";
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function svg(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    if (text !== undefined) e.textContent = String(text);
    return e;
  }
  document.title = data.title;
  document.getElementById("title").textContent = data.title;
  if (data.network) {
    var link = document.getElementById("network-link");
    link.setAttribute("href", data.network);
    link.hidden = false;
  }
  document.getElementById("summary").textContent =
    data.visits.length + " visit(s)" + (data.perYear.length ? ", " + data.perYear[0].year + "–" + data.perYear[data.perYear.length - 1].year : "");

  var bars = data.perYear, max = 1;
  bars.forEach(function (b) { if (b.count > max) max = b.count; });
  var bw = 22, h = 160, pad = 24;
  var chart = svg("svg", { viewBox: "0 0 " + (bars.length * bw + pad * 2) + " " + (h + pad * 2), id: "bars" });
  bars.forEach(function (b, i) {
    var bh = Math.round((b.count / max) * h);
    var x = pad + i * bw, y = pad + h - bh;
    var r = svg("rect", { x: x + 2, y: y, width: bw - 4, height: bh, "data-year": b.year });
    r.appendChild(svg("title", {}, b.year + ": " + b.count + " visit(s)"));
    r.addEventListener("click", function () {
      var target = document.getElementById("year-" + b.year);
      if (target) target.scrollIntoView();
    });
    chart.appendChild(r);
    if (b.count) chart.appendChild(svg("text", { x: x + bw / 2, y: y - 3, "text-anchor": "middle" }, b.count));
    if (i % 2 === 0 || bars.length < 20)
      chart.appendChild(svg("text", { x: x + bw / 2, y: pad + h + 12, "text-anchor": "middle" }, String(b.year).slice(-2) === String(b.year) ? b.year : "'" + String(b.year).slice(-2)));
  });
  document.getElementById("chart").appendChild(chart);

  var years = document.getElementById("years"), current = null, list = null;
  data.visits.forEach(function (v) {
    var y = v.year === null ? "undated" : String(v.year);
    if (y !== current) {
      current = y;
      var sec = el("section", null, "year");
      sec.id = "year-" + y;
      sec.appendChild(el("h2", y));
      list = el("ul");
      sec.appendChild(list);
      years.appendChild(sec);
    }
    var li = el("li", null, "visit");
    li.appendChild(el("div", v.label, "fact-label"));
    li.appendChild(el("div", v.visitor + " → " + v.host + " · " + (v.start || "undated") + (v.end && v.end !== v.start ? " to " + v.end : ""), "fact-meta"));
    v.sources.forEach(function (s) {
      var src = el("div", null, "source");
      src.appendChild(el("span", "Source: ", "k"));
      src.appendChild(el("cite", s.title));
      src.appendChild(el("span", " (" + (s.file || s.document) + (s.start !== null ? ", characters " + s.start + "–" + s.end : "") + ")", "offsets"));
      li.appendChild(src);
    });
    list.appendChild(li);
  });
  document.body.setAttribute("data-ready", "true");
})();
