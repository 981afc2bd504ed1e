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
  if (data.network) {
    var link = document.getElementById("network-link");
    link.setAttribute("href", data.network);
    link.hidden = false;
  }
  var out = data.visits.filter(function (v) { return v.direction === "out"; }).length;
  var span = data.perYear.length ? ", " + data.perYear[0].year + "–" + data.perYear[data.perYear.length - 1].year : "";
  document.getElementById("summary").textContent = data.split
    ? data.visits.length + " visit(s)" + span + ": " + out + " from " + data.focus + ", " + (data.visits.length - out) + " to " + data.focus
    : data.visits.length + " visit(s)" + span;

  var bars = data.perYear, max = 1;
  bars.forEach(function (b) { if (b.count > max) max = b.count; });
  var bw = 22, h = 160, pad = 24;
  var chart = svg("svg", { viewBox: "0 0 " + (bars.length * bw + pad * 2) + " " + (h + pad * 2 + 14), id: "bars" });
  bars.forEach(function (b, i) {
    var x = pad + i * bw;
    var series = data.split ? [["out", b.out, x + 2], ["in", b["in"], x + bw / 2]] : [["all", b.count, x + 2]];
    series.forEach(function (s) {
      var bh = Math.round((s[1] / max) * h), y = pad + h - bh;
      var r = svg("rect", { x: s[2], y: y, width: data.split ? bw / 2 - 2 : bw - 4, height: bh, "data-year": b.year, "class": "bar-" + s[0] });
      r.appendChild(svg("title", {}, b.year + ": " + s[1] + " visit(s)" + (s[0] === "out" ? " from " + data.focus : s[0] === "in" ? " to " + data.focus : "")));
      r.addEventListener("click", function () {
        var target = document.getElementById("year-" + b.year);
        if (target) target.scrollIntoView();
      });
      chart.appendChild(r);
    });
    var total = data.split ? b.out + b["in"] : b.count;
    if (total) chart.appendChild(svg("text", { x: x + bw / 2, y: pad + h - Math.round((Math.max(b.out || 0, b["in"] || 0, data.split ? 0 : b.count) / max) * h) - 3, "text-anchor": "middle" }, total));
    if (i % 2 === 0 || bars.length < 20)
      chart.appendChild(svg("text", { x: x + bw / 2, y: pad + h + 12, "text-anchor": "middle" }, bars.length < 12 ? b.year : "'" + String(b.year).slice(-2)));
  });
  if (data.split) {
    chart.appendChild(svg("rect", { x: pad, y: pad + h + 18, width: 10, height: 8, "class": "bar-out" }));
    chart.appendChild(svg("text", { x: pad + 14, y: pad + h + 26 }, "from " + data.focus));
    chart.appendChild(svg("rect", { x: pad + 120, y: pad + h + 18, width: 10, height: 8, "class": "bar-in" }));
    chart.appendChild(svg("text", { x: pad + 134, y: pad + h + 26 }, "to " + data.focus));
  }
  document.getElementById("chart").appendChild(chart);

  function visitItem(v) {
    var li = el("li", null, "visit");
    if (v.direction) li.setAttribute("data-direction", v.direction);
    li.appendChild(el("div", v.label, "fact-label"));
    li.appendChild(el("div", v.visitor + (v.fromCountry ? " (" + v.fromCountry + ")" : "") + " → " + v.host + " · " + (v.start || "undated") + (v.end && v.end !== v.start ? " to " + v.end : ""), "fact-meta"));
    v.sources.forEach(function (s) {
      var src = el("div", null, "source");
      src.appendChild(el("span", "Source: ", "k"));
      src.appendChild(el("cite", s.title));
      src.appendChild(el("span", " (" + (s.file || s.document) + (s.start !== null ? ", characters " + s.start + "–" + s.end : "") + ")", "offsets"));
      li.appendChild(src);
    });
    return li;
  }
  var years = document.getElementById("years"), current = null, cols = null;
  data.visits.forEach(function (v) {
    var y = v.year === null ? "undated" : String(v.year);
    if (y !== current) {
      current = y;
      var sec = el("section", null, "year");
      sec.id = "year-" + y;
      sec.appendChild(el("h2", y));
      cols = {};
      if (data.split) {
        var grid = el("div", null, "split");
        [["out", "From " + data.focus], ["in", "To " + data.focus]].forEach(function (d) {
          var col = el("div", null, "col col-" + d[0]);
          col.appendChild(el("h3", d[1]));
          cols[d[0]] = el("ul");
          col.appendChild(cols[d[0]]);
          grid.appendChild(col);
        });
        sec.appendChild(grid);
      } else {
        cols.all = el("ul");
        sec.appendChild(cols.all);
      }
      years.appendChild(sec);
    }
    cols[data.split ? v.direction : "all"].appendChild(visitItem(v));
  });
  document.body.setAttribute("data-ready", "true");
})();
