// Every wait between attempts (retry backoff, settle and verify delays) goes through here, so one
// setting scales them all: COMPONENT_PUBLISH_WAIT_SCALE (a number from 0 to 1; default 1). The crash
// matrix sets it near 0 to fail hundreds of requests permanently in seconds; nothing else should.

function scale(): number {
  const value = Number(process.env.COMPONENT_PUBLISH_WAIT_SCALE);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : 1;
}

/** `ms` as this run waits it. */
export function scaled(ms: number): number {
  return ms * scale();
}

export function wait(ms: number): Promise<void> {
  const real = scaled(ms);
  return real > 0 ? new Promise((resolve) => setTimeout(resolve, real)) : Promise.resolve();
}
