// Steady's local demo page: two phones, drawn from /api/state, acting through /api/*.
// Plain DOM, no framework; text is always inserted as text (never as HTML), and the
// bot's formatting is rebuilt from its message entities as Telegram clients do.
"use strict";

const phones = new Map(); // person id -> {root, chat, items: Map(message id -> {el, sig}), answers}
let version = null;
let commands = [];
let botUsername = "";
let people = [];

async function api(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error((await response.text()) || response.statusText);
  return response.json();
}

function status(text) {
  document.getElementById("status").textContent = text || "";
}

function formatTime(seconds) {
  const d = new Date(seconds * 1000);
  return d.toISOString().slice(11, 16);
}

function safeUrl(url) {
  return /^(https?:|tg:)/i.test(url || "") ? url : null;
}

function elementFor(entity, text) {
  const tags = { bold: "b", italic: "i", underline: "u", strikethrough: "s", code: "code", pre: "pre",
                 blockquote: "blockquote", expandable_blockquote: "blockquote" };
  if (entity.type in tags) return document.createElement(tags[entity.type]);
  if (entity.type === "text_link" || entity.type === "url") {
    const a = document.createElement("a");
    const href = safeUrl(entity.type === "url" ? text.slice(entity.offset, entity.offset + entity.length) : entity.url);
    if (href) { a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer"; }
    return a;
  }
  const span = document.createElement("span");
  if (entity.type === "spoiler") {
    span.className = "spoiler";
    span.addEventListener("click", () => span.classList.add("shown"));
  } else {
    span.className = "entity-" + entity.type;
  }
  return span;
}

// Telegram's offsets count UTF-16 code units, as JavaScript strings do.
function renderFormatted(text, entities, parent) {
  const sorted = [...(entities || [])].sort((a, b) => a.offset - b.offset || b.length - a.length);
  function build(start, end, list, into) {
    let pos = start;
    let i = 0;
    while (i < list.length) {
      const entity = list[i++];
      const stop = entity.offset + entity.length;
      const inner = [];
      while (i < list.length && list[i].offset < stop) inner.push(list[i++]);
      if (entity.offset > pos) into.append(text.slice(pos, entity.offset));
      const el = elementFor(entity, text);
      build(Math.max(entity.offset, pos), stop, inner, el);
      into.append(el);
      pos = Math.max(pos, stop);
    }
    if (pos < end) into.append(text.slice(pos, end));
  }
  build(0, text.length, sorted, parent);
}

// Telegram's apps turn a bare https:// address into a link; so does the demo.
function linkify(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes = [];
  while (walker.nextNode()) {
    if (!walker.currentNode.parentElement.closest("a, code, pre")) nodes.push(walker.currentNode);
  }
  const pattern = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;
  for (const node of nodes) {
    const text = node.textContent;
    if (!pattern.test(text)) continue;
    pattern.lastIndex = 0;
    const parts = document.createDocumentFragment();
    let pos = 0;
    for (const match of text.matchAll(pattern)) {
      parts.append(text.slice(pos, match.index));
      const a = document.createElement("a");
      a.href = match[0];
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      a.textContent = match[0];
      parts.append(a);
      pos = match.index + match[0].length;
    }
    parts.append(text.slice(pos));
    node.replaceWith(parts);
  }
}

function otherPerson(id) {
  return people.find((p) => p.id !== id);
}

function inviteCode(url) {
  const match = /^https:\/\/t\.me\/([A-Za-z0-9_]+)\?start=([A-Za-z0-9_-]+)$/.exec(url || "");
  return match && match[1].toLowerCase() === botUsername.toLowerCase() ? match[2] : null;
}

function drawMessage(person, message) {
  const li = document.createElement("li");
  li.className = "msg " + message.from;
  li.dataset.id = message.id;
  if (message.edits) li.dataset.edits = message.edits;
  if (message.photo) {
    const img = document.createElement("img");
    img.className = "photo";
    img.src = message.photo.url;
    img.alt = "photo from the bot";
    li.append(img);
  }
  if (message.document) {
    const doc = document.createElement("div");
    doc.className = "document";
    const link = document.createElement("a");
    link.href = message.document.url;
    link.setAttribute("download", message.document.name);
    link.textContent = "📄 " + message.document.name;
    doc.append(link, " (" + message.document.size + " bytes)");
    if (message.document.preview) {
      const pre = document.createElement("pre");
      pre.textContent = message.document.preview + (message.document.size > 1500 ? "\n…" : "");
      doc.append(pre);
    }
    li.append(doc);
  }
  const body = document.createElement("div");
  body.className = "body";
  if (message.from === "bot") {
    renderFormatted(message.text, message.entities, body);
    linkify(body);
    for (const a of body.querySelectorAll("a[href]")) {
      const code = inviteCode(a.getAttribute("href"));
      if (code) {
        a.dataset.invite = code;
        a.title = "In the demo, this opens the invite in the other phone";
        a.addEventListener("click", (event) => {
          event.preventDefault();
          openInvite(person, code);
        });
      }
    }
  } else {
    body.textContent = message.text;
  }
  li.append(body);
  if (message.buttons && message.buttons.length) {
    const keyboard = document.createElement("div");
    keyboard.className = "keyboard";
    for (const row of message.buttons) {
      const line = document.createElement("div");
      line.className = "row";
      for (const button of row) line.append(drawButton(person, message, button));
      keyboard.append(line);
    }
    li.append(keyboard);
  }
  if (message.keyboard) {
    const keyboard = document.createElement("div");
    keyboard.className = "keyboard reply";
    for (const row of message.keyboard) {
      const line = document.createElement("div");
      line.className = "row";
      for (const label of row) {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = label;
        b.addEventListener("click", () => send(person.id, label));
        line.append(b);
      }
      keyboard.append(line);
    }
    li.append(keyboard);
  }
  const meta = document.createElement("span");
  meta.className = "meta";
  meta.textContent = (message.edits ? "edited " : "") + formatTime(message.date);
  li.append(meta);
  return li;
}

function drawButton(person, message, button) {
  if (button.url) {
    const code = inviteCode(button.url);
    const b = document.createElement("button");
    b.type = "button";
    b.className = "url-button";
    b.textContent = button.text + " ↗";
    b.title = button.url;
    b.addEventListener("click", () => {
      if (code) {
        openInvite(person, code);
      } else if (safeUrl(button.url)) {
        window.open(button.url, "_blank", "noopener");
      }
    });
    return b;
  }
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = button.text;
  b.addEventListener("click", async () => {
    try {
      await api("/api/press", { person: person.id, message_id: message.id, data: button.data });
    } catch (error) {
      toast(person.id, error.message);
    }
  });
  return b;
}

// An invite link is meant for the partner: in the demo it opens in the other phone.
function openInvite(person, code) {
  const other = otherPerson(person.id);
  if (!other) return;
  toast(person.id, "The invite opens in " + other.name + "'s phone");
  send(other.id, "/start " + code);
}

function toast(personId, text) {
  const phone = phones.get(personId);
  if (!phone || !text) return;
  const el = phone.root.querySelector(".toast");
  el.textContent = text;
  el.hidden = false;
  clearTimeout(el._timer);
  el._timer = setTimeout(() => { el.hidden = true; }, 3500);
}

async function send(personId, text) {
  try {
    await api("/api/send", { person: personId, text });
  } catch (error) {
    status(error.message);
  }
}

function makePhone(person) {
  const root = document.getElementById("phone-template").content.firstElementChild.cloneNode(true);
  root.dataset.person = person.id;
  const name = root.querySelector(".name");
  name.value = person.name;
  name.addEventListener("change", async () => {
    const wanted = name.value.trim();
    if (!wanted) return; // an emptied box keeps the name (the next redraw shows it)
    try { await api("/api/rename", { person: person.id, name: wanted }); } catch (e) { status(e.message); }
  });
  const form = root.querySelector(".composer");
  const input = root.querySelector(".text");
  const menu = root.querySelector(".menu");
  function showMenu(filter) {
    menu.replaceChildren();
    for (const c of commands) {
      if (filter && !("/" + c.command).startsWith(filter)) continue;
      const li = document.createElement("li");
      const cmd = document.createElement("span");
      cmd.className = "cmd";
      cmd.textContent = "/" + c.command;
      li.append(cmd, c.description);
      li.addEventListener("mousedown", (event) => {
        event.preventDefault();
        input.value = "/" + c.command + " ";
        menu.hidden = true;
        input.focus();
      });
      menu.append(li);
    }
    menu.hidden = menu.children.length === 0;
  }
  root.querySelector(".menu-button").addEventListener("click", () => {
    if (menu.hidden) showMenu(""); else menu.hidden = true;
  });
  input.addEventListener("input", () => {
    if (/^\/\S*$/.test(input.value)) showMenu(input.value); else menu.hidden = true;
  });
  input.addEventListener("blur", () => { menu.hidden = true; });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = "";
    menu.hidden = true;
    await send(person.id, text);
  });
  document.getElementById("phones").append(root);
  const phone = { root, chat: root.querySelector(".chat"), items: new Map(), answers: 0 };
  phones.set(person.id, phone);
  return phone;
}

function drawPerson(person) {
  const phone = phones.get(person.id) || makePhone(person);
  const name = phone.root.querySelector(".name");
  if (document.activeElement !== name) name.value = person.name;
  const chat = phone.chat;
  const nearBottom = chat.scrollHeight - chat.scrollTop - chat.clientHeight < 80;
  let added = false;
  const seen = new Set();
  for (const message of person.messages) {
    const key = message.from + ":" + message.id;
    seen.add(key);
    const sig = JSON.stringify(message);
    const known = phone.items.get(key);
    if (known && known.sig === sig) continue;
    const el = drawMessage(person, message);
    if (known) {
      known.el.replaceWith(el); // an edit: the same bubble, changed in place
    } else {
      chat.append(el);
      added = true;
    }
    phone.items.set(key, { el, sig });
  }
  for (const [key, item] of phone.items) {
    if (!seen.has(key)) { item.el.remove(); phone.items.delete(key); } // deleted by the bot
  }
  if (added && nearBottom) chat.scrollTop = chat.scrollHeight;
  if (person.answers.length > phone.answers) {
    toast(person.id, person.answers[person.answers.length - 1]);
    phone.answers = person.answers.length;
  }
}

function draw(state) {
  version = state.version;
  commands = state.commands || [];
  botUsername = state.bot.username;
  people = state.people;
  const now = new Date(state.now);
  document.getElementById("now").textContent =
    now.toISOString().slice(0, 16).replace("T", " ") + " " + state.zone;
  document.getElementById("next-due").textContent = state.next_due
    ? "next scheduled: " + state.next_due.slice(0, 16).replace("T", " ")
    : "nothing scheduled";
  for (const el of document.querySelectorAll(".bot-name")) el.textContent = state.bot.name;
  for (const person of state.people) drawPerson(person);
  if (state.bot_exit !== null) status("The bot has stopped (status " + state.bot_exit + ").");
  else if (!commands.length) status("Starting the bot…");
  else if (document.getElementById("status").textContent === "Starting the bot…") status("");
}

async function poll() {
  for (;;) {
    try {
      const query = version === null ? "" : "?after=" + version;
      const response = await fetch("/api/state" + query);
      if (!response.ok) throw new Error(response.statusText);
      draw(await response.json());
    } catch (error) {
      status("Lost the demo server (" + error.message + "); retrying…");
      await new Promise((resolve) => setTimeout(resolve, 1000));
      continue;
    }
  }
}

for (const [id, jump] of [["jump-next", "next"], ["jump-10m", "10m"], ["jump-tomorrow", "tomorrow"]]) {
  document.getElementById(id).addEventListener("click", async () => {
    try {
      const result = await api("/api/clock", { jump });
      status("Time moved to " + result.now.slice(0, 16).replace("T", " ") + ".");
    } catch (error) {
      status(error.message);
    }
  });
}

poll();
