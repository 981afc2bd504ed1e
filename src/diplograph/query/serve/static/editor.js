// The query editor of `diplograph serve`: YASGUI on this server's /query, the named queries as examples.
// Everything comes from this server; the data is read from the JSON block of the page.
(function () {
  "use strict";
  var config = JSON.parse(document.getElementById("dg-config").textContent);
  var endpoint = new URL(config.endpoint, window.location.href).href;
  // The class and property autocompleters ask a web service (LOV): keep the ones that work offline.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.prefixCcApi = null;
  Yasgui.defaults.requestConfig.endpoint = endpoint;
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,
    endpointCatalogueOptions: { getData: function () { return [{ endpoint: endpoint }]; } },
    yasqe: { value: config.start }
  });
  var first = yasgui.getTab();
  if (first) {
    first.setEndpoint(endpoint);
    first.setQuery(config.start);
  }
  window.diplographEditor = yasgui;

  var nav = document.getElementById("examples");
  config.examples.forEach(function (example) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "example";
    button.textContent = example.title;
    button.title = example.description;
    button.dataset.name = example.name;
    button.addEventListener("click", function () {
      var tab = yasgui.addTab(true, { name: example.title });
      tab.setEndpoint(endpoint);
      tab.setQuery(example.text);
    });
    nav.appendChild(button);
  });
  if (config.views) {
    var link = document.createElement("a");
    link.href = config.views;
    link.textContent = "Open the network views";
    link.id = "views";
    document.getElementById("views-link").appendChild(link);
  }
})();
