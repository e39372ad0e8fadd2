// Map: offline world shapes (world-atlas TopoJSON, drawn with d3-geo): countries with events
// shaded, places with coordinates as circles sized by their events. No tile server.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("map-data").textContent);
  const root = document.getElementById("map");
  const tip = document.getElementById("tip");
  const width = 1000, height = 520;
  const projection = d3.geoNaturalEarth1().fitExtent([[5, 5], [width - 5, height - 5]], { type: "Sphere" });
  const path = d3.geoPath(projection);
  const svg = d3.select(root).append("svg").attr("viewBox", [0, 0, width, height]);
  const counts = new Map(data.countries.map(function (c) { return [c.numeric, c]; }));
  function show(event, text) {
    tip.textContent = text;
    tip.style.display = "block";
    tip.style.left = (event.clientX + 12) + "px";
    tip.style.top = (event.clientY + 12) + "px";
  }
  function hide() { tip.style.display = "none"; }
  d3.json(data.world).then(function (world) {
    const countries = topojson.feature(world, world.objects.countries).features;
    svg.append("path").attr("d", path({ type: "Sphere" })).attr("fill", "#f3f7fb");
    svg.append("g").selectAll("path").data(countries).join("path")
      .attr("class", function (f) { return counts.has(f.id) ? "country has" : "country"; })
      .attr("d", path)
      .on("mousemove", function (event, f) {
        const c = counts.get(f.id);
        show(event, f.properties.name + (c ? ": " + c.events + " events" : ""));
      })
      .on("mouseleave", hide);
    // a circle's area grows with its events; ten events or fewer never fill the largest
    const max = Math.max(10, d3.max(data.points, function (p) { return p.events; }) || 1);
    const r = d3.scaleSqrt().domain([0, max]).range([0, 20]);
    const tone = d3.scaleLinear().domain([-10, 0, 10]).range(["#c62828", "#9e9e9e", "#2e7d32"]).clamp(true);
    svg.append("g").selectAll("circle").data(data.points).join("circle")
      .attr("class", "place")
      .attr("transform", function (p) { return "translate(" + projection([p.lon, p.lat]) + ")"; })
      .attr("r", function (p) { return Math.max(3, r(p.events)); })
      .attr("fill", function (p) { return tone(p.mean_goldstein || 0); })
      .on("mousemove", function (event, p) { show(event, p.name + " (" + p.country + "): " + p.events + " events"); })
      .on("mouseleave", hide);
    root.dataset.ready = "true";
  });
})();
