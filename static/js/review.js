// Keyboard review: j/k move, c confirm, r then 1-5 reject with a reason, e edit, s skip, u undo, ? help.
// The page works without this file: every action is a plain form.
(function () {
  "use strict";
  let current = 0;
  const cards = () => Array.from(document.querySelectorAll(".claim-card"));
  const help = document.getElementById("shortcuts");

  function select(index) {
    const list = cards();
    if (!list.length) return;
    current = Math.max(0, Math.min(index, list.length - 1));
    list.forEach((card, i) => card.classList.toggle("current", i === current));
    list[current].focus({ preventScroll: true });
    list[current].scrollIntoView({ block: "nearest" });
  }

  function nextPending(from) {
    const list = cards();
    for (let i = from; i < list.length; i++) if (list[i].dataset.status === "pending") return i;
    return Math.min(from, list.length - 1);
  }

  function startReject(card) {
    card.classList.add("rejecting");
    card.querySelector(".reject-form select[name=reason]")?.focus();
  }

  function rejectWith(card, digit) {
    const option = card.querySelector(`.reject-form option[data-key="${digit}"]`);
    if (!option) return false;
    option.selected = true;
    card.querySelector(".reject-form button[value=reject]").click();
    return true;
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const card = cards()[current];
    const inField = event.target.matches("input, textarea, select");
    if (event.key === "Escape") {
      card?.classList.remove("rejecting");
      const slot = card?.querySelector(".edit-slot");
      if (slot) slot.replaceChildren();
      if (inField) event.target.blur();
      card?.focus();
      return;
    }
    // A digit picks the reason, unless it is typed into the details field ("3 sources disagree").
    const typing = event.target.matches("input[type=text], textarea");
    if (card?.classList.contains("rejecting") && !typing && /^[1-9]$/.test(event.key)) {
      if (rejectWith(card, event.key)) event.preventDefault();
      return;
    }
    if (inField) return; // Enter in the edit form submits it: save the correction and confirm
    const actions = {
      j: () => select(current + 1),
      k: () => select(current - 1),
      s: () => select(current + 1),
      c: () => card?.querySelector(".decide-form button[value=confirm]")?.click(),
      r: () => card && startReject(card),
      e: () => card?.querySelector(".edit-link")?.click(),
      u: () => document.getElementById("undo-form")?.requestSubmit(),
      "?": () => (help.open ? help.close() : help.showModal()),
    };
    if (actions[event.key]) {
      event.preventDefault();
      actions[event.key]();
    }
  });

  document.addEventListener("click", (event) => {
    const skip = event.target.closest("[data-action=skip]");
    if (skip) {
      event.preventDefault();
      select(cards().indexOf(skip.closest(".claim-card")) + 1);
      return;
    }
    const clicked = event.target.closest(".claim-card");
    if (clicked && !event.target.closest("a, button, input, select, textarea, summary")) select(cards().indexOf(clicked));
  });
  document.getElementById("help-button")?.addEventListener("click", () => help.showModal());

  // After htmx swaps a decided card in, move on to the next pending claim; an edit form gets the focus.
  // afterSettle, not afterSwap: htmx first gives a swapped-in card the old card's attributes (same id) and
  // only puts the new ones (just-decided, status…) at settle time, which would also wipe the "current" mark.
  document.body.addEventListener("htmx:afterSettle", (event) => {
    if (event.detail.target.classList?.contains("edit-slot")) {
      event.detail.target.querySelector("input[name=date_value]")?.focus();
      return;
    }
    const decided = document.querySelector(".claim-card.just-decided");
    if (!decided) return select(current);
    decided.classList.remove("just-decided");
    select(nextPending(cards().indexOf(decided) + 1));
  });
  // A conflict (409) or a refused decision (400) still shows its card with the message.
  document.body.addEventListener("htmx:beforeSwap", (event) => {
    if ([400, 409].includes(event.detail.xhr.status)) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  select(0);
})();
