/* The briefing page's behaviour: move between stories, choose what to highlight, walk the evidence.
   Text is only ever moved with textContent: nothing from a report is parsed as HTML. */
(function () {
  "use strict";

  var stories = Array.prototype.slice.call(document.querySelectorAll("[data-story]"));
  var storyLinks = Array.prototype.slice.call(document.querySelectorAll("[data-story-link]"));
  var bar = document.getElementById("selection-bar");
  var barCount = bar.querySelector(".bar-count");
  var barLabel = bar.querySelector(".bar-label");
  var state = { story: null, key: null, marks: [], runs: [], at: -1 };

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function storyOf(element) {
    return element && element.closest ? element.closest("[data-story]") : null;
  }

  function showStory(story) {
    if (!story || stories.length < 2) return;
    if (state.story && state.story !== story) clearSelection();
    stories.forEach(function (s) { s.hidden = s !== story; });
    storyLinks.forEach(function (link) {
      if (link.getAttribute("data-story-link") === story.id) link.setAttribute("aria-current", "true");
      else link.removeAttribute("aria-current");
    });
  }

  function followHash(event) {
    var id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (malformed) { /* keep the raw hash */ }
    var target = id ? document.getElementById(id) : null;
    var story = target && (target.hasAttribute("data-story") ? target : storyOf(target));
    var wasHidden = story && story.hidden;
    showStory(story || stories[0]);
    if (event && target && wasHidden) {
      /* the browser could not scroll to a target that was hidden when the hash changed */
      target.scrollIntoView();
      if (target === story) {
        var heading = story.querySelector(".headline");
        if (heading) heading.focus({ preventScroll: true });
      }
    }
  }

  function clearSelection() {
    state.marks.forEach(function (m) { m.classList.remove("on", "current"); });
    if (state.story) {
      all(state.story, ".doc.has-on").forEach(function (doc) { doc.classList.remove("has-on"); });
      all(state.story, '[data-select][aria-pressed="true"]').forEach(function (b) {
        b.setAttribute("aria-pressed", "false");
      });
    }
    state = { story: null, key: null, marks: [], runs: [], at: -1 };
    bar.hidden = true;
  }

  function select(trigger) {
    var story = storyOf(trigger);
    var key = trigger.getAttribute("data-select");
    if (!story || !key) return;
    if (state.key === key && state.story === story) { clearSelection(); return; }
    clearSelection();
    state.story = story;
    state.key = key;
    state.marks = all(story, ".ev").filter(function (m) {
      return (m.getAttribute("data-k") || "").split(" ").indexOf(key) >= 0;
    });
    state.marks.forEach(function (m) { m.classList.add("on"); });
    /* a passage cut by other evidence spans is several adjacent segments: count and walk passages */
    state.runs = [];
    state.marks.forEach(function (m, i) {
      if (i > 0 && m.previousSibling === state.marks[i - 1]) state.runs[state.runs.length - 1].push(m);
      else state.runs.push([m]);
    });
    all(story, "[data-select]").forEach(function (b) {
      if (b.hasAttribute("aria-pressed") && b.getAttribute("data-select") === key) b.setAttribute("aria-pressed", "true");
    });
    var reports = {};
    state.marks.forEach(function (m) { var doc = m.closest(".doc"); if (doc) reports[doc.id] = true; });
    all(story, ".doc").forEach(function (doc) { doc.classList.toggle("has-on", !!reports[doc.id]); });
    var count = Object.keys(reports).length;
    var passages = state.runs.length;
    barCount.textContent = passages
      ? passages + (passages === 1 ? " passage" : " passages") + " in " + count + (count === 1 ? " report" : " reports") + ":"
      : "No passage found for:";
    barLabel.textContent = trigger.getAttribute("data-label") || "";
    bar.hidden = false;
  }

  function step(direction) {
    if (!state.runs.length) return;
    if (state.at >= 0) state.runs[state.at].forEach(function (m) { m.classList.remove("current"); });
    state.at = (state.at + direction + state.runs.length) % state.runs.length;
    var run = state.runs[state.at];
    run.forEach(function (m) { m.classList.add("current"); });
    run[0].scrollIntoView({ block: "center" });
    run[0].focus({ preventScroll: true });
  }

  document.addEventListener("click", function (event) {
    var barButton = event.target.closest("[data-bar]");
    if (barButton) {
      var action = barButton.getAttribute("data-bar");
      if (action === "clear") clearSelection();
      else step(action === "next" ? 1 : -1);
      return;
    }
    var trigger = event.target.closest("[data-select]");
    if (!trigger) return;
    var isLink = trigger.tagName.toLowerCase() === "a";
    if (isLink) {
      /* a matrix cell: highlight the claim (kept if already chosen) and go to the sentence */
      if (state.key !== trigger.getAttribute("data-select") || state.story !== storyOf(trigger)) select(trigger);
      return;
    }
    select(trigger);
  });

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (target.closest && target.closest(".marker") && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      select(target.closest(".marker"));
    } else if (event.key === "Escape" && state.key) {
      clearSelection();
    }
  });

  all(document, "[data-claim-filter]").forEach(function (filter) {
    filter.addEventListener("change", function () {
      var story = storyOf(filter);
      all(story, ".matrix tbody tr").forEach(function (row) {
        row.hidden = filter.value !== "all" && row.getAttribute("data-status") !== filter.value;
      });
    });
  });

  all(document, "[data-story-filter]").forEach(function (input) {
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      storyLinks.forEach(function (link) {
        var text = link.textContent.toLowerCase();
        link.parentElement.hidden = !words.every(function (w) { return text.indexOf(w) >= 0; });
      });
    });
  });

  window.addEventListener("hashchange", followHash);
  followHash(null);
})();
