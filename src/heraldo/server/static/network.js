// Actor network: Cytoscape.js; node size by events, edge width by events, edge colour by
// mean Goldstein (red: conflict, grey: neutral, green: cooperation). Click opens the actor.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("graph-data").textContent);
  const root = document.getElementById("network");
  if (!data.nodes.length) { root.textContent = "No relation matches these filters."; return; }
  const maxNode = Math.max.apply(null, data.nodes.map(function (n) { return n.events; }));
  const maxEdge = Math.max.apply(null, data.edges.map(function (e) { return e.events; }));
  function colour(g) {
    const t = Math.max(-1, Math.min(1, g / 10));
    const grey = [189, 189, 189], red = [198, 40, 40], green = [46, 125, 50];
    const end = t < 0 ? red : green, a = Math.abs(t);
    return "rgb(" + grey.map(function (c, i) { return Math.round(c + (end[i] - c) * a); }).join(",") + ")";
  }
  const elements = data.nodes.map(function (n) {
    return { data: { id: n.code, label: n.code, name: n.name, href: n.href,
                     size: 16 + 40 * Math.sqrt(n.events / maxNode) } };
  }).concat(data.edges.map(function (e, i) {
    return { data: { id: "e" + i, source: e.source, target: e.target, events: e.events,
                     width: 1 + 9 * e.events / maxEdge, colour: colour(e.mean_goldstein) } };
  }));
  const cy = cytoscape({
    container: root,
    elements: elements,
    wheelSensitivity: 0.3,
    layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 },
    style: [
      { selector: "node", style: { "label": "data(label)", "width": "data(size)", "height": "data(size)",
        "background-color": "#1f5fa8", "color": "#1d2330", "font-size": 11, "text-valign": "bottom",
        "text-margin-y": 3 } },
      { selector: "edge", style: { "width": "data(width)", "line-color": "data(colour)",
        "target-arrow-color": "data(colour)", "target-arrow-shape": "triangle", "curve-style": "bezier",
        "opacity": 0.85 } },
      { selector: "node:selected", style: { "background-color": "#ef6c00" } }
    ]
  });
  cy.on("tap", "node", function (evt) { window.location.href = evt.target.data("href"); });
  window.heraldoNetwork = cy;
})();
