/**
 * office.js in a plain browser (no Office host) loads its Office 2013 bootstrap
 * (o15apptofilemappingtable.js), whose logger creates a hidden iframe on Microsoft's telemetry
 * page (telemetryservice.firstpartyapps.oaspapps.com) 3 s after loading, whatever the logging
 * settings (`disableLogging` of the host info only silences OSF.AppTelemetry). The preview's CSP
 * refuses that frame, so nothing leaves localhost, but Chromium logs the refusal as a console
 * error on every load. The preview has no host to report to: once office.js is ready (the
 * bootstrap has run, the 3 s timer not yet fired), its logger is told never to load the frame.
 */

interface UlsEndpoint {
  loadProxyFrame: () => void;
}

interface OsfGlobal {
  Logger?: { ulsEndpoint?: UlsEndpoint | null; allowUploadingData?: () => void };
  AppTelemetry?: { enableTelemetry?: boolean };
}

/** Stops office.js's telemetry frame and app telemetry outside Office. Returns true if it did. */
export function stopOfficeTelemetry(win: { OSF?: OsfGlobal } = window as { OSF?: OsfGlobal }) {
  const osf = win.OSF;
  if (!osf) return false;
  if (osf.AppTelemetry) osf.AppTelemetry.enableTelemetry = false;
  const logger = osf.Logger;
  if (!logger) return false;
  // The pending timer calls the endpoint's own method: replace it on the instance.
  if (logger.ulsEndpoint) logger.ulsEndpoint.loadProxyFrame = () => undefined;
  logger.allowUploadingData = () => undefined;
  return true;
}
