/// The few lines of script that `dossier serve` adds to every page it serves (never to a
/// build's files): follow the live-reload socket, reload on a new build, and show a failed
/// build's error over the page until the next good one.
enum ReloadScript {
    static let path = "/__dossier/live"

    /// The script for a page of the given build version.
    static func html(version: Int) -> String {
        """
        <script>
        (() => {
          let version = \(version), overlay = null;
          const show = (text) => {
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.setAttribute("role", "alert");
              overlay.id = "dossier-build-error";
              overlay.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;"
                + "margin:0;padding:1rem 1.25rem;background:#2b0d0d;color:#ffe9e9;border-top:4px solid #e5484d;"
                + "font:14px/1.45 ui-monospace,Menlo,Consolas,monospace;white-space:pre-wrap";
              document.body.appendChild(overlay);
            }
            overlay.textContent = "dossier: the last build failed; this is the previous site.\\n\\n" + text;
          };
          const hide = () => { if (overlay) { overlay.remove(); overlay = null; } };
          const connect = () => {
            const socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "\(path)");
            socket.onmessage = (event) => {
              const status = JSON.parse(event.data);
              if (status.version !== version) { location.reload(); return; }
              version = status.version;
              if (status.error) { show(status.error); } else { hide(); }
            };
            socket.onclose = () => setTimeout(connect, 1000);
          };
          connect();
        })();
        </script>

        """
    }
}
