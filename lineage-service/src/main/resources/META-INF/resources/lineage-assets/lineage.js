// The lineage page: renders the project's DOT with Graphviz (Viz.js, WebAssembly), pans and zooms it with Panzoom,
// and shows a node's details when it is clicked. Everything it loads comes from this service.
(function () {
  "use strict";
  const body = document.body;
  const project = body.dataset.project;
  const env = body.dataset.env;
  const diagram = document.getElementById("diagram");
  const details = document.getElementById("details");
  const status = document.getElementById("status");
  const showAll = document.getElementById("show-all");
  const api = "/api/v1/projects/" + encodeURIComponent(project);
  let panzoom = null;
  let vizPromise = null;

  function query(params) {
    const search = new URLSearchParams(Object.assign({ env: env }, params));
    return "?" + search.toString();
  }

  function fetchText(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) {
        return response.json().then(function (problem) { throw new Error(problem.detail || response.statusText); });
      }
      return response.text();
    });
  }

  function el(tag, attributes, children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(function (entry) { node.setAttribute(entry[0], entry[1]); });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function render(focus) {
    status.textContent = "Loading…";
    const params = focus ? { format: "dot", node: focus, direction: "both" } : { format: "dot" };
    if (!vizPromise) {
      vizPromise = Viz.instance();
    }
    return Promise.all([vizPromise, fetchText(api + "/lineage" + query(params))]).then(function (results) {
      const svg = results[0].renderSVGElement(results[1]);
      svg.setAttribute("id", "lineage-svg");
      diagram.replaceChildren(svg);
      panzoom = Panzoom(svg, { maxScale: 10, minScale: 0.05, canvas: true });
      const count = svg.querySelectorAll("g.node").length;
      status.textContent = count + (count === 1 ? " node" : " nodes") + (focus ? " in the lineage of " + focus : "");
      showAll.hidden = !focus;
      diagram.dataset.rendered = "true";
    }).catch(function (error) {
      status.textContent = "Could not draw the lineage: " + error.message;
    });
  }

  function badge(text) {
    return el("span", { class: "badge " + text }, [text]);
  }

  function row(label, value) {
    return el("tr", {}, [el("th", {}, [label]), el("td", {}, [value == null || value === "" ? "—" : value])]);
  }

  function showDetails(id) {
    fetch(api + "/nodes/" + encodeURIComponent(id) + query({})).then(function (response) {
      return response.json().then(function (data) {
        if (!response.ok) { throw new Error(data.detail || response.statusText); }
        return data;
      });
    }).then(function (data) {
      const node = data.node;
      const parts = [el("h2", { id: "details-title" }, [node.id])];
      const facts = el("table", { class: "facts" }, [
        row("type", node.type), row("kind", node.kind), row("project", node.project), row("owner", node.owner),
        row("tags", node.tags.join(", ")), row("topic", node.topic), row("description", node.description)]);
      if (node.status && node.status.deployment) {
        facts.appendChild(row("deployment", badge(node.status.deployment.status)));
      }
      if (node.status && node.status.test) {
        facts.appendChild(row("tests", badge(node.status.test.status)));
      }
      parts.push(facts);
      if (data.sql) {
        parts.push(el("h3", {}, ["SQL"]), el("pre", { id: "details-sql" }, [data.sql]));
      }
      if (data.columns.length) {
        const table = el("table", { id: "details-columns" }, [el("tr", {}, [el("th", {}, ["column"]),
          el("th", {}, ["type"]), el("th", {}, ["from"])])]);
        data.columns.forEach(function (column) {
          const from = column.lineage.map(function (l) { return l.node + "." + l.column; }).join(", ");
          table.appendChild(el("tr", {}, [el("td", {}, [column.name]), el("td", {}, [column.type || ""]),
            el("td", {}, [from])]));
        });
        parts.push(el("h3", {}, ["Columns"]), table);
      }
      if (Object.keys(data.sla || {}).length) {
        parts.push(el("h3", {}, ["SLA"]), el("pre", {}, [JSON.stringify(data.sla, null, 2)]));
      }
      parts.push(el("h3", {}, ["Upstream"]), el("p", {}, [data.upstream.join(", ") || "—"]));
      parts.push(el("h3", {}, ["Downstream"]), el("p", {}, [data.downstream.join(", ") || "—"]));
      const focusLink = el("a", { id: "focus-node" }, ["Show only its lineage"]);
      focusLink.addEventListener("click", function () { render(node.id); });
      parts.push(el("p", {}, [focusLink]));
      details.replaceChildren.apply(details, parts);
    }).catch(function (error) {
      details.replaceChildren(el("p", { class: "hint" }, ["Could not load the node: " + error.message]));
    });
  }

  diagram.addEventListener("click", function (event) {
    const node = event.target.closest("g.node");
    if (!node) { return; }
    diagram.querySelectorAll("g.node.selected").forEach(function (n) { n.classList.remove("selected"); });
    node.classList.add("selected");
    showDetails(node.querySelector("title").textContent);
  });
  diagram.addEventListener("wheel", function (event) { if (panzoom) { panzoom.zoomWithWheel(event); } });
  document.getElementById("zoom-in").addEventListener("click", function () { if (panzoom) { panzoom.zoomIn(); } });
  document.getElementById("zoom-out").addEventListener("click", function () { if (panzoom) { panzoom.zoomOut(); } });
  document.getElementById("zoom-reset").addEventListener("click", function () { if (panzoom) { panzoom.reset(); } });
  showAll.addEventListener("click", function () { render(null); });
  render(null);
})();
