/* Ribbon function file: the add-in's only ribbon command opens the task pane (declared in the manifest). */
Office.onReady(() => {
  // Nothing to register: the button uses the ShowTaskpane action.
});
