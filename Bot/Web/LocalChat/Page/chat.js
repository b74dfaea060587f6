// The local chat page: a channel like Teams. Messages go to /api/messages; the bot answers through
// its connector at /local, and the page hears it over server-sent events.
(() => {
  "use strict";
  const $ = (id) => document.getElementById(id);
  const serviceUrl = location.origin + "/local";
  const botAccount = { id: "local-bot", name: "督办助手" };
  let members = [];
  let current = null;
  let events = null;
  let counter = 0;
  let chooseSeq = 0; // a later choice wins over an earlier one still loading
  const rendered = new Map(); // activity id -> element

  function showError(text) { const e = $("error"); e.textContent = text; e.hidden = !text; }

  function conversation() {
    return $("conversation").value === "channel"
      ? { id: "local:channel:office", conversationType: "channel", isGroup: true, name: "督办工作群" }
      : { id: current.conversationId, conversationType: "personal" };
  }

  async function loadMembers() {
    const res = await fetch("/local/members");
    members = await res.json();
    const select = $("member");
    select.innerHTML = "";
    for (const m of members) {
      const opt = document.createElement("option");
      const unit = m.units.map((u) => `${u.unit}·${roleName(u.role)}`).join("，");
      const roles = m.roles.map(roleName).join("，");
      opt.value = m.id;
      opt.textContent = `${m.name}（${[unit, roles].filter(Boolean).join("；")}）`;
      select.appendChild(opt);
    }
    const wanted = new URLSearchParams(location.search).get("member");
    if (wanted) select.value = wanted;
    await choose(wanted || select.value);
  }

  function roleName(r) {
    return { head: "负责人", deputy: "副职", liaison: "联络员", staff: "干部职工", office: "督办员", leader: "分管领导" }[r] || r;
  }

  async function choose(id) {
    const seq = ++chooseSeq;
    const res = await fetch(`/local/members/${encodeURIComponent(id)}`);
    if (seq !== chooseSeq) return;
    if (!res.ok) {
      const body = await res.json().catch(() => ({}));
      showError(body.error || `成员 ${id} 不存在 / unknown member`);
      current = null;
      $("who").textContent = "";
      return;
    }
    showError("");
    current = members.find((m) => m.id === id);
    $("member").value = id;
    $("who").textContent = `当前身份 Acting as: ${current.name} · ${current.email || ""}`;
    await openConversation();
    // Like Teams when the app opens: the bot learns this member's 1:1 address, and anything it
    // could not deliver to them before arrives now.
    await post(base({ type: "installationUpdate", action: "add" }));
  }

  async function openConversation() {
    if (events) events.close();
    $("log").innerHTML = "";
    rendered.clear();
    const conv = conversation();
    const history = await (await fetch(`/local/conversations/${encodeURIComponent(conv.id)}/history`)).json();
    history.forEach(apply);
    events = new EventSource(`/local/conversations/${encodeURIComponent(conv.id)}/events`);
    events.onmessage = (e) => apply(JSON.parse(e.data));
  }

  function apply(entry) {
    const a = entry.activity;
    if (entry.kind === "delete") { rendered.get(a.id)?.remove(); return; }
    if (entry.kind === "update" && rendered.has(a.id)) {
      const el = rendered.get(a.id);
      el.replaceWith(renderActivity(a, "bot", true));
      return;
    }
    if (a.from && a.from.id !== botAccount.id && a.from.role !== "bot") {
      // Messages from other people in the channel (the bot echoes nothing; kept for completeness).
      appendMessage(renderActivity(a, "user"));
      return;
    }
    appendMessage(renderActivity(a, "bot"));
  }

  function appendMessage(el) {
    const log = $("log");
    log.appendChild(el);
    log.scrollTop = log.scrollHeight;
  }

  function renderActivity(a, who, updated) {
    const el = document.createElement("div");
    el.className = `msg ${who}${updated ? " updated" : ""}`;
    el.dataset.activityId = a.id || "";
    const meta = document.createElement("div");
    meta.className = "meta";
    meta.textContent = who === "bot" ? "督办助手" : (a.from && a.from.name) || "";
    el.appendChild(meta);
    if (a.text) {
      const t = document.createElement("div");
      t.className = "text";
      t.innerHTML = markdown(a.text);
      el.appendChild(t);
    }
    for (const att of a.attachments || []) {
      if (att.contentType === "application/vnd.microsoft.card.adaptive") el.appendChild(renderCard(att.content, a));
      else if (att.contentType === "application/vnd.microsoft.teams.card.file.consent") el.appendChild(renderConsent(att, a));
      else if (att.contentType === "application/vnd.microsoft.teams.card.file.info") el.appendChild(renderFileInfo(att));
    }
    if (a.id) rendered.set(a.id, el);
    return el;
  }

  // Teams' file consent card: Allow makes the bot upload the file to a URL this page names (the local
  // stand-in for the member's OneDrive, /local/uploads), then its file card links the download.
  function renderConsent(att, activity) {
    const box = document.createElement("div");
    box.className = "card file";
    const c = att.content || {};
    const title = document.createElement("div");
    title.textContent = `📄 ${att.name || ""} · ${Math.ceil((c.sizeInBytes || 0) / 1024)} KB`;
    box.appendChild(title);
    if (c.description) { const d = document.createElement("div"); d.textContent = c.description; box.appendChild(d); }
    const bar = document.createElement("div");
    bar.className = "actions";
    for (const [action, label, context] of [["accept", "允许 / Allow", c.acceptContext], ["decline", "拒绝 / Decline", c.declineContext]]) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.addEventListener("click", async () => {
        bar.remove();
        const id = `${Date.now()}-${++counter}`;
        const name = att.name || "file";
        const fileType = name.includes(".") ? name.split(".").pop() : "";
        await post(base({ type: "invoke", name: "fileConsent/invoke", replyToId: activity.id, value: {
          type: "fileUpload", action, context,
          uploadInfo: action === "accept" ? { name, fileType, uniqueId: id,
            uploadUrl: `${location.origin}/local/uploads/${encodeURIComponent(id)}?name=${encodeURIComponent(name)}`,
            contentUrl: `${location.origin}/local/files/${encodeURIComponent(id)}` } : undefined,
        } }));
      });
      bar.appendChild(b);
    }
    box.appendChild(bar);
    return box;
  }

  function renderFileInfo(att) {
    const box = document.createElement("div");
    box.className = "card file";
    const link = document.createElement("a");
    link.href = att.contentUrl;
    link.download = att.name || "";
    link.textContent = `📄 ${att.name || att.contentUrl}`;
    box.appendChild(link);
    return box;
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
  }

  function markdown(s) {
    return escapeHtml(s)
      .replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")
      .replace(/^- (.*)$/gm, "• $1");
  }

  // A renderer for the Adaptive Card elements the bot uses (1.5 subset).
  function renderCard(card, activity) {
    const root = document.createElement("div");
    root.className = "card";
    const inputs = {};
    (card.body || []).forEach((el) => root.appendChild(renderElement(el, inputs, activity, root)));
    if (card.actions && card.actions.length) root.appendChild(renderActions(card.actions, inputs, activity, root));
    return root;
  }

  function renderElement(el, inputs, activity, root) {
    const div = document.createElement("div");
    switch (el.type) {
      case "TextBlock": {
        div.className = ["tb", el.weight === "Bolder" && "bold", el.size && el.size.toLowerCase(), el.isSubtle && "subtle", el.color && `c-${el.color.toLowerCase()}`].filter(Boolean).join(" ");
        div.innerHTML = markdown(el.text || "");
        break;
      }
      case "RichTextBlock": {
        div.className = "tb";
        div.innerHTML = (el.inlines || []).map((r) => (typeof r === "string" ? escapeHtml(r) : escapeHtml(r.text || ""))).join("");
        break;
      }
      case "FactSet": {
        const table = document.createElement("table");
        table.className = "facts";
        for (const f of el.facts || []) {
          const tr = table.insertRow();
          tr.insertCell().outerHTML = `<td class="t">${escapeHtml(f.title)}</td>`;
          const td = tr.insertCell(); td.innerHTML = markdown(f.value || "");
        }
        div.appendChild(table);
        break;
      }
      case "Container": {
        div.className = ["container", el.separator && "sep", el.style && el.style.toLowerCase()].filter(Boolean).join(" ");
        (el.items || []).forEach((i) => div.appendChild(renderElement(i, inputs, activity, root)));
        break;
      }
      case "ColumnSet": {
        div.className = "columns";
        for (const col of el.columns || []) {
          const c = document.createElement("div");
          c.className = "column";
          (col.items || []).forEach((i) => c.appendChild(renderElement(i, inputs, activity, root)));
          div.appendChild(c);
        }
        break;
      }
      case "ActionSet":
        return renderActions(el.actions || [], inputs, activity, root);
      case "Image": {
        const img = document.createElement("img");
        img.src = el.url; img.alt = el.altText || "";
        div.appendChild(img);
        break;
      }
      case "Input.Text": case "Input.Number": case "Input.Date": case "Input.Time": case "Input.ChoiceSet": case "Input.Toggle":
        return renderInput(el, inputs);
      default:
        div.className = "tb subtle";
        div.textContent = `[${el.type}]`;
    }
    return div;
  }

  function renderInput(el, inputs) {
    const label = document.createElement("label");
    label.className = "input";
    label.textContent = el.label || el.title || "";
    let control;
    if (el.type === "Input.ChoiceSet") {
      if (el.isMultiSelect || el.style === "expanded") {
        control = document.createElement("div");
        const type = el.isMultiSelect ? "checkbox" : "radio";
        const selected = String(el.value || "").split(",");
        for (const c of el.choices || []) {
          const l = document.createElement("label");
          const box = document.createElement("input");
          box.type = type; box.name = el.id; box.value = c.value; box.checked = selected.includes(c.value);
          l.appendChild(box); l.append(" " + c.title + "  ");
          control.appendChild(l);
        }
        inputs[el.id] = () => [...control.querySelectorAll("input:checked")].map((b) => b.value).join(",");
      } else {
        control = document.createElement("select");
        for (const c of el.choices || []) {
          const o = document.createElement("option");
          o.value = c.value; o.textContent = c.title; o.selected = c.value === el.value;
          control.appendChild(o);
        }
        inputs[el.id] = () => control.value;
      }
    } else if (el.type === "Input.Toggle") {
      control = document.createElement("input");
      control.type = "checkbox";
      control.checked = el.value === (el.valueOn || "true");
      inputs[el.id] = () => (control.checked ? el.valueOn || "true" : el.valueOff || "false");
    } else if (el.type === "Input.Text" && el.isMultiline) {
      control = document.createElement("textarea");
      control.value = el.value || "";
      control.placeholder = el.placeholder || "";
      inputs[el.id] = () => control.value;
    } else {
      control = document.createElement("input");
      control.type = { "Input.Number": "number", "Input.Date": "date", "Input.Time": "time" }[el.type] || "text";
      control.value = el.value ?? "";
      control.placeholder = el.placeholder || "";
      inputs[el.id] = () => control.value;
    }
    control.name = el.id;
    label.appendChild(control);
    return label;
  }

  function renderActions(actions, inputs, activity, root) {
    const bar = document.createElement("div");
    bar.className = "actions";
    for (const action of actions) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = action.title || action.verb || "OK";
      b.addEventListener("click", () => runAction(action, inputs, activity, root));
      bar.appendChild(b);
    }
    return bar;
  }

  function collect(inputs) {
    const values = {};
    for (const [id, read] of Object.entries(inputs)) values[id] = read();
    return values;
  }

  async function runAction(action, inputs, activity, root) {
    if (action.type === "Action.OpenUrl") { window.open(action.url, "_blank", "noopener"); return; }
    const data = Object.assign({}, action.data || {}, collect(inputs));
    if (action.type === "Action.Execute") {
      const body = await post(base({ type: "invoke", name: "adaptiveCard/action", replyToId: activity.id,
        value: { action: { type: "Action.Execute", verb: action.verb, data } } }));
      if (body && body.type === "application/vnd.microsoft.card.adaptive") root.replaceWith(renderCard(body.value, activity));
      else if (body && body.value) appendMessage(renderActivity({ text: String(body.value) }, "bot"));
      return;
    }
    await post(base({ type: "message", value: data, replyToId: activity.id }));
  }

  function base(extra) {
    const conv = conversation();
    const activity = {
      id: `page-${Date.now()}-${++counter}`,
      channelId: "local",
      serviceUrl,
      timestamp: new Date().toISOString(),
      locale: $("locale").value,
      from: { id: current.userId, name: current.name, aadObjectId: current.aadObjectId },
      recipient: botAccount,
      conversation: conv,
      channelData: conv.conversationType === "channel" ? { channel: { id: conv.id }, team: { id: "local-team" } } : undefined,
    };
    return Object.assign(activity, extra);
  }

  async function post(activity) {
    showError("");
    const res = await fetch("/api/messages", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(activity) });
    if (!res.ok) { showError(`${res.status}: ${await res.text()}`); return null; }
    const text = await res.text();
    return text ? JSON.parse(text) : null;
  }

  async function send(text) {
    if (!current) { showError("请先选择名册中的成员 / choose a member first"); return; }
    const extra = { type: "message", text };
    if (conversation().conversationType === "channel") {
      extra.text = `<at>${botAccount.name}</at> ${text}`;
      extra.entities = [{ type: "mention", text: `<at>${botAccount.name}</at>`, mentioned: botAccount }];
    }
    appendMessage(renderActivity({ text, from: { name: current.name } }, "user"));
    await post(base(extra));
  }

  $("composer").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("text").value.trim();
    if (!text) return;
    $("text").value = "";
    send(text);
  });
  $("text").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey) { e.preventDefault(); $("composer").requestSubmit(); }
  });
  $("member").addEventListener("change", () => choose($("member").value));
  $("conversation").addEventListener("change", () => current && openConversation());
  window.directiveTracker = { choose, send };
  loadMembers().catch((e) => showError(String(e)));
})();
