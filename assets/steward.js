// "/" moves to the search box at the top of every staff page, as on most
// sites, unless one is typing in a field or holds a modifier key.
document.addEventListener("keydown", function (e) {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  var t = e.target;
  if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  var box = document.getElementById("global-q");
  if (!box) return;
  e.preventDefault();
  box.focus();
});
