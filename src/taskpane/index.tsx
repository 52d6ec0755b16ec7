/** Entry of the task pane: waits for Office, then renders the pane over the shared runtime's services. */
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { sharedPanelServices, sharedServices } from "./runtime";
import { officeIsDark } from "./theme";
import { sharedStageServices } from "./stageRuntime";

Office.onReady(() => {
  const container = document.getElementById("container");
  if (!container) return;
  const root = createRoot(container);
  const render = () => root.render(<App services={sharedServices()} panels={sharedPanelServices()} stagePanels={sharedStageServices()} dark={officeIsDark()} />);
  render();
  // Follow the user switching Office themes while the pane is open (where the host reports it).
  try {
    Office.context.document?.addHandlerAsync?.(Office.EventType.OfficeThemeChanged, render);
  } catch {
    /* not supported by this host */
  }
});
