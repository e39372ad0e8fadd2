// Overview: events per period stacked by quad class (d3), with a date-range brush that
// links the events table, the network and the map to the range picked.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("timeline-data").textContent);
  const root = document.getElementById("timeline");
  const range = document.getElementById("range");
  const all = data.periods.map(function (p) {
    return Object.assign({}, p, { date: new Date(p.period + "T00:00:00Z") });
  });
  if (!all.length) { root.textContent = "No dated event yet."; return; }
  // the earliest 1% of events (history an article recalls: "en 1810") would squeeze the
  // chart into a sliver: they are counted, not drawn
  function size(r) { return r.q1 + r.q2 + r.q3 + r.q4; }
  let skipped = 0, first = 0;
  while (first < all.length - 1 && skipped + size(all[first]) <= data.total * 0.01) {
    skipped += size(all[first]);
    first += 1;
  }
  const rows = all.slice(first);
  if (skipped) {
    const note = document.createElement("p");
    note.className = "muted";
    note.id = "earlier";
    note.textContent = skipped + " earlier event(s), from " + all[0].period +
      ", are not drawn (dates an article recalls).";
    root.after(note);
  }
  const keys = ["q1", "q2", "q3", "q4"];
  const colours = { q1: "#2e7d32", q2: "#8bc34a", q3: "#ef6c00", q4: "#c62828" };
  const width = 1000, height = 260, m = { top: 10, right: 10, bottom: 40, left: 40 };
  const step = { day: 864e5, week: 7 * 864e5, month: 31 * 864e5, quarter: 92 * 864e5, year: 366 * 864e5 }[data.freq];
  const x = d3.scaleUtc()
    .domain([rows[0].date, new Date(+rows[rows.length - 1].date + step)])
    .range([m.left, width - m.right]);
  const y = d3.scaleLinear()
    .domain([0, d3.max(rows, size) || 1]).nice()
    .range([height - m.bottom, m.top]);
  const svg = d3.select(root).append("svg").attr("viewBox", [0, 0, width, height]);
  const series = d3.stack().keys(keys)(rows);
  const bar = Math.max(1, (x(new Date(+rows[0].date + step)) - x(rows[0].date)) * 0.85);
  svg.append("g").selectAll("g").data(series).join("g")
    .attr("fill", function (s) { return colours[s.key]; })
    .attr("class", function (s) { return "layer " + s.key; })
    .selectAll("rect").data(function (s) { return s; }).join("rect")
    .attr("x", function (d) { return x(d.data.date); })
    .attr("y", function (d) { return y(d[1]); })
    .attr("height", function (d) { return y(d[0]) - y(d[1]); })
    .attr("width", bar)
    .append("title").text(function (d) { return d.data.period + ": " + (d[1] - d[0]); });
  svg.append("g").attr("class", "axis").attr("transform", "translate(0," + (height - m.bottom) + ")")
    .call(d3.axisBottom(x).ticks(8));
  svg.append("g").attr("class", "axis").attr("transform", "translate(" + m.left + ",0)")
    .call(d3.axisLeft(y).ticks(5));
  const legend = svg.append("g").attr("transform", "translate(" + (m.left + 10) + "," + (height - 12) + ")");
  keys.forEach(function (k, i) {
    const g = legend.append("g").attr("transform", "translate(" + i * 170 + ",0)");
    g.append("rect").attr("width", 10).attr("height", 10).attr("y", -9).attr("fill", colours[k]);
    g.append("text").attr("x", 14).attr("font-size", 11).text(data.quad_names[k.slice(1)]);
  });

  function iso(date) { return date.toISOString().slice(0, 10); }
  function link(base, since, until) {
    const a = document.createElement("a");
    a.href = base + "?since=" + since + "&until=" + until;
    a.textContent = base.replace("/", "") || "overview";
    return a;
  }
  function picked(event) {
    range.replaceChildren();
    if (!event.selection) {
      range.textContent = "All dates: " + data.total.toLocaleString("en") + " dated events.";
      return;
    }
    const from = x.invert(event.selection[0]), to = x.invert(event.selection[1]);
    const inside = rows.filter(function (r) { return r.date >= d3.utcDay.floor(from) && r.date <= to; });
    const n = d3.sum(inside, size);
    const since = iso(from), until = iso(to);
    range.append(since + " to " + until + ": " + n.toLocaleString("en") + " events. Open ");
    [data.links.events, data.links.network, data.links.map].forEach(function (base, i) {
      range.append(link(base, since, until), i < 2 ? " · " : "");
    });
  }
  svg.append("g").attr("class", "brush").call(
    d3.brushX().extent([[m.left, m.top], [width - m.right, height - m.bottom]]).on("end", picked));
})();
