// The board tab. In Teams: the token comes from Teams SSO (authentication.getAuthToken) and goes to
// /api/board as a bearer token. On this machine without an app id: a member is picked, as on the chat page.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const params = new URLSearchParams(location.search);
  const state = { sso: false, locale: params.get("lang") || "", member: params.get("member") || "", texts: {} };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v; else node.setAttribute(k, v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
    return node;
  }

  function say(text, isError) {
    $("message").textContent = text || "";
    $("message").className = isError ? "error" : "";
  }

  async function token() {
    if (!state.sso) return null;
    return await microsoftTeams.authentication.getAuthToken();
  }

  async function load() {
    const q = new URLSearchParams();
    for (const name of ["unit", "leader", "state"]) if ($(name).value) q.set(name, $(name).value);
    if (state.locale) q.set("lang", state.locale);
    if (!state.sso) {
      if (state.member) q.set("member", state.member);
    }
    if (!state.sso && !state.member) { await showError(await fetch("/api/board?" + q), false); return; }
    say(state.texts.loading || "…");
    const headers = {};
    const bearer = await token();
    if (bearer) headers.Authorization = "Bearer " + bearer;
    const response = await fetch("/api/board?" + q, { headers });
    if (!response.ok) { await showError(response); return; }
    render(await response.json());
  }

  async function showError(response, isError = true) {
    let text = (state.texts.failed || "Error") + " (" + response.status + ")";
    try { const body = await response.json(); if (body.error) text = body.error; } catch { /* not JSON */ }
    $("meetings").replaceChildren();
    $("totals").replaceChildren();
    say(text, isError);
  }

  function fill(select, choices, chosen, anyLabel) {
    const options = [];
    if (anyLabel !== null) options.push(el("option", { value: "" }, anyLabel));
    for (const c of choices) options.push(el("option", { value: c.value }, c.label));
    select.replaceChildren(...options);
    select.value = chosen || "";
  }

  function pill(light, label, n) {
    return el("span", { class: "pill", "data-light": light }, el("span", { class: "dot " + light }), label, el("b", null, n));
  }

  // The totals always show the three lights; a meeting shows only the counts it has.
  function counts(c, t, always) {
    return [pill("red", t.red, c.red), pill("yellow", t.yellow, c.yellow), pill("green", t.green, c.green),
      pill("grey", t.grey, c.grey), pill("closed", t.closed, c.closed)].filter((p, i) => i < always || Number(p.lastChild.textContent) > 0);
  }

  function render(view) {
    const t = view.texts;
    state.texts = t;
    document.documentElement.lang = t.lang;
    document.title = t.title;
    $("title").textContent = t.title;
    $("who").textContent = view.member + " · " + view.scope;
    for (const node of document.querySelectorAll("[data-t]")) if (t[node.dataset.t]) node.textContent = t[node.dataset.t];
    fill($("unit"), view.choices.units, view.filter.unitId, t.any);
    fill($("leader"), view.choices.leaders, view.filter.leaderId, t.any);
    fill($("state"), view.choices.states, view.filter.state, null);
    $("filters").hidden = false;
    $("totals").replaceChildren(...counts(view.totals, t, 3));
    say(view.meetings.length === 0 ? t.none : "");
    $("meetings").replaceChildren(...view.meetings.map((m) => meeting(m, t)));
  }

  function meeting(m, t) {
    const section = el("section", { class: "meeting", "data-meeting": m.id });
    section.append(el("h2", null, m.title));
    section.append(el("div", { class: "meta" }, m.date && el("span", null, m.date), m.number && el("span", null, m.number), counts(m.counts, t, 0)));
    if (m.relay.length > 0) {
      section.append(el("div", { class: "relay" },
        el("span", null, t.relayTitle + " " + m.relayDone + "/" + m.relay.length + " " + t.relayDone),
        m.relay.map((r) => el("span", { class: "chip " + r.state, title: r.stateLabel + (r.due ? " · " + t.relayDue + " " + r.due : "") },
          r.unit + " · " + r.stateLabel))));
    }
    if (m.directives.length === 0) { section.append(el("p", { class: "empty" }, t.noItems)); return section; }
    const body = el("tbody");
    for (const d of m.directives) {
      d.units.forEach((u, i) => {
        const light = u.light || "closed";
        const row = el("tr", { class: (i === 0 ? "first " : "more ") + "light-" + light, "data-number": u.number },
          el("td", { class: "num" }, "#" + u.number));
        if (i === 0) row.append(el("td", { class: "task", rowspan: d.units.length }, d.task));
        row.append(
          el("td", { class: "unit" }, u.unit, el("span", { class: "role" }, u.role)),
          el("td", { class: "due", title: u.lightLabel }, el("span", { class: "dot " + light }), u.dueLabel),
          el("td", { class: "status" }, u.statusLabel),
          el("td", { class: "relay-state " + (u.relay || "none"), "data-label": t.relay }, u.relay ? u.relayLabel : "—"));
        body.append(row);
      });
    }
    const head = el("tr", null, ["number", "task", "owner", "due", "status", "relay"].map((k) => el("th", null, t[k])));
    section.append(el("div", { class: "table-wrap" }, el("table", null, el("thead", null, head), body)));
    return section;
  }

  function theme(name) {
    document.documentElement.classList.remove("theme-dark", "theme-contrast");
    if (name === "dark" || name === "contrast") document.documentElement.classList.add("theme-" + name);
  }

  async function localPicker() {
    const response = await fetch("/api/board/members");
    if (!response.ok) { await showError(response); return; }
    const members = await response.json();
    $("picker").hidden = false;
    const select = $("member");
    for (const m of members) select.append(el("option", { value: m.id }, m.name + " (" + m.id + ")"));
    select.value = state.member;
    select.addEventListener("change", () => {
      state.member = select.value;
      const url = new URL(location.href);
      if (state.member) url.searchParams.set("member", state.member); else url.searchParams.delete("member");
      for (const name of ["unit", "leader", "state"]) { url.searchParams.delete(name); $(name).value = ""; }
      history.replaceState(null, "", url);
      load();
    });
  }

  async function start() {
    for (const name of ["unit", "leader", "state"]) $(name).addEventListener("change", () => load());
    const mode = await (await fetch("/api/board/mode")).json();
    state.sso = mode.sso;
    if (state.sso) {
      // Outside Teams (the address opened in a browser) the library never hears from a host: say where to open it.
      const outside = new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 10000));
      try { await Promise.race([microsoftTeams.app.initialize(), outside]); } catch { throw new Error(mode.openInTeams); }
      const context = await microsoftTeams.app.getContext();
      state.locale = state.locale || (context.app && context.app.locale) || "";
      theme(context.app && context.app.theme);
      microsoftTeams.app.registerOnThemeChangeHandler(theme);
      microsoftTeams.app.notifySuccess();
    } else {
      await localPicker();
    }
    await load();
  }

  start().catch((e) => say(e && e.message ? e.message : String(e), true));
})();
