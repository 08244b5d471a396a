// Client-side sorting of tables marked "sortable" (the server sorts too, with ?sort=),
// and bar widths from data attributes. No inline script: the CSP forbids it.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th[data-col]").forEach(function (th, index) {
      th.addEventListener("click", function (ev) {
        ev.preventDefault();
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var asc = th.getAttribute("data-sorted") !== "asc";
        rows.sort(function (a, b) {
          var x = a.cells[index].textContent.trim(), y = b.cells[index].textContent.trim();
          var nx = parseFloat(x), ny = parseFloat(y);
          var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
        table.querySelectorAll("th").forEach(function (h) { h.removeAttribute("data-sorted"); });
        th.setAttribute("data-sorted", asc ? "asc" : "desc");
      });
    });
  });
  document.querySelectorAll("[data-w]").forEach(function (el) {
    el.style.width = Math.max(1.5, parseInt(el.getAttribute("data-w"), 10) / 10) + "rem";
  });
  var hl = document.querySelector(".hl");
  if (hl) { hl.scrollIntoView({block: "center"}); }
});
