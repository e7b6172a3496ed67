// Measures a rendered handout page from inside the browser: horizontal overflow, text boxes of
// different elements that overlap, chart text outside its chart, lists shown twice, and how each
// table is shown (as a table or as records, numbers aligned). Loaded by
// harness.html, which opens each page in a frame of the width under test.
"use strict";

function probePage(doc, win) {
  const problems = [];
  const width = doc.documentElement.clientWidth;
  const scroll = doc.documentElement.scrollWidth;
  if (scroll > width + 1) problems.push(`scrolls sideways: ${scroll}px wide in ${width}px`);
  const short = (s) => s.replace(/\s+/g, " ").trim().slice(0, 50);
  const boxes = [];
  const walker = doc.createTreeWalker(doc.body, win.NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!node.data.trim() || !el || el.closest("svg")) continue;
    const range = doc.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1) continue;
      boxes.push({ el, r, text: short(node.data) });
      if (r.right > width + 1 || r.left < -1)
        problems.push(`text outside the page (${Math.round(r.left)}..${Math.round(r.right)}px): "${short(node.data)}"`);
    }
  }
  const overlap = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 2 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 2;
  boxes.sort((a, b) => a.r.top - b.r.top);
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length && boxes[j].r.top < boxes[i].r.bottom; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.el !== b.el && overlap(a.r, b.r))
        problems.push(`text overlaps: "${a.text}" <${a.el.tagName}> and "${b.text}" <${b.el.tagName}>`);
    }
  }
  let chartTexts = 0;
  for (const svg of doc.querySelectorAll("svg")) {
    const box = svg.getBoundingClientRect();
    if (box.right > width + 1) problems.push(`chart runs off the page: ${Math.round(box.right)}px`);
    const texts = [...svg.querySelectorAll("text")].map((t) => ({ t, r: t.getBoundingClientRect() }));
    chartTexts += texts.length;
    for (const { t, r } of texts) {
      if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1)
        problems.push(`chart text outside its chart: "${short(t.textContent)}"`);
    }
    for (let i = 0; i < texts.length; i++)
      for (let j = i + 1; j < texts.length; j++)
        if (overlap(texts[i].r, texts[j].r))
          problems.push(`chart texts overlap: "${short(texts[i].t.textContent)}" and "${short(texts[j].t.textContent)}"`);
  }
  // A list shown twice: two lists (ol, ul, or the values of a dl) with the same items.
  const scopes = doc.querySelectorAll("section");
  for (const scope of scopes.length ? scopes : [doc.body]) {
    const lists = [];
    for (const l of scope.querySelectorAll("ol, ul"))
      lists.push([...l.children].map((li) => short(li.textContent)));
    for (const dl of scope.querySelectorAll("dl"))
      lists.push([...dl.querySelectorAll("dd")].map((dd) => short(dd.textContent)));
    const seen = new Set();
    for (const items of lists) {
      if (items.length < 2) continue;
      const key = items.join("\n");
      if (seen.has(key)) problems.push(`list shown twice: "${items[0]}", "${items[1]}", …`);
      seen.add(key);
    }
  }
  // How each table is shown: as a table or as records (display block), and how its cells of
  // numbers (class num) and its other cells are aligned.
  const align = (cells) => cells.map((c) => win.getComputedStyle(c).textAlign);
  const tables = [...doc.querySelectorAll("table")].map((t) => ({
    article: t.closest("article") ? t.closest("article").id : "",
    lang: t.closest("section[lang]") ? t.closest("section[lang]").lang : "",
    display: win.getComputedStyle(t).display,
    numbers: align([...t.querySelectorAll("td.num")]),
    words: align([...t.querySelectorAll("td:not(.num)")]),
  }));
  return {
    tables,
    width,
    scroll,
    sections: doc.querySelectorAll("section[lang]").length,
    charts: doc.querySelectorAll("svg").length,
    chartTexts,
    textBoxes: boxes.length,
    problems,
  };
}
