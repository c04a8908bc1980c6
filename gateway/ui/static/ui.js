// Draws the page's two charts with uPlot from the JSON the server embedded (no inline script: strict CSP).
(function () {
  "use strict";
  var source = document.getElementById("chart-data");
  if (!source || typeof uPlot === "undefined") { return; }
  var data = JSON.parse(source.textContent);
  var width = function (id) { return Math.max(320, document.getElementById(id).clientWidth || 800); };
  var bars = uPlot.paths.bars({ size: [0.6, 60] });

  function indexAxis(labels) {
    return { values: function (u, splits) { return splits.map(function (i) { return labels[i] || ""; }); } };
  }

  var t = data.timeline;
  if (t.days.length) {
    var xs = t.days.map(function (_, i) { return i; });
    new uPlot({
      width: width("chart-timeline"), height: 240, scales: { x: { time: false } },
      axes: [indexAxis(t.days), {}],
      series: [{}, { label: "遮断", stroke: "#c0392b" }, { label: "拒否", stroke: "#e67e22" },
               { label: "失敗", stroke: "#7f8c8d" }, { label: "個人情報の検出", stroke: "#2471a3" }]
    }, [xs, t.blocked, t.refused, t.failed, t.findings], document.getElementById("chart-timeline"));
  }

  var d = data.departments;
  if (d.names.length) {
    var ds = d.names.map(function (_, i) { return i; });
    new uPlot({
      width: width("chart-departments"), height: 260, scales: { x: { time: false }, pct: { range: [0, 100] } },
      axes: [indexAxis(d.names), { label: "件数・円" }, { side: 1, scale: "pct", label: "%" }],
      series: [{}, { label: "リクエスト", stroke: "#2471a3", fill: "rgba(36,113,163,.35)", paths: bars },
               { label: "費用 (円)", stroke: "#16a085" }, { label: "利用率 (%)", stroke: "#8e44ad", scale: "pct" }]
    }, [ds, d.requests, d.cost, d.adoption], document.getElementById("chart-departments"));
  }
}());
